// What the family-benefit decisions share (seed 004 ch. IX): the scheme in force (the
// federal scheme of the guide, then the regional schemes by region of residence), its
// payer, the claimant's conditions, the territoriality condition and the payee.
//
//   SECU_TRY(Scheme scheme, scheme_on(Region::flanders, date, b));   // Scheme::flanders from 2019
//   SECU_TRY(Check ok, claimant_conditions(situation, claim, b));
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/result.h"
#include "rules/check.h"
#include "rules/context.h"
#include "rules/sickness/conditions.h"
#include "rules/situation.h"

namespace secu::rules::family_benefits {

/// The scheme of family benefits: the federal one of the guide, or a regional one.
enum class Scheme { federal, flanders, wallonia, brussels, east_belgium };

/// The first day of a region's own scheme: the first date of its base amount in data/
/// (Flanders and the German-speaking Community 2019-01-01, Wallonia and Brussels 2020-01-01).
core::Result<core::Date> regional_start(Region r, const Context& ctx);
/// The earliest first day of any regional scheme (before it, the region does not matter).
core::Result<core::Date> earliest_regional_start(const Context& ctx);
/// The scheme in force on `d` in region `r`.
core::Result<Scheme> scheme_on(Region r, core::Date d, const Context& ctx);
/// The institution that pays under a scheme (data/institutions).
std::string payer_of(Scheme s);
/// The name used in message keys ("federal", "flanders", ...).
std::string_view to_string(Scheme s);
/// The citation id of a regional scheme ("family_benefits.regional.flanders").
std::string regional_citation(Scheme s);

/// The region that decides the scheme: the child's, else that of the person raising the
/// child, else the claimant's; nullopt when none is known.
std::optional<Region> region_of(const Situation& s, const ChildClaim& c);

/// The claimant's conditions under the federal scheme: a claimant employed, unemployed,
/// disabled or pensioned, related to the child, first by the rules of priority.
core::Result<Check> claimant_conditions(const Situation& s, const ChildClaim& c, DecisionBuilder& b);
/// The child brought up in Belgium, the EEA or a country with an agreement.
core::Result<Check> territoriality(const ChildClaim& c, DecisionBuilder& b);
/// Records to whom the benefits are paid: the child in the cases of the guide, else the
/// person raising the child (a question when unknown).
core::Status payee(const Situation& s, const ChildClaim& c, core::Date on, DecisionBuilder& b);

}  // namespace secu::rules::family_benefits

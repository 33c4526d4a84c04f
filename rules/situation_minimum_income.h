// The minimum-resources event of a situation (seed 004 ch. XI), and its reader (internal to
// rules/situation*.cc).
//
//   {"type": "income_claim", "person": "an", "kind": "integration_income",
//    "claim_date": "2025-03-03", "household": "single", "willing_to_work": true,
//    "means": [{"kind": "earnings", "monthly": "300.00"}]}
//
// One claim asks for one benefit (`kind`): the integration income of the CPAS/OCMW, the
// guaranteed income for elderly persons (GRAPA/IGO) or the income replacement allowance for
// disabled persons (ARR/IVT). Every fact is optional: unknown means "ask", never zero or
// false; `means: []` says there are none. The reader checks what the schema cannot: real
// dates in order, the person named, amounts, and that a fact belongs to the kind of claim
// (the error names the JSON pointer).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"

namespace secu::rules {

/// The benefit a claim asks for.
enum class IncomeClaimKind { integration_income, grapa, disability_income_replacement };

/// The family situation, named like the categories in data/: the integration income has
/// cohabitant / single / with_family, the GRAPA single / cohabitant / household (the rate for
/// two cohabiting beneficiaries).
enum class IncomeHousehold { single, cohabitant, with_family, household };

/// Where a monthly resource comes from (shown in the reasons; all of them count).
enum class MeansKind { earnings, pension, benefit, property, maintenance, household_member, other };

/// One monthly resource of the claimant (or of the household, where the law counts it).
struct Means {
  MeansKind kind = MeansKind::other;
  core::Money monthly;
};

/// The categories of the income replacement allowance.
enum class DisabilityCategory { A, B, C };

/// What a GRAPA claimant already receives (seed 004 ch. XI: then examined automatically).
enum class IncomeReceived { pension, disability_allowance, integration_income };

/// A claim for a minimum-resources benefit (event "income_claim").
struct IncomeClaim {
  std::string person;
  std::size_t index = 0;  // position in "events"
  IncomeClaimKind kind = IncomeClaimKind::integration_income;
  std::optional<core::Date> claim_date;
  std::optional<IncomeHousehold> household;
  std::optional<std::vector<Means>> means;  // absent: unknown; empty: no means
  // Integration income.
  std::optional<core::Date> decision_date;  // of the CPAS/OCMW council
  std::optional<bool> willing_to_work;
  std::optional<bool> health_or_equity_reasons;
  std::optional<bool> married;               // a minor emancipated by marriage
  std::optional<bool> single_with_children;  // a single person looking after children
  std::optional<bool> pregnant;
  // GRAPA and income replacement allowance.
  std::optional<bool> resident;  // actually resident in Belgium
  std::optional<std::vector<IncomeReceived>> receives;  // GRAPA
  // Income replacement allowance.
  std::optional<bool> domiciled;
  std::optional<bool> nationality_accepted;
  std::optional<bool> received_before_age_limit;
  std::optional<DisabilityCategory> category;
  std::optional<std::int64_t> earning_capacity_hundredths;  // % of a healthy person's, × 100
  /// "/events/3" + suffix.
  std::string pointer(std::string_view suffix = "") const;
};

struct Situation;

/// The total of the claim's monthly means; nullopt when they are not known.
std::optional<core::Money> total_means(const IncomeClaim& c);

/// Reads an "income_claim" event (already checked against the schema) into s.income_claims;
/// the person must be a person already read.
core::Status read_income_claim(const nlohmann::json& j, std::size_t index, Situation& s);

}  // namespace secu::rules

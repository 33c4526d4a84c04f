// What the accident-at-work and occupational-disease decisions share (seed 004 ch. VIII:
// occupational-disease benefits "are calculated and paid in the same way as for accidents
// at work"): the facts, the date whose figures apply, the payer, and small helpers.
//
//   Scheme s = accident_scheme(accident, ctx);
//   DecisionBuilder b(ctx, benefit(s, "temporary_incapacity"), s.person);
//   b.decision().schedule.push_back(period({from, to}, payer(s, from), amount, basis, explain::Per::day));
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/check.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::work_accidents {

/// One accident or disease seen by the shared benefit rules.
struct Scheme {
  bool disease = false;       // an occupational disease (else an accident at work)
  std::string person;         // the victim's id
  std::string pointer;        // "/events/N"
  const AccidentFacts* facts = nullptr;
  std::optional<core::Date> accident;  // the day of the accident (accidents only)
  core::Date key;             // the date whose figures apply: the accident, or the claim
  const Context* ctx = nullptr;
};

/// The scheme of an accident at work (figures of the accident day).
Scheme accident_scheme(const WorkAccident& a, const Context& ctx);
/// The scheme of an occupational disease (figures of the claim day, else of its first
/// benefit day, else of the date of the question).
Scheme disease_scheme(const OccupationalDisease& d, const Context& ctx);

/// "work_accident.<name>" or "occupational_disease.<name>".
std::string benefit(const Scheme& s, std::string_view name);
/// Whether FAT/FAO and FMP/FBZ were merged into Fedris on `d` (the seed's funds when the
/// data does not cover `d`).
bool fedris_on(const Context& ctx, core::Date d);
/// Who pays the scheme's benefits on `d`: the employer's insurer, or FMP/FBZ then Fedris.
std::string payer(const Scheme& s, core::Date d);
/// The fund that certifies agreements on `d`: FAT/FAO, then Fedris.
std::string accidents_fund(const Context& ctx, core::Date d);

/// A period of the schedule; `to` empty: open-ended. Per day: benefit_days counts every
/// calendar day (the benefit is paid for each day of the week).
explain::Period period(core::Date from, std::optional<core::Date> to, std::string payer, std::optional<core::Money> amount,
                       explain::Message basis, explain::Per per);
/// Splits the disease scheme's periods paid by FMP/FBZ at the day Fedris took over.
void split_at_merger(const Scheme& s, std::vector<explain::Period>& periods);

/// Adds the reason that occupational-disease benefits follow the accident-at-work rules
/// (no-op for an accident), citing the parameter that says so.
core::Status same_way_reason(const Scheme& s, DecisionBuilder& b);

}  // namespace secu::rules::work_accidents

// The pay of a short leave split between the employer and the fund: the birth (paternity)
// leave and the adoption leave. The employer pays its first days at a share of the full
// pay, the fund the other days at a rate of the capped wage (the sickness wage ceiling).
//
//   SECU_TRY(LeavePay pay, leave_pay(person, {.employer_days = "…", .employer_rate = "…", .fund_rate = "…"}, key, b));
//   b.decision().schedule = lay_out(pay, start, 10, std::nullopt, fund);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::maternity {

/// The parameter ids of a leave's pay.
struct LeavePayIds {
  const char* employer_days;
  const char* employer_rate;
  const char* fund_rate;
};

/// What the employer and the fund pay per day (unknown parts: none, with the law gap or
/// the missing wage recorded in the builder).
struct LeavePay {
  std::optional<int> employer_days;
  std::optional<core::Money> employer_amount;
  std::optional<core::Money> fund_amount;
  explain::Message employer_basis;
  explain::Message fund_basis;
};

/// The pay for a leave beginning on `key` (the figures in force then).
core::Result<LeavePay> leave_pay(const Person& p, const LeavePayIds& ids, core::Date key, DecisionBuilder& b);

/// The periods of a leave of `benefit_days` days of the 6-day week from `start` (Sundays
/// skipped): the employer's first days, then the fund's, to `end` when given. No
/// employer_days: no periods (who pays which day is not known).
std::vector<explain::Period> lay_out(const LeavePay& pay, core::Date start, int benefit_days, std::optional<core::Date> end,
                                     const std::string& fund);

/// Adds the employer's and the fund's daily amounts to the decision's amounts.
void add_leave_amounts(const LeavePay& pay, DecisionBuilder& b);

}  // namespace secu::rules::maternity

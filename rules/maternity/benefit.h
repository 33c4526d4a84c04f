// The daily maternity benefit by the mother's situation (seed 004 ch. IV): employed,
// unemployed or invalid, for a day of the rest; also the capped rate used by the birth
// leave, the converted rest and the adoption leave.
//
//   SECU_TRY(DayAmount a, maternity_day(MotherStatus::employee, rates, wage, std::nullopt, start, day, 31, b));
#pragma once

#include <optional>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::maternity {

/// The amount for one day (none when the law or a fact is missing) and what it is.
struct DayAmount {
  std::optional<core::Money> amount;
  explain::Message basis;
  friend bool operator==(const DayAmount&, const DayAmount&) = default;
};

/// `rate` of the daily wage capped at the wage ceiling for a start on `start` as published
/// on `day` (data/params/sickness/benefit/wage_ceiling.yaml); where the data has no ceiling
/// for that start, `rate` of the wage limited to the maximum benefit `max_id` (when given).
core::Result<DayAmount> capped(core::Rate rate, core::Money wage, core::Date start, core::Date day, const char* max_id,
                               DecisionBuilder& b);

/// The mother's benefit on `day`, the `n`-th day of a rest that began on `start`.
core::Result<DayAmount> maternity_day(MotherStatus status, std::optional<core::Money> wage,
                                      std::optional<core::Money> unemployment_benefit, core::Date start, core::Date day,
                                      int n, DecisionBuilder& b);

/// Adds the reason that states the rates of the mother's situation.
core::Status rate_reason(MotherStatus status, core::Date start, DecisionBuilder& b);

/// The parameter ids whose changes cut a schedule of maternity benefits.
const std::vector<const char*>& amount_parameters();

/// The day after the first period (day 31 from 2013): the first day of the second rate.
core::Result<int> second_period_day(MotherStatus status, core::Date start, DecisionBuilder& b);

}  // namespace secu::rules::maternity

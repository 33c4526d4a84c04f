// The guaranteed minimum pension (seed 004 ch. VI): "for a complete career is € 16,636.77
// (household) or € 13,313.61 (single) per year, calculated pro rata if the career is at
// least equivalent to two-thirds of a complete career". Later amounts by date in data/
// (yearly to 2020, monthly from 2020-03-01). From 2025-01-01, for people born from 1970:
// 30 career years of at least 208 days and 5,000 days of effective work (mc.be); for
// people born 1963-1969 transitional rules that secu does not have (the pension is then
// "at least" the accrued amount).
//
//   SECU_TRY(MinimumRight m, minimum_right(person, start, b));
//   SECU_TRY(auto yearly, minimum_on(m, "single", day, b));   // pro rata, nullopt: gap
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "rules/context.h"
#include "rules/pension/figures.h"
#include "rules/situation.h"

namespace secu::rules::pension {

/// Whether the minimum applies, decided at the pension start, and its pro rata.
struct MinimumRight {
  Check applies = Check::not_met;
  std::int64_t years = 0;  // career years counted for the pro rata
  std::int64_t full = 0;   // years of a complete career
};

/// The minimum's conditions at `start` (the career is known), with reasons.
core::Result<MinimumRight> minimum_right(const Person& p, core::Date start, std::int64_t full, DecisionBuilder& b);

/// The yearly minimum in force on `d` for `category` (household, single), pro rata
/// years/full; nullopt with the gap recorded when data/ has no amount on `d`.
core::Result<std::optional<core::Money>> minimum_on(const MinimumRight& m, std::string_view category, core::Date d, DecisionBuilder& b);

/// The days after `start` on which the minimum's amounts change (for the schedule).
std::vector<core::Date> minimum_changes(const Context& ctx, core::Date start);

}  // namespace secu::rules::pension

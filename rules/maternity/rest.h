// The mother's maternity rest and benefit (seed 004 ch. IV): the calendar from the
// expected and actual date of delivery, the insurance conditions, the fund's daily
// benefit by her situation, and what she must do by when.
//
//   SECU_TRY(explain::Decision d, mother_decision(situation, birth, ctx));
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/maternity/calendar.h"
#include "rules/situation.h"

namespace secu::rules::maternity {

/// The mother's situation: the event's mother_status, else her person's status.
std::optional<MotherStatus> mother_status(const Person& mother, const Birth& birth);

/// The rest's calendar with the law in force on the expected date (figures traced in `b`);
/// not_found-free: out_of_range when data/ does not cover that date.
core::Result<Calendar> mother_calendar(const Birth& birth, DecisionBuilder& b);

/// The decision on the mother's maternity rest and benefit.
core::Result<explain::Decision> mother_decision(const Situation& s, const Birth& birth, const Context& ctx);

/// `r` without the days of `cut` (zero, one or two ranges).
std::vector<core::DayRange> subtract(core::DayRange r, core::DayRange cut);

}  // namespace secu::rules::maternity

// The invalidity benefit per day over a stretch of days (seed 004 ch. V; later figures).
#pragma once

#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::invalidity {

/// The fund's periods over `days` for an invalidity that began on `from`: an employee's
/// share of the capped wage by family situation (at least the minimum where data/ has it),
/// a self-employed person's flat amount. Periods without a known amount say so.
core::Result<std::vector<explain::Period>> daily_benefit(const Person& p, core::Date from, core::DayRange days,
                                                         DecisionBuilder& b);

}  // namespace secu::rules::invalidity

// What a decision costs over a window of days: its schedule's periods cut to the window and
// counted in the unit each is paid in. Employers' periods (the guaranteed salary) are counted
// apart from the social security's own; what the insured person pays (a hospital stay's own
// share) is not a cost at all.
//
//   const core::DayRange year{at, core::add_months(at, 12, core::EndOfMonth::clamp) - 1};
//   Cost c = cost_of(decision, year);   // c.public_cost, c.employer_cost
#pragma once

#include "core/date.h"
#include "core/money.h"
#include "explain/decision.h"

namespace secu::sim {

/// The cost of one period, or of a decision, over a window.
struct Cost {
  core::Money public_cost{};    // paid by the funds, ONEM/RVA, CPAS/OCMW, FPS, … (every payer but the employer)
  core::Money employer_cost{};  // paid by the employer (guaranteed salary, complements)
  bool unknown_amount = false;  // a period in the window whose amount is not known: the cost is a floor
};

/// What `p` pays within `window`, rounded to the cent once per period:
/// - per day: the benefit days in the overlap (Sundays excluded) when the period counts
///   benefit days, else its calendar days;
/// - per week: amount × days ÷ 7; per month, quarter, year: for each calendar month,
///   quarter or year the overlap touches, amount × days in it ÷ its days (a whole month
///   costs the monthly amount);
/// - once: the amount when the period starts within the window.
/// An open-ended period runs to the window's end. A period of unknown amount costs 0.
core::Money period_cost(const explain::Period& p, core::DayRange window);

/// The cost of an entitled decision over `window` (0 for any other status), without the
/// periods the insured person pays.
Cost cost_of(const explain::Decision& d, core::DayRange window);

}  // namespace secu::sim

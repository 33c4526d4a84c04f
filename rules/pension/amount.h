// The amount of the retirement pension (seed 004 ch. VI) and its schedule.
//
// "the retirement pension is calculated by applying, for each year worked, one
// forty-fifth of the full pension rate"; "up to 60% of your average pay over your working
// life, and 75% if you have a dependent spouse": for each career year,
// earnings × rate × 1/45, summed (rounded once, half-up to the cent, on the sum).
// The earnings must be "adjusted for the cost of living": secu has no revaluation
// coefficients, so it computes only on earnings the facts say are already revalued.
// "The maximum pension depends on annual earnings ceiling": the ceiling is not in secu's
// data, so a year whose earnings at the single rate alone would exceed the maximum pension
// (€ 25,278.00 since 2012-12-01) leaves the amount unknown. The guaranteed minimum
// (minimum.h) raises the amount. Paid monthly (the yearly amount / 12, half-up to the
// cent) by the pension service from the start, open-ended; the schedule changes where the
// minimum's amounts change.
//
//   SECU_TRY(Check paid, lay_out_amount(person, start, b));   // not_met: no career year
#pragma once

#include "core/date.h"
#include "core/result.h"
#include "rules/context.h"
#include "rules/pension/figures.h"
#include "rules/situation.h"

namespace secu::rules::pension {

/// Computes the amounts and the schedule from `start` into the decision; a fact missing
/// or a figure not in data/ leaves the amount unknown (with the question or the gap).
/// not_met when the career holds no year before the start, unknown when the career is not
/// given (no year worked is known), else met (the amount itself may still be unknown).
core::Result<Check> lay_out_amount(const Person& p, core::Date start, DecisionBuilder& b);

}  // namespace secu::rules::pension

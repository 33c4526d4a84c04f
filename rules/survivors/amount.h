// The amount of a survivor's pension (seed 004 ch. VII) and its monthly schedule.
//
// "The surviving spouse is entitled to 80% of the actual or hypothetical old-age pension of
// the insured person, calculated at the rate for a married couple where the spouse is
// dependent." The deceased's pension is computed from the deceased's career up to the year
// of the death as the old-age pension is (seed 004 ch. VI): for each career year, earnings
// × the household rate (75 %) × 1/45, summed and rounded once to the cent; then 80 % of
// it, to the cent. The guide says nothing of the fraction of a hypothetical career (a
// person who died before the pension age): secu counts each year as 1/45, the only
// fraction the guide gives, so that the guaranteed minimum's pro rata (years / 45) and the
// pension's accrual use the same denominator — a reason says so. "The guaranteed minimum
// survivor's pension ... for a complete career is € 13,104.28 per year, calculated pro
// rata if the career is at least equivalent to two-thirds of a complete career" (from
// 2021-01-01 the monthly 1,308.20 × 12); "the maximum pension for a surviving spouse of an
// employee amounts to € 25.278,00" (which also stands in for the earnings ceiling secu
// does not have). Paid monthly (yearly / 12, half-up to the cent) by the pension service;
// one period per change of the minimum or maximum.
//
//   SECU_TRY(Check paid, lay_out_amount(deceased, death, start, end, b));
#pragma once

#include <optional>

#include "core/date.h"
#include "core/result.h"
#include "rules/context.h"
#include "rules/survivors/conditions.h"

namespace secu::rules::survivors {

/// Computes the amounts and the monthly schedule from `start` (to `end` when given) into
/// the decision. not_met when the deceased's career holds no year; unknown when the career
/// is not given; else met (a missing year's earnings or a law gap leaves the amount
/// unknown, with the question or the gap, and the schedule without an amount).
core::Result<Check> lay_out_amount(const Person& deceased, const Death& d, core::Date start, std::optional<core::Date> end,
                                   DecisionBuilder& b);

}  // namespace secu::rules::survivors

// The pension of a divorced spouse (seed 004 ch. VII).
//
// "Conditions for the divorced spouse are that she/he may not have lost parental
// authority, or be convicted for making an attempt on the spouse's life, or have
// remarried. Other conditions (age, accumulation, etc.) are the same as those for an
// old-age pension." "For the divorced spouse, the pension is calculated as the old-age
// pension, but only on the basis of 62.5% of the income, minus the personal income.
// Periods outside marriage and periods covered by a personal pension are not taken into
// account."
//
// For each calendar year of the marriage (from the marriage to the day before the divorce;
// a year partly married counts for its married days / the days of the year) that is not
// covered by a personal pension of the divorced spouse (`personal_pension_years`: another
// scheme or country): 62.5 % of the ex-spouse's earnings minus the divorced spouse's own
// earnings of that year (both for the married days, to the ten-thousandth; never below
// zero). The sum × the old-age pension's single rate (60 %) × 1/45, to the cent, is the
// yearly pension ("calculated as the old-age pension"; the household rate needs a
// dependent spouse, which a divorced spouse is not). It starts on the later of the first
// day of the month after the death and the divorced spouse's own normal pension start (the
// old-age pension's age), paid monthly by the pension service. The guide gives the divorced
// spouse neither a minimum nor a maximum: none is applied, and a reason says so.
//
//   SECU_TRY(explain::Decision d, divorced_decision(situation, death, ctx));
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::survivors {

/// survivors.pension for a divorced spouse: the own conditions, the start, the amount.
core::Result<explain::Decision> divorced_decision(const Situation& s, const Death& d, const Context& ctx);

}  // namespace secu::rules::survivors

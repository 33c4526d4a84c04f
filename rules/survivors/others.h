// The survivors who are not a surviving spouse (seed 004 ch. VII).
//
// "Conditions for the divorced spouse are that she/he may not have lost parental
// authority, or be convicted for making an attempt on the spouse's life, or have
// remarried. Other conditions (age, accumulation, etc.) are the same as those for an
// old-age pension." The amount — "calculated as the old-age pension, but only on the basis
// of 62.5% of the income, minus the personal income" over the years of marriage not
// covered by a personal pension — needs the old-age pension's own conditions and the
// divorced spouse's income year by year, which the facts do not hold: secu checks the
// divorced spouse's own conditions and otherwise cannot tell (a reason says why).
// "A surviving partner receives no benefits": a legal partner or a cohabitant is not
// entitled.
//
//   SECU_TRY(explain::Decision d, divorced_decision(situation, death, ctx));
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::survivors {

/// survivors.pension for a divorced spouse.
core::Result<explain::Decision> divorced_decision(const Situation& s, const Death& d, const Context& ctx);

/// survivors.pension for a legal partner or a cohabitant: not entitled.
core::Result<explain::Decision> partner_decision(const Death& d, const Context& ctx);

}  // namespace secu::rules::survivors

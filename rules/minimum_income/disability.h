// The income replacement allowance for disabled persons (ARR / IVT, allocation de
// remplacement de revenus / inkomensvervangende tegemoetkoming) of the FPS Social Security,
// DG Persons with disabilities (seed 004 ch. XI; the 2025 yearly amounts in data/): earning
// capacity at most one third, age 21 to 65 (kept after 65 when received before), domiciled
// and resident in Belgium, a nationality the legislation states, and the basic amount of
// category A, B or C. The household income counts with deductions the guide does not give:
// with any income the basic amount is only the most that can be due ("cannot tell").
//
//   SECU_TRY(explain::Decision d, disability_decision(situation, claim, ctx));
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::minimum_income {

/// The decision on an income replacement allowance claim (minimum_income.disability_income_replacement).
core::Result<explain::Decision> disability_decision(const Situation& s, const IncomeClaim& c, const Context& ctx);

}  // namespace secu::rules::minimum_income

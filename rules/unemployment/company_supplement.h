// Unemployment with company supplement (seed 004 ch. X), decided as
// "unemployment.company_supplement": the older worker made redundant receives 60 % of the
// capped gross pay from the payment body, plus half the difference between the net pay and
// that benefit from the employer, a month, until the age limit.
//
//   SECU_TRY(explain::Decision d, company_supplement_decision(situation, claim, ctx));
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::unemployment {

/// The decision on a claim for unemployment with company supplement.
core::Result<explain::Decision> company_supplement_decision(const Situation& s, const UnemploymentClaim& c, const Context& ctx);

}  // namespace secu::rules::unemployment

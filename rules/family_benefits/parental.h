// The parental benefit (allocation d'interruption/onderbrekingsuitkering for a parental
// leave, seed 004 ch. IX), paid by ONEM/RVA: who is entitled, for how long, how much.
//
//   SECU_TRY(explain::Decision d, parental_benefit_decision(s, leave, ctx));
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::family_benefits {

/// The decision on the parental benefit for one parental leave.
core::Result<explain::Decision> parental_benefit_decision(const Situation& s, const ParentalLeave& l, const Context& ctx);

}  // namespace secu::rules::family_benefits

// The adoption leave (seed 004 ch. IV: "Both parents are entitled to adoption leave in the
// case of adoption of a child."), its length by the law of the day and its pay.
//
//   SECU_TRY(explain::Decision d, adoption_decision(situation, adoption, ctx));
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::maternity {

/// The adoptive parent's decision on the adoption leave.
core::Result<explain::Decision> adoption_decision(const Situation& s, const Adoption& a, const Context& ctx);

}  // namespace secu::rules::maternity

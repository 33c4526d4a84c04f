// Full unemployment after work (seed 004 ch. X), decided as "unemployment.full": admission,
// the daily benefit by phase of unemployment with the payer the person chose, the seniority
// supplement, and the job-seeker's obligations.
//
//   SECU_TRY(explain::Decision d, full_decision(situation, claim, ctx));
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::unemployment {

/// The decision on a full-unemployment claim.
core::Result<explain::Decision> full_decision(const Situation& s, const UnemploymentClaim& c, const Context& ctx);

}  // namespace secu::rules::unemployment

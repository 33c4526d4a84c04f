// The professional integration benefit of school-leavers ("unemployment.integration_benefit")
// and temporary unemployment ("unemployment.temporary"), seed 004 ch. X. Their amounts are
// flat or per day of suspension and are not in data/: the schedule gives the payer and the
// dates, with the amount unknown.
//
//   SECU_TRY(explain::Decision d, integration_decision(situation, claim, ctx));
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::unemployment {

/// The decision on a claim for the professional integration benefit.
core::Result<explain::Decision> integration_decision(const Situation& s, const UnemploymentClaim& c, const Context& ctx);

/// The decision on a claim for temporary unemployment.
core::Result<explain::Decision> temporary_decision(const Situation& s, const UnemploymentClaim& c, const Context& ctx);

}  // namespace secu::rules::unemployment

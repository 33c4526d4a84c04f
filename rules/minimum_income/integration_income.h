// The integration income (revenu d'intégration / leefloon) of the CPAS/OCMW (seed 004
// ch. XI; later amounts in data/): age 18 or an exception, willingness to work, and the
// means test — the amount of the claimant's category minus his or her means, due from the
// claim; the CPAS decides within 30 days and pays first within 15 days of its decision.
//
//   SECU_TRY(explain::Decision d, integration_income_decision(situation, claim, ctx));
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::minimum_income {

/// The decision on an integration income claim (benefit minimum_income.integration_income).
core::Result<explain::Decision> integration_income_decision(const Situation& s, const IncomeClaim& c, const Context& ctx);

}  // namespace secu::rules::minimum_income

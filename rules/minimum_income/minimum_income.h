// Minimum resources (seed 004 ch. XI; later figures in data/params/minimum_income/).
//
// One decision per "income_claim" event, by its kind: the integration income of the
// CPAS/OCMW (minimum_income.integration_income), the guaranteed income for elderly persons
// paid by the ONP/RVP (minimum_income.grapa), the income replacement allowance for disabled
// persons of the DG Persons with disabilities (minimum_income.disability_income_replacement).
// Each with its conditions, monthly schedule and payer, reasons, obligations and missing facts.
//
//   SECU_TRY(auto decisions, minimum_income::evaluate(situation, ctx));
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::minimum_income {

/// Decisions for every income claim of the situation, in the order of the events.
core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx);

}  // namespace secu::rules::minimum_income

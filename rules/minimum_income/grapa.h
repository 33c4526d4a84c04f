// The guaranteed income for elderly persons (GRAPA / IGO, garantie de revenus aux personnes
// âgées / inkomensgarantie voor ouderen) paid by the ONP/RVP (seed 004 ch. XI; later ages and
// amounts in data/): the age (65; 66 from 2025-02-01, 67 from 2030-02-01), residence in
// Belgium, and the rate of the family situation reduced by the income from all sources.
//
//   SECU_TRY(explain::Decision d, grapa_decision(situation, claim, ctx));
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::minimum_income {

/// The decision on a GRAPA claim (benefit minimum_income.grapa).
core::Result<explain::Decision> grapa_decision(const Situation& s, const IncomeClaim& c, const Context& ctx);

}  // namespace secu::rules::minimum_income

// Old-age pension of employees (seed 004 ch. VI; later ages, conditions and amounts in
// data/params/pension/).
//
// For each pension_claim event: the retirement pension (pension.retirement: when it may
// start, the amount year by year from the career, the guaranteed minimum and the maximum,
// the monthly schedule paid by the pension service, where and when to apply), the work
// while retired when the claim declares it (pension.work_while_retired: the earnings limit
// and the registered letters), and for a miner the heating allowance
// (pension.heating_allowance: not in the guide's figures, cannot tell).
//
//   SECU_TRY(auto decisions, pension::evaluate(situation, ctx));
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::pension {

/// Decisions for every pension claim in the situation.
core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx);

}  // namespace secu::rules::pension

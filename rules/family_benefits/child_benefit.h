// The child benefit (allocations familiales/kinderbijslag, seed 004 ch. IX; from 2019/2020
// the regional schemes): who is entitled, to whom it is paid, until when (the age limits),
// and the schedule by quarter for the current and the next quarter, with the payer and the
// monthly amount where data/ has it.
//
//   SECU_TRY(std::optional<explain::Decision> d, child_benefit_decision(s, claim, ctx));
//   // nullopt for a child not yet born on ctx.at
#pragma once

#include <optional>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::family_benefits {

/// The decision on the child benefit for one child (decision person: the claimant, else the
/// child); nullopt when the child is not born on ctx.at.
core::Result<std::optional<explain::Decision>> child_benefit_decision(const Situation& s, const ChildClaim& c, const Context& ctx);

}  // namespace secu::rules::family_benefits

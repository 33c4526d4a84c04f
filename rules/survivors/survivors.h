// Survivors' benefits of employees (seed 004 ch. VII; figures in data/params/survivors/).
//
// For each death event (one survivor each): a surviving spouse gets the decisions
// survivors.pension (pension de survie/overlevingspensioen: conditions, 80 % of the
// deceased's pension at the household rate, the guaranteed minimum and the maximum, the
// monthly schedule paid by the pension service) and survivors.tide_over (pension de survie
// temporaire/tijdelijk overlevingspensioen: 12 months for a spouse too young for the
// pension, applied for within 12 months); a divorced spouse, a legal partner or a
// cohabitant gets survivors.pension (others.h). A self-employed deceased: cannot tell.
//
//   SECU_TRY(auto decisions, survivors::evaluate(situation, ctx));
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::survivors {

/// Decisions for every death event in the situation.
core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx);

}  // namespace secu::rules::survivors

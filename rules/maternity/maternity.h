// Maternity and paternity benefits (seed 004 ch. IV; later figures in data/).
//
// For each birth: the mother's maternity rest and benefit (maternity.employee,
// maternity.unemployed, maternity.invalid; maternity.self_employed is not decided), the
// co-parent's birth leave (paternity.birth_leave) and, after the mother's death or during
// her hospital stay, the converted rest (paternity.conversion). For each adoption: the
// adoption leave (adoption.leave). Each with its schedule (the employer for the days it
// pays, the health insurance fund otherwise), reasons, obligations and missing facts.
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::maternity {

/// Decisions for every birth and adoption in the situation.
core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx);

}  // namespace secu::rules::maternity

// Children insured through the head of the family (seed 002; seed 004 ch. II).
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::membership {

/// One decision per person who names a head of family: covered through them or not.
core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx);

}  // namespace secu::rules::membership

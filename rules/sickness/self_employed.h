// Sickness benefits of the self-employed (002; later figures from the reference).
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::sickness {

/// The decision for a self-employed person's incapacity.
core::Result<explain::Decision> self_employed(const Person& p, const Incapacity& inc, DecisionBuilder b);

}  // namespace secu::rules::sickness

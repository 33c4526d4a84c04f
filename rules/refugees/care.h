// Care already received by a newcomer (Care events): which way it is paid (seed 003 the
// CPAS document; seed 000 the mutuality only once enrolled).
#pragma once

#include "core/result.h"
#include "rules/context.h"
#include "rules/refugees/route.h"
#include "rules/situation.h"

namespace secu::rules::refugees {

/// One reason per attestation of the person: through the CPAS (urgent aid or its
/// document) until registered with a mutuality, or through the mutuality once registered.
core::Status care_notes(const Person& p, const Situation& s, Route r, DecisionBuilder& b);

}  // namespace secu::rules::refugees

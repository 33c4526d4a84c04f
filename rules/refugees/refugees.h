// The refugees branch: urgent medical aid and the route of refugees and other newcomers to
// healthcare (seed 003; seed 000 for the registration with a mutuality).
//
// One decision "refugees.medical_aid" per person whose migration status is given and is
// not Belgian or resident (or, status not given, who holds a residence document): the
// route through the CPAS/OCMW, what it covers, where to go and what to do.
//
//   SECU_TRY(auto decisions, refugees::evaluate(situation, ctx));
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::refugees {

/// One decision per newcomer: entitled to the CPAS route, or cannot tell with the questions.
core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx);

}  // namespace secu::rules::refugees

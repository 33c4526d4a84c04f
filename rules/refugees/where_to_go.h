// Where a newcomer goes for care (seed 003, "Where should refugees go?"): the nearest
// CPAS/OCMW with identity documents, the numbers the seed gives by region, the advice to
// translate one's medical history; and later the mutuality (seed 000: not automatic).
#pragma once

#include "core/result.h"
#include "rules/context.h"
#include "rules/refugees/route.h"
#include "rules/situation.h"

namespace secu::rules::refugees {

/// Asks for the region when it is not given (it only changes the number to call).
void ask_region(const Person& p, DecisionBuilder& b);

/// The CPAS/OCMW to apply to, the document to present, the number of the region (or the
/// reason there is none), and the medical history to translate.
core::Status where_to_go(const Person& p, Route r, DecisionBuilder& b);

/// The registration with a mutuality, later and in the person's own steps; or, when a
/// fund is given, that the person is registered.
core::Status mutuality(const Person& p, Route r, DecisionBuilder& b);

}  // namespace secu::rules::refugees

// The special supplements of the child benefit (seed 004 ch. IX, federal scheme): for a
// disabled child, for children of unemployed persons (after seven months of full
// unemployment), of pensioners, of disabled employees (after seven months of incapacity),
// for half-orphans, and for eight quarters after resuming work. The guide gives no
// amounts: the periods are decided, the amount is "cannot tell".
//
//   SECU_TRY(std::optional<explain::Decision> d, supplement_decision(s, claim, ctx));
//   // nullopt when no ground of a supplement is given
#pragma once

#include <optional>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::family_benefits {

/// The supplements for one child; nullopt when no ground of a supplement is in the claim.
core::Result<std::optional<explain::Decision>> supplement_decision(const Situation& s, const ChildClaim& c, const Context& ctx);

}  // namespace secu::rules::family_benefits

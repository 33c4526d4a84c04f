// The birth grant (allocation de naissance/kraamgeld; in Flanders the Groeipakket's start
// amount) and the adoption grant (prime d'adoption/adoptiepremie), seed 004 ch. IX.
//
//   SECU_TRY(explain::Decision d, birth_grant_decision(s, claim, ctx));     // claim.expected_birth set
//   SECU_TRY(explain::Decision d, adoption_grant_decision(s, claim, ctx));  // claim.adopted set
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::family_benefits {

/// The birth grant for a child whose scheduled date of birth is known.
core::Result<explain::Decision> birth_grant_decision(const Situation& s, const ChildClaim& c, const Context& ctx);
/// The adoption grant for an adopted child.
core::Result<explain::Decision> adoption_grant_decision(const Situation& s, const ChildClaim& c, const Context& ctx);

}  // namespace secu::rules::family_benefits

// Family benefits (seed 004 ch. IX; the regional schemes from 2019/2020 in data/).
//
// For each "child" event: the child benefit (family_benefits.child_benefit) with its
// schedule by quarter, the special supplements (family_benefits.supplement) when a ground
// is given and the child benefit is not refused, the birth grant
// (family_benefits.birth_grant) when the scheduled date of birth is given, the adoption
// grant (family_benefits.adoption_grant) when the child is adopted.
// For each "parental_leave" event: the parental benefit (family_benefits.parental_benefit)
// paid by ONEM/RVA. Each with reasons, obligations, institutions and missing facts.
//
//   SECU_TRY(auto decisions, family_benefits::evaluate(situation, ctx));
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::family_benefits {

/// Decisions for every child and parental leave in the situation.
core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx);

}  // namespace secu::rules::family_benefits

// The father's or co-parent's birth (paternity) leave (seed 004 ch. IV: "Fathers are
// entitled to ten days paternity leave on the birth of their child."; later 15 and 20
// days), with the employer's days and the fund's benefit.
//
//   SECU_TRY(auto d, birth_leave_decision(situation, birth, ctx));   // none without a co-parent
#pragma once

#include <optional>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::maternity {

/// The co-parent's birth leave, when the birth names a co-parent.
core::Result<std::optional<explain::Decision>> birth_leave_decision(const Situation& s, const Birth& birth, const Context& ctx);

}  // namespace secu::rules::maternity

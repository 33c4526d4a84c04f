// The survivors who are neither spouse nor divorced spouse (seed 004 ch. VII; the divorced
// spouse is in rules/survivors/divorced.h): "A surviving partner receives no benefits": a
// legal partner or a cohabitant is not entitled.
//
//   SECU_TRY(explain::Decision d, partner_decision(death, ctx));
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::survivors {

/// survivors.pension for a legal partner or a cohabitant: not entitled.
core::Result<explain::Decision> partner_decision(const Death& d, const Context& ctx);

}  // namespace secu::rules::survivors

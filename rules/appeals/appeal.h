// The right of appeal that every decision carries (seed 004 ch. I, "Appeals").
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"

namespace secu::rules::appeals {

/// Sets each decision's `appeal`: a written appeal to the labour court within the
/// deadline, counted from the notification (taken to be the date of the question).
core::Status add_appeal(std::vector<explain::Decision>& decisions, const Context& ctx);

}  // namespace secu::rules::appeals

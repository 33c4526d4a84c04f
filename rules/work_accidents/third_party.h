// The supplementary allowance for the help of another person (seed 004 ch. VIII) —
// decision <scheme>.third_party_help, when the facts give a degree of need.
#pragma once

#include <optional>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/work_accidents/scheme.h"

namespace secu::rules::work_accidents {

/// The decision: from the consolidation, not paid from the 91st day of each hospital stay
/// until the discharge, to the death; the amount (a share of 12 × the average monthly
/// guaranteed income) is not known to secu. None when the facts give no degree of need.
core::Result<std::optional<explain::Decision>> third_party_decision(const Scheme& s);

}  // namespace secu::rules::work_accidents

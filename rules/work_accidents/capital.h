// The capital paid on request at the conversion into a life annuity (seed 004 ch. VIII) —
// decision work_accident.capital, when the victim asks for it.
#pragma once

#include <optional>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/situation.h"
#include "rules/work_accidents/scheme.h"

namespace secu::rules::work_accidents {

/// The decision on a request for part of the capital; none when there is no request.
core::Result<std::optional<explain::Decision>> capital_decision(const Scheme& s, const WorkAccident& a);

}  // namespace secu::rules::work_accidents

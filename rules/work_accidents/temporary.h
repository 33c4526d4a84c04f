// Temporary incapacity after an accident at work or an occupational disease (seed 004
// ch. VIII) — decision <scheme>.temporary_incapacity: total (90 % of the average daily pay),
// partial (the pay lost), and for a disease the precautionary cessation of work.
#pragma once

#include <optional>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/situation.h"
#include "rules/work_accidents/scheme.h"

namespace secu::rules::work_accidents {

/// The decision, when the facts hold a period of temporary incapacity (or a precautionary
/// cessation, `preventive`); none otherwise.
core::Result<std::optional<explain::Decision>> temporary_decision(const Scheme& s, const std::optional<AccidentPeriod>& preventive);

}  // namespace secu::rules::work_accidents

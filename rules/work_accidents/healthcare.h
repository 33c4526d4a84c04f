// Healthcare after an accident at work or for an occupational disease (seed 004 ch. VIII) —
// decision <scheme>.healthcare: the costs covered at the statutory rates, the patient's
// share paid by the insurer (or the fund), travelling expenses.
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/work_accidents/scheme.h"

namespace secu::rules::work_accidents {

/// The decision (no amounts: secu's situation holds no bills for it).
core::Result<explain::Decision> healthcare_decision(const Scheme& s);

}  // namespace secu::rules::work_accidents

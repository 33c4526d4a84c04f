// Whether an accident is covered by the employer's accident-at-work insurance, and the
// notification to the insurer (seed 004 ch. VIII) — decision work_accident.cover.
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::work_accidents {

/// The cover decision: entitled for an employee, with the employer's notification to the
/// insurer within 8 days of the accident (and the worker's or family's when it is late).
core::Result<explain::Decision> cover_decision(const Person& victim, const WorkAccident& a, const Context& ctx);

}  // namespace secu::rules::work_accidents

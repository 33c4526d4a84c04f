// Whether a disease is recognised as an occupational disease, and the claim to FMP/FBZ
// (Fedris) — decision occupational_disease.recognition (seed 004 ch. VIII).
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::work_accidents {

/// The recognition decision: a listed disease with exposure to its risk, or a disease
/// whose exposure and causal link are proven; the claim with the standard form.
core::Result<explain::Decision> recognition_decision(const Person& victim, const OccupationalDisease& d, const Context& ctx);

}  // namespace secu::rules::work_accidents

// Accidents at work and occupational diseases (seed 004 ch. VIII; official pages in data/).
//
// For each accident at work: work_accident.cover (insured, notification to the insurer
// within 8 days), and when the facts reach them work_accident.temporary_incapacity,
// .permanent_incapacity, .capital (on request), .third_party_help, .healthcare, and after a
// death .funeral, .spouse_annuity and .orphan_allowance (one per survivor). The same for an
// occupational disease under occupational_disease.* once it is recognised
// (occupational_disease.recognition), paid by FMP/FBZ (Fedris from 2017).
//
//   SECU_TRY(auto decisions, work_accidents::evaluate(situation, ctx));
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::work_accidents {

/// Decisions for every work_accident and occupational_disease event of the situation.
core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx);

}  // namespace secu::rules::work_accidents

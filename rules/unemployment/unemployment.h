// Unemployment (seed 004 ch. X; later figures in data/params/unemployment/, from the RVA).
//
// One decision per "unemployment_claim" event, by its kind: full unemployment after work
// (unemployment.full: admission, the daily benefit by phase of unemployment), unemployment
// with company supplement (unemployment.company_supplement), the professional integration
// benefit (unemployment.integration_benefit), temporary unemployment (unemployment.temporary).
// The ONEM/RVA decides; the body the person chose (CAPAC/HVW or a union's fund) pays.
//
//   SECU_TRY(auto decisions, unemployment::evaluate(situation, ctx));
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::unemployment {

/// Decisions for every unemployment claim of the situation, in the order of the events.
core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx);

}  // namespace secu::rules::unemployment

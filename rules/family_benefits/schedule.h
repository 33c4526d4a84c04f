// The child benefit's schedule by quarter (seed 004 ch. IX: "Entitlement to basic child
// benefit is determined quarterly"): the months of a range, grouped by calendar quarter and
// by payer and monthly amount, under the scheme in force each month in the child's region.
//
//   SECU_TRY(Layout l, lay_out(s, child, claim, {from, to}, /*federal_ok=*/true, b));
#pragma once

#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/family_benefits/common.h"
#include "rules/situation.h"

namespace secu::rules::family_benefits {

/// The periods laid out and the schemes met on the way (in order, each once).
struct Layout {
  std::vector<explain::Period> periods;
  std::vector<Scheme> schemes;
  bool region_unknown = false;  // the region is needed and asked: periods stop before the regional schemes
};

/// Lays out `range` month by month; months of the federal scheme are left out when its
/// conditions are not met (`federal_ok` false).
core::Result<Layout> lay_out(const Situation& s, const Person& child, const ChildClaim& c, core::DayRange range, bool federal_ok,
                             DecisionBuilder& b);

}  // namespace secu::rules::family_benefits

// Permanent incapacity after consolidation (seed 004 ch. VIII) — decision
// <scheme>.permanent_incapacity: the annual allowance during the 3-year revision period,
// then the life annuity (an accident); for a disease an allowance re-assessable at any time.
#pragma once

#include <optional>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/situation.h"
#include "rules/work_accidents/scheme.h"

namespace secu::rules::work_accidents {

/// The yearly amount for a degree on the scheme's key date: basic × degree × the share of
/// its band (50 % under 5 %, 75 % under 10 %, else 100 %), rounded half-up to the cent;
/// none with the law gap recorded.
core::Result<std::optional<core::Money>> yearly_amount(const Scheme& s, core::Money basic, core::Rate degree, DecisionBuilder& b);

/// The decision, when the facts hold a consolidation or a degree; none otherwise. For an
/// accident, `accident` gives the agreement and the capital request.
core::Result<std::optional<explain::Decision>> permanent_decision(const Scheme& s, const WorkAccident* accident);

}  // namespace secu::rules::work_accidents

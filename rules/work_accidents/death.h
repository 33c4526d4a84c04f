// A victim who died of the accident or the disease (seed 004 ch. VIII): the funeral grant
// and transfer costs (<scheme>.funeral), the surviving spouse's life annuity
// (<scheme>.spouse_annuity) and each child's temporary allowance (<scheme>.orphan_allowance).
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/situation.h"
#include "rules/work_accidents/scheme.h"

namespace secu::rules::work_accidents {

/// The decisions after a death (none when the victim did not die).
core::Result<std::vector<explain::Decision>> death_decisions(const Situation& sit, const Scheme& s);

}  // namespace secu::rules::work_accidents

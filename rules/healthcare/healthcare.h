// The reimbursement of care (seeds 000, 001; seed 004 ch. II).
//
// For each attestation of care ("care" event): one decision per line
// ("healthcare.reimbursement", subject the line's JSON pointer) and one for the attestation
// ("healthcare.attestation": totals, the deadline to send it, the sticker); then the
// yearly maximum billing ("healthcare.maf"). Lines with a medicine category and hospital
// stays belong to the healthcare_hospital branch and are left out here.
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::healthcare {

/// Decisions for every attestation of care in the situation.
core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx);

}  // namespace secu::rules::healthcare

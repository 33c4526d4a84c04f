// Medicines and hospitalisation (seed 004 ch. II, "Medicines" and "Hospitalisation"; later
// figures in data/params/healthcare/medicines/ and hospitalisation/).
//
// One decision per attestation line that has a medicine category ("healthcare.medicine",
// subject: the line's JSON pointer) and one per hospital stay ("healthcare.hospital_stay",
// subject: the event's pointer). The other attestation lines are rules/healthcare/'s.
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::healthcare_hospital {

/// Decisions for every medicine line and every hospital stay, in the order of the events.
core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx);

}  // namespace secu::rules::healthcare_hospital

// Medicines bought at the pharmacy: the personal share of one attestation line (seed 004 ch. II).
//
//   SECU_TRY(explain::Decision d, medicine_line(person, care, 0, ctx));   // d.subject == "/events/2/lines/0"
#pragma once

#include <cstddef>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::healthcare_hospital {

/// The decision "healthcare.medicine" about line `line` of `care` (which has a medicine category).
core::Result<explain::Decision> medicine_line(const Person& p, const Care& care, std::size_t line, const Context& ctx);

}  // namespace secu::rules::healthcare_hospital

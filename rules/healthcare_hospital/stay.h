// A stay in hospital: the patient's personal share, day by day, and the fund to consult first
// (seed 004 ch. II, "Hospitalisation").
//
//   SECU_TRY(explain::Decision d, hospital_stay(person, stay, situation, ctx));   // d.subject == "/events/1"
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::healthcare_hospital {

/// The decision "healthcare.hospital_stay" about one stay: a schedule of periods with the daily
/// personal share (payer "insured_person"), the totals once the discharge is known, and the
/// obligation to consult the fund before a planned admission.
core::Result<explain::Decision> hospital_stay(const Person& p, const HospitalStay& h, const Situation& s, const Context& ctx);

}  // namespace secu::rules::healthcare_hospital

// Who the patient is for the personal shares of seed 004 ch. II: an ordinary beneficiary,
// a beneficiary of the preferential scheme, or one of the groups with a reduction.
//
// Seed 004 ch. II: "There is a reduction for dependent children of ordinary beneficiaries,
// those benefitting from the preferential scheme and the unemployed found to qualify for 12
// months as an unemployed single or as an unemployed with dependants, including their
// dependants." The later tables (data/params/healthcare/hospitalisation/) give the same
// groups their own amounts, and distinguish ordinary insured persons with dependants.
#pragma once

#include <optional>
#include <string>

#include "core/result.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::healthcare_hospital {

/// The tariff group of a patient.
enum class Group {
  ordinary,      // no reduction
  preferential,  // increased reimbursement (BIM / verhoogde tegemoetkoming)
  reduced,       // dependent child of an ordinary beneficiary; long-term unemployed and their dependants
};

/// The group, or nullopt when a fact is missing (then asked for, most decisive first).
/// Adds the reason that places the patient in a group with a reduction.
core::Result<std::optional<Group>> group_of(const Person& p, const Situation& s, DecisionBuilder& b);

/// Whether the person has dependants: someone in the situation is insured through them, or
/// their family situation says so; nullopt when neither tells.
std::optional<bool> has_dependants(const Person& p, const Situation& s);

/// The payer id of the person's health insurance fund (their fund, or the generic one).
std::string fund_of(const Person& p);

}  // namespace secu::rules::healthcare_hospital

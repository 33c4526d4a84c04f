// The four long-term care decisions of seed 004 ch. XII, one per file, each for one
// care_need event: the sickness insurance's benefits (sickness_insurance.cc), the Flemish
// care insurance (care_insurance.cc), the integration allowance and the allowance for
// assistance to the elderly (allowances.cc).
//
//   SECU_TRY(explain::Decision d, sickness_insurance(s, p, need, ctx));
#pragma once

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::long_term_care {

/// long_term_care.sickness_insurance: benefits in kind, and 20.00 € a day for the help of a
/// third party to a person with dependants (unless decided as invalidity.third_party_help).
core::Result<explain::Decision> sickness_insurance(const Situation& s, const Person& p, const CareNeed& c, const Context& ctx);

/// long_term_care.flemish_care_insurance: 130 € a month paid by the care fund (zorgkas).
core::Result<explain::Decision> flemish_care_insurance(const Person& p, const CareNeed& c, const Context& ctx);

/// long_term_care.integration_allowance: from 21 and under 65 at the request; amount not known.
core::Result<explain::Decision> integration_allowance(const Person& p, const CareNeed& c, const Context& ctx);

/// long_term_care.elderly_assistance: from 65; amount not known.
core::Result<explain::Decision> elderly_assistance(const Person& p, const CareNeed& c, const Context& ctx);

}  // namespace secu::rules::long_term_care

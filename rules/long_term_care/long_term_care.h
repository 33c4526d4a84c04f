// Long-term care (seed 004 ch. XII; figures in data/params/long_term_care/).
//
// For each care_need event, four decisions: long_term_care.sickness_insurance (benefits in
// kind between 15.5 years and the pensionable age, 20.00 € a day for the help of a third
// party to a person with dependants, paid by the health insurance fund),
// long_term_care.flemish_care_insurance (130 € a month from the care fund, 36 months at most
// for home care), long_term_care.integration_allowance (21 to 65 at the request) and
// long_term_care.elderly_assistance (from 65), both from the FPS Social Security whose
// amounts by category the guide does not give ("cannot tell" the amount).
//
//   SECU_TRY(auto decisions, long_term_care::evaluate(situation, ctx));
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::long_term_care {

/// The four decisions for every care_need event of the situation.
core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx);

}  // namespace secu::rules::long_term_care

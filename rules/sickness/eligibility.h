// Eligibility for the fund's sickness benefit: employees (004 ch. III; 002) and the
// self-employed (002). Each condition adds a reason, or a missing fact when unknown.
#pragma once

#include "core/result.h"
#include "rules/context.h"
#include "rules/sickness/conditions.h"
#include "rules/situation.h"

namespace secu::rules::sickness {

/// Insurance, minimum contributions, waiting period, gap, medical recognition.
core::Result<Check> employee_eligibility(const Person& p, const Incapacity& inc, DecisionBuilder& b);

/// Six months of contributions, enough in the reference period, stopped working, gap,
/// medical recognition.
core::Result<Check> self_employed_eligibility(const Person& p, const Incapacity& inc, DecisionBuilder& b);

/// The medical adviser's recognition of the incapacity (both statuses).
core::Result<Check> certified(const Incapacity& inc, DecisionBuilder& b);

}  // namespace secu::rules::sickness

// The insurance conditions of the maternity benefit (seed 004 ch. IV), also applied to the
// fund's part of the birth leave, the converted rest and the adoption leave: minimum
// contributions in the current or previous year, and six months with 120 days of work or
// assimilated periods, contributions paid for six months.
//
//   SECU_TRY(Check c, insurance_conditions(person, rest_start, b));
#pragma once

#include "core/date.h"
#include "core/result.h"
#include "rules/context.h"
#include "rules/sickness/conditions.h"
#include "rules/situation.h"

namespace secu::rules::maternity {

using sickness::Check;
using sickness::Conditions;

/// Minimum contributions and the qualifying period, for a rest (or leave) starting on `start`.
core::Result<Check> insurance_conditions(const Person& p, core::Date start, DecisionBuilder& b);

/// A Check from the status of some conditions.
Check to_check(explain::Status s);

}  // namespace secu::rules::maternity

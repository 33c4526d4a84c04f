// The employer's guaranteed salary at the start of an incapacity (004 ch. III; 002).
#pragma once

#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::sickness {

/// The employer's periods and the first day the fund pays.
struct EmployerPart {
  std::vector<explain::Period> periods;
  core::Date fund_from;
  bool known = true;  // false: the worker class is not known, so neither is fund_from
};

/// Guaranteed salary by worker class and version; periods are cut at `last`.
core::Result<EmployerPart> guaranteed_salary(const Person& p, const Incapacity& inc, core::Date last, DecisionBuilder& b);

/// True when the labour contract had ended before the incapacity began (no longer insured
/// as an employee, last insured day before the start): no guaranteed salary then.
bool contract_ended(const Person& p, const Incapacity& inc);

/// The payer id of the person's health insurance fund (their fund, or the generic one).
std::string fund_of(const Person& p);

/// A period of `days` paid per day, cut at `last` (empty ranges are dropped by callers).
explain::Period per_day(core::DayRange days, std::string payer, std::optional<core::Money> amount, explain::Message basis);

}  // namespace secu::rules::sickness

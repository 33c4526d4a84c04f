// Invalidity benefits (seed 004 ch. V; seed 002): what follows the sickness benefit after
// the first year of incapacity, and the allowance for the help of a third person.
//
// The sickness branch (rules/sickness/sickness.cc) decides the first year and calls these
// for an incapacity it grants: the sickness schedule stops on the day before `from` and
// the invalidity schedule starts on `from`, so the two read as one schedule.
//
//   SECU_TRY(Decision d, invalidity::after_sickness(person, incapacity, from, ctx));
#pragma once

#include <optional>

#include "core/date.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::invalidity {

/// The invalidity decision for an incapacity still running on `from` (day one of the
/// second year), whose sickness benefit was granted.
core::Result<explain::Decision> after_sickness(const Person& p, const Incapacity& inc, core::Date from, const Context& ctx);

/// The lump-sum allowance for the help of a third person, when the incapacity names the
/// need (third_party_help_from); nullopt otherwise. `handover` is the first day of invalidity.
core::Result<std::optional<explain::Decision>> third_party_help(const Person& p, const Incapacity& inc, core::Date handover,
                                                                const Context& ctx);

/// The first day of the month after the person reaches the retirement age in force for a
/// pension starting that day (pension::normal_start): the first day without invalidity
/// benefit; nullopt, with the question asked, when the birth date is unknown or the law of
/// that day is not in data/.
core::Result<std::optional<core::Date>> retirement_day(const Person& p, DecisionBuilder& b);

}  // namespace secu::rules::invalidity

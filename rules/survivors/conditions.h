// The conditions of the survivor's pension of a surviving spouse (seed 004 ch. VII).
//
// "as from the age of 45. There is no age threshold where the surviving spouse has a
// dependent child or has a degree of work incapacity of at least 66%, or if the deceased
// had worked down the mines for 20 years." — the age on the day of the death (45 on the
// 45th birthday; a 29 February birthday falls on 1 March in other years, as core::age_on).
// "the marriage must have lasted at least one year, or have produced a child, or death
// must have been due to an accident or occupational disease occurring after the date of
// the marriage, or the spouse must at the time of death have had a dependent child" — one
// year counted by the calendar: the death on or after the first anniversary (365 days from
// a marriage of 2021-05-10 to 2022-05-10, 366 across a 29 February; a marriage on
// 29 February has its anniversary on 1 March). "must also not have remarried". Work:
// under 65 at the pension start, earnings at most € 17,625.60 a year (€ 22,032.00 with a
// dependent child).
//
//   SECU_TRY(Check age, age_condition(death, survivor, b));   // met / not_met / unknown
#pragma once

#include "core/date.h"
#include "core/result.h"
#include "rules/context.h"
#include "rules/pension/figures.h"
#include "rules/situation.h"

namespace secu::rules::survivors {

using pension::Check;

using rules::both;

/// The age condition or its exemptions (dependent child, 66 % incapacity, 20 mining years).
core::Result<Check> age_condition(const Death& d, const Person& survivor, DecisionBuilder& b);

/// The marriage condition: one year, or a child, or a death by accident or occupational
/// disease after the marriage, or a dependent child with family benefits.
core::Result<Check> marriage_condition(const Death& d, DecisionBuilder& b);

/// Not remarried (spouse and divorced spouse).
core::Result<Check> not_remarried(const Death& d, DecisionBuilder& b);

/// Only authorised work from `start`: under the age limit, earnings within the limit.
core::Result<Check> authorised_work(const Death& d, const Person& survivor, core::Date start, DecisionBuilder& b);

}  // namespace secu::rules::survivors

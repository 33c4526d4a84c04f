// Work while retired (seed 004 ch. VI): "Pensioners are entitled to work, subject to an
// earnings ceiling. For people under 65, when the pension has started from 2013,
// accumulation with income from work is authorised if annual professional earnings do not
// exceed € 7.570,00 per year for an employee (gross wage). This amount is increased to
// € 11.355,02 where there is a dependent child. Before beginning work as a pensioner you
// must notify the National Pension Office ..., by registered letter. And you must inform
// your employer, also by registered letter, that you are receiving a pension."
//
// The limit is the one for the pension's start date. A calendar year wholly before the
// 65th birthday is held to it; a year starting on or after that birthday has no limit; in
// the year of the birthday itself, earnings above the limit cannot be told (the guide does
// not say how that year counts). The guide does not say what happens to the pension when
// the earnings exceed the limit: the decision says "not authorised" and no more. The
// self-employed have "special provisions": cannot tell.
//
//   SECU_TRY(explain::Decision d, work_decision(person, claim, pension_start, ctx));
#pragma once

#include <optional>

#include "core/date.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::pension {

/// The decision pension.work_while_retired on the claim's work (c.work is set); `start` is
/// the pension start found by the retirement decision (nullopt: not known).
core::Result<explain::Decision> work_decision(const Person& p, const PensionClaim& c, std::optional<core::Date> start,
                                              const Context& ctx);

}  // namespace secu::rules::pension

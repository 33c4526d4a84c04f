// Membership of the health insurance (seed 004 ch. I and II; seeds 000 and 002): am I
// covered and what must I do; dependants insured through the head of the family; changing
// fund on the first day of a quarter.
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::membership {

/// Every membership decision of the situation, in person order then event order.
core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx);

/// One decision per person who names a head of family: insured through them or not.
core::Result<explain::Decision> dependant(const Person& p, const Situation& s, const Context& ctx);
/// "Am I covered on this date?" for a person whose ground of cover or residence is given.
core::Result<explain::Decision> coverage(const Person& p, const Situation& s, const Context& ctx);
/// The earliest date a change of fund takes effect.
core::Result<explain::Decision> fund_change(const FundChange& f, const Situation& s, const Context& ctx);

}  // namespace secu::rules::membership

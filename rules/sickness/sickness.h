// Sickness and incapacity cash benefits (seed 002; seed 004 ch. III).
//
// One decision per incapacity: the status of the fund's sickness benefit, and the whole
// schedule — the employer's guaranteed salary, the fund's daily benefit (60 % of the
// capped wage, with the minimum from the month the law of the day says), and the hand-over
// to invalidity after one year.
//
// Versions of different shape live side by side; the incapacity's start date picks one
// through the coverage of the parameter that defines it (e.g. the 12-month insured
// waiting period exists in data/ from 2017-05-01 on).
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::sickness {

/// Decisions for every incapacity in the situation.
core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx);

}  // namespace secu::rules::sickness

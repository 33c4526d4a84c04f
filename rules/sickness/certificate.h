// The medical certificate to the fund's medical adviser, its deadline and what lateness costs.
#pragma once

#include "core/date.h"
#include "core/result.h"
#include "rules/context.h"
#include "rules/sickness/benefit.h"
#include "rules/situation.h"

namespace secu::rules::sickness {

/// Adds the obligation (with its deadline) and returns the effect of a late certificate.
core::Result<LateCertificate> certificate(const Person& p, const Incapacity& inc, DecisionBuilder& b);

}  // namespace secu::rules::sickness

// The retirement pension of an employee on a claim (seed 004 ch. VI): when it may start
// (age.h), whether another benefit rules it out ("You will not receive a retirement
// pension if you are already receiving sickness, invalidity or involuntary unemployment
// benefit ..."), its amount and monthly schedule paid by the pension service (amount.h),
// where and when to apply, how it is paid; the heating allowance of retired miners.
//
//   SECU_TRY(Retirement r, retirement_decision(situation, claim, ctx));
//   r.decision.status;   // entitled / not_entitled / cannot_tell
//   r.start;             // the pension start when known (for the work while retired)
#pragma once

#include <optional>

#include "core/date.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::pension {

/// The decision on a claim and the start it found.
struct Retirement {
  explain::Decision decision;
  std::optional<core::Date> start;
};

/// The decision pension.retirement on one claim.
core::Result<Retirement> retirement_decision(const Situation& s, const PensionClaim& c, const Context& ctx);

/// The decision pension.heating_allowance for a retired miner (amounts not in the guide).
core::Result<explain::Decision> heating_allowance_decision(const Person& p, const Context& ctx);

}  // namespace secu::rules::pension

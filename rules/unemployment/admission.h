// Admission to unemployment benefit after work (seed 004 ch. X): the conditions checked on
// the first day of unemployment, most decisive first.
//
//   SECU_TRY(Check ok, admission(person, claim, b));   // reasons, questions recorded in b
#pragma once

#include "core/result.h"
#include "rules/context.h"
#include "rules/situation.h"
#include "rules/unemployment/common.h"

namespace secu::rules::unemployment {

/// Not self-employed; lost the job involuntarily (no sanction); registered as a job-seeker and
/// available (unless `job_seeker` is false: the company-supplement scheme withdraws from the
/// labour market); able to work, resident; under 65; enough days of work in the reference
/// period for the age (or already admitted by the ONEM/RVA). The claim's start must be known.
core::Result<Check> admission(const Person& p, const UnemploymentClaim& c, DecisionBuilder& b, bool job_seeker = true);

/// Only the days of work in the reference period for the claimant's age on the start.
core::Result<Check> days_worked(const Person& p, const UnemploymentClaim& c, DecisionBuilder& b);

}  // namespace secu::rules::unemployment

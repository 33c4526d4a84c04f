// The age limits of family benefits (seed 004 ch. IX): unconditional up to 31 August of
// the calendar year in which the child reaches 18; after that up to 25 with a recognised
// apprenticeship, up to 21 with a disability, up to 25 as a student, and up to 25 as a
// job-seeker for at most 360 days after the studies.
//
//   SECU_TRY(std::optional<RightEnd> end, right_end(child, claim, at, b));  // nullopt: ask
#pragma once

#include <optional>

#include "core/date.h"
#include "core/result.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::family_benefits {

/// The last day of the child's right by the age limits.
struct RightEnd {
  core::Date last_day;
  core::Date unconditional_last_day;  // 31 August of the year the child turns 18
};

/// The last day of the right of a child (with a birth date): the latest of the grounds that
/// apply, each with its reason. Nullopt, with the questions, when the child is past the
/// unconditional period on `on` and no ground is known.
core::Result<std::optional<RightEnd>> right_end(const Person& child, const ChildClaim& c, core::Date on, DecisionBuilder& b);

}  // namespace secu::rules::family_benefits

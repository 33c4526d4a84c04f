// The maximum billing (maximum à facturer / maximumfactuur, MàF/MAF): a yearly ceiling on
// the personal shares a household pays; above it the fund pays them back.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::healthcare {

/// What a line decision gave, for the yearly sums.
struct Outcome {
  std::string person;
  core::Date date;
  explain::Status status = explain::Status::cannot_tell;
  std::optional<core::Money> personal_share;
};

/// One decision "healthcare.maf" per person and calendar year with care, when the
/// household's net taxable income of the reference year is known and the data covers
/// that year's ceilings (other years: no decision).
core::Result<std::vector<explain::Decision>> maf(const Situation& s, const std::vector<Outcome>& outcomes, const Context& ctx);

}  // namespace secu::rules::healthcare

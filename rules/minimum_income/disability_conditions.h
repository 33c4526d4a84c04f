// The conditions of the income replacement allowance (ARR / IVT) on the claim date: the
// earning capacity (one third or less, data/params/minimum_income/income_replacement/
// max_earning_fraction.yaml), the age (21 to 65, kept after 65 when received before) and
// where the claimant lives (domiciled and resident, a nationality the legislation states).
// Each returns met / not met with its reason, or unknown with the question asked.
//
//   SECU_TRY(Check disabled, earning_capacity(claim, b));
#pragma once

#include <optional>

#include "core/result.h"
#include "rules/context.h"
#include "rules/minimum_income/common.h"
#include "rules/situation.h"

namespace secu::rules::minimum_income {

/// Earning capacity reduced to the fraction in data/ or less (33.33 % yes, 33.34 % no).
core::Result<Check> earning_capacity(const IncomeClaim& c, DecisionBuilder& b);

/// Age on the claim in the range of data/, or above it when the allowance was received before.
core::Result<Check> disability_age(const Person& p, const IncomeClaim& c, std::optional<int> age, DecisionBuilder& b);

/// Domiciled and actually resident in Belgium, with a nationality the legislation states.
core::Result<Check> disability_residence(const IncomeClaim& c, DecisionBuilder& b);

}  // namespace secu::rules::minimum_income

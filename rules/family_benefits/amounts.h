// The monthly child benefit under each scheme (current-figures.md section 7; seed 004 ch.
// IX gives no 2013 amounts, so the federal amount is "cannot tell").
//
//   SECU_TRY(MonthAmount a, month_amount(Scheme::flanders, child, claim, month_start, b));
//   // a.amount: 163.20 for a child born from 2019 in 2019-2023; nullopt when not in data/
#pragma once

#include <optional>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/family_benefits/common.h"
#include "rules/situation.h"

namespace secu::rules::family_benefits {

/// The amount for one month and what it is based on.
struct MonthAmount {
  std::optional<core::Money> amount;  // nullopt: the amount of that scheme and date is not in data/
  explain::Message basis;
};

/// The base amount for the month starting `month` of a child with a birth date. A rank
/// needed and unknown is asked; a figure not in data/ for that date is a law gap.
core::Result<MonthAmount> month_amount(Scheme s, const Person& child, const ChildClaim& c, core::Date month, DecisionBuilder& b);

}  // namespace secu::rules::family_benefits

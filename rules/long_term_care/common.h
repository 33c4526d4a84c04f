// What the long-term care decisions share (seed 004 ch. XII): ages given in years with a
// fraction (15.5), the day a person reaches the pensionable age, the payer of the sickness
// insurance, and schedule periods cut where a figure changes.
//
//   SECU_TRY(Age min, age_in_months(b, "long_term_care.sickness_insurance.min_age", from));  // 186
//   const core::Date day = reaching(*p.birth_date, min.months);    // birth + 15 years 6 months
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "law/parameter.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::long_term_care {

/// An age parameter in whole months, with the entry it was read from.
struct Age {
  int months = 0;
  const law::Entry* entry = nullptr;
};

/// An age parameter (unit years, possibly 15.5) in force on `d`, in months; recorded in the
/// trace. out_of_range when data/ does not cover `d`.
core::Result<Age> age_in_months(DecisionBuilder& b, std::string_view id, core::Date d);

/// The day a person born on `birth` reaches an age of `months` (a day missing in the target
/// month moves to the 1st of the next one, as core::age_on does for 29 February).
core::Date reaching(core::Date birth, int months);

/// The first day of the pension at the pensionable age (pension.age.legal for a pension
/// starting that day, which is the first day of the month after the birthday:
/// pension::first_pension_day), with a reason; nullopt with the gap recorded when data/ does
/// not cover that day. The birth date must be known.
core::Result<std::optional<core::Date>> pension_day(const Person& p, DecisionBuilder& b);

/// The person's health insurance fund (an institution id), or the generic one.
std::string fund_of(const Person& p);

/// Periods paying `id` (an amount per day or per month) from `first` to `last` (none: open
/// end), cut where the amount changes; a stretch data/ does not cover has amount_known =
/// false and the gap as a reason; each amount found is a reason (`reason`, with {amount})
/// citing its source.
core::Result<std::vector<explain::Period>> paid_periods(DecisionBuilder& b, std::string_view id, core::Date first,
                                                        std::optional<core::Date> last, explain::Per per,
                                                        const std::string& payer, const std::string& basis,
                                                        const std::string& reason);

}  // namespace secu::rules::long_term_care

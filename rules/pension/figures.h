// Reading the pension's figures where DecisionBuilder has no ready look-up: ages in years
// with a fraction (the early retirement age of 60.5), the scale of career years required
// by age, and the dates on which a person reaches an age given in months. Each look-up
// records the parameter version in the trace, like DecisionBuilder's own.
//
//   SECU_TRY(Figure<int> age, age_in_months(b, "pension.early.min_age", start));   // 726
//   const core::Date day = reaching(birth, age.value);                              // birth + 60 y 6 m
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "law/parameter.h"
#include "rules/check.h"
#include "rules/context.h"

namespace secu::rules::pension {

using rules::Check;
using rules::covered;

/// A figure with the entry (date, source) it was read from, for reasons citing it.
template <class T>
struct Figure {
  T value;
  const law::Entry* entry = nullptr;
};

/// An age parameter (unit years, possibly 60.5) in whole months, in force on `d`.
core::Result<Figure<int>> age_in_months(DecisionBuilder& b, std::string_view id, core::Date d);

/// The smallest value an age parameter ever takes (in months): where the search for the
/// pension age starts.
core::Result<int> lowest_age_in_months(const Context& ctx, std::string_view id);

/// The number of the bracket for an age (in months) of a scale on years, in force on `d`.
core::Result<Figure<std::int64_t>> on_age_scale(DecisionBuilder& b, std::string_view id, core::Date d, int age_months);

/// A whole-number parameter with its entry (for a reason citing it).
core::Result<Figure<std::int64_t>> whole(DecisionBuilder& b, std::string_view id, core::Date d);

/// The day a person born on `birth` reaches an age of `months` (a day missing in the
/// target month moves to the 1st of the next one, as age_on does for 29 February).
core::Date reaching(core::Date birth, int months);

/// Completed months of age on `on`.
int months_of_age(core::Date birth, core::Date on);

/// An amount parameter with its entry.
core::Result<Figure<core::Money>> money(DecisionBuilder& b, std::string_view id, core::Date d);

/// A category's amount of a by_category parameter, with its entry.
core::Result<Figure<core::Money>> money_in(DecisionBuilder& b, std::string_view id, core::Date d, std::string_view category);

/// A category's percentage of a by_category parameter, with its entry.
core::Result<Figure<core::Rate>> rate_in(DecisionBuilder& b, std::string_view id, core::Date d, std::string_view category);

/// A category's whole number of a by_category parameter (a fraction's numerator), with its entry.
core::Result<Figure<std::int64_t>> whole_in(DecisionBuilder& b, std::string_view id, core::Date d, std::string_view category);

/// Records a figure read from data/ in the trace (as DecisionBuilder does for its look-ups).
void record(DecisionBuilder& b, std::string_view id, const law::Entry& e, std::string value);

/// "60.5" or "65": an age in months written in years.
std::string years_text(int months);

}  // namespace secu::rules::pension

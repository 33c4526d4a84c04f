// The personal share of one day in hospital (seed 004 ch. II; later tables in data/).
#pragma once

#include <cstdint>
#include <optional>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/healthcare_hospital/standing.h"
#include "rules/situation.h"

namespace secu::rules::healthcare_hospital {

/// What the daily share depends on besides the day.
struct Patient {
  const Person* person = nullptr;
  Group group = Group::ordinary;
  std::optional<bool> dependants;
};

/// The share of a day: its amount (nullopt when it cannot be told) and what it is.
struct DayShare {
  std::optional<core::Money> amount;
  explain::Message basis;
  friend bool operator==(const DayShare&, const DayShare&) = default;
};

/// The share of day number `n` of the stay (1 = the admission day) falling on `d`;
/// `long_stay`: in psychiatric care for more than the years of
/// healthcare.hospitalisation.psychiatric_long_stay_min_years. Adds each figure's reason once.
core::Result<DayShare> day_share(const Patient& pt, core::Date d, std::int64_t n, bool long_stay, DecisionBuilder& b);

/// Adds a reason citing data/citations[citation_id] unless the same one is there already.
core::Status reason_once(DecisionBuilder& b, const char* citation_id, explain::Message text);

}  // namespace secu::rules::healthcare_hospital

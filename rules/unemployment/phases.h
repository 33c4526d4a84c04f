// The daily full-unemployment benefit by phase of unemployment (seed 004 ch. X; the RVA
// tables of 2023-01-01 and 2025-02-01): one schedule period per phase, cut again where a
// table changes, up to the day before the 65th birthday or the end of the limited duration.
//
//   SECU_TRY(auto periods, phase_schedule(person, claim, first_day, last_day, "fgtb", b));
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::unemployment {

/// A phase of unemployment: its first month (counted from the first paid day) and its category
/// in data/params/unemployment/benefit/{rate,min_daily,max_daily}/*.yaml.
struct Phase {
  int month;
  const char* category;
};
/// The nine phases, in order (the RVA tables' periods; seed 004 ch. X spreads over them).
inline constexpr std::array<Phase, 9> kPhases{{{1, "months_1_3"}, {4, "months_4_6"}, {7, "months_7_12"}, {13, "months_13_14"},
    {15, "months_15_24"}, {25, "months_25_30"}, {31, "months_31_36"}, {37, "months_37_48"}, {49, "from_month_49"}}};

/// The periods of full unemployment benefit from `first` (the first paid day, month 1 of
/// unemployment) to `last` (inclusive), paid by `payer`. The person's daily_wage and
/// family_situation must be known. From the day the benefit became limited in time
/// (2026-03-01), a claim older than that has one last period whose amount is not known.
core::Result<std::vector<explain::Period>> phase_schedule(const Person& p, const UnemploymentClaim& c, core::Date first,
                                                          core::Date last, const std::string& payer, DecisionBuilder& b);

/// The longest a claim may last when the benefit is limited in time, and its last day.
struct DurationLimit {
  std::int64_t months = 0;
  core::Date last;
};

/// The limit of a claim whose first paid day is `first`, when the benefit is limited in time
/// on that day (nullopt: not limited, or a law gap noted).
core::Result<std::optional<DurationLimit>> duration_limit(core::Date first, DecisionBuilder& b);

}  // namespace secu::rules::unemployment

// The career as the pension counts it (seed 004 ch. VI): "your period of employment in
// Belgium (including paid leave, sickness absence and any periods of unemployment)".
//
// A year counts as a career year when it holds days; where data/ has a minimum number of
// days for a year (pension.early.career_year_min_days from 2025, 104 days;
// pension.minimum.career_year_min_days, 208 days), only years with at least that many.
// The 2013 guide gives no such minimum: every year with days counts.
//
//   const auto years = career_years(*p.pension.career, start.year(), std::nullopt);
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::pension {

/// The career years up to and including `last_year`: those with days, or with at least
/// `min_days` when given.
std::vector<const CareerYear*> career_years(const std::vector<CareerYear>& career, int last_year, std::optional<int> min_days);

/// Days of effective work (kind work) up to and including `last_year`.
std::int64_t days_worked(const std::vector<CareerYear>& career, int last_year);

/// Puts the career year by year in the trace: kind, days, earnings and the year's share of
/// the pension (earnings × rate / full, half-up to the cent; the total is rounded once).
void trace_career(const std::vector<CareerYear>& career, int last_year, core::Rate rate, std::int64_t full, DecisionBuilder& b);

}  // namespace secu::rules::pension

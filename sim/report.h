// A population run's results for people and programs: JSON (everything, amounts as decimal
// text), CSV (one row per benefit and group) and a readable table. Shared by `secu simulate`
// and the HTTP API's simulation jobs.
//
//   std::cout << report_json(run, {"sickness-rate-65"}).dump(1);
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/money.h"
#include "sim/simulate.h"

namespace secu::sim {

/// A year's cost as a month's: ÷ 12, rounded half up to the cent.
core::Money per_month(core::Money year);
/// A year's cost as a day's: ÷ the window's days, rounded half up to the cent.
core::Money per_day(core::Money year, const core::DayRange& window);

/// Everything: from, to, households, persons, reforms (their names), benefits (all, by_region,
/// by_age_band, by_family, by_decile, employer_cost_year, amount_unknown), deciles (with a
/// reform: winners, losers, net_year), biggest_changes, bad_rows.
nlohmann::json report_json(const Run& run, const std::vector<std::string>& reforms);
/// benefit,dimension,group,recipients,cost_year,cost_month,cost_day
/// (+ reform_recipients,reform_cost_year,net_cost_year with a reform).
void report_csv(std::ostream& out, const Run& run);
/// The readable table: benefits, totals, deciles, the biggest changes, the bad rows.
void report_table(std::ostream& out, const Run& run, const std::vector<std::string>& reforms);

}  // namespace secu::sim

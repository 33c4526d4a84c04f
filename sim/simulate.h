// A population run: every household through the rules (rules::evaluate_all, traces off) on
// all cores, each entitled decision costed over the year from the date asked (sim/cost.h),
// totals by benefit and by region, age band, family situation and income decile; with a
// reform, the same under the reformed law for each household, and who wins or loses.
//
//   std::ifstream file("population.jsonl");
//   SECU_TRY(Run run, simulate(file, {.at = day, .threads = 2}, law, &reformed));   // reformed: nullable
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <istream>
#include <map>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "law/institutions.h"
#include "sim/population.h"

namespace secu::sim {

/// Recipients and what they cost, under the law and (when a reform is given) under the reform.
struct Cell {
  std::int64_t recipients = 0;
  core::Money cost{};
  std::int64_t reform_recipients = 0;
  core::Money reform_cost{};
  Cell& operator+=(const Cell& o);
};

/// One benefit (a decision's `benefit`, e.g. "sickness.employee") over the population.
struct BenefitTotals {
  std::string benefit;
  Cell all{};
  core::Money employer_cost{};          // the employer's share (guaranteed salary), apart
  std::int64_t amount_unknown = 0;      // entitled, with a period in the year whose amount is not known
  std::map<std::string, Cell> by_region{};    // flanders, wallonia, brussels, east_belgium, unknown
  std::map<std::string, Cell> by_age_band{};  // 0-17, 18-24, …, 75+, unknown
  std::map<std::string, Cell> by_family{};    // with_dependants, single, cohabitant, unknown
  std::array<Cell, 10> by_decile{};           // the household's income decile, 1 to 10
};

/// Winners and losers of a reform in one income decile.
struct DecileChange {
  std::int64_t households = 0;
  std::int64_t winners = 0;   // more under the reform
  std::int64_t losers = 0;    // less under the reform
  core::Money net{};          // reform − law, summed
  core::Money income_floor{}; // the lowest household income in the decile
};

/// One household's change under the reform.
struct Change {
  std::string household;
  std::size_t line = 0;
  core::Money law{};
  core::Money reform{};
};

/// What a run found.
struct Run {
  core::DayRange year{};                      // the window costed: at … at + 1 year − 1 day
  std::int64_t households = 0;
  std::int64_t persons = 0;
  std::vector<BenefitTotals> benefits;        // by benefit id
  std::vector<BadRow> bad_rows;               // in line order
  bool with_reform = false;
  std::array<DecileChange, 10> deciles{};     // with a reform
  std::vector<Change> biggest;                // with a reform: the largest changes, largest first
};

/// The population file's format (docs/population-format.md).
enum class Format { automatic, jsonl, csv };

struct Options {
  core::Date at;
  Format format = Format::automatic;          // automatic: JSON Lines when it starts with '{', else CSV
  unsigned threads = 1;
  std::size_t biggest = 10;                   // how many of the largest changes to keep
  std::size_t block = 4096;                   // households read at a time
  /// Called after each block: households done, bytes read.
  std::function<void(std::int64_t, std::uint64_t)> progress = {};
};

/// Runs the population read from `in` under `law` and, when `reform` is not null, under it too.
/// Bad rows are reported in Run::bad_rows (the others still count); an empty population gives
/// an empty run. An error only for a CSV header that cannot be used.
core::Result<Run> simulate(std::istream& in, const Options& options, const law::LawData& law,
                           const law::LawData* reform = nullptr);

/// The household named `id` (its "id", or "line N" without one) read from the population, to
/// look at closely (secu simulate --explain); nullopt when no readable household has that name.
core::Result<std::optional<Household>> find_household(std::istream& in, Format format, const std::string& id);

/// The income the deciles rank households by: for each person, the daily wage times the days
/// worked in the 12 months before `at` (work_months), plus four times the quarterly income.
core::Money household_income(const rules::Situation& s, core::Date at);

}  // namespace secu::sim

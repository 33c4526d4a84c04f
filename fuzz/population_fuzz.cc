// Fuzzes `secu simulate`'s reading and run: the bytes as a population file — JSON Lines, or
// CSV (sim/population_csv.h, libcsv) for half of the inputs — run through sim::simulate with
// the real data tree at a date derived from the input, on one thread in small blocks (so block
// boundaries are crossed).
//
// Contracts checked (besides the sanitizers): JSON Lines: every non-blank line is either a
// household or a bad row, never both, never lost; a bad row names its line (and a column only
// for a syntax error, with the field "/"). CSV: the run fails only for its header
// (invalid_argument, field "header"); a bad row names a line within the input and says why.
// Both: the deciles hold every household once; recipients and costs are never negative.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz/fuzz_env.h"
#include "sim/simulate.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto& e = secu::fuzz::env();
  const std::uint64_t h = secu::fuzz::hash(bytes);
  // Around the years the data covers: 2010-01-01 plus up to ~20 years.
  const secu::core::Date at = *secu::core::Date::from_ymd(2010, 1, 1) + static_cast<std::int32_t>(h % 7300);

  std::size_t lines = 0;
  {
    std::istringstream in{std::string(bytes)};
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") != std::string::npos) ++lines;
    }
  }
  std::istringstream in{std::string(bytes)};
  if (h & 1) {  // CSV
    auto run = secu::sim::simulate(in, {.at = at, .format = secu::sim::Format::csv, .threads = 1, .biggest = 3, .block = 3}, e.law);
    if (!run) {
      SECU_FUZZ_CHECK(run.error().code == secu::core::ErrorCode::invalid_argument && run.error().field == "header", run.error().describe());
      return 0;
    }
    const std::size_t physical = static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n')) + 1;
    for (const auto& bad : run->bad_rows) {
      SECU_FUZZ_CHECK(bad.line >= 1 && bad.line <= physical, secu::sim::describe(bad));
      SECU_FUZZ_CHECK(!bad.message.empty(), secu::sim::describe(bad));
    }
    std::int64_t in_deciles = 0;
    for (const auto& d : run->deciles) in_deciles += d.households;
    SECU_FUZZ_CHECK(in_deciles == run->households, "deciles");
    for (const auto& b : run->benefits) SECU_FUZZ_CHECK(b.all.recipients >= 0 && b.all.cost >= secu::core::Money{}, b.benefit);
    return 0;
  }
  auto run = secu::sim::simulate(in, {.at = at, .format = secu::sim::Format::jsonl, .threads = 1, .biggest = 3, .block = 3}, e.law);
  SECU_FUZZ_CHECK(run.has_value(), run ? "" : run.error().describe());
  SECU_FUZZ_CHECK(static_cast<std::size_t>(run->households) + run->bad_rows.size() == lines,
                  std::to_string(run->households) + " + " + std::to_string(run->bad_rows.size()) + " != " + std::to_string(lines));
  for (const auto& bad : run->bad_rows) {
    SECU_FUZZ_CHECK(bad.line >= 1, secu::sim::describe(bad));
    SECU_FUZZ_CHECK(bad.column == 0 || bad.field == "/", secu::sim::describe(bad));
    SECU_FUZZ_CHECK(!bad.message.empty(), secu::sim::describe(bad));
  }
  std::int64_t in_deciles = 0;
  for (const auto& d : run->deciles) in_deciles += d.households;
  SECU_FUZZ_CHECK(in_deciles == run->households, "deciles");
  for (const auto& b : run->benefits) {
    SECU_FUZZ_CHECK(b.all.recipients >= 0 && b.all.cost >= secu::core::Money{}, b.benefit);
  }
  return 0;
}

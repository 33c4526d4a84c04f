// `secu population --size N --seed S [--at DATE] [-o FILE]`: a synthetic population
// (sim/generate.h) as JSON Lines, one household a line, on standard output or into FILE —
// the format `secu simulate` reads. The same size, seed and date give the same bytes.
#pragma once

#include <cstdint>
#include <string>

#include "core/date.h"

namespace secu::cli {

struct PopulationOptions {
  std::int64_t size = 0;   // checked not negative by the command line
  std::uint64_t seed = 0;
  core::Date at;
  std::string output;  // empty or "-": standard output
};

/// Writes the population; the exit status (2 when FILE cannot be written).
int run_population(const PopulationOptions& o);

}  // namespace secu::cli

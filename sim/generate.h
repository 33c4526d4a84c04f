// A synthetic Belgian population for tests and benchmarks, so that neither needs outside data:
// households drawn from approximations of public statistics (regions, household types, the
// age pyramid, activity by age, wages, part-time work, health insurance funds, incapacity,
// unemployment, integration income, new pensions, children, births — the figures and their
// sources are in sim/generate.cc and docs/population-format.md, "Synthetic populations"). They
// are assumptions of the generator, not law: the rules decide what each household is entitled to.
//
// Each line is a situation `secu simulate` (and `secu eval`) reads. Deterministic: household i
// depends only on the seed, i and the date, through std::mt19937_64 and integer transforms of
// its output (no std::*_distribution, no floating point), so the bytes are the same on every
// machine. Streamed: each household is written as it is made, memory stays flat at any size.
//
//   std::ofstream out("population.jsonl");
//   SECU_RETURN_IF_ERROR(generate(out, {.size = 100000, .seed = 1, .at = day}));
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "core/date.h"
#include "core/result.h"

namespace secu::sim {

/// What to generate: how many households, from which seed, around which date (the work months
/// are the 12 before it, the spells overlap the year from it).
struct GenerateOptions {
  std::uint64_t size = 0;
  std::uint64_t seed = 0;
  core::Date at;
};

/// Household `index` (from 0) of `seed` as one JSON object on one line, without the newline.
std::string generate_household(std::uint64_t seed, std::uint64_t index, core::Date at);

/// Writes options.size households to `out`, one a line; an error if the stream fails.
core::Status generate(std::ostream& out, const GenerateOptions& options);

}  // namespace secu::sim

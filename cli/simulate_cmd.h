// `secu simulate POPULATION [--at DATE] [--reform FILE]… [--threads N] [--format table|json|csv] [--charts DIR]
// [--explain HOUSEHOLD] [--lang L]`:
// a population run (sim/simulate.h) printed as a readable table, JSON or CSV, with a progress
// bar on a terminal. Bad rows are listed (line, column or field, what was expected) and make
// the exit status 2; the run's figures still print. --explain HOUSEHOLD then shows that
// household's decisions (under the law, and under the reform where its cost changes) with the
// trace: the biggest changes' "why", on request.
#pragma once

#include <string>
#include <vector>

#include "cli/app.h"

namespace secu::cli {

struct SimulateOptions {
  std::string population;             // a JSON Lines file, or - for standard input
  core::Date at;
  std::vector<std::string> reforms;   // YAML overlays, stacked in order
  unsigned threads = 0;               // 0: every core
  std::string format = "table";       // table | json | csv
  std::string charts;                 // a directory: deciles.svg, and winners.svg with a reform
  std::string explain;                // a household to explain after the run ("" none)
  core::Lang lang = core::Lang::en;   // of the explanation
};

int run_simulate(const App& app, const SimulateOptions& o);

}  // namespace secu::cli

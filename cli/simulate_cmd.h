// `secu simulate POPULATION [--at DATE] [--reform FILE]… [--threads N] [--format table|json|csv]`:
// a population run (sim/simulate.h) printed as a readable table, JSON or CSV, with a progress
// bar on a terminal. Bad rows are listed (line, column or field, what was expected) and make
// the exit status 2; the run's figures still print.
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
};

int run_simulate(const App& app, const SimulateOptions& o);

}  // namespace secu::cli

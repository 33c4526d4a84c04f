#include "cli/population_cmd.h"

#include <fstream>
#include <iostream>

#include "cli/app.h"
#include "sim/generate.h"

namespace secu::cli {

int run_population(const PopulationOptions& o) {
  const sim::GenerateOptions options{.size = static_cast<std::uint64_t>(o.size), .seed = o.seed, .at = o.at};
  if (o.output.empty() || o.output == "-") {
    std::ios::sync_with_stdio(false);
    if (auto done = sim::generate(std::cout, options); !done) {
      std::cerr << "secu population: " << done.error().describe() << "\n";
      return kFailed;
    }
    return kOk;
  }
  std::ofstream file(o.output, std::ios::binary | std::ios::trunc);
  if (!file) {
    std::cerr << "secu population: -o: cannot write the file: " << o.output << "\n";
    return kBadInput;
  }
  if (auto done = sim::generate(file, options); !done) {
    std::cerr << "secu population: " << done.error().describe() << ": " << o.output << "\n";
    return kFailed;
  }
  return kOk;
}

}  // namespace secu::cli

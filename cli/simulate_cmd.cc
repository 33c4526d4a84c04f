#include "cli/simulate_cmd.h"

#include <unistd.h>

#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/report.h"
#include "sim/simulate.h"

namespace secu::cli {

namespace {

using core::Money;
using nlohmann::json;

}  // namespace

int run_simulate(const App& app, const SimulateOptions& o) {
  std::vector<std::string> names;
  std::optional<law::LawData> reformed;
  if (!o.reforms.empty()) {
    auto law = with_reforms(app.law, o.reforms, &names);
    if (!law) {
      std::cerr << "secu simulate: " << core::to_string(law.error().code) << ": " << law.error().describe() << "\n";
      return exit_code(law.error());
    }
    reformed = std::move(*law);
  }
  std::ifstream file;
  if (o.population != "-") {
    file.open(o.population, std::ios::binary);
    if (!file) {
      std::cerr << "secu simulate: not_found: cannot read the population file: " << o.population << "\n";
      return kBadInput;
    }
  }
  std::istream& in = o.population == "-" ? std::cin : file;
  const bool tty = isatty(STDERR_FILENO) != 0;
  file.seekg(0, std::ios::end);
  const auto size = o.population == "-" ? std::streamoff(0) : std::streamoff(file.tellg());
  file.seekg(0);
  sim::Options options{.at = o.at, .threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency())};
  if (tty)
    options.progress = [size](std::int64_t rows, std::uint64_t bytes) {
      const int pct = size > 0 ? static_cast<int>(bytes * 100 / static_cast<std::uint64_t>(size)) : 0;
      const int bar = pct / 4;
      std::cerr << fmt::format("\r[{:<25}] {:>3}% {} households", std::string(static_cast<std::size_t>(bar), '#'), pct, rows)
                << std::flush;
    };
  auto run = sim::simulate(in, options, app.law, reformed ? &*reformed : nullptr);
  if (tty) std::cerr << "\n";
  if (!run) {
    std::cerr << "secu simulate: " << core::to_string(run.error().code) << ": " << run.error().describe() << "\n";
    return exit_code(run.error());
  }
  if (o.format == "json") std::cout << sim::report_json(*run, names).dump(1) << "\n";
  else if (o.format == "csv") sim::report_csv(std::cout, *run);
  else sim::report_table(std::cout, *run, names);
  for (const sim::BadRow& b : run->bad_rows)
    if (o.format != "table") std::cerr << "secu simulate: bad row: " << sim::describe(b) << "\n";
  return run->bad_rows.empty() ? kOk : kBadInput;
}

}  // namespace secu::cli

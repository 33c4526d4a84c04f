#include "cli/simulate_cmd.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "explain/render.h"
#include "rules/registry.h"
#include "sim/charts.h"
#include "sim/cost.h"
#include "sim/report.h"
#include "sim/simulate.h"

namespace secu::cli {

namespace {

using core::Money;
using nlohmann::json;

// The household's decisions under the law and, with a reform, under it where their cost over
// the year changes (each with its trace: the parameter versions used).
int explain_household(const App& app, const SimulateOptions& o, const sim::Options& options, const law::LawData* reformed,
                      const core::DayRange& year) {
  if (o.population == "-") {
    std::cerr << "secu simulate: --explain: needs a population file, not standard input (it is read again)\n";
    return kBadInput;
  }
  std::ifstream again(o.population, std::ios::binary);
  auto found = sim::find_household(again, options.format, o.explain);
  if (!found) {
    std::cerr << "secu simulate: --explain: " << found.error().describe() << "\n";
    return kBadInput;
  }
  if (!*found) {
    std::cerr << "secu simulate: --explain: no readable household '" << o.explain << "' in " << o.population
              << " (expected its id, or \"line N\" for one without)\n";
    return kBadInput;
  }
  const rules::Situation& s = (*found)->situation;
  const auto law_side = rules::evaluate_all(s, {.law = app.law, .at = o.at, .trace = true});
  if (!law_side) return exit_code(law_side.error());
  std::cout << fmt::format("\n{} (line {}), under the law:\n\n", o.explain, (*found)->line);
  if (!reformed) {
    std::cout << explain::to_text(*law_side, {app.catalog, app.law, o.lang, true});
    return kOk;
  }
  const auto reform_side = rules::evaluate_all(s, {.law = *reformed, .at = o.at, .trace = true});
  if (!reform_side) return exit_code(reform_side.error());
  // The decisions whose cost in the year differs (matched by benefit, person and subject).
  std::vector<explain::Decision> before, after;
  const auto key = [](const explain::Decision& d) { return d.benefit + "|" + d.person + "|" + d.subject; };
  for (const auto& d : *law_side) {
    const auto it = std::find_if(reform_side->begin(), reform_side->end(), [&](const auto& r) { return key(r) == key(d); });
    const core::Money a = sim::cost_of(d, year).public_cost;
    const core::Money b = it == reform_side->end() ? core::Money() : sim::cost_of(*it, year).public_cost;
    if (a == b && it != reform_side->end() && it->status == d.status) continue;
    before.push_back(d);
    if (it != reform_side->end()) after.push_back(*it);
  }
  for (const auto& r : *reform_side)
    if (std::none_of(law_side->begin(), law_side->end(), [&](const auto& d) { return key(d) == key(r); })) after.push_back(r);
  if (before.empty() && after.empty()) {
    std::cout << "Nothing changes for this household under the reform.\n";
    return kOk;
  }
  std::cout << explain::to_text(before, {app.catalog, app.law, o.lang, true});
  std::cout << "\n" << o.explain << ", under the reform:\n\n";
  std::cout << explain::to_text(after, {app.catalog, *reformed, o.lang, true});
  return kOk;
}

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
  // The population's format by its name (.csv, .jsonl or .ndjson), else by its first character.
  const auto ends = [&](std::string_view ext) { return o.population.size() > ext.size() && o.population.ends_with(ext); };
  if (ends(".csv")) options.format = sim::Format::csv;
  else if (ends(".jsonl") || ends(".ndjson")) options.format = sim::Format::jsonl;
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
  if (!o.charts.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(o.charts, ec);
    std::vector<std::pair<std::string, std::string>> files{{"deciles.svg", sim::decile_chart_svg(*run)}};
    if (run->with_reform) files.emplace_back("winners.svg", sim::winners_chart_svg(*run));
    for (const auto& [name, svg] : files) {
      const std::string path = (std::filesystem::path(o.charts) / name).string();
      std::ofstream out(path, std::ios::binary);
      out << svg;
      if (ec || !out.flush()) {
        std::cerr << "secu simulate: --charts: cannot write " << path << "\n";
        return kBadInput;  // the figures are printed already
      }
      if (o.format == "table") std::cerr << "secu simulate: chart written: " << path << "\n";
    }
  }
  if (!o.explain.empty())
    if (const int code = explain_household(app, o, options, reformed ? &*reformed : nullptr, run->year); code != kOk) return code;
  return run->bad_rows.empty() ? kOk : kBadInput;
}

}  // namespace secu::cli

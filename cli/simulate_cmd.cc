#include "cli/simulate_cmd.h"

#include <unistd.h>

#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/simulate.h"

namespace secu::cli {

namespace {

using core::Money;
using nlohmann::json;

/// A year's cost as a month's and a day's: ÷ 12 and ÷ the window's days, rounded half up to the cent.
Money per_month(Money year) { return year.mul_div(1, 12, core::kCentHalfUp); }
Money per_day(Money year, const core::DayRange& window) { return year.mul_div(1, window.days(), core::kCentHalfUp); }

json cell_json(const sim::Cell& c, const sim::Run& run) {
  json j{{"recipients", c.recipients}, {"cost_year", c.cost.text()}, {"cost_month", per_month(c.cost).text()},
         {"cost_day", per_day(c.cost, run.year).text()}};
  if (run.with_reform) {
    j["reform_recipients"] = c.reform_recipients;
    j["reform_cost_year"] = c.reform_cost.text();
    j["net_cost_year"] = (c.reform_cost - c.cost).text();
  }
  return j;
}

json groups_json(const std::map<std::string, sim::Cell>& groups, const sim::Run& run) {
  json j = json::object();
  for (const auto& [name, c] : groups) j[name] = cell_json(c, run);
  return j;
}

json to_json(const sim::Run& run, const std::vector<std::string>& reforms) {
  json j{{"from", run.year.first.iso()}, {"to", run.year.last.iso()}, {"households", run.households},
         {"persons", run.persons}, {"reforms", reforms}};
  j["benefits"] = json::array();
  for (const sim::BenefitTotals& b : run.benefits) {
    json d = json::array();
    for (const sim::Cell& c : b.by_decile) d.push_back(cell_json(c, run));
    j["benefits"].push_back({{"benefit", b.benefit}, {"all", cell_json(b.all, run)}, {"employer_cost_year", b.employer_cost.text()},
                             {"amount_unknown", b.amount_unknown}, {"by_region", groups_json(b.by_region, run)},
                             {"by_age_band", groups_json(b.by_age_band, run)}, {"by_family", groups_json(b.by_family, run)},
                             {"by_decile", std::move(d)}});
  }
  j["deciles"] = json::array();
  for (std::size_t i = 0; i < run.deciles.size(); ++i) {
    const sim::DecileChange& c = run.deciles[i];
    json d{{"decile", i + 1}, {"households", c.households}, {"income_from", c.income_floor.text()}};
    if (run.with_reform) {
      d["winners"] = c.winners;
      d["losers"] = c.losers;
      d["net_year"] = c.net.text();
    }
    j["deciles"].push_back(std::move(d));
  }
  j["biggest_changes"] = json::array();
  for (const sim::Change& c : run.biggest)
    j["biggest_changes"].push_back({{"household", c.household}, {"line", c.line}, {"law_year", c.law.text()},
                                    {"reform_year", c.reform.text()}, {"change_year", (c.reform - c.law).text()}});
  j["bad_rows"] = json::array();
  for (const sim::BadRow& b : run.bad_rows)
    j["bad_rows"].push_back({{"line", b.line}, {"column", b.column}, {"field", b.field}, {"message", b.message}});
  return j;
}

void csv_rows(std::ostream& out, const sim::Run& run) {
  out << "benefit,dimension,group,recipients,cost_year,cost_month,cost_day";
  if (run.with_reform) out << ",reform_recipients,reform_cost_year,net_cost_year";
  out << "\n";
  auto row = [&](const std::string& benefit, std::string_view dim, const std::string& group, const sim::Cell& c) {
    out << fmt::format("{},{},{},{},{},{},{}", benefit, dim, group, c.recipients, c.cost.text(), per_month(c.cost).text(),
                       per_day(c.cost, run.year).text());
    if (run.with_reform)
      out << fmt::format(",{},{},{}", c.reform_recipients, c.reform_cost.text(), (c.reform_cost - c.cost).text());
    out << "\n";
  };
  for (const sim::BenefitTotals& b : run.benefits) {
    row(b.benefit, "all", "all", b.all);
    for (const auto& [g, c] : b.by_region) row(b.benefit, "region", g, c);
    for (const auto& [g, c] : b.by_age_band) row(b.benefit, "age_band", g, c);
    for (const auto& [g, c] : b.by_family) row(b.benefit, "family", g, c);
    for (std::size_t i = 0; i < b.by_decile.size(); ++i) row(b.benefit, "decile", std::to_string(i + 1), b.by_decile[i]);
  }
}

/// 1234567.80 → "1,234,567.80" (the table is for reading).
std::string amount(Money m) {
  std::string t = m.text();
  const bool negative = !t.empty() && t[0] == '-';
  if (negative) t.erase(0, 1);
  const auto dot = t.find('.');
  std::string whole = t.substr(0, dot), out;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += ',';
    out += whole[i];
  }
  return (negative ? "-" : "") + out + t.substr(dot);
}

void table(std::ostream& out, const sim::Run& run, const std::vector<std::string>& reforms) {
  out << fmt::format("{} households, {} persons; costs from {} to {}, in euros{}\n\n", run.households, run.persons,
                     run.year.first.iso(), run.year.last.iso(),
                     reforms.empty() ? "" : "; reform: " + fmt::format("{}", fmt::join(reforms, " + ")));
  out << fmt::format("{:<34} {:>10} {:>18} {:>16} {:>14}", "benefit", "recipients", "per year", "per month", "per day");
  if (run.with_reform) out << fmt::format(" | {:>11} {:>18} {:>16}", "reform rec.", "reform per year", "net per year");
  out << "\n";
  Money total{}, reform_total{}, employer{};
  for (const sim::BenefitTotals& b : run.benefits) {
    const sim::Cell& c = b.all;
    out << fmt::format("{:<34} {:>10} {:>18} {:>16} {:>14}", b.benefit, c.recipients, amount(c.cost), amount(per_month(c.cost)),
                       amount(per_day(c.cost, run.year)));
    if (run.with_reform)
      out << fmt::format(" | {:>11} {:>18} {:>16}", c.reform_recipients, amount(c.reform_cost), amount(c.reform_cost - c.cost));
    if (b.amount_unknown > 0) out << fmt::format("  ({} with an amount not known: at least)", b.amount_unknown);
    out << "\n";
    total += c.cost;
    reform_total += c.reform_cost;
    employer += b.employer_cost;
  }
  out << fmt::format("{:<34} {:>10} {:>18} {:>16} {:>14}", "total", "", amount(total), amount(per_month(total)),
                     amount(per_day(total, run.year)));
  if (run.with_reform) out << fmt::format(" | {:>11} {:>18} {:>16}", "", amount(reform_total), amount(reform_total - total));
  out << fmt::format("\n{:<34} {:>10} {:>18}   (guaranteed salary, not social security)\n", "paid by employers", "", amount(employer));

  out << "\nby income decile (household income: wages of the 12 months before, quarterly income × 4)\n";
  out << fmt::format("{:>6} {:>10} {:>16}", "decile", "households", "income from");
  if (run.with_reform) out << fmt::format(" {:>9} {:>9} {:>16}", "winners", "losers", "net per year");
  out << "\n";
  for (std::size_t i = 0; i < run.deciles.size(); ++i) {
    const sim::DecileChange& c = run.deciles[i];
    out << fmt::format("{:>6} {:>10} {:>16}", i + 1, c.households, amount(c.income_floor));
    if (run.with_reform) out << fmt::format(" {:>9} {:>9} {:>16}", c.winners, c.losers, amount(c.net));
    out << "\n";
  }
  if (!run.biggest.empty()) {
    out << "\nbiggest changes (household, line, per year: law → reform)\n";
    for (const sim::Change& c : run.biggest)
      out << fmt::format("  {} (line {}): {} → {} ({})\n", c.household, c.line, amount(c.law), amount(c.reform), amount(c.reform - c.law));
  }
  for (const sim::BadRow& b : run.bad_rows) out << "bad row: " << sim::describe(b) << "\n";
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
  if (o.format == "json") std::cout << to_json(*run, names).dump(1) << "\n";
  else if (o.format == "csv") csv_rows(std::cout, *run);
  else table(std::cout, *run, names);
  for (const sim::BadRow& b : run->bad_rows)
    if (o.format != "table") std::cerr << "secu simulate: bad row: " << sim::describe(b) << "\n";
  return run->bad_rows.empty() ? kOk : kBadInput;
}

}  // namespace secu::cli

#include "sim/report.h"

#include <fmt/format.h>

namespace secu::sim {

namespace {

using core::Money;
using nlohmann::json;

json cell_json(const Cell& c, const Run& run) {
  json j{{"recipients", c.recipients}, {"cost_year", c.cost.text()}, {"cost_month", per_month(c.cost).text()},
         {"cost_day", per_day(c.cost, run.year).text()}};
  if (run.with_reform) {
    j["reform_recipients"] = c.reform_recipients;
    j["reform_cost_year"] = c.reform_cost.text();
    j["net_cost_year"] = (c.reform_cost - c.cost).text();
  }
  return j;
}

json groups_json(const std::map<std::string, Cell>& groups, const Run& run) {
  json j = json::object();
  for (const auto& [name, c] : groups) j[name] = cell_json(c, run);
  return j;
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

}  // namespace

Money per_month(Money year) { return year.mul_div(1, 12, core::kCentHalfUp); }
Money per_day(Money year, const core::DayRange& window) { return year.mul_div(1, window.days(), core::kCentHalfUp); }

json report_json(const Run& run, const std::vector<std::string>& reforms) {
  json j{{"from", run.year.first.iso()}, {"to", run.year.last.iso()}, {"households", run.households},
         {"persons", run.persons}, {"reforms", reforms}};
  j["benefits"] = json::array();
  for (const BenefitTotals& b : run.benefits) {
    json d = json::array();
    for (const Cell& c : b.by_decile) d.push_back(cell_json(c, run));
    j["benefits"].push_back({{"benefit", b.benefit}, {"all", cell_json(b.all, run)}, {"employer_cost_year", b.employer_cost.text()},
                             {"amount_unknown", b.amount_unknown}, {"by_region", groups_json(b.by_region, run)},
                             {"by_age_band", groups_json(b.by_age_band, run)}, {"by_family", groups_json(b.by_family, run)},
                             {"by_decile", std::move(d)}});
  }
  j["deciles"] = json::array();
  for (std::size_t i = 0; i < run.deciles.size(); ++i) {
    const DecileChange& c = run.deciles[i];
    json d{{"decile", i + 1}, {"households", c.households}, {"income_from", c.income_floor.text()}};
    if (run.with_reform) {
      d["winners"] = c.winners;
      d["losers"] = c.losers;
      d["net_year"] = c.net.text();
    }
    j["deciles"].push_back(std::move(d));
  }
  j["biggest_changes"] = json::array();
  for (const Change& c : run.biggest)
    j["biggest_changes"].push_back({{"household", c.household}, {"line", c.line}, {"law_year", c.law.text()},
                                    {"reform_year", c.reform.text()}, {"change_year", (c.reform - c.law).text()}});
  j["bad_rows"] = json::array();
  for (const BadRow& b : run.bad_rows)
    j["bad_rows"].push_back({{"line", b.line}, {"column", b.column}, {"field", b.field}, {"message", b.message}});
  return j;
}

void report_csv(std::ostream& out, const Run& run) {
  out << "benefit,dimension,group,recipients,cost_year,cost_month,cost_day";
  if (run.with_reform) out << ",reform_recipients,reform_cost_year,net_cost_year";
  out << "\n";
  auto row = [&](const std::string& benefit, std::string_view dim, const std::string& group, const Cell& c) {
    out << fmt::format("{},{},{},{},{},{},{}", benefit, dim, group, c.recipients, c.cost.text(), per_month(c.cost).text(),
                       per_day(c.cost, run.year).text());
    if (run.with_reform)
      out << fmt::format(",{},{},{}", c.reform_recipients, c.reform_cost.text(), (c.reform_cost - c.cost).text());
    out << "\n";
  };
  for (const BenefitTotals& b : run.benefits) {
    row(b.benefit, "all", "all", b.all);
    for (const auto& [g, c] : b.by_region) row(b.benefit, "region", g, c);
    for (const auto& [g, c] : b.by_age_band) row(b.benefit, "age_band", g, c);
    for (const auto& [g, c] : b.by_family) row(b.benefit, "family", g, c);
    for (std::size_t i = 0; i < b.by_decile.size(); ++i) row(b.benefit, "decile", std::to_string(i + 1), b.by_decile[i]);
  }
}

void report_table(std::ostream& out, const Run& run, const std::vector<std::string>& reforms) {
  out << fmt::format("{} households, {} persons; costs from {} to {}, in euros{}\n\n", run.households, run.persons,
                     run.year.first.iso(), run.year.last.iso(),
                     reforms.empty() ? "" : "; reform: " + fmt::format("{}", fmt::join(reforms, " + ")));
  out << fmt::format("{:<34} {:>10} {:>18} {:>16} {:>14}", "benefit", "recipients", "per year", "per month", "per day");
  if (run.with_reform) out << fmt::format(" | {:>11} {:>18} {:>16}", "reform rec.", "reform per year", "net per year");
  out << "\n";
  Money total{}, reform_total{}, employer{};
  for (const BenefitTotals& b : run.benefits) {
    const Cell& c = b.all;
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
    const DecileChange& c = run.deciles[i];
    out << fmt::format("{:>6} {:>10} {:>16}", i + 1, c.households, amount(c.income_floor));
    if (run.with_reform) out << fmt::format(" {:>9} {:>9} {:>16}", c.winners, c.losers, amount(c.net));
    out << "\n";
  }
  if (!run.biggest.empty()) {
    out << "\nbiggest changes (household, line, per year: law → reform)\n";
    for (const Change& c : run.biggest)
      out << fmt::format("  {} (line {}): {} → {} ({})\n", c.household, c.line, amount(c.law), amount(c.reform), amount(c.reform - c.law));
  }
  for (const BadRow& b : run.bad_rows) out << "bad row: " << describe(b) << "\n";
}


}  // namespace secu::sim

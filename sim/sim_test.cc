// The population run: costing a schedule over a year, reading JSON Lines rows, and a run over
// a small population with and without a reform, against amounts worked out by hand.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "sim/cost.h"
#include "sim/population.h"
#include "sim/simulate.h"

namespace secu::sim {
namespace {

using core::Date;
using core::Money;
using explain::Per;

Date d(const char* iso) { return *Date::parse(iso); }
Money m(const char* text) { return *core::parse_money(text); }

explain::Period period(const char* from, const char* to, const char* amount, Per per, bool benefit_days = false) {
  explain::Period p;
  p.days = {d(from), d(to)};
  p.payer = "mut_christian";
  p.amount = m(amount);
  p.per = per;
  p.benefit_days = benefit_days ? core::benefit_days(p.days) : 0;
  return p;
}

TEST(PeriodCost, PerDayCountsBenefitDaysInTheWindow) {
  // 18 March (Monday) to 5 May 2024 (Sunday): 7 weeks, 42 benefit days × 90.00 = 3,780.00.
  const auto p = period("2024-03-18", "2024-05-05", "90.00", Per::day, true);
  EXPECT_EQ(period_cost(p, {d("2024-03-04"), d("2025-03-03")}), m("3780.00"));
  // From 1 April (Monday): 5 weeks, 30 benefit days = 2,700.00; the day before the window: nothing.
  EXPECT_EQ(period_cost(p, {d("2024-04-01"), d("2025-03-31")}), m("2700.00"));
  EXPECT_EQ(period_cost(p, {d("2023-01-01"), d("2024-03-17")}), Money{});
  // Calendar days when the period does not count benefit days: 49 days × 90.00 = 4,410.00.
  EXPECT_EQ(period_cost(period("2024-03-18", "2024-05-05", "90.00", Per::day), {d("2024-01-01"), d("2024-12-31")}),
            m("4410.00"));
}

TEST(PeriodCost, PerMonthByCalendarMonthAndOpenEnd) {
  // 1,000.00 a month from 15 January 2024, open: January 17 of 31 days = 548.3871, then 11
  // whole months = 11,000.00; 11,548.3871 rounded to the cent: 11,548.39.
  auto p = period("2024-01-15", "2024-01-15", "1000.00", Per::month);
  p.open_end = true;
  EXPECT_EQ(period_cost(p, {d("2024-01-01"), d("2024-12-31")}), m("11548.39"));
  // A whole February (29 days in 2024) is the monthly amount.
  EXPECT_EQ(period_cost(period("2024-02-01", "2024-02-29", "1000.00", Per::month), {d("2024-01-01"), d("2024-12-31")}),
            m("1000.00"));
}

TEST(PeriodCost, WeekQuarterYearAndOnce) {
  EXPECT_EQ(period_cost(period("2024-01-01", "2024-01-10", "70.00", Per::week), {d("2024-01-01"), d("2024-12-31")}),
            m("100.00"));  // 10 days × 70.00 ÷ 7
  // A quarter of 91 days (Q2 2024), half of it (1 April - 15 May: 45 days): 910.00 × 45 ÷ 91 = 450.00.
  EXPECT_EQ(period_cost(period("2024-04-01", "2024-05-15", "910.00", Per::quarter), {d("2024-01-01"), d("2024-12-31")}),
            m("450.00"));
  // 366 days in 2024: 3,660.00 a year for 10 days = 100.00.
  EXPECT_EQ(period_cost(period("2024-03-01", "2024-03-10", "3660.00", Per::year), {d("2024-01-01"), d("2024-12-31")}),
            m("100.00"));
  const auto grant = period("2024-06-01", "2024-06-01", "1122.00", Per::once);
  EXPECT_EQ(period_cost(grant, {d("2024-06-01"), d("2025-05-31")}), m("1122.00"));
  EXPECT_EQ(period_cost(grant, {d("2024-06-02"), d("2025-06-01")}), Money{});
}

TEST(DecisionCost, EmployerApartOnlyEntitledAndUnknownAmounts) {
  explain::Decision dec;
  dec.status = explain::Status::entitled;
  auto employer = period("2024-03-04", "2024-03-10", "150.00", Per::day, true);
  employer.payer = "employer";
  dec.schedule = {employer, period("2024-03-18", "2024-05-05", "90.00", Per::day, true)};
  const core::DayRange year{d("2024-03-04"), d("2025-03-03")};
  Cost c = cost_of(dec, year);
  EXPECT_EQ(c.public_cost, m("3780.00"));
  EXPECT_EQ(c.employer_cost, m("900.00"));  // 6 benefit days × 150.00
  EXPECT_FALSE(c.unknown_amount);
  // A hospital stay's own share is the patient's, not a cost: 10 days × 17.23 change nothing.
  auto own_share = period("2024-04-01", "2024-04-10", "17.23", Per::day);
  own_share.payer = "insured_person";
  dec.schedule.push_back(own_share);
  EXPECT_EQ(cost_of(dec, year).public_cost, m("3780.00"));
  EXPECT_EQ(cost_of(dec, year).employer_cost, m("900.00"));
  auto open = period("2024-06-01", "2024-06-01", "0", Per::month);
  open.amount_known = false;
  open.open_end = true;
  dec.schedule.push_back(open);
  EXPECT_TRUE(cost_of(dec, year).unknown_amount);
  dec.status = explain::Status::cannot_tell;
  EXPECT_EQ(cost_of(dec, year).public_cost, Money{});
}

TEST(ReadRow, ErrorsNameLineColumnAndField) {
  auto syntax = read_row(R"({"persons": [}])", 7);
  ASSERT_FALSE(syntax.has_value());
  EXPECT_EQ(syntax.error().line, 7u);
  EXPECT_EQ(syntax.error().column, 14u);
  EXPECT_EQ(describe(syntax.error()), "line 7, column 14: not valid JSON (one situation object per line)");
  auto date = read_row(R"({"persons": [{"id": "a", "birth_date": "1990-02-30"}]})", 8);
  ASSERT_FALSE(date.has_value());
  EXPECT_EQ(date.error().field, "/persons/0/birth_date");
  EXPECT_EQ(date.error().column, 0u);
  EXPECT_NE(describe(date.error()).find("line 8, /persons/0/birth_date: expected a real calendar date"), std::string::npos);
  auto named = read_row(R"({"id": "hh-1", "persons": [{"id": "a"}]})", 9);
  ASSERT_TRUE(named.has_value());
  EXPECT_EQ(named->id, "hh-1");
  EXPECT_EQ(read_row(R"({"persons": [{"id": "a"}]})", 10)->id, "line 10");
  // A number too large for a double (population_fuzz): a bad row, not an exception.
  auto huge = read_row("7777e7777777", 11);
  ASSERT_FALSE(huge.has_value());
  EXPECT_EQ(describe(huge.error()), "line 11, /: not valid JSON: a number too large to read");
}

TEST(LineBlocks, SkipsBlankLinesAndKeepsTheirNumbers) {
  std::istringstream in("a\n\n  \nb\r\nc\n");
  LineBlocks blocks(in);
  std::vector<std::string> lines;
  std::vector<std::size_t> numbers;
  ASSERT_TRUE(blocks.next(lines, numbers, 2));
  EXPECT_EQ(lines, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(numbers, (std::vector<std::size_t>{1, 4}));
  ASSERT_TRUE(blocks.next(lines, numbers, 2));
  EXPECT_EQ(numbers, (std::vector<std::size_t>{5}));
  EXPECT_FALSE(blocks.next(lines, numbers, 2));
}

const law::LawData& law_data() {
  static const law::LawData data = *law::LawData::load(std::string(SECU_SOURCE_DIR) + "/data");
  return data;
}

// The README's blue-collar worker (examples/sickness-blue-collar.json) as one row, a household
// without facts, and a bad row.
std::string population() {
  std::ifstream f(std::string(SECU_SOURCE_DIR) + "/examples/sickness-blue-collar.json");
  nlohmann::json an = nlohmann::json::parse(f);
  an.erase("description");
  an["id"] = "an";
  return an.dump() + "\n" + R"({"id": "empty", "persons": [{"id": "x"}]})" + "\n" + R"({"persons": 3})" + "\n";
}

TEST(Simulate, CostsTheSicknessBenefitAndReportsBadRows) {
  std::istringstream in(population());
  auto run = simulate(in, {.at = d("2024-03-04"), .threads = 2}, law_data());
  ASSERT_TRUE(run.has_value()) << run.error().describe();
  EXPECT_EQ(run->households, 2);
  EXPECT_EQ(run->persons, 2);
  ASSERT_EQ(run->bad_rows.size(), 1u);
  EXPECT_EQ(run->bad_rows[0].line, 3u);
  EXPECT_EQ(run->bad_rows[0].field, "/persons");
  const auto it = std::find_if(run->benefits.begin(), run->benefits.end(), [](const auto& b) { return b.benefit == "sickness.employee"; });
  ASSERT_NE(it, run->benefits.end());
  // The fund: 42 benefit days × 90.00 = 3,780.00. The employer: 6 × 150.00 + 6 × 128.82 +
  // 14 × 38.82 = 900.00 + 772.92 + 543.48 = 2,216.40.
  EXPECT_EQ(it->all.recipients, 1);
  EXPECT_EQ(it->all.cost, m("3780.00"));
  EXPECT_EQ(it->employer_cost, m("2216.40"));
  EXPECT_EQ(it->by_region.at("unknown").cost, m("3780.00"));
  EXPECT_EQ(it->by_age_band.at("35-44").recipients, 1);  // born 30 July 1985: 38
  EXPECT_EQ(it->by_family.at("with_dependants").recipients, 1);
  // Two households: the one without income is decile 1 (index 0), An (260 days × 150.00) the top half.
  EXPECT_EQ(it->by_decile[5].cost, m("3780.00"));
  EXPECT_EQ(run->deciles[5].income_floor, m("39000.00"));
  EXPECT_FALSE(run->with_reform);
}

// Two spells of one person in the year: one recipient, the cost of both (each spell alone
// gives its own cost; together they add up).
TEST(Simulate, TwoSpellsOfOnePersonAreOneRecipient) {
  std::ifstream f(std::string(SECU_SOURCE_DIR) + "/examples/sickness-blue-collar.json");
  nlohmann::json an = nlohmann::json::parse(f);
  an.erase("description");
  nlohmann::json second = an["events"][0];
  second["start"] = "2024-06-03";
  second["end"] = "2024-07-28";
  second["certificate_received"] = "2024-06-04";
  auto cost = [&](const nlohmann::json& events) {
    nlohmann::json h = an;
    h["events"] = events;
    std::istringstream in(h.dump() + "\n");
    auto run = simulate(in, {.at = d("2024-03-04"), .threads = 1}, law_data());
    EXPECT_TRUE(run.has_value());
    EXPECT_TRUE(run->bad_rows.empty()) << describe(run->bad_rows.at(0));
    const auto it = std::find_if(run->benefits.begin(), run->benefits.end(), [](const auto& b) { return b.benefit == "sickness.employee"; });
    return it == run->benefits.end() ? Cell{} : it->all;
  };
  const Cell first = cost(nlohmann::json::array({an["events"][0]}));
  const Cell later = cost(nlohmann::json::array({second}));
  const Cell both = cost(nlohmann::json::array({an["events"][0], second}));
  EXPECT_EQ(first.cost, m("3780.00"));
  EXPECT_GT(later.cost, Money{});
  EXPECT_EQ(both.recipients, 1);
  EXPECT_EQ(both.cost, first.cost + later.cost);
}

TEST(Simulate, AReformSideBySideWithWinners) {
  const auto& law = law_data();
  auto reform = law::parse_reform(R"(reform: rate-65
description: the sickness benefit at 65 % from 2024
changes:
  sickness.benefit.rate:
    2024-01-01:
      value: 65
      source: {url: "https://example.org/test", reliability: press}
)",
                                  "test.yaml", law.params());
  ASSERT_TRUE(reform.has_value()) << reform.error().describe();
  const law::LawData reformed = law.with(*reform);
  std::istringstream in(population());
  auto run = simulate(in, {.at = d("2024-03-04"), .threads = 1}, law, &reformed);
  ASSERT_TRUE(run.has_value()) << run.error().describe();
  const auto it = std::find_if(run->benefits.begin(), run->benefits.end(), [](const auto& b) { return b.benefit == "sickness.employee"; });
  ASSERT_NE(it, run->benefits.end());
  // 65 % of 150.00 = 97.50 × 42 = 4,095.00; 315.00 more than under the law.
  EXPECT_EQ(it->all.reform_cost, m("4095.00"));
  EXPECT_EQ(it->all.reform_recipients, 1);
  EXPECT_EQ(run->deciles[5].winners, 1);
  EXPECT_EQ(run->deciles[5].losers, 0);
  EXPECT_EQ(run->deciles[5].net, m("315.00"));
  EXPECT_EQ(run->deciles[0].net, Money{});
  ASSERT_EQ(run->biggest.size(), 1u);
  EXPECT_EQ(run->biggest[0].household, "an");
  EXPECT_EQ(run->biggest[0].reform - run->biggest[0].law, m("315.00"));
}

}  // namespace
}  // namespace secu::sim

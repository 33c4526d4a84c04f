// CSV populations: the same households as JSON Lines give the same run; every mistake is a bad
// row at the line and column of its cell; a header that cannot be used stops the run.
#include "sim/population_csv.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "law/testing.h"
#include "sim/simulate.h"

namespace secu::sim {
namespace {

core::Money m(const char* text) { return *core::parse_money(text); }
core::Date d(const char* iso) { return *core::Date::parse(iso); }

// examples/sickness-blue-collar.json as CSV: An's facts on her first row, her incapacity on a
// second row (a row of the same person carries more events); a household of one without facts.
const char* kHeader =
    "household,person,birth_date,family_situation,status,worker_class,regular_worker,daily_wage,insurance.fund,"
    "insurance.insured_since,insurance.contributions_sufficient,insurance.still_insured,work_months,"
    "incapacity.start,incapacity.end,incapacity.certified,incapacity.certificate_received\r\n";
std::string an_rows() {
  std::string months = "[";
  const int days[] = {23, 20, 21, 22, 21, 23, 21, 22, 22, 21, 23, 21};
  for (int i = 0; i < 12; ++i) {
    const int y = i < 10 ? 2023 : 2024, mo = i < 10 ? i + 3 : i - 9;
    months += (i ? ", " : "") + std::string("{\"\"month\"\": \"\"") + std::to_string(y) + "-" + (mo < 10 ? "0" : "") + std::to_string(mo) +
              "\"\", \"\"days\"\": " + std::to_string(days[i]) + "}";
  }
  months += "]";
  return "hh-an,an,1985-07-30,with_dependants,employee,blue_collar,true,150.00,mut_christian,2010-09-01,true,true,\"" + months +
         "\",,,,\r\n"
         "hh-an,an,,,,,,,,,,,,2024-03-04,2024-05-05,true,2024-03-06\r\n";
}

sim::Run run_of(const std::string& text, Format format = Format::automatic) {
  std::istringstream in(text);
  auto run = simulate(in, {.at = d("2024-03-04"), .format = format, .threads = 2, .block = 2}, law::source_law());
  EXPECT_TRUE(run.has_value()) << run.error().describe();
  return run ? *run : sim::Run{};
}

const BenefitTotals* benefit(const sim::Run& run, const char* id) {
  const auto it = std::find_if(run.benefits.begin(), run.benefits.end(), [&](const auto& b) { return b.benefit == id; });
  return it == run.benefits.end() ? nullptr : &*it;
}

TEST(PopulationCsv, TheSameHouseholdsAsJsonLinesCostTheSame) {
  const sim::Run run = run_of(std::string(kHeader) + an_rows() + "hh-x,x,,,,,,,,,,,,,,,\r\n");
  EXPECT_EQ(run.households, 2);
  EXPECT_EQ(run.persons, 2);
  EXPECT_TRUE(run.bad_rows.empty()) << describe(run.bad_rows.front());
  const BenefitTotals* b = benefit(run, "sickness.employee");
  ASSERT_NE(b, nullptr);
  // As in sim_test: 42 benefit days × 90.00 = 3,780.00 from the fund; 2,216.40 from the employer.
  EXPECT_EQ(b->all.recipients, 1);
  EXPECT_EQ(b->all.cost, m("3780.00"));
  EXPECT_EQ(b->employer_cost, m("2216.40"));
}

TEST(PopulationCsv, ABadCellIsABadRowAtItsLineAndColumn) {
  // Line 2 starts An's household; line 4 is a bad boolean (column 7, regular_worker); line 5 a
  // date the schema refuses (column 3, birth_date); line 6 a row short of cells.
  const std::string text = std::string(kHeader) + an_rows() +
      "hh-b,b,,,,,yes,,,,,,,,,,\n"
      "hh-c,c,1985-02-30,,,,,,,,,,,,,,\n"
      "hh-d,d,1990-01-01\n"
      "hh-e,e,,,,,,,,,,,,,,,,\n";   // one cell too many (found by population_fuzz)
  const sim::Run run = run_of(text);
  EXPECT_EQ(run.households, 1);
  ASSERT_EQ(run.bad_rows.size(), 4u);
  EXPECT_EQ(describe(run.bad_rows[0]), "line 4, column 7 (regular_worker): expected true or false, got 'yes'");
  EXPECT_EQ(run.bad_rows[1].line, 5u);
  EXPECT_EQ(run.bad_rows[1].column, 3u);
  EXPECT_EQ(run.bad_rows[1].field, "birth_date");
  EXPECT_NE(run.bad_rows[1].message.find("/persons/0/birth_date"), std::string::npos) << run.bad_rows[1].message;
  EXPECT_EQ(describe(run.bad_rows[2]), "line 6, column 4 (family_situation): expected 17 cells as in the header, got 3");
  EXPECT_EQ(describe(run.bad_rows[3]), "line 7, column 18: expected 17 cells as in the header, got 18");
}

TEST(PopulationCsv, AnUnclosedQuoteIsReportedWithTheHouseholdItInterrupts) {
  const std::string text = std::string(kHeader) + "hh-e,e,1990-01-01,,,,,,,,,,,,,,\nhh-e,\"f,,,,,,,,,,,,,,,\n";
  std::istringstream in(text);
  auto run = simulate(in, {.at = d("2024-03-04"), .threads = 1}, law::source_law());
  ASSERT_TRUE(run.has_value());
  EXPECT_EQ(run->households, 0);
  ASSERT_EQ(run->bad_rows.size(), 2u);  // the household that line 3 may belong to, and line 3
  EXPECT_EQ(run->bad_rows[0].line, 2u);
  EXPECT_EQ(run->bad_rows[1].line, 3u);
  EXPECT_NE(run->bad_rows[1].message.find("not valid CSV"), std::string::npos);
}

TEST(PopulationCsv, AHeaderThatCannotBeUsedStopsTheRun) {
  for (const auto& [header, want] : {std::pair{"household,person,wage\n", "column 3 'wage'"},
                                     {"household,birth_date\n", "must name the columns household and person"},
                                     {"household,person,incapacity.colour\n", "not a fact of the event incapacity"}}) {
    std::istringstream in(std::string(header) + "h,p,x\n");
    auto run = simulate(in, {.at = d("2024-03-04"), .threads = 1}, law::source_law());
    ASSERT_FALSE(run.has_value()) << header;
    EXPECT_NE(run.error().describe().find(want), std::string::npos) << run.error().describe();
  }
}

TEST(PopulationCsv, ACellNotInUtf8IsABadRow) {
  // Found by population_fuzz: the byte 0x9B alone went into the situation's JSON, which refused
  // to write it.
  const std::string text = std::string(kHeader) + "h,p,1990-01-01,single,,,,,mut_\x9B,,,,,,,,\n";
  const sim::Run run = run_of(text);
  ASSERT_EQ(run.bad_rows.size(), 1u);
  EXPECT_EQ(describe(run.bad_rows[0]), "line 2, column 9 (insurance.fund): not valid UTF-8 (byte 5 of the cell)");
  std::istringstream in("household,person,\xC3\n");
  auto bad = simulate(in, {.at = d("2024-03-04"), .threads = 1}, law::source_law());
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().describe().find("column 3: not valid UTF-8"), std::string::npos);
}

TEST(PopulationCsv, ABareCarriageReturnEndsARowOnTheSameLine) {
  // Found by population_fuzz: after a lone CR the next row was said to be on the next line,
  // past the end of a one-line input. Lines are counted at line feeds.
  std::istringstream in("household,person,birth_date\rh,\"p\n");
  auto run = simulate(in, {.at = d("2024-03-04"), .threads = 1}, law::source_law());
  ASSERT_TRUE(run.has_value());
  ASSERT_EQ(run->bad_rows.size(), 1u);
  EXPECT_EQ(run->bad_rows[0].line, 1u);
}

TEST(PopulationCsv, AFactOnALaterRowOfThePersonIsRefused) {
  const std::string text = std::string(kHeader) + "h,p,1990-01-01,,,,,,,,,,,,,,\nh,p,,single,,,,,,,,,,,,,\n";
  const sim::Run run = run_of(text);
  ASSERT_EQ(run.bad_rows.size(), 1u);
  EXPECT_EQ(run.bad_rows[0].line, 3u);
  EXPECT_EQ(run.bad_rows[0].column, 4u);
  EXPECT_NE(run.bad_rows[0].message.find("first row (line 2)"), std::string::npos);
}

}  // namespace
}  // namespace secu::sim

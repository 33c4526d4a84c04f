// The synthetic population: deterministic bytes, the size asked, every line a valid situation,
// the shares of the statistics it follows, and a population run that finds recipients in
// every branch it is meant to exercise.
#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/money.h"
#include "rules/situation.h"
#include "sim/generate.h"
#include "sim/simulate.h"

namespace secu::sim {
namespace {

using core::Date;

const Date kAt = *Date::parse("2025-06-01");

std::string population(std::uint64_t size, std::uint64_t seed, Date at = kAt) {
  std::ostringstream out;
  EXPECT_TRUE(generate(out, {.size = size, .seed = seed, .at = at}).has_value());
  return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(Generate, SameSeedSameBytesOtherSeedOtherBytes) {
  const std::string a = population(300, 42);
  EXPECT_EQ(a, population(300, 42));
  EXPECT_NE(a, population(300, 43));
  EXPECT_NE(a, population(300, 42, *Date::parse("2025-07-01")));
  // Household i does not depend on how many come before or after it.
  EXPECT_EQ(lines_of(a)[299], generate_household(42, 299, kAt));
  EXPECT_EQ(lines_of(population(1000, 42))[299], lines_of(a)[299]);
}

TEST(Generate, ExactlyTheSizeAskedEachLineOneHousehold) {
  for (std::uint64_t n : {0u, 1u, 7u, 2500u}) {
    const std::string text = population(n, 5);
    EXPECT_EQ(static_cast<std::uint64_t>(std::count(text.begin(), text.end(), '\n')), n);
    if (n > 0) {
      EXPECT_EQ(text.back(), '\n');
      EXPECT_EQ(nlohmann::json::parse(lines_of(text).back())["id"], n == 2500 ? "hh-0002500" : "hh-000000" + std::to_string(n));
    }
  }
}

TEST(Generate, EveryLineIsAValidSituation) {
  const auto lines = lines_of(population(1000, 7));
  ASSERT_EQ(lines.size(), 1000u);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto s = rules::parse_situation(lines[i]);
    ASSERT_TRUE(s.has_value()) << "line " << i + 1 << ": " << s.error().describe() << "\n" << lines[i];
    EXPECT_FALSE(s->persons.empty());
  }
}

TEST(Generate, MoneyIsDecimalTextWithCents) {
  for (const std::string& line : lines_of(population(200, 9))) {
    const auto h = nlohmann::json::parse(line);
    for (const auto& p : h["persons"]) {
      if (!p.contains("daily_wage")) continue;
      const std::string w = p["daily_wage"];
      ASSERT_EQ(w.find('.'), w.size() - 3) << w;
      EXPECT_GE(*core::parse_money(w), core::Money::from_euros(40));  // half-time at the minimum
    }
  }
}

int age(const std::string& birth, Date at) { return core::age_on(*Date::parse(birth), at); }

// Shares over 10,000 households against the sources in sim/generate.cc, with a tolerance.
TEST(Generate, SharesFollowTheStatistics) {
  std::map<std::string, double> region, band, ground_25_54;
  double persons = 0, adults_25_54 = 0, households = 0, over_70 = 0, pensioners_over_70 = 0;
  std::vector<core::Money> wages;
  for (const std::string& line : lines_of(population(10000, 1))) {
    const auto h = nlohmann::json::parse(line);
    ++households;
    region[h["persons"][0]["region"]] += 1;
    for (const auto& p : h["persons"]) {
      ++persons;
      const int a = age(p["birth_date"], kAt);
      band[a < 18 ? "0-17" : a < 65 ? "18-64" : "65+"] += 1;
      if (a >= 25 && a <= 54) {
        ++adults_25_54;
        ground_25_54[p["insured_as"]] += 1;
      }
      if (a >= 70) {
        ++over_70;
        pensioners_over_70 += p["insured_as"] == "pensioner" ? 1 : 0;
      }
      if (p.value("status", "") == "employee" && p["insured_as"] == "employee") wages.push_back(*core::parse_money(p["daily_wage"].get<std::string>()));
    }
  }
  EXPECT_NEAR(region["flanders"] / households, 0.579, 0.015);
  EXPECT_NEAR((region["wallonia"] + region["east_belgium"]) / households, 0.312, 0.015);
  EXPECT_NEAR(region["east_belgium"] / households, 0.007, 0.003);
  EXPECT_NEAR(region["brussels"] / households, 0.109, 0.01);
  EXPECT_NEAR(band["0-17"] / persons, 0.20, 0.03);
  EXPECT_NEAR(band["65+"] / persons, 0.20, 0.03);
  EXPECT_NEAR(persons / households, 2.25, 0.15);  // Statbel: 2.3 persons a household
  EXPECT_NEAR(ground_25_54["employee"] / adults_25_54, 0.72, 0.04);
  EXPECT_NEAR(ground_25_54["self_employed"] / adults_25_54, 0.10, 0.03);
  EXPECT_NEAR(ground_25_54["unemployed"] / adults_25_54, 0.05, 0.02);
  EXPECT_GT(pensioners_over_70 / over_70, 0.95);
  std::sort(wages.begin(), wages.end());
  EXPECT_GE(wages[wages.size() / 2], core::Money::from_euros(128));  // the median daily wage, 140.00 ± 12.00,
  EXPECT_LE(wages[wages.size() / 2], core::Money::from_euros(152));  // part-time included
  EXPECT_GE(wages.back(), core::Money::from_euros(400));             // a long tail
}

const law::LawData& law_data() {
  static const law::LawData data = *law::LawData::load(std::string(SECU_SOURCE_DIR) + "/data");
  return data;
}

TEST(Generate, APopulationRunFindsRecipientsInEveryBranch) {
  std::istringstream in(population(2000, 11));
  auto run = simulate(in, {.at = kAt, .threads = 2}, law_data());
  ASSERT_TRUE(run.has_value()) << run.error().describe();
  EXPECT_EQ(run->households, 2000);
  for (const BadRow& b : run->bad_rows) ADD_FAILURE() << describe(b);
  std::map<std::string, std::int64_t> recipients;
  for (const BenefitTotals& b : run->benefits) recipients[b.benefit] = b.all.recipients;
  for (const char* benefit : {"sickness.employee", "invalidity.employee", "unemployment.full",
                              "minimum_income.integration_income", "family_benefits.child_benefit", "pension.retirement",
                              "maternity.employee", "paternity.birth_leave"})
    EXPECT_GT(recipients[benefit], 0) << benefit;
  // About 7 % of workers ill in the year; every child under 18 in the family benefits.
  EXPECT_GT(recipients["family_benefits.child_benefit"], 800);
  EXPECT_GT(recipients["sickness.employee"] + recipients["invalidity.employee"], 60);
}

}  // namespace
}  // namespace secu::sim

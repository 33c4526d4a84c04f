// The run's SVG charts: one bar per decile (two with a reform) of a height proportional to
// what the decile receives, a text alternative with every figure, winners up and losers down.
#include "sim/charts.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

namespace secu::sim {
namespace {

sim::Run run_with(bool reform) {
  sim::Run run;
  run.year = {*core::Date::parse("2025-01-01"), *core::Date::parse("2025-12-31")};
  run.with_reform = reform;
  BenefitTotals b{.benefit = "sickness.employee"};
  for (int d = 0; d < 10; ++d) {
    b.by_decile[static_cast<std::size_t>(d)].cost = core::Money::from_euros(1000 * (10 - d));   // 10,000 … 1,000
    b.by_decile[static_cast<std::size_t>(d)].reform_cost = core::Money::from_euros(1000 * (10 - d) + 500);
    run.deciles[static_cast<std::size_t>(d)] = {.households = 100, .winners = 10 * d, .losers = 5};
  }
  run.benefits.push_back(b);
  return run;
}

std::vector<int> heights(const std::string& svg, const std::string& fill) {
  std::vector<int> out;
  const std::regex bar("<rect x=\"[0-9]+\" y=\"[0-9]+\" width=\"[0-9]+\" height=\"([0-9]+)\" fill=\"" + fill + "\">");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), bar); it != std::sregex_iterator(); ++it) out.push_back(std::stoi((*it)[1]));
  return out;
}

TEST(Charts, DecileBarsProportionalWithTheirTextAlternative) {
  const std::string svg = decile_chart_svg(run_with(false));
  EXPECT_NE(svg.find("<title id=\"t\">Benefits by income decile, 2025-01-01 to 2025-12-31</title>"), std::string::npos);
  EXPECT_NE(svg.find("decile 1: 10,000; decile 2: 9,000;"), std::string::npos) << svg;
  const auto law = heights(svg, "#1f5fa8");
  ASSERT_EQ(law.size(), 10u);
  // The axis tops at 10,000 (a nice number): decile 1 fills the 270-pixel plot, decile 10 a tenth.
  EXPECT_EQ(law[0], 270);
  EXPECT_NE(svg.find(">€ 10,000</text>"), std::string::npos) << "the axis' top in euros";
  EXPECT_NE(svg.find(">€ 5,000</text>"), std::string::npos);
  EXPECT_EQ(law[9], 27);
  EXPECT_TRUE(heights(svg, "#e08a1e").empty()) << "no reform, no second bar";
  EXPECT_EQ(winners_chart_svg(run_with(false)), "");
}

TEST(Charts, ReformSideBySideAndWinnersUpLosersDown) {
  const sim::Run run = run_with(true);
  const std::string svg = decile_chart_svg(run);
  const auto reform = heights(svg, "#e08a1e");
  ASSERT_EQ(reform.size(), 10u);
  EXPECT_EQ(reform[0], 141);  // 10,500 on an axis of 20,000 (the next nice number): 270 × 10,500 / 20,000 = 141.75
  EXPECT_EQ(heights(svg, "#1f5fa8")[0], 135);  // 10,000 beside it: half the plot
  const std::string w = winners_chart_svg(run);
  const auto up = heights(w, "#2e7d32"), down = heights(w, "#c62828");
  ASSERT_EQ(up.size(), 10u);
  ASSERT_EQ(down.size(), 10u);
  EXPECT_EQ(up[0], 0);
  EXPECT_EQ(up[9], 121);    // 90 of 100 households on a half plot of 135 pixels
  EXPECT_EQ(down[3], 6);    // 5 of 100
  EXPECT_NE(w.find("decile 10: 90 winners, 5 losers of 100;"), std::string::npos);
}

}  // namespace
}  // namespace secu::sim

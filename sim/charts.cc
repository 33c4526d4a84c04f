#include "sim/charts.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include <fmt/format.h>

namespace secu::sim {

namespace {

constexpr int kWidth = 760, kHeight = 360, kLeft = 130, kRight = 20, kTop = 40, kBottom = 50;
constexpr int kPlotW = kWidth - kLeft - kRight, kPlotH = kHeight - kTop - kBottom;
constexpr const char* kLaw = "#1f5fa8";
constexpr const char* kReform = "#e08a1e";
constexpr const char* kWin = "#2e7d32";
constexpr const char* kLose = "#c62828";

// "1,234,567" from whole euros (the axis labels).
std::string euros(std::int64_t cents) {
  const std::string digits = std::to_string(cents / 100);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && digits[i - 1] != '-' && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// The largest of the values rounded up to 1, 2 or 5 times a power of ten (the axis' top).
std::int64_t nice_top(std::int64_t v) {
  std::int64_t p = 1;
  while (p * 10 <= v) p *= 10;
  for (std::int64_t m : {1, 2, 5, 10})
    if (m * p >= v) return std::max<std::int64_t>(1, m * p);
  return v;
}

std::string open_svg(std::string_view title, std::string_view desc) {
  return fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" viewBox="0 0 {0} {1}" role="img" )"
                     R"(aria-labelledby="t d" font-family="sans-serif" font-size="12">)"
                     "\n<title id=\"t\">{2}</title>\n<desc id=\"d\">{3}</desc>\n"
                     R"(<rect width="{0}" height="{1}" fill="#ffffff"/>)"
                     "\n<text x=\"{4}\" y=\"22\" font-size=\"15\" font-weight=\"bold\">{2}</text>\n",
                     kWidth, kHeight, title, desc, kLeft);
}

// Height of a value on an axis from 0 (bottom, at `base`) to `top` over `height` pixels.
int scale(std::int64_t v, std::int64_t top, int height) {
  return static_cast<int>(v * height / std::max<std::int64_t>(1, top));  // v ≤ 3·10^16 cents: no overflow
}

}  // namespace

std::string decile_chart_svg(const Run& run) {
  std::array<std::int64_t, 10> law{}, reform{};
  for (const BenefitTotals& b : run.benefits)
    for (std::size_t d = 0; d < 10; ++d) {
      law[d] += b.by_decile[d].cost.ten_thousandths() / 100;
      reform[d] += b.by_decile[d].reform_cost.ten_thousandths() / 100;
    }
  std::int64_t top = 0;
  for (std::size_t d = 0; d < 10; ++d) top = std::max({top, law[d], run.with_reform ? reform[d] : 0});
  top = nice_top(top);
  std::string desc = "Benefits received in a year by the households of each income decile (1 = lowest income), in euros:";
  for (std::size_t d = 0; d < 10; ++d)
    desc += fmt::format(" decile {}: {}{};", d + 1, euros(law[d]), run.with_reform ? " → " + euros(reform[d]) + " with the reform" : "");
  std::string s = open_svg(fmt::format("Benefits by income decile, {} to {}", run.year.first.iso(), run.year.last.iso()), desc);
  const int base = kTop + kPlotH;
  for (int i = 0; i <= 4; ++i) {  // grid and axis labels
    const int y = base - kPlotH * i / 4;
    s += fmt::format(R"(<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#dddddd"/>)" "\n", kLeft, kLeft + kPlotW, y, y);
    s += fmt::format(R"(<text x="{}" y="{}" text-anchor="end">€ {}</text>)" "\n", kLeft - 6, y + 4, euros(top * i / 4));
  }
  const int slot = kPlotW / 10;
  const int bar = run.with_reform ? slot * 3 / 8 : slot * 3 / 5;
  for (std::size_t d = 0; d < 10; ++d) {
    const int x = kLeft + static_cast<int>(d) * slot + (slot - (run.with_reform ? 2 * bar : bar)) / 2;
    const int h = scale(law[d], top, kPlotH);
    s += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>decile {}: € {}</title></rect>)" "\n",
                     x, base - h, bar, h, kLaw, d + 1, euros(law[d]));
    if (run.with_reform) {
      const int hr = scale(reform[d], top, kPlotH);
      s += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>decile {} with the reform: € {}</title></rect>)" "\n",
                       x + bar, base - hr, bar, hr, kReform, d + 1, euros(reform[d]));
    }
    s += fmt::format(R"(<text x="{}" y="{}" text-anchor="middle">{}</text>)" "\n", kLeft + static_cast<int>(d) * slot + slot / 2, base + 16, d + 1);
  }
  s += fmt::format(R"(<text x="{}" y="{}" text-anchor="middle">income decile (1 = lowest)</text>)" "\n", kLeft + kPlotW / 2, base + 34);
  s += fmt::format(R"(<rect x="{}" y="30" width="12" height="12" fill="{}"/><text x="{}" y="40">the law</text>)" "\n",
                   kWidth - 230, kLaw, kWidth - 214);
  if (run.with_reform)
    s += fmt::format(R"(<rect x="{}" y="30" width="12" height="12" fill="{}"/><text x="{}" y="40">with the reform</text>)" "\n",
                     kWidth - 150, kReform, kWidth - 134);
  return s + "</svg>\n";
}

std::string winners_chart_svg(const Run& run) {
  if (!run.with_reform) return {};
  std::string desc = "Share of the households of each income decile that gain (winners) and lose (losers) under the reform:";
  for (std::size_t d = 0; d < 10; ++d) {
    const DecileChange& c = run.deciles[d];
    desc += fmt::format(" decile {}: {} winners, {} losers of {};", d + 1, c.winners, c.losers, c.households);
  }
  std::string s = open_svg("Winners and losers of the reform by income decile", desc);
  const int mid = kTop + kPlotH / 2, half = kPlotH / 2;
  for (int pct : {-100, -50, 0, 50, 100}) {
    const int y = mid - half * pct / 100;
    s += fmt::format(R"(<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}"/>)" "\n", kLeft, kLeft + kPlotW, y, y, pct == 0 ? "#555555" : "#dddddd");
    s += fmt::format(R"(<text x="{}" y="{}" text-anchor="end">{} %</text>)" "\n", kLeft - 6, y + 4, pct < 0 ? -pct : pct);
  }
  const int slot = kPlotW / 10, bar = slot * 3 / 5;
  for (std::size_t d = 0; d < 10; ++d) {
    const DecileChange& c = run.deciles[d];
    const int x = kLeft + static_cast<int>(d) * slot + (slot - bar) / 2;
    const int up = c.households ? static_cast<int>(c.winners * half / c.households) : 0;
    const int down = c.households ? static_cast<int>(c.losers * half / c.households) : 0;
    s += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>decile {}: {} winners of {}</title></rect>)" "\n",
                     x, mid - up, bar, up, kWin, d + 1, c.winners, c.households);
    s += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>decile {}: {} losers of {}</title></rect>)" "\n",
                     x, mid, bar, down, kLose, d + 1, c.losers, c.households);
    s += fmt::format(R"(<text x="{}" y="{}" text-anchor="middle">{}</text>)" "\n", x + bar / 2, kTop + kPlotH + 16, d + 1);
  }
  s += fmt::format(R"(<text x="{}" y="{}" text-anchor="middle">income decile (1 = lowest)</text>)" "\n", kLeft + kPlotW / 2, kTop + kPlotH + 34);
  s += fmt::format(R"(<rect x="{}" y="30" width="12" height="12" fill="{}"/><text x="{}" y="40">winners (up)</text>)" "\n", kWidth - 230, kWin, kWidth - 214);
  s += fmt::format(R"(<rect x="{}" y="30" width="12" height="12" fill="{}"/><text x="{}" y="40">losers (down)</text>)" "\n", kWidth - 120, kLose, kWidth - 104);
  return s + "</svg>\n";
}

}  // namespace secu::sim

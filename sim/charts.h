// A population run's two charts as SVG documents (no script, no external resource, readable
// by any browser or image viewer, with a <title> and <desc> for screen readers):
// - by income decile: what the households of each decile receive in a year, all benefits
//   together, under the law and (with a reform) under the reform, side by side;
// - winners and losers (with a reform): by decile, the share of households that gain (up) and
//   that lose (down).
//
//   std::ofstream("deciles.svg") << decile_chart_svg(run);
#pragma once

#include <string>

#include "sim/simulate.h"

namespace secu::sim {

/// Yearly benefits by income decile (bars; a second bar per decile under a reform).
std::string decile_chart_svg(const Run& run);
/// Winners (up) and losers (down) by decile, as shares of the decile's households; empty
/// string when the run has no reform.
std::string winners_chart_svg(const Run& run);

}  // namespace secu::sim

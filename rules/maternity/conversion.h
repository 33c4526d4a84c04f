// The conversion of the maternity rest to the father or co-parent (seed 004 ch. IV: "In
// case of extended hospitalisation or the death of the mother, the father can ask to
// convert the maternity leave into a paternity leave.").
//
//   SECU_TRY(Conversion c, conversion(birth, mother_calendar, b));   // which days move
#pragma once

#include <optional>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/maternity/calendar.h"
#include "rules/situation.h"

namespace secu::rules::maternity {

/// Whether and which days of the mother's rest go to the co-parent.
struct Conversion {
  enum class Why { none, not_requested, unknown_request, stay_too_short, stay_unknown, nothing_left, converted };
  Why why = Why::none;
  bool death = false;
  core::DayRange days{};      // the converted days (when converted)
  int stay_days = 0;          // the mother's hospital stay, days counted so far when not discharged
  bool until_discharge = false;  // the mother's discharge is not known: ends when she leaves
};

/// The days converted for this birth (the mother's calendar already laid out).
core::Result<Conversion> conversion(const Birth& birth, const Calendar& cal, DecisionBuilder& b);

/// The co-parent's decision on the converted rest, when the mother died or was in hospital
/// and the co-parent did not decline it.
core::Result<std::optional<explain::Decision>> conversion_decision(const Situation& s, const Birth& birth, const Context& ctx);

}  // namespace secu::rules::maternity

// What the rule branches share to weigh conditions: a condition's outcome (met, not met,
// or unknown until a fact is given), how two outcomes add up, and a figure read from data/
// whose absence on a date becomes a recorded law gap instead of an error.
//
//   SECU_TRY(auto rate, covered(b.rate("pension.rate", on), on, b));   // nullopt: gap noted
//   const Check all = both(old_enough, resident);                     // not_met, then unknown, win
#pragma once

#include <optional>

#include "core/date.h"
#include "core/result.h"
#include "rules/context.h"

namespace secu::rules {

/// The outcome of one condition.
enum class Check { met, not_met, unknown };

/// Two conditions together: one not met decides; else one unknown leaves it open.
constexpr Check both(Check a, Check b) {
  if (a == Check::not_met || b == Check::not_met) return Check::not_met;
  if (a == Check::unknown || b == Check::unknown) return Check::unknown;
  return Check::met;
}

/// The decision's status for a combined outcome: met entitles, not met does not, unknown
/// cannot tell yet.
constexpr explain::Status status_of(Check c) {
  return c == Check::met ? explain::Status::entitled : c == Check::not_met ? explain::Status::not_entitled : explain::Status::cannot_tell;
}

/// A figure, or none with the gap recorded as a reason when data/ does not cover `d`
/// (any other error is returned as it is).
template <class T>
core::Result<std::optional<T>> covered(core::Result<T> r, core::Date d, DecisionBuilder& b) {
  if (r) return std::optional<T>(std::move(*r));
  SECU_RETURN_IF_ERROR(b.law_gap(r.error(), d));
  return std::optional<T>{};
}

}  // namespace secu::rules

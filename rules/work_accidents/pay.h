// The victim's pay the benefits are computed on (seed 004 ch. VIII): the average daily pay
// and the basic (annual) pay, one derived from the other through the days of the year
// (socialsecurity.be: "(basisloon x 90 %) / 365").
//
//   SECU_TRY(std::optional<DailyPay> pay, daily_pay(s, b));     // asks when unknown
//   if (pay) amount = pay->times(rate);                           // one rounding, to the cent
#pragma once

#include <cstdint>
#include <optional>

#include "core/money.h"
#include "core/result.h"
#include "rules/context.h"
#include "rules/work_accidents/scheme.h"

namespace secu::rules::work_accidents {

/// The average daily pay as an exact fraction (basic pay / 365 when only that is known).
struct DailyPay {
  core::Money numerator;
  std::int64_t denominator = 1;
  /// numerator / denominator × rate, rounded half-up to the cent.
  core::Money times(core::Rate rate) const;
  /// numerator / denominator × n, rounded half-up to the cent.
  core::Money times(std::int64_t n) const;
  /// (numerator / denominator) − other, rounded half-up to the cent.
  core::Money minus(core::Money other) const;
};

/// The victim's average daily pay; none (with the question asked, or the law gap
/// recorded) when neither it nor the basic pay is known.
core::Result<std::optional<DailyPay>> daily_pay(const Scheme& s, DecisionBuilder& b);

/// The basic annual pay (or 365 × the average daily pay); none, with the question, when
/// neither is known. Adds the reason that the legal maximum is not in secu's data.
core::Result<std::optional<core::Money>> basic_pay(const Scheme& s, DecisionBuilder& b);

/// basic × rate, rounded half-up to the cent (a yearly amount).
core::Money share_of(core::Money basic, core::Rate rate);

}  // namespace secu::rules::work_accidents

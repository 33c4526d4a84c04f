// Seed 004 ch. VIII: "90% of average daily pay"; "the pay to which the worker was entitled
// for the year preceding the accident (basic pay)". The average daily pay is the basic pay
// divided by 365 (socialsecurity.be, work_accidents.basic_pay.days_per_year); the basic pay
// is limited by a legal maximum (fedris.be) that secu's data does not have: each amount
// computed on the pay says so.
#include "rules/work_accidents/pay.h"

namespace secu::rules::work_accidents {

using explain::Message;

namespace {

constexpr const char* kDaysPerYear = "work_accidents.basic_pay.days_per_year";
constexpr std::int64_t kPpm = 1'000'000;

core::Status ceiling_reason(DecisionBuilder& b) { return b.reason("work_accident.pay_ceiling", msg("work_accident.reason.pay_ceiling")); }

}  // namespace

core::Money DailyPay::times(core::Rate rate) const { return numerator.mul_div(rate.ppm(), kPpm * denominator, core::kCentHalfUp); }

core::Money DailyPay::times(std::int64_t n) const { return numerator.mul_div(n, denominator, core::kCentHalfUp); }

core::Money DailyPay::minus(core::Money other) const {
  return (numerator - other * denominator).mul_div(1, denominator, core::kCentHalfUp);
}

core::Money share_of(core::Money basic, core::Rate rate) { return basic.times(rate, core::kCentHalfUp); }

core::Result<std::optional<DailyPay>> daily_pay(const Scheme& s, DecisionBuilder& b) {
  const AccidentFacts& f = *s.facts;
  if (f.average_daily_pay) {
    SECU_RETURN_IF_ERROR(ceiling_reason(b));
    return std::optional<DailyPay>(DailyPay{*f.average_daily_pay, 1});
  }
  if (!f.basic_annual_pay) {
    b.missing(s.pointer + "/average_daily_pay", msg("question.work_accident.average_daily_pay"));
    return std::optional<DailyPay>{};
  }
  SECU_TRY(std::optional<std::int64_t> days, covered(b.integer(kDaysPerYear, s.key), s.key, b));
  if (!days || *days <= 0) return std::optional<DailyPay>{};
  const DailyPay pay{*f.basic_annual_pay, *days};
  SECU_RETURN_IF_ERROR(b.reason("work_accident.allowance_amount", Message{"work_accident.reason.daily_from_basic",
      {{"basic", *f.basic_annual_pay}, {"days", *days}, {"daily", pay.times(std::int64_t{1})}}}));
  SECU_RETURN_IF_ERROR(ceiling_reason(b));
  return std::optional<DailyPay>(pay);
}

core::Result<std::optional<core::Money>> basic_pay(const Scheme& s, DecisionBuilder& b) {
  const AccidentFacts& f = *s.facts;
  if (f.basic_annual_pay) {
    SECU_RETURN_IF_ERROR(ceiling_reason(b));
    return std::optional<core::Money>(*f.basic_annual_pay);
  }
  if (!f.average_daily_pay) {
    b.missing(s.pointer + "/basic_annual_pay", msg("question.work_accident.basic_annual_pay"));
    return std::optional<core::Money>{};
  }
  SECU_TRY(std::optional<std::int64_t> days, covered(b.integer(kDaysPerYear, s.key), s.key, b));
  if (!days) return std::optional<core::Money>{};
  const core::Money basic = *f.average_daily_pay * *days;
  SECU_RETURN_IF_ERROR(b.reason("work_accident.allowance_amount", Message{"work_accident.reason.basic_from_daily",
      {{"daily", *f.average_daily_pay}, {"days", *days}, {"basic", basic}}}));
  SECU_RETURN_IF_ERROR(ceiling_reason(b));
  return std::optional<core::Money>(basic);
}

}  // namespace secu::rules::work_accidents

// Seed 004 ch. IV: "You must have paid a minimum amount of contributions (in the current
// or in the previous year) to be entitled to benefits in kind. The minimum is € 4,505.46
// (up to 21 years of age) and € 6,007.28 (21 years and older). There is also a qualifying
// period of six months with 120 days of actual work or assimilated periods. For maternity
// benefit, one must also have paid contributions for six months."
//
// The contributions of a year are facts (persons[].contributions_paid); without them the
// fund's answer persons[].insurance.contributions_sufficient is used. The six months of
// contributions are those of the qualifying period; an insured_since later than six months
// before the start contradicts them.
#include "rules/maternity/eligibility.h"

#include <fmt/format.h>

namespace secu::rules::maternity {

using core::Date;
using core::Money;
using core::YearMonth;
using explain::Message;

namespace {

constexpr const char* kMinimum = "contributions.health_insurance.minimum_annual_contributions";
constexpr const char* kMonths = "maternity.eligibility.qualifying_period_months";
constexpr const char* kDays = "maternity.eligibility.qualifying_work_days";
constexpr const char* kContributionMonths = "maternity.eligibility.contribution_months";

const YearAmount* paid_in(const Person& p, int year) {
  for (const auto& y : p.contributions_paid)
    if (y.year == year) return &y;
  return nullptr;
}

core::Result<Check> contributions_fallback(const Person& p, int year, DecisionBuilder& b) {
  const auto& c = p.insurance.contributions_sufficient;
  if (!c) {
    b.missing(p.pointer("/contributions_paid"), Message{"question.contributions_paid", {{"year", std::int64_t{year}}, {"previous", std::int64_t{year - 1}}}});
    return Check::unknown;
  }
  SECU_RETURN_IF_ERROR(b.reason("maternity.contributions", msg(*c ? "maternity.reason.contributions_recorded" : "maternity.reason.contributions_missing")));
  return *c ? Check::met : Check::not_met;
}

// "in the current or in the previous year": either year at or above the minimum for the
// person's age at the start.
core::Result<Check> contributions(const Person& p, Date start, DecisionBuilder& b) {
  const int year = start.year();
  const YearAmount* cur = paid_in(p, year);
  const YearAmount* prev = paid_in(p, year - 1);
  if (!cur && !prev) return contributions_fallback(p, year, b);
  if (!p.birth_date) {
    b.missing(p.pointer("/birth_date"), msg("question.birth_date"));
    return Check::unknown;
  }
  const int age = core::age_on(*p.birth_date, start);
  SECU_TRY(Money minimum, b.money_on_scale(kMinimum, start, Money::from_euros(age)));
  b.step("age_at_start", std::to_string(age));
  for (const YearAmount* y : {cur, prev}) {
    if (!y || y->amount < minimum) continue;
    SECU_RETURN_IF_ERROR(b.reason("maternity.contributions", Message{"maternity.reason.contributions_ok",
        {{"year", std::int64_t{y->year}}, {"amount", y->amount}, {"minimum", minimum}, {"age", std::int64_t{age}}}}));
    return Check::met;
  }
  if (!cur || !prev) {
    b.missing(p.pointer("/contributions_paid"), Message{"question.contributions_paid", {{"year", std::int64_t{year}}, {"previous", std::int64_t{year - 1}}}});
    return Check::unknown;
  }
  SECU_RETURN_IF_ERROR(b.reason("maternity.contributions", Message{"maternity.reason.contributions_short",
      {{"year", std::int64_t{year}}, {"previous", std::int64_t{year - 1}}, {"minimum", minimum}, {"age", std::int64_t{age}}}}));
  return Check::not_met;
}

// "a qualifying period of six months with 120 days of actual work or assimilated periods"
core::Result<Check> qualifying_period(const Person& p, Date start, DecisionBuilder& b) {
  if (p.insurance.waiting_period_completed.value_or(false)) {
    SECU_RETURN_IF_ERROR(b.reason("maternity.qualifying_period", msg("maternity.reason.qualifying_recorded")));
    return Check::met;
  }
  SECU_TRY(std::int64_t months, b.integer(kMonths, start));
  SECU_TRY(std::int64_t days, b.integer(kDays, start));
  const YearMonth last = YearMonth::of(start).plus(-1);
  const YearMonth first = last.plus(-static_cast<int>(months) + 1);
  std::int64_t worked = 0;
  int listed = 0;
  for (const auto& m : p.work_months) {
    if (m.month < first || last < m.month) continue;
    worked += m.days;
    ++listed;
  }
  b.step("maternity_work_days", fmt::format("{} days in {}..{}", worked, first.text(), last.text()));
  const Message m{"maternity.reason.qualifying", {{"days", worked}, {"required", days}, {"months", months},
                  {"from", first.first_day()}, {"to", last.last_day()}}};
  if (worked >= days) {
    SECU_RETURN_IF_ERROR(b.reason("maternity.qualifying_period", m));
    return Check::met;
  }
  if (listed < months) {
    b.missing(p.pointer("/work_months"), Message{"question.work_months", {{"from", first.first_day()}, {"to", last.last_day()}}});
    return Check::unknown;
  }
  SECU_RETURN_IF_ERROR(b.reason("maternity.qualifying_period", Message{"maternity.reason.qualifying_short", m.args}));
  return Check::not_met;
}

// "one must also have paid contributions for six months": refused only when the person was
// insured for less than that.
core::Result<Check> contribution_months(const Person& p, Date start, DecisionBuilder& b) {
  if (!p.insurance.insured_since) return Check::met;
  SECU_TRY(std::int64_t months, b.integer(kContributionMonths, start));
  const Date needed = core::add_months(start, -static_cast<int>(months), core::EndOfMonth::clamp);
  if (*p.insurance.insured_since <= needed) return Check::met;
  SECU_RETURN_IF_ERROR(b.reason("maternity.contribution_months", Message{"maternity.reason.insured_short",
      {{"since", *p.insurance.insured_since}, {"months", months}, {"needed", needed}}}));
  return Check::not_met;
}

}  // namespace

Check to_check(explain::Status s) {
  switch (s) {
    case explain::Status::entitled: return Check::met;
    case explain::Status::not_entitled: return Check::not_met;
    default: return Check::unknown;
  }
}

core::Result<Check> insurance_conditions(const Person& p, Date start, DecisionBuilder& b) {
  Conditions all;
  SECU_TRY(Check c1, contributions(p, start, b));
  SECU_TRY(Check c2, qualifying_period(p, start, b));
  SECU_TRY(Check c3, contribution_months(p, start, b));
  for (Check c : {c1, c2, c3}) all.add(c);
  return to_check(all.status());
}

}  // namespace secu::rules::maternity

// Seed 004 ch. III: "All workers bound by a labour contract and categories assimilated
// thereto, are entitled to sickness benefits, if: they are registered with a health
// insurance fund with proof of payment of minimum amount to contributions; they have
// worked for 120 days within the six calendar months before being certified ill […];
// they are certified as being unable to work."
// Seed 002 (the later law): "a waiting period of 12 months as an insured employee […]
// the minimum working volume is 180 workdays"; "there must not be a gap of more than 30
// days between the date you became incapacitated for work and the last day you were
// insured as an employee"; periods in another EU country count.
#include "rules/sickness/eligibility.h"

#include <fmt/format.h>

namespace secu::rules::sickness {

using core::Date;
using core::YearMonth;
using explain::Message;

namespace {

constexpr const char* kMonths = "sickness.employee.waiting_period.months";
constexpr const char* kDays = "sickness.employee.waiting_period.work_days";
constexpr const char* kHours = "sickness.employee.waiting_period.part_time_hours";
constexpr const char* kInsuredMonths = "sickness.employee.waiting_period.insured_months";
constexpr const char* kGap = "sickness.employee.max_gap_days";

core::Result<Check> contributions(const Person& p, DecisionBuilder& b) {
  const auto& c = p.insurance.contributions_sufficient;
  if (!c) {
    b.missing(p.pointer("/insurance/contributions_sufficient"), msg("question.contributions_sufficient"));
    return Check::unknown;
  }
  SECU_RETURN_IF_ERROR(b.reason("sickness.employee.registered", msg(*c ? "sickness.reason.contributions_ok" : "sickness.reason.contributions_missing")));
  return *c ? Check::met : Check::not_met;
}

struct WorkCount {
  std::int64_t days = 0;
  std::int64_t hours = 0;
  int months_listed = 0;
  bool foreign = false;
};

WorkCount count_work(const Person& p, YearMonth from, YearMonth to) {
  WorkCount w;
  for (const auto& m : p.work_months) {
    if (m.month < from || to < m.month) continue;
    w.days += m.days;
    w.hours += m.hours;
    ++w.months_listed;
    if (!m.country.empty() && m.country != "BE") w.foreign = true;
  }
  return w;
}

// "they have worked for 120 days within the six calendar months before being certified
// ill" (004); "a waiting period of 12 months […] 180 workdays" (002); part-time workers
// may count hours instead (400 h in 6 months, later 800 h in 12 months).
core::Result<Check> work_volume(const Person& p, const Incapacity& inc, const char* cite, DecisionBuilder& b) {
  const Date s = inc.start;
  SECU_TRY(std::int64_t months, b.integer(kMonths, s));
  SECU_TRY(std::int64_t days, b.integer(kDays, s));
  SECU_TRY(std::int64_t hours, b.integer(kHours, s));
  const YearMonth last = YearMonth::of(s).plus(-1);
  const YearMonth first = last.plus(-static_cast<int>(months) + 1);
  const WorkCount w = count_work(p, first, last);
  b.step("work_days_in_reference_period", fmt::format("{} days, {} hours in {}..{}", w.days, w.hours, first.text(), last.text()));
  const Message m{"sickness.reason.work_volume", {{"days", w.days}, {"hours", w.hours}, {"required_days", days},
                  {"required_hours", hours}, {"from", first.first_day()}, {"to", last.last_day()}}};
  if (w.days >= days || w.hours >= hours) {
    SECU_RETURN_IF_ERROR(b.reason(cite, m));
    if (w.foreign) SECU_RETURN_IF_ERROR(b.reason("sickness.employee.eu_periods", msg("sickness.reason.eu_periods")));
    return Check::met;
  }
  if (w.months_listed < months) {
    b.missing(p.pointer("/work_months"), Message{"question.work_months", {{"from", first.first_day()}, {"to", last.last_day()}}});
    return Check::unknown;
  }
  SECU_RETURN_IF_ERROR(b.reason(cite, Message{"sickness.reason.work_volume_short", m.args}));
  return Check::not_met;
}

// "you must be able to prove that you have completed a waiting period of 12 months as an
// insured employee" (002; in data/ from 2017-05-01).
core::Result<Check> insured_long_enough(const Person& p, const Incapacity& inc, DecisionBuilder& b) {
  auto months = b.integer(kInsuredMonths, inc.start);
  if (!months) {
    if (months.error().code == core::ErrorCode::out_of_range) return Check::met;  // the 2013 law has no such condition
    return std::unexpected(months.error());
  }
  const auto& since = p.insurance.insured_since;
  if (!since) {
    b.missing(p.pointer("/insurance/insured_since"), msg("question.insured_since"));
    return Check::unknown;
  }
  const Date needed = core::add_months(inc.start, -static_cast<int>(*months), core::EndOfMonth::clamp);
  const bool ok = *since <= needed;
  SECU_RETURN_IF_ERROR(b.reason("sickness.employee.waiting_period.2017",
                                Message{ok ? "sickness.reason.insured_ok" : "sickness.reason.insured_short",
                                        {{"since", *since}, {"months", *months}, {"needed", needed}}}));
  return ok ? Check::met : Check::not_met;
}

core::Result<Check> waiting_period(const Person& p, const Incapacity& inc, DecisionBuilder& b) {
  if (p.insurance.waiting_period_completed.value_or(false)) {
    SECU_RETURN_IF_ERROR(b.reason("sickness.employee.waiting_period.2017", msg("sickness.reason.waiting_recorded")));
    return Check::met;
  }
  SECU_TRY(Check insured, insured_long_enough(p, inc, b));
  const bool later = b.ctx().law.params().at(kInsuredMonths, inc.start).has_value();
  SECU_TRY(Check volume, work_volume(p, inc, later ? "sickness.employee.work_volume.2017" : "sickness.employee.work_volume", b));
  if (insured == Check::not_met || volume == Check::not_met) return Check::not_met;
  if (insured == Check::unknown || volume == Check::unknown) return Check::unknown;
  return Check::met;
}

// "there must not be a gap of more than 30 days between the date you became
// incapacitated for work and the last day you were insured as an employee" (002).
core::Result<Check> gap(const Person& p, const Incapacity& inc, DecisionBuilder& b) {
  auto max_gap = b.integer(kGap, inc.start);
  if (!max_gap) {
    if (max_gap.error().code == core::ErrorCode::out_of_range) return Check::met;  // not in the 2013 text
    return std::unexpected(max_gap.error());
  }
  if (p.insurance.still_insured.value_or(false)) return Check::met;
  if (!p.insurance.last_insured_day) {
    b.missing(p.pointer("/insurance/last_insured_day"), msg("question.last_insured_day"));
    return Check::unknown;
  }
  const std::int32_t days = std::max(0, inc.start - *p.insurance.last_insured_day);
  b.step("days_since_last_insured_day", std::to_string(days));
  const bool ok = days <= *max_gap;
  SECU_RETURN_IF_ERROR(b.reason("sickness.employee.gap", Message{ok ? "sickness.reason.gap_ok" : "sickness.reason.gap_too_long",
                                                                 {{"days", std::int64_t{days}}, {"max", *max_gap}}}));
  return ok ? Check::met : Check::not_met;
}

}  // namespace

core::Result<Check> certified(const Incapacity& inc, DecisionBuilder& b) {
  if (!inc.certified) {
    b.missing(inc.pointer("/certified"), msg("question.certified"));
    return Check::unknown;
  }
  SECU_RETURN_IF_ERROR(b.reason("sickness.certified", msg(*inc.certified ? "sickness.reason.certified" : "sickness.reason.not_certified")));
  return *inc.certified ? Check::met : Check::not_met;
}

core::Result<Check> employee_eligibility(const Person& p, const Incapacity& inc, DecisionBuilder& b) {
  Conditions all;
  SECU_TRY(Check c1, contributions(p, b));
  SECU_TRY(Check c2, waiting_period(p, inc, b));
  SECU_TRY(Check c3, gap(p, inc, b));
  SECU_TRY(Check c4, certified(inc, b));
  for (Check c : {c1, c2, c3, c4}) all.add(c);
  switch (all.status()) {
    case explain::Status::entitled: return Check::met;
    case explain::Status::not_entitled: return Check::not_met;
    default: return Check::unknown;
  }
}

}  // namespace secu::rules::sickness

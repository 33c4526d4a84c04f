// The sickness branch: one decision per incapacity, and the hand-over to invalidity.
//
// Seed 004 ch. III: "If you are still unable to work after a year, you will be entitled to
// invalidity benefit". Seed 002: "If you are still incapacitated for work after 1 year,
// your sickness benefit is converted into a disability benefit." The sickness schedule
// stops on the day before the hand-over; rules/invalidity/ decides from that day on, and
// the allowance for the help of a third person (from the 4th month) across both.
#include "rules/sickness/sickness.h"

#include <algorithm>

#include "rules/invalidity/invalidity.h"
#include "rules/sickness/benefit.h"
#include "rules/sickness/certificate.h"
#include "rules/sickness/eligibility.h"
#include "rules/sickness/employer.h"
#include "rules/sickness/self_employed.h"

namespace secu::rules::sickness {

using core::Date;
using core::DayRange;
using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

core::Result<Date> handover_date(const Incapacity& inc, DecisionBuilder& b) {
  SECU_TRY(std::int64_t years, b.integer("sickness.primary_period.years", inc.start));
  return core::add_years(inc.start, static_cast<int>(years), core::EndOfMonth::clamp);
}

// Says, when the incapacity reaches it, that the schedule goes on as an invalidity benefit.
core::Status handover_reason(const Incapacity& inc, Date handover, DecisionBuilder& b) {
  if (inc.end && *inc.end < handover) return {};
  SECU_TRY(auto year, b.ctx().law.params().at("sickness.primary_period.years", inc.start));
  b.reason_from(*year.entry, "sickness.primary_period.years", Message{"sickness.reason.handover", {{"from", handover}}});
  return {};
}

void add_amounts(DecisionBuilder& b) {
  auto& d = b.decision();
  for (const auto& pd : d.schedule) {
    if (pd.payer == "employer" || !pd.amount_known) continue;
    d.amounts.push_back({"daily_benefit", msg("amount.first_daily_benefit"), pd.amount, explain::Per::day, pd.at_least});
    break;
  }
}

core::Result<Decision> employee(const Person& p, const Incapacity& inc, DecisionBuilder b) {
  b.institution(fund_of(p));
  SECU_TRY(Check eligible, employee_eligibility(p, inc, b));
  SECU_TRY(Date handover, handover_date(inc, b));
  SECU_RETURN_IF_ERROR(handover_reason(inc, handover, b));
  const Date last = std::min(inc.end.value_or(handover - 1), handover - 1);
  SECU_TRY(EmployerPart employer, guaranteed_salary(p, inc, last, b));
  SECU_TRY(LateCertificate late, certificate(p, inc, b));
  auto& schedule = b.decision().schedule;
  schedule = employer.periods;
  if (!p.daily_wage) b.missing(p.pointer("/daily_wage"), msg("question.daily_wage"));
  if (employer.known && eligible == Check::met) {
    SECU_TRY(auto fund, fund_benefit(p, inc.start, {employer.fund_from, last}, late, b));
    schedule.insert(schedule.end(), fund.begin(), fund.end());
  }
  add_amounts(b);
  if (eligible == Check::not_met) return b.finish(Status::not_entitled, msg("sickness.summary.not_entitled"));
  if (eligible == Check::unknown || !employer.known)
    return b.finish(Status::cannot_tell, msg("sickness.summary.cannot_tell"));
  if (inc.end && employer.fund_from > *inc.end)
    return b.finish(Status::entitled, msg("sickness.summary.employer_only"));
  return b.finish(Status::entitled, Message{"sickness.summary.entitled", {{"from", std::max(employer.fund_from, late.unpaid_before.value_or(employer.fund_from))}}});
}

core::Result<Decision> one(const Person& p, const Incapacity& inc, const Context& ctx) {
  const std::string benefit = p.status == WorkStatus::self_employed ? "sickness.self_employed" : "sickness.employee";
  DecisionBuilder b(ctx, benefit, p.id);
  if (!p.status) {
    b.missing(p.pointer("/status"), msg("question.status"));
    return b.finish(Status::cannot_tell, msg("sickness.summary.cannot_tell"));
  }
  auto d = p.status == WorkStatus::self_employed ? self_employed(p, inc, b) : employee(p, inc, b);
  if (d || d.error().code != core::ErrorCode::out_of_range) return d;
  DecisionBuilder gap(ctx, benefit, p.id);  // the law of that date is not in data/
  SECU_RETURN_IF_ERROR(gap.law_gap(d.error(), inc.start));
  return gap.finish(Status::cannot_tell, Message{"sickness.summary.law_not_covered", {{"date", inc.start}}});
}

}  // namespace

core::Result<std::vector<Decision>> evaluate(const Situation& s, const Context& ctx) {
  std::vector<Decision> out;
  for (const auto& inc : s.incapacities) {
    const Person& p = *s.person(inc.person);
    SECU_TRY(Decision d, one(p, inc, ctx));
    const bool entitled = d.status == Status::entitled;
    out.push_back(std::move(d));
    if (!entitled) continue;
    auto years = ctx.law.params().integer("sickness.primary_period.years", inc.start);
    if (!years) continue;
    const Date from = core::add_years(inc.start, static_cast<int>(years->value), core::EndOfMonth::clamp);
    if (!inc.end || *inc.end >= from) {
      SECU_TRY(Decision h, invalidity::after_sickness(p, inc, from, ctx));
      out.push_back(std::move(h));
    }
    SECU_TRY(auto help, invalidity::third_party_help(p, inc, from, ctx));
    if (help) out.push_back(std::move(*help));
  }
  return out;
}

}  // namespace secu::rules::sickness

// Seed 004 ch. IV: "Both parents are entitled to adoption leave in the case of adoption of
// a child." The guide gives no length or pay; data/ has them from mutualities' pages: 6
// weeks for a child under 3 and 4 weeks from 3 to 8 (before 2019), 6 weeks for any minor
// child from 2019-01-01, plus weeks shared between the two adoptive parents (1 in 2019, 2
// from 2021, 3 from 2023, 4 from 2025); the leave begins within 2 months of the child's
// registration; the employer pays the first 3 days, the fund 82 % of the capped wage
// (unmn-lnz.be). A figure missing for the date makes that part "cannot tell".
#include "rules/maternity/adoption.h"

#include "rules/maternity/eligibility.h"
#include "rules/maternity/leave_pay.h"
#include "rules/sickness/employer.h"

namespace secu::rules::maternity {

using core::Date;
using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kWeeks = "maternity.adoption.weeks";
constexpr const char* kExtension = "maternity.adoption.extension_weeks";
constexpr const char* kWithin = "maternity.adoption.start_within_months";
const LeavePayIds kPay{"maternity.adoption.employer_paid_days", "maternity.adoption.employer_rate", "maternity.adoption.benefit_rate"};

// The base weeks for the child's age, or none when the child is too old for the leave.
core::Result<std::optional<std::int64_t>> base_weeks(int age, Date key, DecisionBuilder& b) {
  SECU_TRY(auto version, b.ctx().law.params().at(kWeeks, key));  // out_of_range: the law of that date is not in data/
  auto n = b.ctx().law.params().number_on_scale(kWeeks, key, law::Number::from_micro(std::int64_t{age} * law::Number::kScale));
  if (!n) {
    if (n.error().code != core::ErrorCode::out_of_range) return std::unexpected(n.error());
    b.reason_from(*version.entry, kWeeks, Message{"adoption.reason.child_too_old", {{"age", std::int64_t{age}}}});
    return std::optional<std::int64_t>{};
  }
  SECU_TRY(std::int64_t weeks, n->value.integer());
  b.step(std::string(kWeeks), std::to_string(weeks) + " weeks for a child of " + std::to_string(age));
  b.reason_from(*version.entry, kWeeks, Message{"adoption.reason.weeks", {{"weeks", weeks}, {"age", std::int64_t{age}}}});
  return std::optional<std::int64_t>(weeks);
}

// This parent's share of the additional weeks; none when data/ does not have them.
core::Result<std::optional<std::int64_t>> extension(const Adoption& a, Date key, DecisionBuilder& b) {
  if (a.extension_weeks.value_or(0) == 0) return std::optional<std::int64_t>(0);
  auto most = b.integer(kExtension, key);
  if (!most) {
    SECU_RETURN_IF_ERROR(b.law_gap(most.error(), key));
    return std::optional<std::int64_t>{};
  }
  const std::int64_t taken = std::min<std::int64_t>(*a.extension_weeks, *most);
  SECU_RETURN_IF_ERROR(b.reason("adoption.leave.pay", Message{"adoption.reason.extension", {{"weeks", taken}, {"most", *most}}}));
  return std::optional<std::int64_t>(taken);
}

core::Result<Decision> decide(const Person& p, const Adoption& a, DecisionBuilder b) {
  const std::string fund = sickness::fund_of(p);
  b.institution("employer");
  b.institution(fund);
  SECU_RETURN_IF_ERROR(b.reason("adoption.leave", msg("adoption.reason.both_parents")));
  const Date key = a.leave_start.value_or(a.registered);
  if (!a.child_birth_date) {
    b.missing(a.pointer("/child_birth_date"), msg("question.child_birth_date"));
    return b.finish(Status::cannot_tell, msg("adoption.summary.cannot_tell"));
  }
  const int age = core::age_on(*a.child_birth_date, key);
  SECU_TRY(std::optional<std::int64_t> weeks, base_weeks(age, key, b));
  if (!weeks) return b.finish(Status::not_entitled, msg("adoption.summary.not_entitled"));
  auto within = b.integer(kWithin, a.registered);
  if (within) {
    const Date last = core::add_months(a.registered, static_cast<int>(*within), core::EndOfMonth::clamp) - 1;
    SECU_RETURN_IF_ERROR(b.obligation("adoption.leave.pay", Message{"adoption.obligation.start_within", {{"deadline", last}}}, last, "employer"));
    if (a.leave_start && *a.leave_start > last) {
      SECU_RETURN_IF_ERROR(b.reason("adoption.leave.pay", Message{"adoption.reason.too_late", {{"deadline", last}}}));
      return b.finish(Status::not_entitled, msg("adoption.summary.not_entitled"));
    }
  } else {
    SECU_RETURN_IF_ERROR(b.law_gap(within.error(), a.registered));
  }
  SECU_TRY(std::optional<std::int64_t> extra, extension(a, key, b));
  SECU_TRY(Check eligible, insurance_conditions(p, key, b));
  SECU_TRY(LeavePay pay, leave_pay(p, kPay, key, b));
  if (eligible == Check::not_met) pay.fund_amount.reset();
  add_leave_amounts(pay, b);
  const std::int64_t total = *weeks + extra.value_or(0);
  if (a.leave_start) {
    const Date end = *a.leave_start + static_cast<std::int32_t>(total * 7 - 1);
    auto periods = lay_out(pay, *a.leave_start, core::benefit_days({*a.leave_start, end}), end, fund);
    if (eligible == Check::not_met && periods.size() > 1) periods.pop_back();
    b.decision().schedule = std::move(periods);
  }
  if (eligible == Check::not_met) return b.finish(Status::not_entitled, msg("adoption.summary.not_entitled"));
  if (eligible == Check::unknown || !extra) return b.finish(Status::cannot_tell, msg("adoption.summary.cannot_tell"));
  return b.finish(Status::entitled, Message{"adoption.summary.entitled", {{"weeks", total}}});
}

}  // namespace

core::Result<Decision> adoption_decision(const Situation& s, const Adoption& a, const Context& ctx) {
  const Person& p = *s.person(a.person);
  DecisionBuilder b(ctx, "adoption.leave", p.id);
  if (!p.status) {
    b.missing(p.pointer("/status"), msg("question.status"));
    return b.finish(Status::cannot_tell, msg("adoption.summary.cannot_tell"));
  }
  if (*p.status == WorkStatus::self_employed) {
    SECU_RETURN_IF_ERROR(b.reason("maternity.self_employed", msg("adoption.reason.self_employed")));
    return b.finish(Status::cannot_tell, msg("adoption.summary.self_employed"));
  }
  auto d = decide(p, a, DecisionBuilder(ctx, "adoption.leave", p.id));
  if (d || d.error().code != core::ErrorCode::out_of_range) return d;
  const Date key = a.leave_start.value_or(a.registered);
  DecisionBuilder gap(ctx, "adoption.leave", p.id);  // the law of that date is not in data/
  SECU_RETURN_IF_ERROR(gap.law_gap(d.error(), key));
  return gap.finish(Status::cannot_tell, Message{"adoption.summary.law_not_covered", {{"date", key}}});
}

}  // namespace secu::rules::maternity

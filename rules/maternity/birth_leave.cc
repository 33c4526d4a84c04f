// Seed 004 ch. IV: "Fathers are entitled to ten days paternity leave on the birth of their
// child." Later: 15 days for births from 2021-01-01, 20 from 2023-01-01
// (data/params/maternity/paternity/leave_days.yaml). Federal portal (belgium.be): "Il
// doit prendre ces congés dans un délai de 4 mois après l'accouchement. […] Le père
// conserve sa rémunération complète à charge de l'employeur durant les 3 premiers jours.
// Au cours des 7 jours suivants, il reçoit de sa mutualité une indemnité s'élevant à 82 %
// du salaire brut plafonné." The day of birth is the first day of the four months. The
// fund's part needs the insurance conditions of the maternity benefit; the figures are
// those in force on the day of birth (the expected date before it).
#include "rules/maternity/birth_leave.h"

#include "rules/maternity/eligibility.h"
#include "rules/maternity/leave_pay.h"
#include "rules/sickness/employer.h"

namespace secu::rules::maternity {

using core::Date;
using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kDays = "maternity.paternity.leave_days";
constexpr const char* kWithin = "maternity.paternity.take_within_months";
const LeavePayIds kPay{"maternity.paternity.employer_paid_days", "maternity.paternity.employer_rate", "maternity.paternity.benefit_rate"};

// The last day to take the leave, or none when data/ has no period for that date.
core::Result<std::optional<Date>> last_day(Date born, DecisionBuilder& b) {
  auto months = b.integer(kWithin, born);
  if (!months) {
    SECU_RETURN_IF_ERROR(b.law_gap(months.error(), born));
    return std::optional<Date>{};
  }
  SECU_RETURN_IF_ERROR(b.reason("paternity.birth_leave.pay", Message{"paternity.reason.within", {{"months", *months}}}));
  return std::optional<Date>(core::add_months(born, static_cast<int>(*months), core::EndOfMonth::clamp) - 1);
}

core::Result<Decision> decide(const Person& q, const Birth& birth, DecisionBuilder b) {
  const Date born = birth.delivery.value_or(birth.expected_delivery);
  const std::string fund = sickness::fund_of(q);
  b.institution("employer");
  b.institution(fund);
  SECU_TRY(std::int64_t days, b.integer(kDays, born));
  SECU_TRY(auto version, b.ctx().law.params().at(kDays, born));
  b.reason_from(*version.entry, kDays, Message{"paternity.reason.days", {{"days", days}}});
  SECU_TRY(std::optional<Date> last, last_day(born, b));
  if (last) SECU_RETURN_IF_ERROR(b.obligation("paternity.birth_leave.pay", Message{"paternity.obligation.take_within", {{"deadline", *last}}}, *last, "employer"));
  if (birth.co_parent_leave_start && last && *birth.co_parent_leave_start > *last) {
    SECU_RETURN_IF_ERROR(b.reason("paternity.birth_leave.pay", Message{"paternity.reason.too_late", {{"deadline", *last}}}));
    return b.finish(Status::not_entitled, msg("paternity.summary.too_late"));
  }
  const Date key = birth.co_parent_leave_start.value_or(born);
  SECU_TRY(Check eligible, insurance_conditions(q, key, b));
  SECU_TRY(LeavePay pay, leave_pay(q, kPay, key, b));
  if (pay.employer_days)
    SECU_RETURN_IF_ERROR(b.reason("paternity.birth_leave.pay", Message{"paternity.reason.pay", {{"employer_days", std::int64_t{*pay.employer_days}},
        {"fund_days", days - *pay.employer_days}}}));
  if (eligible == Check::not_met) pay.fund_amount.reset();
  add_leave_amounts(pay, b);
  if (birth.co_parent_leave_start) {
    auto periods = lay_out(pay, *birth.co_parent_leave_start, static_cast<int>(days), std::nullopt, fund);
    if (eligible == Check::not_met && periods.size() > 1) periods.pop_back();  // the fund pays nothing
    b.decision().schedule = std::move(periods);
  }
  if (eligible == Check::not_met) return b.finish(Status::not_entitled, msg("paternity.summary.employer_only"));
  if (eligible == Check::unknown) return b.finish(Status::cannot_tell, msg("paternity.summary.cannot_tell"));
  return b.finish(Status::entitled, Message{"paternity.summary.entitled", {{"days", days}}});
}

}  // namespace

core::Result<std::optional<Decision>> birth_leave_decision(const Situation& s, const Birth& birth, const Context& ctx) {
  if (!birth.co_parent) return std::optional<Decision>{};
  const Person& q = *s.person(*birth.co_parent);
  const Date born = birth.delivery.value_or(birth.expected_delivery);
  DecisionBuilder b(ctx, "paternity.birth_leave", q.id);
  if (!q.status) {
    b.missing(q.pointer("/status"), msg("question.status_co_parent"));
    return std::optional<Decision>(b.finish(Status::cannot_tell, msg("paternity.summary.cannot_tell")));
  }
  if (*q.status == WorkStatus::self_employed) {
    SECU_RETURN_IF_ERROR(b.reason("maternity.self_employed", msg("paternity.reason.self_employed")));
    return std::optional<Decision>(b.finish(Status::cannot_tell, msg("paternity.summary.self_employed")));
  }
  auto d = decide(q, birth, DecisionBuilder(ctx, "paternity.birth_leave", q.id));
  if (d) return std::optional<Decision>(std::move(*d));
  if (d.error().code != core::ErrorCode::out_of_range) return std::unexpected(d.error());
  DecisionBuilder gap(ctx, "paternity.birth_leave", q.id);  // the law of that date is not in data/
  SECU_RETURN_IF_ERROR(gap.law_gap(d.error(), born));
  return std::optional<Decision>(gap.finish(Status::cannot_tell, Message{"paternity.summary.law_not_covered", {{"date", born}}}));
}

}  // namespace secu::rules::maternity

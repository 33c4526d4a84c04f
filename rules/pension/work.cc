#include "rules/pension/work.h"

#include "rules/pension/figures.h"

namespace secu::rules::pension {

using core::Date;
using core::Money;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kLimit = "pension.work.earnings_limit";
constexpr const char* kLimitAge = "pension.work.earnings_limit_age";

// "Before beginning work as a pensioner you must notify the National Pension Office ... by
// registered letter", and the employer: by the day before the work (or the pension) begins.
core::Status notices(const WorkWhileRetired& w, std::optional<Date> start, DecisionBuilder& b) {
  std::optional<Date> begins = w.start;
  if (begins && start && *begins < *start) begins = start;  // work going on when the pension starts
  const std::optional<Date> by = begins ? std::optional<Date>(*begins - 1) : std::nullopt;
  SECU_RETURN_IF_ERROR(b.obligation("pension.work.notify_onp", msg("pension.obligation.notify_onp"), by, "onp"));
  if (w.status == RetiredWork::employee || !w.status)
    SECU_RETURN_IF_ERROR(b.obligation("pension.work.inform_employer", msg("pension.obligation.inform_employer"), by, "employer"));
  return {};
}

struct Limits {
  Figure<Money> without_child;
  Figure<Money> with_child;
  Date birthday;  // the day the limit stops (65th birthday)
};

// One year's earnings against the limit.
core::Result<Check> year_check(const RetiredEarnings& e, const Limits& l, const PensionClaim& c, Date start, DecisionBuilder& b) {
  if (e.year < start.year()) {
    b.reason_from(*l.without_child.entry, kLimit, Message{"pension.reason.work_before_start", {{"year", std::int64_t{e.year}}}});
    return Check::met;
  }
  SECU_TRY(Date jan1, Date::from_ymd(e.year, 1, 1));
  SECU_TRY(Date dec31, Date::from_ymd(e.year, 12, 31));
  if (jan1 >= l.birthday) {
    b.reason_from(*l.without_child.entry, kLimitAge, Message{"pension.reason.work_no_limit", {{"year", std::int64_t{e.year}}, {"date", l.birthday}}});
    return Check::met;
  }
  const bool child_known = c.child_dependent.has_value();
  const Figure<Money>& limit = c.child_dependent.value_or(false) ? l.with_child : l.without_child;
  if (e.amount <= limit.value) {
    b.reason_from(*limit.entry, kLimit, Message{"pension.reason.work_within", {{"year", std::int64_t{e.year}}, {"earnings", e.amount}, {"limit", limit.value}}});
    return Check::met;
  }
  if (!child_known && e.amount <= l.with_child.value) {
    b.missing(c.pointer("/child_dependent"), msg("question.pension_child_dependent"));
    return Check::unknown;
  }
  if (dec31 >= l.birthday) {
    b.reason_from(*limit.entry, kLimit, Message{"pension.reason.work_birthday_year", {{"year", std::int64_t{e.year}}, {"earnings", e.amount}, {"limit", limit.value}, {"date", l.birthday}}});
    return Check::unknown;
  }
  b.reason_from(*limit.entry, kLimit, Message{"pension.reason.work_above", {{"year", std::int64_t{e.year}}, {"earnings", e.amount}, {"limit", limit.value}}});
  return Check::not_met;
}

core::Result<explain::Decision> decide(const Person& p, const PensionClaim& c, std::optional<Date> start, DecisionBuilder& b) {
  const WorkWhileRetired& w = *c.work;
  SECU_RETURN_IF_ERROR(notices(w, start, b));
  if (!w.status) {
    b.missing(c.pointer("/work_while_retired/status"), msg("question.pension_work_status"));
    return b.finish(Status::cannot_tell, msg("pension.summary.work_cannot_tell"));
  }
  if (*w.status == RetiredWork::self_employed) {
    SECU_RETURN_IF_ERROR(b.reason("pension.work.self_employed", msg("pension.reason.work_self_employed")));
    return b.finish(Status::cannot_tell, msg("pension.summary.work_self_employed"));
  }
  if (!start || !p.birth_date) return b.finish(Status::cannot_tell, msg("pension.summary.work_no_start"));
  SECU_TRY(auto without, covered(money_in(b, kLimit, *start, "no_dependent_child"), *start, b));
  SECU_TRY(auto with, covered(money_in(b, kLimit, *start, "dependent_child"), *start, b));
  SECU_TRY(auto age, covered(age_in_months(b, kLimitAge, *start), *start, b));
  if (!without || !with || !age) return b.finish(Status::cannot_tell, Message{"pension.summary.work_law_not_covered", {{"start", *start}}});
  const Limits l{*without, *with, reaching(*p.birth_date, age->value)};
  auto& amounts = b.decision().amounts;
  if (c.child_dependent != true) amounts.push_back({"earnings_limit", msg("amount.pension_earnings_limit"), l.without_child.value, explain::Per::year, false});
  if (c.child_dependent != false) amounts.push_back({"earnings_limit_child", msg("amount.pension_earnings_limit_child"), l.with_child.value, explain::Per::year, false});
  if (w.earnings.empty()) {
    b.missing(c.pointer("/work_while_retired/earnings"), msg("question.pension_work_earnings"));
    return b.finish(Status::cannot_tell, Message{"pension.summary.work_limit", {{"limit", c.child_dependent == true ? l.with_child.value : l.without_child.value}}});
  }
  Check all = Check::met;
  for (const auto& e : w.earnings) {
    SECU_TRY(Check one, year_check(e, l, c, *start, b));
    if (one == Check::not_met || all == Check::not_met) all = Check::not_met;
    else if (one == Check::unknown) all = Check::unknown;
  }
  if (all == Check::not_met) b.reason_from(*l.without_child.entry, kLimit, msg("pension.reason.work_effect_unknown"));
  const char* summary = all == Check::met ? "pension.summary.work_authorised" : all == Check::not_met ? "pension.summary.work_not_authorised"
                                                                                                       : "pension.summary.work_cannot_tell";
  return b.finish(status_of(all), msg(summary));
}

}  // namespace

core::Result<explain::Decision> work_decision(const Person& p, const PensionClaim& c, std::optional<Date> start, const Context& ctx) {
  DecisionBuilder b(ctx, "pension.work_while_retired", p.id);
  b.decision().subject = c.pointer("/work_while_retired");
  b.institution("onp");
  if (c.work->status != RetiredWork::self_employed) b.institution("employer");
  return decide(p, c, start, b);
}

}  // namespace secu::rules::pension

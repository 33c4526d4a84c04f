#include "rules/survivors/spouse.h"

#include "rules/survivors/amount.h"
#include "rules/survivors/common.h"
#include "rules/survivors/conditions.h"

namespace secu::rules::survivors {

using core::Date;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kReplacementMonths = "survivors.cumulation.replacement_income_max_months";
constexpr const char* kGrantMonths = "survivors.transition.grant_months";
constexpr const char* kDeadlineMonths = "survivors.transition.application_deadline_months";

// What the pension decision found, for the tide-over pension.
struct Outcome {
  Status status = Status::cannot_tell;
  bool age_only = false;  // not entitled only because of the age condition
};

// "you will receive a survivor's pension for up to 12 months if you are already receiving
// sickness, invalidity or involuntary unemployment benefit ... or ... company supplement"
core::Result<std::optional<Date>> replacement_end(const Death& d, Date start, Check& ok, DecisionBuilder& b) {
  if (!d.replacement_income) {
    b.missing(d.pointer("/replacement_income"), msg("question.survivors_replacement_income"));
    ok = both(ok, Check::unknown);
    return std::optional<Date>{};
  }
  if (!*d.replacement_income) return std::optional<Date>{};
  SECU_TRY(auto months, b.integer(kReplacementMonths, start));
  const Date end = core::add_months(start, static_cast<int>(months), core::EndOfMonth::clamp) - 1;
  SECU_RETURN_IF_ERROR(b.reason("survivors.replacement_income", Message{"survivors.reason.replacement_income", {{"months", months}, {"end", end}}}));
  return std::optional<Date>(end);
}

// The registered letters before working as a pensioner (under the age limit, earning).
core::Status work_letters(const Death& d, DecisionBuilder& b) {
  if (!d.earnings_yearly || *d.earnings_yearly == core::Money{}) return {};
  SECU_RETURN_IF_ERROR(b.obligation("survivors.work_notice", msg("survivors.obligation.notify_onp"), std::nullopt, "onp"));
  return b.obligation("survivors.work_notice", msg("survivors.obligation.inform_employer"), std::nullopt, "employer");
}

core::Result<Outcome> pension_decision(const Situation& s, const Death& d, DecisionBuilder b, std::vector<explain::Decision>& out) {
  const Person& survivor = *s.person(d.survivor);
  const Person& deceased = *s.person(d.person);
  SECU_RETURN_IF_ERROR(b.reason("survivors.spouse", msg("survivors.reason.spouse")));
  const Date start = pension_start(d);
  SECU_RETURN_IF_ERROR(b.reason("survivors.start", Message{"survivors.reason.start", {{"start", start}}}));
  SECU_TRY(Check employee, deceased_employee(deceased, b));
  SECU_TRY(Check age, age_condition(d, survivor, b));
  SECU_TRY(Check marriage, marriage_condition(d, b));
  SECU_TRY(Check single, not_remarried(d, b));
  SECU_TRY(Check work, authorised_work(d, survivor, start, b));
  const Check others = both(both(employee, marriage), both(single, work));
  Check ok = both(age, others);
  if (ok == Check::not_met) {
    out.push_back(b.finish(Status::not_entitled, msg("survivors.summary.pension_not_entitled")));
    return Outcome{Status::not_entitled, age == Check::not_met && others != Check::not_met};
  }
  SECU_TRY(auto end, replacement_end(d, start, ok, b));
  SECU_TRY(Check paid, lay_out_amount(deceased, d, start, end, b));
  ok = both(ok, paid);
  if (ok == Check::not_met) {
    out.push_back(b.finish(Status::not_entitled, msg("survivors.summary.pension_not_entitled")));
    return Outcome{Status::not_entitled, false};
  }
  SECU_RETURN_IF_ERROR(application(d, std::nullopt, b));
  SECU_RETURN_IF_ERROR(work_letters(d, b));
  SECU_RETURN_IF_ERROR(b.reason("survivors.payment", msg("survivors.reason.payment")));
  const Status status = ok == Check::met ? Status::entitled : Status::cannot_tell;
  out.push_back(b.finish(status, entitled_summary(b.decision(), status, "pension")));
  return Outcome{status, false};
}

core::Result<explain::Decision> tide_over(const Situation& s, const Death& d, const Outcome& o, DecisionBuilder b) {
  if (o.status == Status::entitled) {
    SECU_RETURN_IF_ERROR(b.reason("survivors.tide_over", msg("survivors.reason.tide_over_pension_instead")));
    return b.finish(Status::not_entitled, msg("survivors.summary.tide_over_pension_instead"));
  }
  if (o.status == Status::cannot_tell) {
    SECU_RETURN_IF_ERROR(b.reason("survivors.tide_over", msg("survivors.reason.tide_over_depends")));
    return b.finish(Status::cannot_tell, msg("survivors.summary.tide_over_cannot_tell"));
  }
  if (!o.age_only) {
    SECU_RETURN_IF_ERROR(b.reason("survivors.tide_over", msg("survivors.reason.tide_over_only_age")));
    return b.finish(Status::not_entitled, msg("survivors.summary.tide_over_not_entitled"));
  }
  SECU_RETURN_IF_ERROR(b.reason("survivors.tide_over", msg("survivors.reason.tide_over_age")));
  const Date start = pension_start(d);
  SECU_TRY(auto months, b.integer(kGrantMonths, start));
  SECU_TRY(auto deadline_months, b.integer(kDeadlineMonths, d.date));
  const Date end = core::add_months(start, static_cast<int>(months), core::EndOfMonth::clamp) - 1;
  const Date deadline = core::add_months(d.date, static_cast<int>(deadline_months), core::EndOfMonth::clamp);
  SECU_RETURN_IF_ERROR(b.reason("survivors.tide_over", Message{"survivors.reason.tide_over_period", {{"months", months}, {"start", start}, {"end", end}}}));
  if (d.deceased_retired != true && d.application_date && *d.application_date > deadline) {
    SECU_RETURN_IF_ERROR(b.reason("survivors.tide_over_application", Message{"survivors.reason.tide_over_late",
        {{"applied", *d.application_date}, {"deadline", deadline}}}));
    return b.finish(Status::not_entitled, msg("survivors.summary.tide_over_late"));
  }
  SECU_TRY(Check paid, lay_out_amount(*s.person(d.person), d, start, end, b));
  if (paid == Check::not_met) return b.finish(Status::not_entitled, msg("survivors.summary.tide_over_not_entitled"));
  SECU_RETURN_IF_ERROR(b.reason("survivors.tide_over_amount", msg("survivors.reason.tide_over_amount")));
  SECU_RETURN_IF_ERROR(application(d, deadline, b));
  const Status status = paid == Check::met ? Status::entitled : Status::cannot_tell;
  return b.finish(status, entitled_summary(b.decision(), status, "tide_over"));
}

}  // namespace

core::Result<std::vector<explain::Decision>> spouse_decisions(const Situation& s, const Death& d, const Context& ctx) {
  std::vector<explain::Decision> out;
  auto r = pension_decision(s, d, builder(ctx, d, "survivors.pension"), out);
  if (!r) {
    SECU_TRY(explain::Decision gap, gap_decision(r.error(), ctx, d, "survivors.pension"));
    out.push_back(std::move(gap));
    return out;
  }
  auto t = tide_over(s, d, *r, builder(ctx, d, "survivors.tide_over"));
  if (!t) {
    SECU_TRY(explain::Decision gap, gap_decision(t.error(), ctx, d, "survivors.tide_over"));
    out.push_back(std::move(gap));
    return out;
  }
  out.push_back(std::move(*t));
  return out;
}

}  // namespace secu::rules::survivors

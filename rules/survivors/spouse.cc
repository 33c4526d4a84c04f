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
constexpr const char* kMinAge = "survivors.eligibility.min_age";
constexpr const char* kMiner = "survivors.eligibility.miner_years";
constexpr const char* kMaintainedAge = "survivors.transition.maintained_age_limit";
constexpr const char* kMaintainedMonths = "survivors.transition.maintained_max_months";
constexpr const char* kReducedAfter = "survivors.transition.reduced_after_months";

// What the pension decision found, for the tide-over pension.
struct Outcome {
  Status status = Status::cannot_tell;
  bool age_only = false;               // not entitled only because of the age condition
  std::optional<Date> maintained_from;  // the pension stopped with the child's dependence, under 45
};

// The last day of the survivor's pension when the survivor was under the age at the death
// and qualified through a dependent child only, and the child stops being dependent while
// the survivor is still under the age limit of the maintained pension: the end of that
// month ("The pension can also be maintained over a maximum of 12 months when, being under
// 45, the surviving spouse does not qualify any more for the early grant of a survivor's
// pension."). nullopt: the pension does not stop on that ground.
core::Result<std::optional<Date>> child_end(const Death& d, const Person& survivor, DecisionBuilder& b) {
  SECU_TRY(auto min_age, b.integer(kMinAge, d.date));
  if (!survivor.birth_date || core::age_on(*survivor.birth_date, d.date) >= min_age) return std::optional<Date>{};
  if (d.dependent_child != true || d.incapacity_66 != false || !d.deceased_miner_years) return std::optional<Date>{};
  SECU_TRY(auto miner, b.integer(kMiner, d.date));
  if (*d.deceased_miner_years >= miner) return std::optional<Date>{};
  if (!d.dependent_child_until) {
    SECU_RETURN_IF_ERROR(b.reason("survivors.maintained", msg("survivors.reason.maintained_while_child")));
    return std::optional<Date>{};
  }
  const Date until = *d.dependent_child_until;
  SECU_TRY(auto limit, b.integer(kMaintainedAge, until));
  const int age = core::age_on(*survivor.birth_date, until);
  if (age >= limit) {
    SECU_RETURN_IF_ERROR(b.reason("survivors.maintained", Message{"survivors.reason.child_until_after_age",
        {{"until", until}, {"age", std::int64_t{age}}, {"limit", limit}}}));
    return std::optional<Date>{};
  }
  const Date end = core::last_of_month(until);
  SECU_RETURN_IF_ERROR(b.reason("survivors.maintained", Message{"survivors.reason.child_until",
      {{"until", until}, {"age", std::int64_t{age}}, {"limit", limit}, {"end", end}}}));
  return std::optional<Date>(end);
}

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
    return Outcome{Status::not_entitled, age == Check::not_met && others != Check::not_met, std::nullopt};
  }
  SECU_TRY(auto end, replacement_end(d, start, ok, b));
  SECU_TRY(auto child, child_end(d, survivor, b));
  std::optional<Date> maintained;
  if (child && (!end || *child < *end)) {
    end = child;
    maintained = *child + 1;
  }
  if (end && *end < start) {
    out.push_back(b.finish(Status::not_entitled, msg("survivors.summary.pension_not_entitled")));
    return Outcome{Status::not_entitled, false, maintained};
  }
  SECU_TRY(Check paid, lay_out_amount(deceased, d, start, end, b));
  ok = both(ok, paid);
  if (ok == Check::not_met) {
    out.push_back(b.finish(Status::not_entitled, msg("survivors.summary.pension_not_entitled")));
    return Outcome{Status::not_entitled, false, std::nullopt};
  }
  SECU_RETURN_IF_ERROR(application(d, std::nullopt, b));
  SECU_RETURN_IF_ERROR(work_letters(d, b));
  SECU_RETURN_IF_ERROR(b.reason("survivors.payment", msg("survivors.reason.payment")));
  const Status status = ok == Check::met ? Status::entitled : Status::cannot_tell;
  out.push_back(b.finish(status, entitled_summary(b.decision(), status, "pension")));
  return Outcome{status, false, maintained};
}

// The pension maintained for 12 months after the child's dependence ends, then a reduced
// amount the guide does not give ("In this case, after 12 months a reduced pension amount
// is paid.").
core::Result<explain::Decision> maintained(const Situation& s, const Death& d, const Outcome& o, DecisionBuilder b) {
  const Date from = *o.maintained_from;
  SECU_TRY(auto months, b.integer(kMaintainedMonths, from));
  SECU_TRY(auto reduced_after, b.integer(kReducedAfter, from));
  const Date end = core::add_months(from, static_cast<int>(months), core::EndOfMonth::clamp) - 1;
  const Date reduced = core::add_months(from, static_cast<int>(reduced_after), core::EndOfMonth::clamp);
  SECU_RETURN_IF_ERROR(b.reason("survivors.maintained", Message{"survivors.reason.maintained",
      {{"months", months}, {"start", from}, {"end", end}}}));
  SECU_TRY(Check paid, lay_out_amount(*s.person(d.person), d, from, end, b));
  if (paid == Check::not_met) return b.finish(Status::not_entitled, msg("survivors.summary.tide_over_not_entitled"));
  b.decision().schedule.push_back(explain::unknown_amount_from(reduced, "onp", explain::Per::month, msg("basis.survivors_reduced")));
  SECU_RETURN_IF_ERROR(b.reason("survivors.maintained_reduced", Message{"survivors.reason.maintained_reduced", {{"from", reduced}}}));
  const bool known = paid == Check::met && o.status != Status::cannot_tell;
  const Status status = known ? Status::entitled : Status::cannot_tell;
  if (status == Status::cannot_tell || !b.decision().schedule.front().amount_known)
    return b.finish(status, entitled_summary(b.decision(), status, "tide_over"));
  const auto& first = b.decision().schedule.front();
  return b.finish(status, Message{"survivors.summary.tide_over_maintained", {{"start", from}, {"end", end}, {"amount", first.amount}, {"reduced", reduced}}});
}

core::Result<explain::Decision> tide_over(const Situation& s, const Death& d, const Outcome& o, DecisionBuilder b) {
  if (o.maintained_from) return maintained(s, d, o, std::move(b));
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

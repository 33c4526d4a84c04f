// Seed 004 ch. IX, "Parental benefit": "the condition is that you are a parent who works
// full-time or part-time in the private or public sector and who interrupts his/her career
// to take care of his/her small child. Moreover, you must: be on leave (maximum three months
// when interrupting a full-time job; maximum six months in case of part-time job) since the
// child's birth or adoption, and before the child reaches the age of six (eight in case of
// adoption, or physical or mental incapacity of at least 66%); justify 12 months of work
// during the 15 months preceding the announcement to the employer." "In the case of
// full-time work, the benefit is € 741.40 for a total interruption of work, or € 370.69
// (for persons aged less than 50) for a half-time interruption of work." "For parental
// benefits, you must inform the employer in time according to the prescribed terms and
// transmit the necessary documents to the national employment office."
// The maximum is read by the interruption: 3 months of total interruption, 6 months of
// half-time interruption. Amounts the guide does not give (a part-time job, a half-time
// interruption from 50) are "cannot tell"; the right itself is decided.
#include "rules/family_benefits/parental.h"

#include <algorithm>

#include "rules/family_benefits/common.h"

namespace secu::rules::family_benefits {

using core::Date;
using core::Money;
using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kBenefit = "family_benefits.parental_benefit";

core::Result<Check> employed(const ParentalLeave& l, DecisionBuilder& b) {
  if (!l.employment) {
    b.missing(l.pointer("/employment"), msg("question.family_benefits.employment"));
    return Check::unknown;
  }
  const bool works = *l.employment == Employment::private_sector || *l.employment == Employment::public_sector;
  SECU_RETURN_IF_ERROR(b.reason("family_benefits.parental", msg(works ? "family_benefits.reason.parental_employed" : "family_benefits.reason.parental_not_employed")));
  return works ? Check::met : Check::not_met;
}

core::Result<Check> work_record(const ParentalLeave& l, DecisionBuilder& b) {
  SECU_TRY(std::int64_t needed, b.integer("family.parental.work_months", l.start));
  SECU_TRY(std::int64_t window, b.integer("family.parental.reference_period_months", l.start));
  if (!l.notice_date) b.missing(l.pointer("/notice_date"), msg("question.family_benefits.notice_date"));
  if (!l.months_worked) b.missing(l.pointer("/months_worked"), msg("question.family_benefits.months_worked"));
  if (!l.notice_date || !l.months_worked) return Check::unknown;
  const Date from = core::add_months(*l.notice_date, -static_cast<int>(window), core::EndOfMonth::clamp);
  const bool enough = *l.months_worked >= needed;
  b.reason_from(*b.ctx().law.params().find("family.parental.work_months")->entry_at(l.start), "family.parental.work_months",
                Message{enough ? "family_benefits.reason.parental_work_met" : "family_benefits.reason.parental_work_not_met",
                        {{"needed", needed}, {"worked", std::int64_t{*l.months_worked}}, {"from", from}, {"to", *l.notice_date - 1}}});
  return enough ? Check::met : Check::not_met;
}

// The last day of leave before the child's age limit; nullopt when a fact is asked.
core::Result<std::optional<Date>> child_limit(const Person& child, const ParentalLeave& l, Date leave_end, DecisionBuilder& b) {
  SECU_TRY(std::int64_t young, b.integer("family.parental.child_max_age", l.start));
  SECU_TRY(std::int64_t older, b.integer("family.parental.child_max_age_adoption_or_disability", l.start));
  SECU_TRY(core::Rate rate, b.rate("family.parental.child_min_incapacity_rate", l.start));
  const auto last_before = [&](std::int64_t age) { return core::add_years(*child.birth_date, static_cast<int>(age), core::EndOfMonth::next_day) - 1; };
  const bool extended = l.adopted.has_value() || (l.child_incapacity_percent && core::Rate::from_ppm(std::int64_t{*l.child_incapacity_percent} * 10'000) >= rate);
  const std::int64_t age = extended ? older : young;
  if (!extended && leave_end > last_before(young) && !l.child_incapacity_percent) {
    b.missing(l.pointer("/child_incapacity_percent"), msg("question.family_benefits.child_incapacity_percent"));
    return std::optional<Date>{};
  }
  SECU_RETURN_IF_ERROR(b.reason("family_benefits.parental_leave",
                                Message{"family_benefits.reason.parental_child_age", {{"age", age}, {"date", last_before(age)}}}));
  return std::optional<Date>(last_before(age));
}

// The monthly amount, or nullopt when the guide gives none for the case.
core::Result<std::optional<Money>> amount(const Person& parent, const ParentalLeave& l, DecisionBuilder& b) {
  if (*l.working_time == WorkingTime::part_time) {
    SECU_RETURN_IF_ERROR(b.reason("family_benefits.parental_amount", msg("family_benefits.reason.parental_amount_part_time_job")));
    return std::optional<Money>{};
  }
  if (*l.interruption == Interruption::full) {
    SECU_TRY(Money m, b.money("family.parental.benefit_full_interruption", l.start));
    return std::optional<Money>(m);
  }
  if (!parent.birth_date) {
    b.missing(parent.pointer("/birth_date"), msg("question.family_benefits.parent_birth_date"));
    return std::optional<Money>{};
  }
  SECU_TRY(std::int64_t limit, b.integer("family.parental.half_time_age_limit", l.start));
  if (core::age_on(*parent.birth_date, l.start) >= limit) {
    SECU_RETURN_IF_ERROR(b.reason("family_benefits.parental_amount", Message{"family_benefits.reason.parental_amount_over_age", {{"age", limit}}}));
    return std::optional<Money>{};
  }
  SECU_TRY(Money m, b.money("family.parental.benefit_half_time_under_50", l.start));
  return std::optional<Money>(m);
}

void schedule(Date from, Date to, std::optional<Money> m, const ParentalLeave& l, DecisionBuilder& b) {
  explain::Period p;
  p.days = {from, to};
  p.payer = "onem";
  p.per = explain::Per::month;
  p.amount_known = m.has_value();
  p.amount = m.value_or(Money());
  p.basis = msg(*l.interruption == Interruption::full ? "basis.family_benefits.parental_full" : "basis.family_benefits.parental_half_time");
  b.decision().schedule.push_back(p);
  if (m) b.decision().amounts.push_back({"family_benefits.parental_benefit", msg("amount.family_benefits.parental_benefit"), *m, explain::Per::month});
}

core::Result<Decision> decide(const Situation& s, const ParentalLeave& l, DecisionBuilder& b) {
  const Person& parent = *s.person(l.person);
  const Person& child = *s.person(l.child);
  b.institution("onem");
  b.institution("employer");
  SECU_RETURN_IF_ERROR(b.obligation("family_benefits.parental_notice", msg("family_benefits.obligation.parental_inform_employer"), std::nullopt, "employer"));
  SECU_RETURN_IF_ERROR(b.obligation("family_benefits.parental_notice", msg("family_benefits.obligation.parental_documents"), std::nullopt, "onem"));
  sickness::Conditions conditions;
  SECU_TRY(Check works, employed(l, b));
  conditions.add(works);
  SECU_TRY(Check record, work_record(l, b));
  conditions.add(record);
  if (!l.interruption) b.missing(l.pointer("/interruption"), msg("question.family_benefits.interruption"));
  if (!l.working_time) b.missing(l.pointer("/working_time"), msg("question.family_benefits.working_time"));
  if (!child.birth_date) b.missing(child.pointer("/birth_date"), msg("question.family_benefits.child_birth_date"));
  if (l.adopted && l.start < *l.adopted) {
    SECU_RETURN_IF_ERROR(b.reason("family_benefits.parental_leave", Message{"family_benefits.reason.parental_before_adoption", {{"date", *l.adopted}}}));
    conditions.add(Check::not_met);
  }
  if (conditions.status() == Status::not_entitled)
    return b.finish(Status::not_entitled, msg("family_benefits.summary.parental_not_entitled"));
  if (!l.interruption || !l.working_time || !child.birth_date)
    return b.finish(Status::cannot_tell, msg("family_benefits.summary.parental_cannot_tell"));
  const bool full = *l.interruption == Interruption::full;
  const char* max_id = full ? "family.parental.leave_months_full_time" : "family.parental.leave_months_part_time";
  SECU_TRY(std::int64_t months, b.integer(max_id, l.start));
  const Date most = core::add_months(l.start, static_cast<int>(months), core::EndOfMonth::next_day) - 1;
  Date to = std::min(l.end.value_or(most), most);
  b.reason_from(*b.ctx().law.params().find(max_id)->entry_at(l.start), max_id,
                Message{full ? "family_benefits.reason.parental_max_full" : "family_benefits.reason.parental_max_half", {{"months", months}, {"date", most}}});
  SECU_TRY(std::optional<Date> limit, child_limit(child, l, to, b));
  if (!limit) return b.finish(Status::cannot_tell, msg("family_benefits.summary.parental_cannot_tell"));
  if (l.start > *limit) return b.finish(Status::not_entitled, msg("family_benefits.summary.parental_not_entitled"));
  to = std::min(to, *limit);
  SECU_TRY(std::optional<Money> m, amount(parent, l, b));
  if (m) SECU_RETURN_IF_ERROR(b.reason("family_benefits.parental_amount", Message{"family_benefits.reason.parental_amount", {{"amount", *m}}}));
  schedule(l.start, to, m, l, b);
  if (conditions.status() == Status::cannot_tell || !b.decision().missing.empty())
    return b.finish(Status::cannot_tell, msg("family_benefits.summary.parental_cannot_tell"));
  return b.finish(Status::entitled, Message{"family_benefits.summary.parental_entitled", {{"from", l.start}, {"to", to}}});
}

}  // namespace

core::Result<Decision> parental_benefit_decision(const Situation& s, const ParentalLeave& l, const Context& ctx) {
  DecisionBuilder b(ctx, kBenefit, l.person);
  b.decision().subject = l.pointer();
  auto d = decide(s, l, b);
  if (d || d.error().code != core::ErrorCode::out_of_range) return d;
  DecisionBuilder gap(ctx, kBenefit, l.person);  // a figure of that date is not in data/
  gap.decision().subject = l.pointer();
  SECU_RETURN_IF_ERROR(gap.law_gap(d.error(), l.start));
  return gap.finish(Status::cannot_tell, Message{"family_benefits.summary.law_not_covered", {{"date", l.start}}});
}

}  // namespace secu::rules::family_benefits

// Seed 004 ch. X: "Young persons below the age of 30 (at the time of claiming) who have been
// unemployed since leaving school and who meet the other qualifying criteria (type of
// education, etc.) may be entitled to a flat-rate professional integration benefit, payable
// for 36 months after having completed a professional integration programme." (at most one
// year from 2026-03-01: unemployment.integration_benefit.duration_months). "Workers whose
// contracts of employment are temporarily suspended through no wish of their own can obtain
// a temporary allowance [...] for each full day of suspension."
#include "rules/unemployment/other_schemes.h"

#include <algorithm>

#include "rules/unemployment/common.h"

namespace secu::rules::unemployment {

using core::Date;
using explain::Key;
using explain::Message;

namespace {

constexpr const char* kMaxClaimAge = "unemployment.integration_benefit.max_claim_age";
constexpr const char* kDuration = "unemployment.integration_benefit.duration_months";

core::Result<Check> young_enough(const Person& p, Date d, DecisionBuilder& b) {
  const auto age = age_on(p, d, b);
  if (!age) return Check::unknown;
  SECU_TRY(auto max, covered(b.integer(kMaxClaimAge, d), d, b));
  if (!max) return Check::unknown;
  const bool ok = *age < *max;
  cite_figure(b, kMaxClaimAge, d, Message{ok ? "unemployment.reason.integration_age" : "unemployment.reason.integration_age_not_met",
      {{"age", std::int64_t{*age}}, {"max", *max}}});
  return ok ? Check::met : Check::not_met;
}

core::Result<Check> programme(const UnemploymentClaim& c, DecisionBuilder& b) {
  if (!c.integration_programme_completed) {
    b.missing(c.pointer("/integration_programme_completed"), msg("question.unemployment.integration_programme_completed"));
    return Check::unknown;
  }
  const bool ok = *c.integration_programme_completed <= *c.start;
  SECU_RETURN_IF_ERROR(b.reason("unemployment.integration_benefit", Message{ok ? "unemployment.reason.programme_completed"
      : "unemployment.reason.programme_not_completed", {{"date", *c.integration_programme_completed}}}));
  return ok ? Check::met : Check::not_met;
}

core::Result<Check> job_seeker(const UnemploymentClaim& c, DecisionBuilder& b) {
  SECU_TRY(Check registered, fact(c.registered_job_seeker, true, c, "registered_job_seeker", "unemployment.registration", b));
  SECU_TRY(Check available, fact(c.available, true, c, "available", "unemployment.registration", b));
  SECU_TRY(Check able, fact(c.able_to_work, true, c, "able_to_work", "unemployment.able_to_work", b));
  SECU_TRY(Check resident, fact(c.resident, true, c, "resident", "unemployment.residence", b));
  return both(both(registered, available), both(able, resident));
}

explain::Decision finish(DecisionBuilder& b, Check all, const char* what) {
  const std::string base = std::string("unemployment.summary.") + what;
  if (all == Check::not_met) return b.finish(explain::Status::not_entitled, msg(base + "_not_entitled"));
  return b.finish(explain::Status::cannot_tell, msg(base + "_cannot_tell"));
}

}  // namespace

core::Result<explain::Decision> integration_decision(const Situation& s, const UnemploymentClaim& c, const Context& ctx) {
  const Person& p = *s.person(c.person);
  DecisionBuilder b(ctx, "unemployment.integration_benefit", p.id);
  b.decision().subject = c.pointer();
  SECU_RETURN_IF_ERROR(b.reason("unemployment.payment", msg("unemployment.reason.onem_decides")));
  if (!start_of(c, b)) {
    payment_body(c, b);
    return finish(b, Check::unknown, "integration");
  }
  SECU_TRY(Check age, young_enough(p, *c.start, b));
  SECU_TRY(Check school, fact(c.unemployed_since_school, true, c, "unemployed_since_school", "unemployment.integration_benefit", b));
  SECU_TRY(Check prog, programme(c, b));
  SECU_TRY(Check seeker, job_seeker(c, b));
  const auto payer = payment_body(c, b);
  const Check all = both(both(age, school), both(both(prog, seeker), payer ? Check::met : Check::unknown));
  if (all != Check::not_met) SECU_RETURN_IF_ERROR(job_seeker_obligations(p, c.start, payer, b));
  if (all != Check::met) return finish(b, all, "integration");
  const Date first = *c.start;
  SECU_TRY(auto months, covered(b.integer(kDuration, first), first, b));
  if (!months) return finish(b, Check::unknown, "integration");
  Date last = core::add_months(first, static_cast<int>(*months), core::EndOfMonth::next_day) - 1;
  SECU_TRY(auto by_age, last_day_before_age_limit(p, first, b));
  if (by_age) last = std::min(last, *by_age);
  cite_figure(b, kDuration, first, Message{"unemployment.reason.integration_duration", {{"months", *months}, {"until", last}}});
  explain::Period pd = period(first, last, *payer, explain::Per::day, msg("basis.unemployment.integration_flat"));
  pd.amount_known = false;
  b.decision().schedule.push_back(std::move(pd));
  return b.finish(explain::Status::entitled, Message{"unemployment.summary.integration_entitled", {{"from", first}, {"until", last},
      {"body", Key{"unemployment.body." + *payer}}}});
}

core::Result<explain::Decision> temporary_decision(const Situation& s, const UnemploymentClaim& c, const Context& ctx) {
  const Person& p = *s.person(c.person);
  DecisionBuilder b(ctx, "unemployment.temporary", p.id);
  b.decision().subject = c.pointer();
  SECU_RETURN_IF_ERROR(b.reason("unemployment.payment", msg("unemployment.reason.onem_decides")));
  if (!start_of(c, b)) {
    payment_body(c, b);
    return finish(b, Check::unknown, "temporary");
  }
  Check involuntary = Check::unknown;
  if (!c.involuntary) {
    b.missing(c.pointer("/involuntary"), msg("question.unemployment.suspension_involuntary"));
  } else {
    SECU_RETURN_IF_ERROR(b.reason("unemployment.temporary", msg(*c.involuntary ? "unemployment.reason.suspension_involuntary"
                                                                                : "unemployment.reason.suspension_wished")));
    involuntary = *c.involuntary ? Check::met : Check::not_met;
  }
  if (!c.suspension_end) b.missing(c.pointer("/suspension_end"), msg("question.unemployment.suspension_end"));
  if (!c.suspension_days) b.missing(c.pointer("/suspension_days"), msg("question.unemployment.suspension_days"));
  const auto payer = payment_body(c, b);
  const Check facts = c.suspension_end && c.suspension_days ? Check::met : Check::unknown;
  const Check all = both(involuntary, both(facts, payer ? Check::met : Check::unknown));
  if (all != Check::met) return finish(b, all, "temporary");
  explain::Period pd = period(*c.start, *c.suspension_end, *payer, explain::Per::day, msg("basis.unemployment.temporary"));
  pd.amount_known = false;
  pd.benefit_days = *c.suspension_days;
  b.decision().schedule.push_back(std::move(pd));
  SECU_RETURN_IF_ERROR(b.reason("unemployment.temporary", Message{"unemployment.reason.suspension_days",
      {{"days", std::int64_t{*c.suspension_days}}, {"from", *c.start}, {"to", *c.suspension_end}}}));
  return b.finish(explain::Status::entitled, Message{"unemployment.summary.temporary_entitled", {{"days", std::int64_t{*c.suspension_days}},
      {"from", *c.start}, {"to", *c.suspension_end}, {"body", Key{"unemployment.body." + *payer}}}});
}

}  // namespace secu::rules::unemployment

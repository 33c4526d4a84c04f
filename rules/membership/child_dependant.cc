// Seed 002: "Children up to the age of 25 years old are automatically affiliated to the
// health insurance fund via the head of the family, unless they are independant at an
// earlier age from a tax perspective."
// Seed 004 ch. II: "The eligible dependants are the spouse, cohabitant, children under 25
// years of age […]". From that age a person still studying must join a fund in their own
// name (002: "reaching the age of 25 but still studying").
//
// Not implemented here: the other dependants (spouse, cohabitant, ascendants) and their
// income ceiling — the healthcare issue's membership rules.
#include "rules/membership/child_dependant.h"

namespace secu::rules::membership {

using core::Date;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kAge = "membership.dependants.child_age_limit";

core::Result<explain::Decision> one(const Person& child, const Situation& s, const Context& ctx) {
  DecisionBuilder b(ctx, "membership.child_dependant", child.id);
  const Person& head = *s.person(*child.head_of_family);
  const std::string fund = head.insurance.fund.value_or("health_insurance_fund");
  b.institution(fund);
  auto limit = b.integer(kAge, ctx.at);
  if (!limit) {
    SECU_RETURN_IF_ERROR(b.law_gap(limit.error(), ctx.at));
    return b.finish(Status::cannot_tell, Message{"membership.summary.law_not_covered", {{"date", ctx.at}}});
  }
  if (!child.birth_date) {
    b.missing(child.pointer("/birth_date"), msg("question.birth_date"));
    return b.finish(Status::cannot_tell, msg("sickness.summary.cannot_tell"));
  }
  const Date until = core::add_years(*child.birth_date, static_cast<int>(*limit), core::EndOfMonth::next_day);
  const int age = core::age_on(*child.birth_date, ctx.at);
  b.step("age", std::to_string(age));
  if (age >= *limit) {
    SECU_RETURN_IF_ERROR(b.reason("membership.child_dependant", Message{"membership.reason.child_too_old", {{"limit", *limit}, {"date", until}}}));
    SECU_RETURN_IF_ERROR(b.obligation("membership.own_affiliation", msg("membership.obligation.join_own_name"), std::nullopt, "health_insurance_fund"));
    return b.finish(Status::not_entitled, Message{"membership.summary.child_too_old", {{"limit", *limit}}});
  }
  if (!child.fiscally_independent) {
    b.missing(child.pointer("/fiscally_independent"), msg("question.fiscally_independent"));
    return b.finish(Status::cannot_tell, msg("sickness.summary.cannot_tell"));
  }
  if (*child.fiscally_independent) {
    SECU_RETURN_IF_ERROR(b.reason("membership.child_dependant", msg("membership.reason.child_independent")));
    SECU_RETURN_IF_ERROR(b.obligation("membership.own_affiliation", msg("membership.obligation.join_own_name"), std::nullopt, "health_insurance_fund"));
    return b.finish(Status::not_entitled, msg("membership.summary.child_independent"));
  }
  SECU_RETURN_IF_ERROR(b.reason("membership.child_dependant", Message{"membership.reason.child_covered", {{"limit", *limit}, {"date", until}}}));
  SECU_RETURN_IF_ERROR(b.obligation("membership.own_affiliation", Message{"membership.obligation.join_at_limit", {{"date", until}}}, until, "health_insurance_fund"));
  return b.finish(Status::entitled, Message{"membership.summary.child_covered", {{"head", head.id}, {"date", until - 1}}});
}

}  // namespace

core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx) {
  std::vector<explain::Decision> out;
  for (const auto& p : s.persons) {
    if (!p.head_of_family) continue;
    SECU_TRY(explain::Decision d, one(p, s, ctx));
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace secu::rules::membership

// Seed 004 ch. II: "The eligible dependants are the spouse, cohabitant, children under 25
// years of age (6 categories) and ascendants (in some cases parents-in-law) whose
// professional or replacement income is lower than € 2,295.60 per quarter."
// Seed 002: "Children up to the age of 25 years old are automatically affiliated to the
// health insurance fund via the head of the family, unless they are independant at an
// earlier age from a tax perspective." From that age a person still studying must join a
// fund in their own name (002: "reaching the age of 25 but still studying").
//
// The income ceiling is read as applying to every dependant (the sentence's last clause).
// Which parents-in-law qualify ("in some cases") the seeds do not say: such a dependant is
// "cannot tell", with the advice to ask the fund. The six categories of children are not
// described in the seeds and are not distinguished.
#include "rules/membership/membership.h"

namespace secu::rules::membership {

using core::Date;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kAge = "membership.dependants.child_age_limit";
constexpr const char* kIncome = "membership.dependants.income_ceiling";

// The child's own conditions: age and tax dependence. nullopt when they hold.
core::Result<std::optional<explain::Decision>> child_conditions(const Person& child, DecisionBuilder& b) {
  SECU_TRY(std::int64_t limit, b.integer(kAge, b.ctx().at));
  if (!child.birth_date) {
    b.missing(child.pointer("/birth_date"), msg("question.birth_date"));
    return b.finish(Status::cannot_tell, msg("membership.summary.cannot_tell"));
  }
  const Date until = core::add_years(*child.birth_date, static_cast<int>(limit), core::EndOfMonth::next_day);
  b.step("age", std::to_string(core::age_on(*child.birth_date, b.ctx().at)));
  if (core::age_on(*child.birth_date, b.ctx().at) >= limit) {
    SECU_RETURN_IF_ERROR(b.reason("membership.child_dependant", Message{"membership.reason.child_too_old", {{"limit", limit}, {"date", until}}}));
    SECU_RETURN_IF_ERROR(b.obligation("membership.own_affiliation", msg("membership.obligation.join_own_name"), std::nullopt, "health_insurance_fund"));
    return b.finish(Status::not_entitled, Message{"membership.summary.child_too_old", {{"limit", limit}}});
  }
  if (!child.fiscally_independent) {
    b.missing(child.pointer("/fiscally_independent"), msg("question.fiscally_independent"));
    return b.finish(Status::cannot_tell, msg("membership.summary.cannot_tell"));
  }
  if (*child.fiscally_independent) {
    SECU_RETURN_IF_ERROR(b.reason("membership.child_dependant", msg("membership.reason.child_independent")));
    SECU_RETURN_IF_ERROR(b.obligation("membership.own_affiliation", msg("membership.obligation.join_own_name"), std::nullopt, "health_insurance_fund"));
    return b.finish(Status::not_entitled, msg("membership.summary.child_independent"));
  }
  SECU_RETURN_IF_ERROR(b.reason("membership.child_dependant", Message{"membership.reason.child_covered", {{"limit", limit}, {"date", until}}}));
  SECU_RETURN_IF_ERROR(b.obligation("membership.own_affiliation", Message{"membership.obligation.join_at_limit", {{"date", until}}}, until, "health_insurance_fund"));
  return std::optional<explain::Decision>{};
}

// "whose professional or replacement income is lower than € 2,295.60 per quarter".
core::Result<std::optional<explain::Decision>> income_condition(const Person& p, DecisionBuilder& b) {
  SECU_TRY(core::Money ceiling, b.money(kIncome, b.ctx().at));
  if (!p.quarterly_income) {
    b.missing(p.pointer("/quarterly_income"), Message{"question.quarterly_income", {{"ceiling", ceiling}}});
    return b.finish(Status::cannot_tell, msg("membership.summary.cannot_tell"));
  }
  const bool below = *p.quarterly_income < ceiling;
  SECU_RETURN_IF_ERROR(b.reason("membership.dependant_income", Message{below ? "membership.reason.income_below" : "membership.reason.income_above",
                                                                      {{"income", *p.quarterly_income}, {"ceiling", ceiling}}}));
  if (below) return std::optional<explain::Decision>{};
  SECU_RETURN_IF_ERROR(b.obligation("membership.own_affiliation", msg("membership.obligation.join_own_name"), std::nullopt, "health_insurance_fund"));
  return b.finish(Status::not_entitled, msg("membership.summary.income_too_high"));
}

}  // namespace

core::Result<explain::Decision> dependant(const Person& p, const Situation& s, const Context& ctx) {
  DecisionBuilder b(ctx, "membership.dependant", p.id);
  const Person& head = *s.person(*p.head_of_family);
  b.institution(head.insurance.fund.value_or("health_insurance_fund"));
  if (!p.relation_to_head) {
    b.missing(p.pointer("/relation_to_head"), msg("question.relation_to_head"));
    return b.finish(Status::cannot_tell, msg("membership.summary.cannot_tell"));
  }
  if (*p.relation_to_head == Relation::child) {
    SECU_TRY(auto decided, child_conditions(p, b));
    if (decided) return std::move(*decided);
  }
  SECU_TRY(auto decided, income_condition(p, b));
  if (decided) return std::move(*decided);
  if (*p.relation_to_head == Relation::parent_in_law) {
    SECU_RETURN_IF_ERROR(b.reason("membership.dependants", msg("membership.reason.parent_in_law_some_cases")));
    SECU_RETURN_IF_ERROR(b.obligation("membership.dependants", msg("membership.obligation.ask_fund_parent_in_law"), std::nullopt,
                                      head.insurance.fund.value_or("health_insurance_fund")));
    return b.finish(Status::cannot_tell, msg("membership.summary.parent_in_law"));
  }
  if (*p.relation_to_head != Relation::child)
    SECU_RETURN_IF_ERROR(b.reason("membership.dependants", Message{"membership.reason.relation_eligible", {{"relation", explain::Key{"relation." + std::string(to_string(*p.relation_to_head))}}}}));
  return b.finish(Status::entitled, Message{"membership.summary.dependant_covered", {{"head", head.id}}});
}

}  // namespace secu::rules::membership

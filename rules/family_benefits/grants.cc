// Seed 004 ch. IX: "A birth grant (allocation de naissance/kraamgeld) is paid for the birth
// of a child. In certain conditions an adoption grant (prime d'adoption/adoptiepremie) can
// be paid when a child is adopted." "Applications for birth grants must be submitted to the
// competent family benefits fund. You can apply for this any time starting from the sixth
// month of pregnancy, and the grant can be paid as of the second month before the scheduled
// date of birth." The guide gives no amount (federal: "cannot tell"); the regional schemes'
// amounts are in data/ (current-figures.md section 7) by the date of birth: Flanders 1,122
// (2019) then 1,214.49 (2023-09), Wallonia 1,100, Brussels 1,100 for the first child and
// 500 for the next ones, the German-speaking Community 1,144. The adoption grant's
// conditions are not in the sources: "cannot tell", with the application to make.
#include "rules/family_benefits/grants.h"

#include "rules/family_benefits/common.h"

namespace secu::rules::family_benefits {

using core::Date;
using core::Money;
using explain::Decision;
using explain::Message;
using explain::Period;
using explain::Status;

namespace {

// The scheme on `d` in the child's region; nullopt when the region is needed and unknown (asked).
core::Result<std::optional<Scheme>> scheme_for(const Situation& s, const ChildClaim& c, Date d, DecisionBuilder& b) {
  SECU_TRY(Date earliest, earliest_regional_start(b.ctx()));
  const std::optional<Region> region = region_of(s, c);
  if (region) {
    SECU_TRY(Scheme scheme, scheme_on(*region, d, b.ctx()));
    return std::optional<Scheme>(scheme);
  }
  if (d < earliest) return std::optional<Scheme>(Scheme::federal);
  b.missing(s.person(c.person)->pointer("/region"), msg("question.family_benefits.region"));
  return std::optional<Scheme>{};
}

// An amount that may be absent.
core::Result<std::optional<Money>> some(core::Result<Money> m) {
  if (!m) return std::unexpected(m.error());
  return std::optional<Money>(*m);
}

// The regional birth grant; nullopt for the federal scheme (no amount in the guide) or a rank asked.
core::Result<std::optional<Money>> grant_amount(Scheme scheme, const ChildClaim& c, Date born, DecisionBuilder& b) {
  switch (scheme) {
    case Scheme::federal: return std::optional<Money>{};
    case Scheme::flanders: return some(b.money("family.flanders.start_amount", born));
    case Scheme::wallonia: return some(b.money("family.wallonia.birth_grant", born));
    case Scheme::east_belgium: return some(b.money("family.ostbelgien.birth_grant", born));
    case Scheme::brussels: break;
  }
  if (!c.rank) {
    b.missing(c.pointer("/rank"), msg("question.family_benefits.rank"));
    return std::optional<Money>{};
  }
  return some(b.money_in("family.brussels.birth_grant", born, *c.rank == 1 ? "first_child" : "next_child"));
}

core::Result<Decision> birth(const Situation& s, const ChildClaim& c, DecisionBuilder& b) {
  const Person& child = *s.person(c.person);
  const Date expected = *c.expected_birth;
  const Date born = child.birth_date.value_or(expected);
  SECU_RETURN_IF_ERROR(b.reason("family_benefits.birth_grant", msg("family_benefits.reason.birth_grant")));
  SECU_TRY(std::optional<Scheme> scheme, scheme_for(s, c, born, b));
  Check ok = Check::met;
  if (scheme == Scheme::federal) {
    SECU_TRY(ok, claimant_conditions(s, c, b));
  }
  if (ok == Check::not_met) return b.finish(Status::not_entitled, Message{"family_benefits.summary.birth_not_entitled", {{"child", c.person}}});
  SECU_TRY(std::int64_t before, b.integer("family.birth_grant.payment_months_before_birth", born));
  SECU_TRY(std::int64_t month, b.integer("family.birth_grant.application_from_pregnancy_month", born));
  const Date paid_from = core::add_months(expected, -static_cast<int>(before), core::EndOfMonth::clamp);
  const std::string payer = payer_of(scheme.value_or(Scheme::federal));
  if (scheme) b.institution(payer);
  SECU_RETURN_IF_ERROR(b.obligation("family_benefits.birth_grant_apply", Message{"family_benefits.obligation.apply_birth_grant", {{"month", month}}},
                                    std::nullopt, scheme ? payer : "family_allowance_fund"));
  SECU_RETURN_IF_ERROR(b.reason("family_benefits.birth_grant_apply",
                                Message{"family_benefits.reason.birth_grant_paid_from", {{"date", paid_from}, {"months", before}}}));
  if (!scheme) return b.finish(Status::cannot_tell, Message{"family_benefits.summary.birth_cannot_tell", {{"child", c.person}}});
  SECU_TRY(std::optional<Money> amount, grant_amount(*scheme, c, born, b));
  if (*scheme == Scheme::federal) {
    SECU_RETURN_IF_ERROR(b.reason("family_benefits.birth_grant", msg("family_benefits.reason.federal_grant_amount")));
  } else {
    SECU_RETURN_IF_ERROR(b.reason(regional_citation(*scheme), Message{"family_benefits.reason.regional_grant",
                                                                      {{"scheme", explain::Key{"family_benefits.scheme." + std::string(to_string(*scheme))}}}}));
  }
  Period p;
  p.days = {paid_from, paid_from};
  p.payer = payer;
  p.per = explain::Per::once;
  p.amount_known = amount.has_value();
  p.amount = amount.value_or(Money());
  p.basis = msg(amount ? "basis.family_benefits.birth_grant" : "basis.family_benefits.federal");
  b.decision().schedule.push_back(p);
  if (amount) b.decision().amounts.push_back({"family_benefits.birth_grant", msg("amount.family_benefits.birth_grant"), *amount, explain::Per::once});
  if (ok == Check::unknown || !b.decision().missing.empty())
    return b.finish(Status::cannot_tell, Message{"family_benefits.summary.birth_cannot_tell", {{"child", c.person}}});
  return b.finish(Status::entitled, Message{"family_benefits.summary.birth_entitled", {{"child", c.person}, {"date", paid_from}}});
}

core::Result<Decision> adoption(const Situation& s, const ChildClaim& c, DecisionBuilder& b) {
  SECU_RETURN_IF_ERROR(b.reason("family_benefits.adoption_grant", msg("family_benefits.reason.adoption_grant")));
  SECU_TRY(std::optional<Scheme> scheme, scheme_for(s, c, *c.adopted, b));
  if (scheme == Scheme::federal) {
    SECU_TRY(Check ok, claimant_conditions(s, c, b));
    if (ok == Check::not_met)
      return b.finish(Status::not_entitled, Message{"family_benefits.summary.adoption_not_entitled", {{"child", c.person}}});
  }
  const std::string payer = payer_of(scheme.value_or(Scheme::federal));
  if (scheme) b.institution(payer);
  SECU_RETURN_IF_ERROR(b.obligation("family_benefits.adoption_grant", msg("family_benefits.obligation.apply_adoption_grant"), std::nullopt, payer));
  return b.finish(Status::cannot_tell, Message{"family_benefits.summary.adoption_cannot_tell", {{"child", c.person}}});
}

// Runs a decision; a figure not in data/ for its date makes it "cannot tell" with the gap named.
template <class F>
core::Result<Decision> run(const char* benefit, const ChildClaim& c, Date key, const Context& ctx, F f) {
  const std::string who = c.claimant.value_or(c.person);
  DecisionBuilder b(ctx, benefit, who);
  b.decision().subject = c.pointer();
  auto d = f(b);
  if (d || d.error().code != core::ErrorCode::out_of_range) return d;
  DecisionBuilder gap(ctx, benefit, who);
  gap.decision().subject = c.pointer();
  SECU_RETURN_IF_ERROR(gap.law_gap(d.error(), key));
  return gap.finish(Status::cannot_tell, Message{"family_benefits.summary.law_not_covered", {{"date", key}}});
}

}  // namespace

core::Result<Decision> birth_grant_decision(const Situation& s, const ChildClaim& c, const Context& ctx) {
  const Date key = s.person(c.person)->birth_date.value_or(*c.expected_birth);
  return run("family_benefits.birth_grant", c, key, ctx, [&](DecisionBuilder& b) { return birth(s, c, b); });
}

core::Result<Decision> adoption_grant_decision(const Situation& s, const ChildClaim& c, const Context& ctx) {
  return run("family_benefits.adoption_grant", c, *c.adopted, ctx, [&](DecisionBuilder& b) { return adoption(s, c, b); });
}

}  // namespace secu::rules::family_benefits

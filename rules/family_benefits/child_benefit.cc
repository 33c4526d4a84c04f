// Seed 004 ch. IX: "You are entitled to child benefits for each child who meets the above
// conditions." "Entitlement to basic child benefit is determined quarterly, based on the
// beneficiary's situation in the reference month. The reference month is the second month
// of the preceding quarter for those who are already entitled to family benefit or the
// first month of entitlement for those becoming entitled to these benefits for the first
// time." "You are entitled to age supplements when your children reach the ages of six, 12
// and 18." The right runs from the child's birth to the last day of the age limits; the
// schedule covers the quarter of the question and the next one (the next is settled by the
// reference month of the current one). Under the federal scheme the claimant must meet the
// conditions of common.h and the reference month and age supplements are given as
// reasons; a regional scheme pays for every child living in the region (its own rules of
// the quarter and of age are not in data/, except Wallonia's 18-24 amount).
#include "rules/family_benefits/child_benefit.h"

#include <algorithm>

#include "rules/family_benefits/age_limit.h"
#include "rules/family_benefits/common.h"
#include "rules/family_benefits/schedule.h"

namespace secu::rules::family_benefits {

using core::Date;
using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kBenefit = "family_benefits.child_benefit";

// The reference month of the first quarter shown: the first month of entitlement when the
// right starts in that quarter, else the Nth month of the preceding quarter.
core::Status reference_month(Date right_start, Date shown_from, DecisionBuilder& b) {
  const Date quarter = core::first_of_quarter(shown_from);
  core::YearMonth month = core::YearMonth::of(right_start);
  if (right_start < quarter) {
    SECU_TRY(std::int64_t nth, b.integer("family.child_benefit.reference_month_existing", quarter));
    month = core::YearMonth::of(core::add_months(quarter, -3, core::EndOfMonth::clamp)).plus(static_cast<int>(nth) - 1);
  } else {
    SECU_TRY(std::int64_t nth, b.integer("family.child_benefit.reference_month_new", quarter));
    month = month.plus(static_cast<int>(nth) - 1);
  }
  return b.reason("family_benefits.quarterly",
                  Message{"family_benefits.reason.reference_month", {{"quarter", quarter}, {"month", month.text()}}});
}

// The age supplements of the federal scheme reached by `until` (amounts not in the guide).
core::Status age_supplements(Date birth, Date until, DecisionBuilder& b) {
  for (const char* which : {"third", "second", "first"}) {
    SECU_TRY(std::int64_t age, b.integer_in("family.age_supplement.ages", until, which));
    const Date reached = core::add_years(birth, static_cast<int>(age), core::EndOfMonth::next_day);
    if (reached > until) continue;
    return b.reason("family_benefits.age_supplements", Message{"family_benefits.reason.age_supplement", {{"age", age}, {"date", reached}}});
  }
  return {};
}

// Reasons and obligations for the schemes met in the schedule.
core::Status scheme_reasons(const Layout& l, DecisionBuilder& b) {
  for (Scheme s : l.schemes) {
    b.institution(payer_of(s));
    if (s == Scheme::federal) {
      SECU_RETURN_IF_ERROR(b.reason("family_benefits.amount_by_rank", msg("family_benefits.reason.federal_amount")));
      SECU_RETURN_IF_ERROR(b.obligation("family_benefits.apply", msg("family_benefits.obligation.apply_fund"), std::nullopt, payer_of(s)));
    } else {
      SECU_RETURN_IF_ERROR(b.reason(regional_citation(s), Message{"family_benefits.reason.regional",
                                                                          {{"scheme", explain::Key{"family_benefits.scheme." + std::string(to_string(s))}}}}));
      SECU_RETURN_IF_ERROR(b.obligation(regional_citation(s), msg("family_benefits.obligation.apply_regional"), std::nullopt, payer_of(s)));
    }
  }
  return {};
}

// The monthly amount of the month of the question, when known.
void amount_now(const Layout& l, Date at, DecisionBuilder& b) {
  for (const auto& p : l.periods)
    if (p.days.contains(at) && p.amount_known)
      b.decision().amounts.push_back({"family_benefits.child_benefit", msg("amount.family_benefits.child_benefit"), p.amount, explain::Per::month});
}

core::Result<Decision> decide(const Situation& s, const ChildClaim& c, const Person& child, DecisionBuilder& b) {
  const Date at = b.ctx().at;
  const Date birth = *child.birth_date;
  sickness::Conditions conditions;
  SECU_RETURN_IF_ERROR(b.reason("family_benefits.per_child", msg("family_benefits.reason.per_child")));
  SECU_TRY(Check where, territoriality(c, b));
  conditions.add(where);
  SECU_TRY(std::optional<RightEnd> end, right_end(child, c, at, b));
  if (!end) return b.finish(Status::cannot_tell, Message{"family_benefits.summary.child_cannot_tell", {{"child", c.person}}});
  if (at > end->last_day) {
    SECU_RETURN_IF_ERROR(b.reason("family_benefits.per_child", Message{"family_benefits.reason.age_limit_passed", {{"date", end->last_day}}}));
    return b.finish(Status::not_entitled, Message{"family_benefits.summary.child_ended", {{"child", c.person}, {"date", end->last_day}}});
  }
  // The scheme of the day of the question decides whether the claimant's conditions apply.
  const std::optional<Region> region = region_of(s, c);
  Scheme now = Scheme::federal;
  if (region) {
    SECU_TRY(now, scheme_on(*region, at, b.ctx()));
  }
  Check claimant = Check::met;
  if (now == Scheme::federal) {
    SECU_TRY(claimant, claimant_conditions(s, c, b));
    conditions.add(claimant);
  }
  SECU_RETURN_IF_ERROR(payee(s, c, at, b));
  const Date from = std::max(birth, core::first_of_quarter(at));
  const Date to = std::min(end->last_day, core::first_day_of_next_quarter(core::first_day_of_next_quarter(at)) - 1);
  SECU_TRY(Layout layout, lay_out(s, child, c, {from, to}, claimant == Check::met, b));
  if (conditions.status() != Status::not_entitled) {
    // The quarterly reference month and the age supplements are the federal scheme's rules.
    if (std::find(layout.schemes.begin(), layout.schemes.end(), Scheme::federal) != layout.schemes.end()) {
      SECU_RETURN_IF_ERROR(reference_month(birth, from, b));
      SECU_RETURN_IF_ERROR(age_supplements(birth, to, b));
    }
    SECU_RETURN_IF_ERROR(scheme_reasons(layout, b));
  }
  if (conditions.status() == Status::not_entitled)
    return b.finish(Status::not_entitled, Message{"family_benefits.summary.child_not_entitled", {{"child", c.person}}});
  amount_now(layout, at, b);
  b.decision().schedule = std::move(layout.periods);
  if (conditions.status() == Status::cannot_tell || !b.decision().missing.empty())
    return b.finish(Status::cannot_tell, Message{"family_benefits.summary.child_cannot_tell", {{"child", c.person}}});
  return b.finish(Status::entitled, Message{"family_benefits.summary.child_entitled", {{"child", c.person}, {"date", end->last_day}}});
}

}  // namespace

core::Result<std::optional<Decision>> child_benefit_decision(const Situation& s, const ChildClaim& c, const Context& ctx) {
  const Person& child = *s.person(c.person);
  const std::string who = c.claimant.value_or(c.person);
  if (!child.birth_date) {
    if (c.expected_birth || c.adopted) return std::optional<Decision>{};  // the grants are decided; no child benefit asked yet
    DecisionBuilder b(ctx, kBenefit, who);
    b.missing(child.pointer("/birth_date"), msg("question.family_benefits.child_birth_date"));
    return std::optional<Decision>(b.finish(Status::cannot_tell, Message{"family_benefits.summary.child_cannot_tell", {{"child", c.person}}}));
  }
  if (*child.birth_date > ctx.at) return std::optional<Decision>{};
  DecisionBuilder b(ctx, kBenefit, who);
  b.decision().subject = c.pointer();
  auto d = decide(s, c, child, b);
  if (d) return std::optional<Decision>(std::move(*d));
  if (d.error().code != core::ErrorCode::out_of_range) return std::unexpected(d.error());
  DecisionBuilder gap(ctx, kBenefit, who);  // a figure of that date is not in data/
  SECU_RETURN_IF_ERROR(gap.law_gap(d.error(), ctx.at));
  return std::optional<Decision>(gap.finish(Status::cannot_tell, Message{"family_benefits.summary.law_not_covered", {{"date", ctx.at}}}));
}

}  // namespace secu::rules::family_benefits

// Seed 004 ch. IX: "Special supplements are paid for disabled children and for children of
// unemployed persons (after seven months of full unemployment), pensioners, disabled
// persons in paid employment and female workers on maternity leave (after seven months of
// incapacity). Increased family benefits are paid for half-orphans [...]" "Former
// unemployed persons and former invalids who have started a new activity are granted,
// under certain conditions, the right to a child benefit supplement during a maximum
// period of eight quarters." "The qualifying conditions for supplements linked to the
// socio-professional situation of the beneficiary [...] are means-tested against the
// household income. When a person becomes entitled to a supplementary benefit, because all
// the legal and regulatory qualifying conditions are met in a particular month, the
// supplement will be paid on the first day of the following month, for the rest of that
// quarter and for the following quarter. After that the quarterly entitlement will
// continue to stand each time the legal and regulatory conditions are met at any time in
// the second month of the previous quarter." "The supplements for disabled children and
// the increases in family benefit for orphans are no longer paid starting with the month
// after the one in which the qualifying conditions are no longer met."
// Read here: the seven months are complete on the last day of the seventh month from the
// start (unemployed from 1 January: met in July, paid from 1 August); the eight quarters
// after resuming work count from the quarter of the first payment. The schedule runs to
// the end of the quarter after the question; the supplements are those of the federal
// scheme (a regional scheme's supplements are not in data/: "cannot tell").
#include "rules/family_benefits/supplements.h"

#include <algorithm>

#include "rules/family_benefits/common.h"

namespace secu::rules::family_benefits {

using core::Date;
using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kBenefit = "family_benefits.supplement";

struct Ctx {
  const ChildClaim& c;
  Date horizon_first;  // first day of the quarter of the question (or the birth)
  Date horizon_last;   // last day of the next quarter
  DecisionBuilder& b;
  bool met = false;
  bool unknown = false;
};

// Adds [from, to] within the schedule shown, one period per calendar quarter.
void add_period(Ctx& x, Date from, Date to, const char* basis) {
  from = std::max(from, x.horizon_first);
  to = std::min(to, x.horizon_last);
  for (Date d = from; d <= to; d = core::first_day_of_next_quarter(d)) {
    explain::Period p;
    p.days = {d, std::min(to, core::first_day_of_next_quarter(d) - 1)};
    p.payer = payer_of(Scheme::federal);
    p.per = explain::Per::month;
    p.amount_known = false;
    p.basis = msg(basis);
    x.b.decision().schedule.push_back(p);
    x.met = true;
  }
}

// The last day paid when the conditions end on `until`: the end of that month.
core::Result<Date> paid_until(std::optional<Date> until, Date fallback, DecisionBuilder& b) {
  if (!until) return fallback;
  SECU_TRY(std::int64_t after, b.integer("family.supplement.end_months_after", *until));
  return core::add_months(core::first_of_month(*until), static_cast<int>(after), core::EndOfMonth::clamp) - 1;
}

// The disabled child's supplement and the orphan's increase: while the conditions last.
core::Status while_conditions(Ctx& x, const char* citation, std::optional<Date> since, std::optional<Date> until, const char* reason,
                              const char* basis) {
  SECU_TRY(Date last, paid_until(until, x.horizon_last, x.b));
  SECU_RETURN_IF_ERROR(x.b.reason(citation, msg(reason)));
  if (until) SECU_RETURN_IF_ERROR(x.b.reason("family_benefits.supplement_end", Message{"family_benefits.reason.supplement_ends", {{"date", last}}}));
  add_period(x, since.value_or(x.horizon_first), last, basis);
  return {};
}

// The socio-professional supplements: after the months required, means-tested, first
// granted for the rest of the quarter and the next, then renewed quarter by quarter.
core::Status socio_professional(Ctx& x) {
  const ClaimantStatus status = *x.c.claimant_status;
  SECU_RETURN_IF_ERROR(x.b.reason("family_benefits.supplements", msg("family_benefits.reason.supplement_socio_professional")));
  if (!x.c.claimant_status_since) {
    x.b.missing(x.c.pointer("/claimant_status_since"), msg("question.family_benefits.claimant_status_since"));
    x.unknown = true;
    return {};
  }
  Date met = *x.c.claimant_status_since;
  if (status != ClaimantStatus::pensioner) {
    const char* id = status == ClaimantStatus::unemployed ? "family.supplement.unemployed_min_months" : "family.supplement.incapacity_min_months";
    SECU_TRY(std::int64_t months, x.b.integer(id, met));
    met = core::add_months(met, static_cast<int>(months), core::EndOfMonth::next_day) - 1;
    x.b.reason_from(*x.b.ctx().law.params().find(id)->entry_at(*x.c.claimant_status_since), id,
                    Message{"family_benefits.reason.supplement_months", {{"months", months}, {"date", met}}});
  }
  if (!x.c.household_income_within_limit) {
    x.b.missing(x.c.pointer("/household_income_within_limit"), msg("question.family_benefits.household_income_within_limit"));
    x.unknown = true;
    return {};
  }
  if (!*x.c.household_income_within_limit)
    return x.b.reason("family_benefits.means_test", msg("family_benefits.reason.supplement_income_too_high"));
  SECU_RETURN_IF_ERROR(x.b.reason("family_benefits.means_test", msg("family_benefits.reason.supplement_income_within")));
  SECU_TRY(std::int64_t day, x.b.integer("family.supplement.payment_start_day", met));
  SECU_TRY(std::int64_t quarters, x.b.integer("family.supplement.first_grant_following_quarters", met));
  SECU_TRY(std::int64_t nth, x.b.integer("family.supplement.check_month_previous_quarter", met));
  const Date first = core::add_months(core::first_of_month(met), 1, core::EndOfMonth::clamp) + static_cast<std::int32_t>(day - 1);
  const Date first_end = core::add_months(core::first_of_quarter(first), static_cast<int>(3 * (quarters + 1)), core::EndOfMonth::clamp) - 1;
  SECU_RETURN_IF_ERROR(x.b.reason("family_benefits.supplement_start",
                                  Message{"family_benefits.reason.supplement_first_grant", {{"from", first}, {"to", first_end}, {"month", nth}}}));
  add_period(x, first, first_end, "basis.family_benefits.supplement_first_grant");
  add_period(x, first_end + 1, x.horizon_last, "basis.family_benefits.supplement_renewed");
  if (x.horizon_last < first) x.b.step("supplement", "first paid after the schedule shown: " + first.iso());
  return {};
}

// Eight quarters at most after resuming work, paid from the month after the new activity.
core::Status new_activity(Ctx& x) {
  SECU_RETURN_IF_ERROR(x.b.reason("family_benefits.new_activity", msg("family_benefits.reason.supplement_new_activity")));
  if (!x.c.new_activity_conditions_met) {
    x.b.missing(x.c.pointer("/new_activity_conditions_met"), msg("question.family_benefits.new_activity_conditions_met"));
    x.unknown = true;
    return {};
  }
  if (!*x.c.new_activity_conditions_met) return {};
  const Date since = *x.c.new_activity_since;
  SECU_TRY(std::int64_t quarters, x.b.integer("family.supplement.new_activity_max_quarters", since));
  SECU_TRY(std::int64_t day, x.b.integer("family.supplement.payment_start_day", since));
  const Date first = core::add_months(core::first_of_month(since), 1, core::EndOfMonth::clamp) + static_cast<std::int32_t>(day - 1);
  const Date last = core::add_months(core::first_of_quarter(first), static_cast<int>(3 * quarters), core::EndOfMonth::clamp) - 1;
  x.b.reason_from(*x.b.ctx().law.params().find("family.supplement.new_activity_max_quarters")->entry_at(since), "family.supplement.new_activity_max_quarters",
                  Message{"family_benefits.reason.supplement_new_activity_period", {{"from", first}, {"to", last}, {"quarters", quarters}}});
  add_period(x, first, last, "basis.family_benefits.supplement_new_activity");
  return {};
}

bool socio(const ChildClaim& c) {
  return c.claimant_status == ClaimantStatus::unemployed || c.claimant_status == ClaimantStatus::pensioner ||
         c.claimant_status == ClaimantStatus::disabled;
}

core::Result<Decision> decide(const Situation& s, const ChildClaim& c, const Person& child, DecisionBuilder& b) {
  const Date at = b.ctx().at;
  const std::optional<Region> region = region_of(s, c);
  SECU_TRY(Date earliest, earliest_regional_start(b.ctx()));
  Scheme scheme = Scheme::federal;
  if (region) {
    SECU_TRY(scheme, scheme_on(*region, at, b.ctx()));
  } else if (at >= earliest) {
    b.missing(child.pointer("/region"), msg("question.family_benefits.region"));
    return b.finish(Status::cannot_tell, Message{"family_benefits.summary.supplement_cannot_tell", {{"child", c.person}}});
  }
  if (scheme != Scheme::federal) {
    b.institution(payer_of(scheme));
    SECU_RETURN_IF_ERROR(b.reason(regional_citation(scheme), msg("family_benefits.reason.supplement_regional")));
    return b.finish(Status::cannot_tell, Message{"family_benefits.summary.supplement_cannot_tell", {{"child", c.person}}});
  }
  b.institution(payer_of(scheme));
  Ctx x{c, std::max(*child.birth_date, core::first_of_quarter(at)), core::first_day_of_next_quarter(core::first_day_of_next_quarter(at)) - 1, b};
  if (c.disabled.value_or(false))
    SECU_RETURN_IF_ERROR(while_conditions(x, "family_benefits.supplements", std::nullopt, c.disabled_until,
                                          "family_benefits.reason.supplement_disabled_child", "basis.family_benefits.supplement_disabled_child"));
  if (c.half_orphan.value_or(false))
    SECU_RETURN_IF_ERROR(while_conditions(x, "family_benefits.orphans", c.orphan_since, c.orphan_until, "family_benefits.reason.supplement_orphan",
                                          "basis.family_benefits.supplement_orphan"));
  if (socio(c)) SECU_RETURN_IF_ERROR(socio_professional(x));
  if (c.new_activity_since) SECU_RETURN_IF_ERROR(new_activity(x));
  if (x.met) {
    SECU_RETURN_IF_ERROR(b.reason("family_benefits.amount_by_rank", msg("family_benefits.reason.supplement_amount")));
    return b.finish(Status::entitled, Message{"family_benefits.summary.supplement_entitled", {{"child", c.person}}});
  }
  if (x.unknown) return b.finish(Status::cannot_tell, Message{"family_benefits.summary.supplement_cannot_tell", {{"child", c.person}}});
  return b.finish(Status::not_entitled, Message{"family_benefits.summary.supplement_not_entitled", {{"child", c.person}}});
}

}  // namespace

core::Result<std::optional<Decision>> supplement_decision(const Situation& s, const ChildClaim& c, const Context& ctx) {
  const Person& child = *s.person(c.person);
  const bool any = c.disabled.value_or(false) || c.half_orphan.value_or(false) || socio(c) || c.new_activity_since.has_value();
  if (!any || !child.birth_date || *child.birth_date > ctx.at) return std::optional<Decision>{};
  const std::string who = c.claimant.value_or(c.person);
  DecisionBuilder b(ctx, kBenefit, who);
  b.decision().subject = c.pointer();
  auto d = decide(s, c, child, b);
  if (d) return std::optional<Decision>(std::move(*d));
  if (d.error().code != core::ErrorCode::out_of_range) return std::unexpected(d.error());
  DecisionBuilder gap(ctx, kBenefit, who);
  SECU_RETURN_IF_ERROR(gap.law_gap(d.error(), ctx.at));
  return std::optional<Decision>(gap.finish(Status::cannot_tell, Message{"family_benefits.summary.law_not_covered", {{"date", ctx.at}}}));
}

}  // namespace secu::rules::family_benefits

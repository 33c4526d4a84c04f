// The shared frame of the accident-at-work and occupational-disease rules (seed 004 ch. VIII):
// "Your employer must take out a policy with a recognised insurance company or mutual
// insurance fund." — the insurer pays the accident's benefits; "Employers must be insured
// with the Occupational Diseases Fund, which grants the benefits concerned." — FMP/FBZ pays
// the disease's, and Fedris since the two funds merged (2017-01-01, news.belgium.be; the
// date is data: work_accidents.fedris_merger).
#include "rules/work_accidents/scheme.h"

#include <algorithm>

namespace secu::rules::work_accidents {

using core::Date;

namespace {

constexpr const char* kMerger = "work_accidents.fedris_merger";
constexpr const char* kSameWay = "occupational_diseases.benefits_as_work_accidents";

// The first day something is paid for the disease, for the figures to apply.
std::optional<Date> first_benefit_day(const OccupationalDisease& d) {
  std::optional<Date> first;
  auto take = [&](std::optional<Date> x) {
    if (x && (!first || *x < *first)) first = x;
  };
  if (d.preventive_cessation) take(d.preventive_cessation->from);
  if (d.facts.temporary_total) take(d.facts.temporary_total->from);
  if (d.facts.temporary_partial) take(d.facts.temporary_partial->from);
  take(d.facts.consolidation);
  take(d.facts.died);
  return first;
}

}  // namespace

Scheme accident_scheme(const WorkAccident& a, const Context& ctx) {
  return Scheme{false, a.person, a.pointer(), &a.facts, a.date, a.date, &ctx};
}

Scheme disease_scheme(const OccupationalDisease& d, const Context& ctx) {
  const Date key = d.claim_submitted.value_or(first_benefit_day(d).value_or(ctx.at));
  return Scheme{true, d.person, d.pointer(), &d.facts, std::nullopt, key, &ctx};
}

std::string benefit(const Scheme& s, std::string_view name) {
  return std::string(s.disease ? "occupational_disease." : "work_accident.") + std::string(name);
}

bool fedris_on(const Context& ctx, Date d) {
  auto merged = ctx.law.params().integer(kMerger, d);
  return merged && merged->value == 1;
}

std::string payer(const Scheme& s, Date d) {
  if (!s.disease) return "work_accident_insurer";
  return fedris_on(*s.ctx, d) ? "fedris" : "fmp";
}

std::string accidents_fund(const Context& ctx, Date d) { return fedris_on(ctx, d) ? "fedris" : "fat"; }

explain::Period period(Date from, std::optional<Date> to, std::string payer, std::optional<core::Money> amount, explain::Message basis,
                       explain::Per per) {
  explain::Period p;
  p.days = {from, to.value_or(from)};
  p.open_end = !to.has_value();
  p.payer = std::move(payer);
  p.amount_known = amount.has_value();
  p.amount = amount.value_or(core::Money());
  p.per = per;
  p.basis = std::move(basis);
  p.benefit_days = (per == explain::Per::day && to) ? p.days.days() : 0;
  return p;
}

void split_at_merger(const Scheme& s, std::vector<explain::Period>& periods) {
  std::vector<explain::Period> out;
  for (auto& p : periods) {
    if (p.payer != "fmp") {
      out.push_back(std::move(p));
      continue;
    }
    // The first day Fedris pays within the period, if any (looked up at the period's end).
    const Date last = p.open_end ? std::max(p.days.first, s.ctx->at) : p.days.last;
    if (!fedris_on(*s.ctx, last)) {
      out.push_back(std::move(p));
      continue;
    }
    Date lo = p.days.first, hi = last;  // fedris_on is false at lo (payer fmp) and true at hi
    while (hi - lo > 1) {
      const Date mid = lo + (hi - lo) / 2;
      (fedris_on(*s.ctx, mid) ? hi : lo) = mid;
    }
    explain::Period after = p;
    p.days.last = hi - 1;
    p.open_end = false;
    if (p.per == explain::Per::day) p.benefit_days = p.days.days();
    after.days.first = hi;
    after.payer = "fedris";
    if (after.per == explain::Per::day && !after.open_end) after.benefit_days = after.days.days();
    out.push_back(std::move(p));
    out.push_back(std::move(after));
  }
  periods = std::move(out);
}

core::Status same_way_reason(const Scheme& s, DecisionBuilder& b) {
  if (!s.disease) return {};
  auto f = s.ctx->law.params().integer(kSameWay, s.key);
  if (!f) return b.law_gap(f.error(), s.key);
  b.reason_from(*f->entry, kSameWay, msg("occupational_disease.reason.same_way"));
  return b.reason("occupational_disease.fund", msg("occupational_disease.reason.fund"));
}

}  // namespace secu::rules::work_accidents

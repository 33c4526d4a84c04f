// Seed 004 ch. X: "The per diem cash benefit depends on the length of time a person has been
// unemployed, his or her average daily pay, and the family situation." With dependants: 65 %
// for the first three months, then 60 %, 42.79 guaranteed after 48 months; living alone:
// 65 %, 60 % for the rest of the first year, then 55 %, a flat 35.94 after 48 months;
// cohabitant: 65 %, 60 %, then 40 %, a flat 18.99 after 48 months — each between a minimum
// and a maximum. "Part-time workers who become unemployed are entitled to a level of benefit
// in proportion to their number of working hours."
//
// data/params/unemployment/benefit/{rate,min_daily,max_daily}/<family>.yaml give, for each
// phase (months 1-3, 4-6, 7-12, 13-14, 15-24, 25-30, 31-36, 37-48, from 49), the rate and
// the bounds: amount = rate × daily wage, rounded to the cent, raised to the minimum and
// capped at the maximum; a phase without a rate pays the flat minimum. Month n of
// unemployment starts n-1 months after the first paid day. A figure data/ does not have on
// a day (the 2023 table stops at month 12) leaves that period's amount unknown.
//
// From 2026-03-01 (unemployment.benefit.limited_in_time) the benefit lasts at most
// unemployment.benefit.max_duration_months (24: 12 basic months and up to 12 more depending
// on the career); for a claim that started earlier, the end depends on the phase-out of
// existing claims, not in data/: the periods from 2026-03-01 have no known amount.
#include "rules/unemployment/phases.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "rules/unemployment/common.h"

namespace secu::rules::unemployment {

using core::Date;
using core::Money;
using explain::Key;
using explain::Message;

namespace {

constexpr const char* kLimited = "unemployment.benefit.limited_in_time";
constexpr const char* kMaxMonths = "unemployment.benefit.max_duration_months";
constexpr const char* kMaxWithDependants = "unemployment.benefit.max_daily.with_dependants";
constexpr const char* kCumulation = "unemployment.cumulation.max_percent_of_max_benefit";


Date phase_start(Date first, int month) { return core::add_months(first, month - 1, core::EndOfMonth::next_day); }

const Phase& phase_on(Date first, Date d) {
  const Phase* out = &kPhases[0];
  for (const auto& ph : kPhases)
    if (phase_start(first, ph.month) <= d) out = &ph;
  return *out;
}

struct Ids {
  std::string rate, min, max;
};

Ids ids_for(FamilySituation f) {
  const std::string fam(to_string(f));
  return {"unemployment.benefit.rate." + fam, "unemployment.benefit.min_daily." + fam, "unemployment.benefit.max_daily." + fam};
}

core::Result<bool> limited_on(Date d, DecisionBuilder& b) {
  auto r = b.integer(kLimited, d);
  if (!r) {
    if (r.error().code == core::ErrorCode::out_of_range) return false;
    return std::unexpected(r.error());
  }
  return *r != 0;
}

// "accumulation is possible up to 130% of the maximum daily amount of the unemployment benefit
// of a person with a dependent family": the benefit is lowered so that, with the daily income
// of the continued activity, it stays within that ceiling (the maximum of the same phase).
core::Status cumulate(Money income, const Key& phase, const Phase& ph, Date d, explain::Period& pd, DecisionBuilder& b) {
  SECU_TRY(auto max, covered(b.money_in(kMaxWithDependants, d, ph.category), d, b));
  SECU_TRY(auto percent, covered(b.rate(kCumulation, d), d, b));
  if (!max || !percent) {
    pd.amount_known = false;
    pd.basis = Message{"basis.unemployment.not_covered", {{"phase", phase}}};
    return {};
  }
  const Money ceiling = max->times(*percent, core::kCentHalfUp);
  const Money room = std::max(Money(), ceiling - income);
  if (pd.amount <= room) return {};
  pd.amount = room;
  pd.basis = Message{"basis.unemployment.cumulation", {{"phase", phase}, {"ceiling", ceiling}, {"income", income}}};
  return {};
}

// The daily amount of the phase on `d`: nullopt (a law gap noted) when a figure is missing.
core::Result<explain::Period> piece(const Person& p, const UnemploymentClaim& c, const Ids& ids, const Phase& ph, Date d,
                                    DecisionBuilder& b) {
  explain::Period pd;
  pd.per = explain::Per::day;
  const Key phase{fmt::format("unemployment.phase.{}", ph.category)};
  SECU_TRY(auto min, covered(b.money_in(ids.min, d, ph.category), d, b));
  const bool flat = b.ctx().law.params().category_is_null(ids.rate, d, ph.category);
  std::optional<Money> max = min;
  std::optional<core::Rate> rate;
  if (!flat) {
    SECU_TRY(max, covered(b.money_in(ids.max, d, ph.category), d, b));
    SECU_TRY(rate, covered(b.rate_in(ids.rate, d, ph.category), d, b));
  }
  if (!min || !max || (!flat && !rate)) {
    pd.amount_known = false;
    pd.basis = Message{"basis.unemployment.not_covered", {{"phase", phase}}};
    return pd;
  }
  if (flat) {
    pd.amount = *min;
    pd.basis = Message{"basis.unemployment.flat", {{"phase", phase}}};
  } else {
    const Money raw = p.daily_wage->times(*rate, core::kCentHalfUp);
    pd.amount = std::max(*min, std::min(raw, *max));  // the minimum is guaranteed even where a table puts it above the maximum
    pd.basis = Message{"basis.unemployment.phase", {{"phase", phase}, {"rate", *rate}, {"wage", *p.daily_wage},
        {"min", *min}, {"max", *max}}};
  }
  if (c.weekly_hours) {
    pd.amount = pd.amount.mul_div(*c.weekly_hours, *c.full_time_weekly_hours, core::kCentHalfUp);
    pd.basis.key += "_part_time";
    pd.basis.args.push_back({"hours", std::int64_t{*c.weekly_hours}});
    pd.basis.args.push_back({"full_time", std::int64_t{*c.full_time_weekly_hours}});
  }
  if (c.continued_activity_daily_income) SECU_RETURN_IF_ERROR(cumulate(*c.continued_activity_daily_income, phase, ph, d, pd, b));
  return pd;
}

}  // namespace

core::Result<std::optional<DurationLimit>> duration_limit(Date first, DecisionBuilder& b) {
  SECU_TRY(bool limited, limited_on(first, b));
  if (!limited) return std::optional<DurationLimit>{};
  SECU_TRY(auto months, covered(b.integer(kMaxMonths, first), first, b));
  if (!months) return std::optional<DurationLimit>{};
  return std::optional<DurationLimit>(DurationLimit{*months, core::add_months(first, static_cast<int>(*months), core::EndOfMonth::next_day) - 1});
}

core::Result<std::vector<explain::Period>> phase_schedule(const Person& p, const UnemploymentClaim& c, Date first, Date last,
                                                          const std::string& payer, DecisionBuilder& b) {
  const Ids ids = ids_for(*p.family_situation);
  std::vector<Date> cuts{first};
  for (const auto& ph : kPhases)
    if (const Date s = phase_start(first, ph.month); first < s && s <= last) cuts.push_back(s);
  for (const std::string& id : {ids.rate, ids.min, ids.max, std::string(kLimited)})
    if (const law::Parameter* prm = b.ctx().law.params().find(id))
      for (const auto& e : prm->entries)
        if (first < e.start && e.start <= last) cuts.push_back(e.start);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  SECU_TRY(bool limited_from_start, limited_on(first, b));
  std::vector<explain::Period> out;
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    const Date d = cuts[i];
    SECU_TRY(bool limited, limited_on(d, b));
    if (limited && !limited_from_start) {
      explain::Period pd = period(d, last, payer, explain::Per::day, msg("basis.unemployment.phase_out"));
      pd.amount_known = false;
      out.push_back(std::move(pd));
      SECU_RETURN_IF_ERROR(b.reason("unemployment.limited_in_time", Message{"unemployment.reason.phase_out", {{"date", d}}}));
      break;
    }
    const Date end = i + 1 < cuts.size() ? cuts[i + 1] - 1 : last;
    SECU_TRY(explain::Period pd, piece(p, c, ids, phase_on(first, d), d, b));
    explain::Period full = period(d, end, payer, explain::Per::day, pd.basis);
    full.amount = pd.amount;
    full.amount_known = pd.amount_known;
    out.push_back(std::move(full));
  }
  return out;
}

}  // namespace secu::rules::unemployment

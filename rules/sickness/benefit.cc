// Seed 004 ch. III: "The compensation rate is 60% of earnings. The ceiling taken into
// account for the compensation is € 126.4894 per day for incapacities occurred since
// 1 September 2012."
// Seed 002: "The amount of the benefit corresponds to 60% of your salary, and a daily
// capped amount applies. From the seventh month of incapacity for work, the benefit amount
// can be increased so that it is in line with the minimum benefit amount. […] Depending on
// you situation specific minimal amounts apply." Later: the minimum from the 5th month
// (2021), then the 4th (2023) — data/params/sickness/benefit/minimum/from_month.yaml.
//
// The ceiling is the one "for the incapacity's start date" as published on the day paid
// (a scale on dates: data/params/sickness/benefit/wage_ceiling.yaml). Amounts are paid per
// benefit day (6-day week) and rounded half-up to the cent once, after the rate.
//
// Not implemented: the flat minimum of the 3rd month (2023) and the cap of the minimum at
// the lost wage: the reference gives no amount for the first and no official text for the
// second.
#include "rules/sickness/benefit.h"

#include <algorithm>

#include "rules/sickness/employer.h"

namespace secu::rules::sickness {

using core::Date;
using core::DayRange;
using core::Money;
using explain::Message;
using explain::Period;

namespace {

constexpr const char* kRate = "sickness.benefit.rate";
constexpr const char* kCeiling = "sickness.benefit.wage_ceiling";
constexpr const char* kMaximum = "sickness.benefit.maximum_daily";
constexpr const char* kFromMonth = "sickness.benefit.minimum.from_month";
constexpr const char* kMinRegular = "sickness.benefit.minimum.regular";
constexpr const char* kMinIrregular = "sickness.benefit.minimum.irregular";

// The minimum for the person's category on `d`, or nullopt when the law or a fact is
// missing (then the amount is "at least" the computed one).
core::Result<std::optional<Money>> minimum(const Person& p, Date d, DecisionBuilder& b) {
  if (!p.family_situation) {
    b.missing(p.pointer("/family_situation"), msg("question.family_situation"));
    return std::optional<Money>{};
  }
  if (!p.regular_worker) {
    b.missing(p.pointer("/regular_worker"), msg("question.regular_worker"));
    return std::optional<Money>{};
  }
  auto m = b.money_in(*p.regular_worker ? kMinRegular : kMinIrregular, d, to_string(*p.family_situation));
  if (!m) {
    SECU_RETURN_IF_ERROR(b.law_gap(m.error(), d));
    return std::optional<Money>{};
  }
  return std::optional<Money>(*m);
}

// Whether the minimum applies on `d`: nullopt when the law of that date is not in data/.
core::Result<std::optional<bool>> minimum_applies(Date start, Date d, DecisionBuilder& b) {
  auto from = b.integer(kFromMonth, d);
  if (!from) {
    SECU_RETURN_IF_ERROR(b.law_gap(from.error(), d));
    return std::optional<bool>{};
  }
  return std::optional<bool>(month_of_incapacity(start, d) >= *from);
}

// 60 % of the wage capped at the ceiling; where the data has no ceiling for that day but
// has the published maximum benefit, 60 % of the wage limited to that maximum.
core::Result<std::optional<DayAmount>> capped_benefit(const Person& p, Date start, Date d, core::Rate rate, DecisionBuilder& b) {
  auto ceiling = b.money_on_date_scale(kCeiling, d, start);
  if (ceiling) {
    const Money capped = core::min(*p.daily_wage, *ceiling);
    b.step("capped_daily_wage@" + d.iso(), capped.text());
    const bool binding = *p.daily_wage > *ceiling;  // name the ceiling only where it limits the amount
    return DayAmount{capped.times(rate, core::kCentHalfUp), false,
                     binding ? Message{"basis.sickness_benefit", {{"rate", rate}, {"ceiling", *ceiling}}}
                             : Message{"basis.sickness_benefit_under_cap", {{"rate", rate}}}};
  }
  if (ceiling.error().code != core::ErrorCode::out_of_range) return std::unexpected(ceiling.error());
  auto maximum = b.money_on_date_scale(kMaximum, d, start);
  if (maximum) {
    const Money full = p.daily_wage->times(rate, core::kCentHalfUp);
    if (full <= *maximum) return DayAmount{full, false, Message{"basis.sickness_benefit_under_cap", {{"rate", rate}}}};
    return DayAmount{*maximum, false, Message{"basis.sickness_benefit_maximum", {{"rate", rate}, {"maximum", *maximum}}}};
  }
  SECU_RETURN_IF_ERROR(b.law_gap(ceiling.error(), d));
  return std::optional<DayAmount>{};
}

core::Result<DayAmount> amount_on(const Person& p, Date start, Date d, DecisionBuilder& b) {
  SECU_TRY(core::Rate rate, b.rate(kRate, d));
  if (!p.daily_wage) return DayAmount{std::nullopt, false, msg("basis.sickness_benefit_no_wage")};
  SECU_TRY(std::optional<DayAmount> capped, capped_benefit(p, start, d, rate, b));
  if (!capped) return DayAmount{std::nullopt, false, msg("basis.sickness_benefit_no_ceiling")};
  const Money base = *capped->amount;
  b.step("benefit_before_minimum@" + d.iso(), base.text());
  DayAmount out = *capped;
  SECU_TRY(std::optional<bool> applies, minimum_applies(start, d, b));
  if (applies && !*applies) return out;
  SECU_TRY(std::optional<Money> min, applies ? minimum(p, d, b) : core::Result<std::optional<Money>>(std::nullopt));
  if (!min) {
    out.at_least = true;
    return out;
  }
  if (*min > base) out = DayAmount{*min, false, msg("basis.sickness_minimum")};
  return out;
}

DayAmount reduce(DayAmount a, core::Rate reduction) {
  a.basis = Message{"basis.sickness_benefit_reduced", {{"rate", reduction}}};
  if (a.amount) a.amount = *a.amount - a.amount->times(reduction, core::kCentHalfUp);
  return a;
}

}  // namespace

int month_of_incapacity(Date start, Date d) {
  int m = 1;
  while (core::add_months(start, m, core::EndOfMonth::clamp) <= d) ++m;
  return m;
}

std::vector<Date> change_dates(const law::Parameters& law, std::initializer_list<const char*> ids, DayRange days) {
  std::vector<Date> out;
  for (const char* id : ids)
    if (const law::Parameter* p = law.find(id))
      for (const auto& e : p->entries)
        if (days.first < e.start && e.start <= days.last) out.push_back(e.start);
  return out;
}

core::Result<std::vector<Period>> segments(DayRange days, std::vector<Date> cuts, const std::string& payer,
                                           const std::function<core::Result<DayAmount>(Date)>& amount_on) {
  std::vector<Period> out;
  if (days.empty()) return out;
  cuts.push_back(days.first);
  std::erase_if(cuts, [&](Date d) { return !days.contains(d); });
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::optional<DayAmount> previous;
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    const DayRange seg{cuts[i], i + 1 < cuts.size() ? cuts[i + 1] - 1 : days.last};
    SECU_TRY(DayAmount a, amount_on(seg.first));
    if (previous && *previous == a) {
      out.back().days.last = seg.last;
      out.back().benefit_days = core::benefit_days(out.back().days);
      continue;
    }
    Period pd = per_day(seg, payer, a.amount, a.basis);
    pd.at_least = a.at_least;
    out.push_back(std::move(pd));
    previous = std::move(a);
  }
  return out;
}

core::Result<std::vector<Period>> fund_benefit(const Person& p, Date start, DayRange days, const LateCertificate& late,
                                               DecisionBuilder& b) {
  if (late.unpaid_before) days.first = std::max(days.first, *late.unpaid_before);
  if (days.empty()) return std::vector<Period>{};
  std::vector<Date> cuts = change_dates(b.ctx().law.params(), {kRate, kCeiling, kMaximum, kFromMonth, kMinRegular, kMinIrregular}, days);
  for (int m = 1; core::add_months(start, m, core::EndOfMonth::clamp) <= days.last; ++m)  // each month of incapacity
    cuts.push_back(core::add_months(start, m, core::EndOfMonth::clamp));
  if (late.reduced_before) cuts.push_back(*late.reduced_before);
  return segments(days, std::move(cuts), fund_of(p), [&](Date d) -> core::Result<DayAmount> {
    SECU_TRY(DayAmount a, amount_on(p, start, d, b));
    if (late.reduced_before && d < *late.reduced_before) a = reduce(a, late.reduction);
    return a;
  });
}

}  // namespace secu::rules::sickness

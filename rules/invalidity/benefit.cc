// Seed 004 ch. V: "Invalidity benefit (indemnité d'invalidité/invaliditeitsuitkering)
// amounts to 65% of your previous earnings if you have dependants. If you have no
// dependants, this amount is reduced to 55% for a single person or 40% for a cohabitant."
// "The amount of benefit is subject to a ceiling. The ceiling is set at € 131.6023 for
// invalidities that occurred after 1 April 2013." Later ceilings by start window come from
// the reference (data/params/invalidity/benefit/wage_ceiling.yaml, a scale on dates keyed
// by the first day of invalidity). The minimum daily amounts of the sickness benefit apply
// in invalidity too (the official notice of 2022 gives them "from the 7th month, and in
// invalidity"): data/params/sickness/benefit/minimum/*.yaml.
//
// Self-employed: the seed says "special provisions may apply"; from 2022-12-01 the RIZIV
// publishes flat daily amounts for an invalid self-employed person who stopped working
// (data/params/invalidity/self_employed/with_cessation.yaml). Without them: cannot tell.
//
// Amounts are paid per benefit day (6-day week) and rounded half-up to the cent once.
#include "rules/invalidity/benefit.h"

#include <algorithm>

#include "rules/sickness/benefit.h"
#include "rules/sickness/employer.h"

namespace secu::rules::invalidity {

using core::Date;
using core::DayRange;
using core::Money;
using explain::Message;
using explain::Period;

namespace {

constexpr const char* kRate = "invalidity.benefit.rate";
constexpr const char* kCeiling = "invalidity.benefit.wage_ceiling";
constexpr const char* kMinRegular = "sickness.benefit.minimum.regular";
constexpr const char* kMinIrregular = "sickness.benefit.minimum.irregular";
constexpr const char* kSelfEmployed = "invalidity.self_employed.with_cessation";

using sickness::DayAmount;

// The minimum of the person's category on `d`; nullopt when a fact or the law is missing.
core::Result<std::optional<Money>> minimum(const Person& p, Date d, DecisionBuilder& b) {
  if (!p.regular_worker) return std::optional<Money>{};  // asked by the caller
  auto m = b.money_in(*p.regular_worker ? kMinRegular : kMinIrregular, d, to_string(*p.family_situation));
  if (m) return std::optional<Money>(*m);
  if (m.error().code != core::ErrorCode::out_of_range) return std::unexpected(m.error());
  return std::optional<Money>{};  // no minimum in data/ that day: the amount is "at least"
}

core::Result<DayAmount> employee_on(const Person& p, Date from, Date d, DecisionBuilder& b) {
  if (!p.family_situation || !p.daily_wage) return DayAmount{std::nullopt, false, msg("basis.invalidity_facts_missing")};
  auto rate = b.rate_in(kRate, d, to_string(*p.family_situation));
  if (!rate) {
    SECU_RETURN_IF_ERROR(b.law_gap(rate.error(), d));
    return DayAmount{std::nullopt, false, msg("basis.invalidity_no_law")};
  }
  auto ceiling = b.money_on_date_scale(kCeiling, d, from);
  if (!ceiling) {
    SECU_RETURN_IF_ERROR(b.law_gap(ceiling.error(), d));
    return DayAmount{std::nullopt, false, msg("basis.invalidity_no_law")};
  }
  const Money capped = core::min(*p.daily_wage, *ceiling);
  b.step("capped_daily_wage@" + d.iso(), capped.text());
  DayAmount out{capped.times(*rate, core::kCentHalfUp), false,
                *p.daily_wage > *ceiling ? Message{"basis.invalidity_benefit", {{"rate", *rate}, {"ceiling", *ceiling}}}
                                         : Message{"basis.invalidity_benefit_under_cap", {{"rate", *rate}}}};
  b.step("invalidity_before_minimum@" + d.iso(), out.amount->text());
  SECU_TRY(std::optional<Money> min, minimum(p, d, b));
  if (!min) {
    out.at_least = true;
    return out;
  }
  if (*min > *out.amount) out = DayAmount{*min, false, msg("basis.invalidity_minimum")};
  return out;
}

core::Result<DayAmount> self_employed_on(const Person& p, Date d, DecisionBuilder& b) {
  const bool stopped = p.self_employed && p.self_employed->stopped_working.value_or(false);
  if (!p.family_situation || !stopped) return DayAmount{std::nullopt, false, msg("basis.invalidity_facts_missing")};
  auto flat = b.money_in(kSelfEmployed, d, to_string(*p.family_situation));
  if (!flat) {
    SECU_RETURN_IF_ERROR(b.law_gap(flat.error(), d));
    return DayAmount{std::nullopt, false, msg("basis.invalidity_no_law")};
  }
  return DayAmount{*flat, false, msg("basis.invalidity_self_employed")};
}

}  // namespace

core::Result<std::vector<Period>> daily_benefit(const Person& p, Date from, DayRange days, DecisionBuilder& b) {
  const bool self_employed = p.status == WorkStatus::self_employed;
  std::vector<Date> cuts = sickness::change_dates(b.ctx().law.params(), {kRate, kCeiling, kMinRegular, kMinIrregular, kSelfEmployed}, days);
  return sickness::segments(days, std::move(cuts), sickness::fund_of(p), [&](Date d) {
    return self_employed ? self_employed_on(p, d, b) : employee_on(p, from, d, b);
  });
}

}  // namespace secu::rules::invalidity

#include "rules/pension/amount.h"

#include "rules/pension/career.h"
#include "rules/pension/minimum.h"

namespace secu::rules::pension {

using core::Date;
using core::Money;
using explain::Message;
using explain::Per;

namespace {

constexpr const char* kRate = "pension.rate";
constexpr const char* kFull = "pension.accrual.full_career_years";
constexpr const char* kMaximum = "pension.maximum.single_employee";
constexpr const char* kPayer = "onp";

// The facts the amount needs; false when one is missing or rules the computation out.
core::Result<bool> amount_facts(const Person& p, DecisionBuilder& b) {
  const PensionFacts& f = p.pension;
  bool ok = true;
  if (!f.career) b.missing(p.pointer("/career"), msg("question.pension_career"));
  if (!f.spouse_dependent) b.missing(p.pointer("/spouse_dependent"), msg("question.pension_spouse_dependent"));
  if (!f.earnings_revalued) b.missing(p.pointer("/career_earnings_revalued"), msg("question.pension_earnings_revalued"));
  if (!f.special_scheme) b.missing(p.pointer("/special_scheme"), msg("question.pension_special_scheme"));
  ok = f.career && f.spouse_dependent && f.earnings_revalued && f.special_scheme;
  if (f.earnings_revalued == false) {
    SECU_RETURN_IF_ERROR(b.reason("pension.career", msg("pension.reason.no_revaluation")));
    ok = false;
  }
  if (f.special_scheme == SpecialScheme::miner || f.special_scheme == SpecialScheme::seaman) {
    SECU_RETURN_IF_ERROR(b.reason("pension.special_amount", msg("pension.reason.special_scheme_amount")));
    ok = false;
  }
  return ok;
}

// The schedule when the amount is not known: the pension service pays from the start.
void unknown_schedule(Date start, DecisionBuilder& b) {
  b.decision().schedule.push_back(explain::unknown_amount_from(start, kPayer, Per::month, msg("basis.pension_unknown")));
}

struct Accrual {
  std::optional<Money> yearly;  // nullopt: not known
  std::int64_t years = 0;
};

// Σ earnings × rate / 45 over the career years, or nullopt with the reason.
core::Result<Accrual> accrual(const Person& p, Date start, Figure<core::Rate> rate, std::int64_t full, DecisionBuilder& b) {
  SECU_TRY(auto maximum, covered(money(b, kMaximum, start), start, b));
  SECU_TRY(auto single, covered(rate_in(b, kRate, start, "single"), start, b));
  const auto years = career_years(*p.pension.career, start.year(), std::nullopt);
  Accrual a{std::nullopt, static_cast<std::int64_t>(years.size())};
  if (!maximum || !single) return a;
  if (a.years > full) {
    SECU_RETURN_IF_ERROR(b.reason("pension.accrual", Message{"pension.reason.too_many_years", {{"years", a.years}, {"full", full}}}));
    return a;
  }
  Money sum;
  bool known = true;
  for (const CareerYear* y : years) {
    if (!y->earnings) {
      b.missing(y->pointer + "/earnings", Message{"question.pension_year_earnings", {{"year", std::int64_t{y->year}}}});
      known = false;
      continue;
    }
    if (known && y->earnings->times(single->value, core::kTenThousandthHalfUp) > maximum->value) {
      SECU_RETURN_IF_ERROR(b.reason("pension.ceiling", Message{"pension.reason.above_ceiling",
          {{"year", std::int64_t{y->year}}, {"earnings", *y->earnings}, {"maximum", maximum->value}}}));
      known = false;
    }
    sum += *y->earnings;
  }
  if (!known) return a;
  a.yearly = sum.times(rate.value, core::kTenThousandthHalfUp).mul_div(1, full, core::kCentHalfUp);
  SECU_RETURN_IF_ERROR(b.reason("pension.accrual", Message{"pension.reason.accrual",
      {{"years", a.years}, {"full", full}, {"rate", rate.value}, {"earnings", sum}, {"amount", *a.yearly}}}));
  return a;
}

explain::Period month_period(Date from, Money yearly, bool at_least, bool minimum) {
  explain::Period pd;
  pd.days = {from, from};
  pd.payer = kPayer;
  pd.per = Per::month;
  pd.amount = yearly.mul_div(1, 12, core::kCentHalfUp);
  pd.at_least = at_least;
  pd.open_end = true;
  pd.basis = Message{minimum ? "basis.pension_minimum" : "basis.pension_accrued", {{"yearly", yearly}}};
  return pd;
}

// One period per change of the minimum's amounts (merged where the monthly amount stays).
core::Result<std::vector<explain::Period>> periods(const MinimumRight& m, Money own, std::string_view category, Date start,
                                                   DecisionBuilder& b) {
  std::vector<Date> from{start};
  if (m.applies == Check::met)
    for (Date d : minimum_changes(b.ctx(), start)) from.push_back(d);
  std::vector<explain::Period> out;
  for (Date d : from) {
    std::optional<Money> minimum;
    if (m.applies == Check::met) {
      SECU_TRY(minimum, minimum_on(m, category, d, b));
    }
    const bool raised = minimum && *minimum > own;
    explain::Period pd = month_period(d, raised ? *minimum : own, m.applies == Check::unknown, raised);
    if (m.applies == Check::met && !minimum) pd.amount_known = false;
    if (!out.empty() && out.back().amount == pd.amount && out.back().amount_known == pd.amount_known) continue;
    if (!out.empty()) {
      out.back().days.last = d - 1;
      out.back().open_end = false;
    }
    out.push_back(pd);
  }
  return out;
}

void add_amounts(Money own, const std::vector<explain::Period>& schedule, DecisionBuilder& b) {
  auto& a = b.decision().amounts;
  a.push_back({"accrued_pension", msg("amount.pension_accrued"), own, Per::year, false});
  const auto& first = schedule.front();
  if (!first.amount_known) return;
  const Money yearly = std::get<Money>(first.basis.args.front().value);
  a.push_back({"yearly_pension", msg("amount.pension_yearly"), yearly, Per::year, first.at_least});
  a.push_back({"monthly_pension", msg("amount.pension_monthly"), first.amount, Per::month, first.at_least});
}

}  // namespace

core::Result<Check> lay_out_amount(const Person& p, Date start, DecisionBuilder& b) {
  if (p.pension.career && career_years(*p.pension.career, start.year(), std::nullopt).empty()) {
    SECU_RETURN_IF_ERROR(b.reason("pension.career", msg("pension.reason.no_career")));
    return Check::not_met;
  }
  SECU_TRY(bool facts, amount_facts(p, b));
  if (!facts) {
    unknown_schedule(start, b);
    return p.pension.career ? Check::met : Check::unknown;  // without a career, no year worked is known
  }
  const char* category = *p.pension.spouse_dependent ? "household" : "single";
  SECU_TRY(auto rate, covered(rate_in(b, kRate, start, category), start, b));
  SECU_TRY(auto full, covered(whole(b, kFull, start), start, b));
  if (!rate || !full) {
    unknown_schedule(start, b);
    return Check::met;
  }
  b.reason_from(*rate->entry, kRate, Message{*p.pension.spouse_dependent ? "pension.reason.rate_household" : "pension.reason.rate_single", {{"rate", rate->value}}});
  trace_career(*p.pension.career, start.year(), rate->value, full->value, b);
  SECU_TRY(Accrual own, accrual(p, start, *rate, full->value, b));
  if (!own.yearly) {
    unknown_schedule(start, b);
    return Check::met;
  }
  SECU_TRY(MinimumRight m, minimum_right(p, start, full->value, b));
  SECU_TRY(auto schedule, periods(m, *own.yearly, category, start, b));
  if (m.applies == Check::unknown) SECU_RETURN_IF_ERROR(b.reason("pension.minimum", msg("pension.reason.minimum_unknown")));
  if (schedule.front().basis.key == "basis.pension_minimum")
    SECU_RETURN_IF_ERROR(b.reason("pension.minimum", Message{"pension.reason.minimum_raises", {{"amount", std::get<Money>(schedule.front().basis.args.front().value)}}}));
  add_amounts(*own.yearly, schedule, b);
  b.decision().schedule = std::move(schedule);
  return Check::met;
}

}  // namespace secu::rules::pension

// Seed 004 ch. III: "During a first period, benefits are paid by the employer:
// White-collar workers receive 100% of earnings during a period of one month.
// Blue-collar workers receive 100% (during the first seven days of incapacity), 60% (from
// the eighth until the fourteenth day of incapacity) or via a supplementary allowance."
// Seed 002 (from the single status of 2014): blue-collar workers receive "100% of their
// salary during the first seven days […]; 85.88% from the 8th to the 14th day […]; from
// the 15th to the 30th day: 25.88% of their pay below the ceiling set by the sickness and
// disability insurance scheme and 85.88% of their pay above the ceiling."
//
// Who pays the 60 % in days 15-30 (002 leaves it open): the health insurance fund. The
// guaranteed salary proper ends on day 14 for a blue-collar worker; from day 15 the fund
// pays its sickness benefit and the employer pays only the complement (25.88 % / 85.88 %)
// on top. Source: the FPS Employment page cited by data/citations/sickness.yaml
// (sickness.blue_collar.days_15_30_fund): the employer pays "a percentage of the wage"
// and the mutuality its benefit. Seed 004 also says "The compensation insurance starts
// when the guaranteed salary period paid by the employer is over. This means after two
// weeks of incapacity for workers and one month for employees."
//
// Not implemented: the one-month seniority condition and the short-contract employees'
// 86.93 % / 26.93 % scheme — neither is in the seeds (see current-figures.md §1.4).
#include "rules/sickness/employer.h"

namespace secu::rules::sickness {

using core::Date;
using core::DayRange;
using core::Money;
using explain::Message;
using explain::Period;

namespace {
constexpr const char* kWage = "sickness.benefit.wage_ceiling";
}

bool contract_ended(const Person& p, const Incapacity& inc) {
  const auto& ended = p.insurance.last_insured_day;
  return !p.insurance.still_insured.value_or(false) && ended && *ended < inc.start;
}

std::string fund_of(const Person& p) { return p.insurance.fund.value_or("health_insurance_fund"); }

Period per_day(DayRange days, std::string payer, std::optional<Money> amount, Message basis) {
  Period pd;
  pd.days = days;
  pd.payer = std::move(payer);
  pd.amount_known = amount.has_value();
  pd.amount = amount.value_or(Money());
  pd.per = explain::Per::day;
  pd.basis = std::move(basis);
  pd.benefit_days = core::benefit_days(days);
  return pd;
}

namespace {

std::optional<Money> of_wage(const Person& p, core::Rate r) {
  if (!p.daily_wage) return std::nullopt;
  return p.daily_wage->times(r, core::kCentHalfUp);
}

void add(EmployerPart& part, DayRange days, Date last, const Person& p, core::Rate r, const char* basis) {
  days.last = std::min(days.last, last);
  if (days.empty()) return;
  part.periods.push_back(per_day(days, "employer", of_wage(p, r), Message{basis, {{"rate", r}}}));
}

core::Result<EmployerPart> white_collar(const Person& p, const Incapacity& inc, Date last, DecisionBuilder& b) {
  const Date s = inc.start;
  SECU_TRY(std::int64_t days, b.integer("sickness.guaranteed_salary.white_collar.duration", s));
  SECU_TRY(core::Rate rate, b.rate("sickness.guaranteed_salary.white_collar.rate", s));
  EmployerPart part{{}, s + static_cast<std::int32_t>(days)};
  add(part, {s, part.fund_from - 1}, last, p, rate, "basis.guaranteed_salary");
  const bool later = b.ctx().law.params().at("sickness.certificate.late_reduction", s).has_value();
  SECU_RETURN_IF_ERROR(b.reason(later ? "sickness.white_collar.2017" : "sickness.white_collar", Message{"sickness.reason.white_collar", {{"days", days}, {"rate", rate}}}));
  return part;
}

// Whether the wage is under the ceiling of the incapacity's start date on day `d`: from the
// ceiling, or, where the data has only the maximum benefit (60 % of the ceiling), from it.
core::Result<std::optional<bool>> wage_under_ceiling(Money wage, Date s, Date d, DecisionBuilder& b) {
  auto ceiling = b.money_on_date_scale(kWage, d, s);
  if (ceiling) return std::optional<bool>(wage <= *ceiling);
  if (ceiling.error().code != core::ErrorCode::out_of_range) return std::unexpected(ceiling.error());
  SECU_TRY(core::Rate rate, b.rate("sickness.benefit.rate", d));
  auto maximum = b.money_on_date_scale("sickness.benefit.maximum_daily", d, s);
  if (maximum && wage.times(rate, core::kCentHalfUp) <= *maximum) return std::optional<bool>(true);
  SECU_RETURN_IF_ERROR(b.law_gap(ceiling.error(), d));
  return std::optional<bool>{};
}

// Days 15-30 of the 2014 version: 25.88 % of the pay below the ceiling, 85.88 % above.
core::Result<std::optional<Money>> complement(const Person& p, Date s, Date d, DecisionBuilder& b) {
  SECU_TRY(core::Rate below, b.rate("sickness.guaranteed_salary.blue_collar.complement_rate_below_ceiling", s));
  SECU_TRY(core::Rate above, b.rate("sickness.guaranteed_salary.blue_collar.complement_rate_above_ceiling", s));
  if (!p.daily_wage) return std::optional<Money>{};
  SECU_TRY(std::optional<bool> under_ceiling, wage_under_ceiling(*p.daily_wage, s, d, b));
  if (!under_ceiling) return std::optional<Money>{};
  if (*under_ceiling) return std::optional<Money>(p.daily_wage->times(below, core::kCentHalfUp));
  SECU_TRY(Money ceiling, b.money_on_date_scale(kWage, d, s));
  // Both parts summed exactly, rounded once to the cent.
  return std::optional<Money>(Money::sum_of_products(ceiling, below, *p.daily_wage - ceiling, above, core::kCentHalfUp));
}

core::Result<EmployerPart> blue_collar(const Person& p, const Incapacity& inc, Date last, DecisionBuilder& b) {
  const Date s = inc.start;
  SECU_TRY(std::int64_t full_days, b.integer("sickness.guaranteed_salary.blue_collar.full_pay_days", s));
  SECU_TRY(core::Rate full, b.rate("sickness.guaranteed_salary.blue_collar.full_pay_rate", s));
  SECU_TRY(std::int64_t second_last, b.integer("sickness.guaranteed_salary.blue_collar.second_week_last_day", s));
  SECU_TRY(core::Rate second, b.rate("sickness.guaranteed_salary.blue_collar.second_week_rate", s));
  EmployerPart part{{}, s + static_cast<std::int32_t>(second_last)};
  add(part, {s, s + static_cast<std::int32_t>(full_days) - 1}, last, p, full, "basis.guaranteed_salary");
  add(part, {s + static_cast<std::int32_t>(full_days), part.fund_from - 1}, last, p, second, "basis.guaranteed_salary");
  const bool single_status = b.ctx().law.params().at("sickness.guaranteed_salary.blue_collar.complement_last_day", s).has_value();
  SECU_RETURN_IF_ERROR(b.reason(single_status ? "sickness.blue_collar.2014" : "sickness.blue_collar", Message{"sickness.reason.blue_collar",
      {{"full_days", full_days}, {"full", full}, {"second_last", second_last}, {"second", second}}}));
  auto complement_last = b.integer("sickness.guaranteed_salary.blue_collar.complement_last_day", s);
  if (!complement_last) {  // the 2013 version: no complement in the seeds
    if (complement_last.error().code != core::ErrorCode::out_of_range) return std::unexpected(complement_last.error());
    return part;
  }
  DayRange days{part.fund_from, std::min(last, s + static_cast<std::int32_t>(*complement_last) - 1)};
  if (days.empty()) return part;
  SECU_TRY(std::optional<Money> amount, complement(p, s, days.first, b));
  part.periods.push_back(per_day(days, "employer", amount, msg("basis.blue_collar_complement")));
  SECU_RETURN_IF_ERROR(b.reason("sickness.blue_collar.days_15_30_fund", msg("sickness.reason.blue_collar_complement")));
  return part;
}

}  // namespace

core::Result<EmployerPart> guaranteed_salary(const Person& p, const Incapacity& inc, Date last, DecisionBuilder& b) {
  if (contract_ended(p, inc)) {
    // No labour contract any more when the incapacity began: no guaranteed salary, the
    // fund pays from the first day (within the 30-day gap of 002).
    SECU_RETURN_IF_ERROR(b.reason("sickness.no_employer", Message{"sickness.reason.no_employer", {{"date", *p.insurance.last_insured_day}}}));
    return EmployerPart{{}, inc.start};
  }
  if (!p.worker_class) {
    b.missing(p.pointer("/worker_class"), msg("question.worker_class"));
    return EmployerPart{{}, inc.start, false};
  }
  if (*p.worker_class == WorkerClass::white_collar) return white_collar(p, inc, last, b);
  return blue_collar(p, inc, last, b);
}

}  // namespace secu::rules::sickness

// Seed 004 ch. IV: "The amount of maternity benefit is calculated as follows:
// - for gainfully employed women, 82% of pay (no ceiling) for the first 30 days and 75%
//   (subject to ceiling) from the thirty-first day onwards or in the event of an extension;
// - for unemployed women the basic allowance amounts, during the first 30 days, to 60% of
//   the lost salary. The amount of the basic allowance equals the amount of the
//   unemployment benefit to which a worker would be entitled if not in the maternity
//   protection period. She can also claim an additional allowance which amounts to 19.5% of
//   her ceiled lost salary. As from the thirty-first day, the additional allowance amounts
//   to 15% of the lost ceiled salary.
// - disabled women are entitled to 79.5% of pay, subject to a ceiling of € 104.62, for the
//   first 30 days, and 75%, subject to a ceiling of € 98.70, thereafter (start of maternity
//   as of 1 May 2013)."
//
// Rates and period lengths are those in force at the start of the rest; the ceiling is the
// one for that start as published on the day paid, the ceiling of the sickness benefit
// (75 % of it is the 98.70 of 2013: 0.75 × 131.6023). Where the data has no ceiling for
// that start, the maternity maxima (98.70 and 104.62 from 2013-05-01, later RIZIV
// amounts) limit the benefit. The unemployed woman's basic allowance is her unemployment
// benefit (a fact). Amounts are per day of the 6-day week, rounded half-up to the cent
// once after the rate.
#include "rules/maternity/benefit.h"

namespace secu::rules::maternity {

using core::Date;
using core::Money;
using core::Rate;
using explain::Message;

namespace {

constexpr const char* kCeiling = "sickness.benefit.wage_ceiling";
constexpr const char* kMax79 = "maternity.benefit.invalid_max_daily_first_period";
constexpr const char* kMax75 = "maternity.benefit.invalid_max_daily_second_period";

struct Rates {
  const char* first_days;
  const char* first;
  const char* second;
};

Rates rates_of(MotherStatus s) {
  switch (s) {
    case MotherStatus::unemployed:
      return {"maternity.benefit.unemployed_first_period_days", "maternity.benefit.unemployed_additional_rate_first_period",
              "maternity.benefit.unemployed_additional_rate_second_period"};
    case MotherStatus::invalid:
      return {"maternity.benefit.invalid_first_period_days", "maternity.benefit.invalid_rate_first_period",
              "maternity.benefit.invalid_rate_second_period"};
    default:
      return {"maternity.benefit.employed_first_period_days", "maternity.benefit.employed_rate_first_period",
              "maternity.benefit.employed_rate_second_period"};
  }
}

// "As from the thirty-first day, the additional allowance amounts to 15% of the lost
// ceiled salary": the ceiling only, no maximum, applies to the additional allowance.
core::Result<DayAmount> unemployed_day(Rate rate, std::optional<Money> wage, std::optional<Money> basic, Date start,
                                       Date day, DecisionBuilder& b) {
  if (!wage || !basic) return DayAmount{std::nullopt, msg("basis.maternity_unemployed_facts")};
  SECU_TRY(DayAmount extra, capped(rate, *wage, start, day, nullptr, b));
  if (!extra.amount) return DayAmount{std::nullopt, msg("basis.maternity_no_ceiling")};
  return DayAmount{*basic + *extra.amount, Message{"basis.maternity_unemployed", {{"benefit", *basic}, {"rate", rate}}}};
}

}  // namespace

const std::vector<const char*>& amount_parameters() {
  static const std::vector<const char*> ids{kCeiling, kMax79, kMax75};
  return ids;
}

core::Result<DayAmount> capped(Rate rate, Money wage, Date start, Date day, const char* max_id, DecisionBuilder& b) {
  auto ceiling = b.money_on_date_scale(kCeiling, day, start);
  if (ceiling) {
    const bool binding = wage > *ceiling;  // name the ceiling only where it limits the amount
    return DayAmount{core::min(wage, *ceiling).times(rate, core::kCentHalfUp),
                     binding ? Message{"basis.maternity_capped", {{"rate", rate}, {"ceiling", *ceiling}}}
                             : Message{"basis.maternity_under_cap", {{"rate", rate}}}};
  }
  if (ceiling.error().code != core::ErrorCode::out_of_range) return std::unexpected(ceiling.error());
  if (max_id) {
    auto maximum = b.money_on_date_scale(max_id, day, start);
    if (maximum) {
      const Money full = wage.times(rate, core::kCentHalfUp);
      if (full <= *maximum) return DayAmount{full, Message{"basis.maternity_under_cap", {{"rate", rate}}}};
      return DayAmount{*maximum, Message{"basis.maternity_maximum", {{"rate", rate}, {"maximum", *maximum}}}};
    }
    if (maximum.error().code != core::ErrorCode::out_of_range) return std::unexpected(maximum.error());
  }
  SECU_RETURN_IF_ERROR(b.law_gap(ceiling.error(), day));
  return DayAmount{std::nullopt, msg("basis.maternity_no_ceiling")};
}

core::Result<int> second_period_day(MotherStatus status, Date start, DecisionBuilder& b) {
  SECU_TRY(std::int64_t days, b.integer(rates_of(status).first_days, start));
  return static_cast<int>(days) + 1;
}

core::Result<DayAmount> maternity_day(MotherStatus status, std::optional<Money> wage, std::optional<Money> unemployment_benefit,
                                      Date start, Date day, int n, DecisionBuilder& b) {
  const Rates r = rates_of(status);
  SECU_TRY(int second_from, second_period_day(status, start, b));
  const bool first = n < second_from;
  SECU_TRY(Rate rate, b.rate(first ? r.first : r.second, start));
  if (status == MotherStatus::unemployed) return unemployed_day(rate, wage, unemployment_benefit, start, day, b);
  if (!wage) return DayAmount{std::nullopt, msg("basis.maternity_no_wage")};
  if (status == MotherStatus::employee && first)  // "82% of pay (no ceiling) for the first 30 days"
    return DayAmount{wage->times(rate, core::kCentHalfUp), Message{"basis.maternity_no_ceiling_rate", {{"rate", rate}}}};
  return capped(rate, *wage, start, day, first ? kMax79 : kMax75, b);
}

core::Status rate_reason(MotherStatus status, Date start, DecisionBuilder& b) {
  const Rates r = rates_of(status);
  SECU_TRY(std::int64_t days, b.integer(r.first_days, start));
  SECU_TRY(Rate first, b.rate(r.first, start));
  SECU_TRY(Rate second, b.rate(r.second, start));
  const std::vector<explain::Arg> args{{"first", first}, {"days", days}, {"second", second}};
  switch (status) {
    case MotherStatus::unemployed:
      SECU_RETURN_IF_ERROR(b.reason("maternity.benefit.unemployed", msg("maternity.reason.unemployed_basic")));
      return b.reason("maternity.benefit.unemployed_additional", Message{"maternity.reason.unemployed_additional", args});
    case MotherStatus::invalid:
      return b.reason("maternity.benefit.invalid", Message{"maternity.reason.invalid_rates", args});
    default:
      return b.reason("maternity.benefit.employed", Message{"maternity.reason.employed_rates", args});
  }
}

}  // namespace secu::rules::maternity

#include "rules/pension/age.h"

#include <fmt/format.h>

#include "rules/pension/career.h"

namespace secu::rules::pension {

using core::Date;
using explain::Message;

namespace {

constexpr const char* kLegalAge = "pension.age.legal";
constexpr const char* kEarlyAge = "pension.early.min_age";
constexpr const char* kEarlyYears = "pension.early.min_career_years";
constexpr const char* kEarlyDays = "pension.early.career_year_min_days";
constexpr const char* kCompanyAge = "pension.company_supplement.min_pension_age";
constexpr const char* kFirstOfMonth = "pension.start.first_day_of_next_month";

// "not entitled to a retirement pension ... before the age of 65" under unemployment with
// company supplement.
core::Result<Check> company_supplement(const Person& p, Date start, int age_months, DecisionBuilder& b) {
  SECU_TRY(auto min, covered(age_in_months(b, kCompanyAge, start), start, b));
  if (!min) return Check::unknown;
  if (age_months >= min->value) return Check::met;
  const auto& on = p.pension.company_supplement_unemployment;
  if (!on) {
    b.missing(p.pointer("/company_supplement_unemployment"), msg("question.pension_company_supplement"));
    return Check::unknown;
  }
  if (!*on) return Check::met;
  b.reason_from(*min->entry, kCompanyAge, Message{"pension.reason.company_supplement_age",
      {{"age", years_text(min->value)}, {"date", reaching(*p.birth_date, min->value)}}});
  return Check::not_met;
}

// The career years of the early pension: from 2025 with at least 104 days; the 2013 guide
// counts "years of professional activity" with no minimum of days.
core::Result<std::optional<int>> early_year_days(Date start, DecisionBuilder& b) {
  auto days = whole(b, kEarlyDays, start);
  if (days) {
    b.reason_from(*days->entry, kEarlyDays, Message{"pension.reason.early_year_days", {{"days", days->value}}});
    return std::optional<int>(static_cast<int>(days->value));
  }
  if (days.error().code != core::ErrorCode::out_of_range) return std::unexpected(days.error());
  SECU_RETURN_IF_ERROR(b.reason("pension.start", msg("pension.reason.early_year_any_days")));
  return std::optional<int>{};
}

// "an early retirement pension on reaching the age of 60.5, provided they have completed
// 38 years of professional activity" (2025: the years required depend on the age).
core::Result<Check> early_conditions(const Person& p, Date start, int age_months, DecisionBuilder& b) {
  SECU_TRY(auto min, covered(age_in_months(b, kEarlyAge, start), start, b));
  if (!min) return Check::unknown;
  if (age_months < min->value) {
    b.reason_from(*min->entry, kEarlyAge, Message{"pension.reason.early_too_young",
        {{"age", years_text(min->value)}, {"date", reaching(*p.birth_date, min->value)}}});
    return Check::not_met;
  }
  SECU_TRY(auto required, covered(on_age_scale(b, kEarlyYears, start, age_months), start, b));
  if (!required) return Check::unknown;
  if (!p.pension.career) {
    b.missing(p.pointer("/career"), msg("question.pension_career"));
    return Check::unknown;
  }
  SECU_TRY(std::optional<int> min_days, early_year_days(start, b));
  const auto years = static_cast<std::int64_t>(career_years(*p.pension.career, start.year(), min_days).size());
  b.step("early.career_years", std::to_string(years));
  const Message text{years >= required->value ? "pension.reason.early_career_ok" : "pension.reason.early_career_short",
                     {{"years", years}, {"required", required->value}, {"age", years_text(age_months)}}};
  b.reason_from(*required->entry, kEarlyYears, text);
  return years >= required->value ? Check::met : Check::not_met;
}

// "An exception to this rule is made for miners, seamen and aircrew of civil aviation who
// can retire earlier": their ages are not in secu's data.
core::Result<Check> special_scheme(const Person& p, DecisionBuilder& b) {
  const auto& s = p.pension.special_scheme;
  if (!s) {
    b.missing(p.pointer("/special_scheme"), msg("question.pension_special_scheme"));
    return Check::unknown;
  }
  if (*s == SpecialScheme::none) return Check::not_met;
  SECU_RETURN_IF_ERROR(b.reason("pension.special_schemes", msg("pension.reason.special_scheme_age")));
  return Check::unknown;
}

}  // namespace

namespace {

// The first day of the month after `d` where data/ says pensions start on a first, with
// that rule's entry; nullopt where they do not, or where data/ does not cover `d` (the gap
// recorded).
core::Result<std::optional<Figure<Date>>> next_first(Date d, DecisionBuilder& b) {
  auto next = b.ctx().law.params().integer(kFirstOfMonth, d);
  if (!next) {
    SECU_RETURN_IF_ERROR(b.law_gap(next.error(), d));
    return std::optional<Figure<Date>>{};
  }
  if (next->value == 0) return std::optional<Figure<Date>>{};
  return std::optional<Figure<Date>>(Figure<Date>{core::YearMonth::of(d).plus(1).first_day(), next->entry});
}

// A start asked on another day than the first of a month moves to the first of the next
// month where data/ says pensions start on a first (the early pension "on reaching the age
// of 60.5" starts as the normal one does).
core::Result<Date> requested_day(Date asked, DecisionBuilder& b) {
  if (asked.day() == 1) return asked;
  SECU_TRY(auto first, next_first(asked, b));
  if (!first) return asked;
  b.reason_from(*first->entry, kFirstOfMonth, Message{"pension.reason.requested_first_of_month", {{"asked", asked}, {"start", first->value}}});
  return first->value;
}

}  // namespace

core::Result<Date> first_pension_day(Date reached, DecisionBuilder& b, bool cite) {
  SECU_TRY(auto first, next_first(reached, b));
  if (!first) return reached;
  if (cite) b.reason_from(*first->entry, kFirstOfMonth, Message{"pension.reason.first_of_month", {{"reached", reached}, {"start", first->value}}});
  return first->value;
}

core::Result<std::optional<NormalStart>> normal_start(Date birth, std::string_view age_id, DecisionBuilder& b) {
  SECU_TRY(int age, lowest_age_in_months(b.ctx(), age_id));
  for (int i = 0; i < 8; ++i) {  // each step raises the age to the one in force: a few steps settle it
    const Date reached = reaching(birth, age);
    SECU_TRY(Date day, first_pension_day(reached, b, false));
    SECU_TRY(auto legal, covered(age_in_months(b, age_id, day), day, b));
    if (!legal) return std::optional<NormalStart>{};
    if (legal->value <= age) return std::optional<NormalStart>(NormalStart{day, reached, age, legal->entry});
    age = legal->value;
  }
  return core::fail(core::ErrorCode::internal, "the age does not settle", std::string(age_id));
}

core::Result<std::optional<Start>> pension_start(const Person& p, const PensionClaim& c, DecisionBuilder& b) {
  SECU_TRY(auto normal, normal_start(*p.birth_date, kLegalAge, b));
  if (!normal) return std::optional<Start>{};
  SECU_RETURN_IF_ERROR(first_pension_day(normal->reached, b, true));
  b.reason_from(*normal->entry, kLegalAge, Message{"pension.reason.normal_age", {{"age", years_text(normal->months)}, {"date", normal->day}}});
  Date start = normal->day;
  if (c.requested_start) {
    SECU_TRY(start, requested_day(*c.requested_start, b));
  }
  b.step("pension_start", start.iso());
  return std::optional<Start>(Start{normal->day, normal->months, start, start < normal->day});
}

core::Result<Check> may_start(const Person& p, const Start& s, DecisionBuilder& b) {
  if (!s.early) return Check::met;
  const int age = months_of_age(*p.birth_date, s.start);
  b.step("age_at_start", years_text(age));
  SECU_RETURN_IF_ERROR(b.reason("pension.start", Message{"pension.reason.early_start", {{"start", s.start}, {"normal", s.normal}}}));
  SECU_TRY(Check company, company_supplement(p, s.start, age, b));
  SECU_TRY(Check early, early_conditions(p, s.start, age, b));
  if (early == Check::not_met) {
    SECU_TRY(early, special_scheme(p, b));
  }
  return both(company, early);
}

}  // namespace secu::rules::pension

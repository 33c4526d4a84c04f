#include "rules/pension/minimum.h"

#include <algorithm>

#include "rules/pension/career.h"

namespace secu::rules::pension {

using core::Date;
using core::Money;
using explain::Message;

namespace {

constexpr const char* kFraction = "pension.minimum.min_career_fraction";
constexpr const char* kNewRuleYears = "pension.minimum.min_career_years";
constexpr const char* kNewRuleYearDays = "pension.minimum.career_year_min_days";
constexpr const char* kNewRuleDaysWorked = "pension.minimum.min_days_worked";
constexpr const char* kNewRuleBorn = "pension.minimum.new_rule_birth_year";
constexpr const char* kTransitionalBorn = "pension.minimum.transitional_birth_year";
constexpr const char* kYearly = "pension.minimum.full_career";
constexpr const char* kMonthly = "pension.minimum.full_career_monthly";

// "calculated pro rata if the career is at least equivalent to two-thirds of a complete career"
core::Result<MinimumRight> two_thirds(const Person& p, Date start, std::int64_t full, DecisionBuilder& b) {
  MinimumRight m{Check::unknown, 0, full};
  SECU_TRY(auto num, covered(whole_in(b, kFraction, start, "numerator"), start, b));
  SECU_TRY(auto den, covered(whole_in(b, kFraction, start, "denominator"), start, b));
  if (!num || !den) return m;
  m.years = static_cast<std::int64_t>(career_years(*p.pension.career, start.year(), std::nullopt).size());
  m.applies = m.years * den->value >= full * num->value ? Check::met : Check::not_met;
  b.reason_from(*num->entry, kFraction, Message{m.applies == Check::met ? "pension.reason.minimum_two_thirds" : "pension.reason.minimum_short",
      {{"years", m.years}, {"full", full}, {"numerator", num->value}, {"denominator", den->value}}});
  return m;
}

// From 2025 for people born from 1970: 30 years of at least 208 days and 5,000 days worked.
core::Result<MinimumRight> rule_2025(const Person& p, Date start, std::int64_t full, DecisionBuilder& b) {
  MinimumRight m{Check::unknown, 0, full};
  SECU_TRY(auto years, whole(b, kNewRuleYears, start));
  SECU_TRY(auto days, whole(b, kNewRuleYearDays, start));
  SECU_TRY(auto worked_min, whole(b, kNewRuleDaysWorked, start));
  m.years = static_cast<std::int64_t>(career_years(*p.pension.career, start.year(), static_cast<int>(days.value)).size());
  const std::int64_t worked = days_worked(*p.pension.career, start.year());
  b.step("minimum.days_worked", std::to_string(worked));
  const bool ok = m.years >= years.value && worked >= worked_min.value;
  m.applies = ok ? Check::met : Check::not_met;
  b.reason_from(*years.entry, kNewRuleYears, Message{ok ? "pension.reason.minimum_2025_met" : "pension.reason.minimum_2025_not_met",
      {{"years", m.years}, {"required", years.value}, {"year_days", days.value}, {"worked", worked}, {"worked_min", worked_min.value}}});
  return m;
}

}  // namespace

core::Result<MinimumRight> minimum_right(const Person& p, Date start, std::int64_t full, DecisionBuilder& b) {
  auto new_born = whole(b, kNewRuleBorn, start);
  if (!new_born) {
    if (new_born.error().code != core::ErrorCode::out_of_range) return std::unexpected(new_born.error());
    return two_thirds(p, start, full, b);  // before 2025: the guide's rule
  }
  SECU_TRY(auto transitional, whole(b, kTransitionalBorn, start));
  const int born = p.birth_date->year();
  if (born >= new_born->value) return rule_2025(p, start, full, b);
  if (born < transitional.value) return two_thirds(p, start, full, b);
  SECU_RETURN_IF_ERROR(b.reason("pension.minimum.rule_2025", Message{"pension.reason.minimum_transitional",
      {{"born", std::int64_t{born}}, {"from", transitional.value}, {"to", new_born->value - 1}}}));
  return MinimumRight{Check::unknown, 0, full};
}

core::Result<std::optional<Money>> minimum_on(const MinimumRight& m, std::string_view category, Date d, DecisionBuilder& b) {
  auto yearly = money_in(b, kYearly, d, category);
  std::optional<Money> full_amount;
  if (yearly) {
    full_amount = yearly->value;
  } else {
    if (yearly.error().code != core::ErrorCode::out_of_range) return std::unexpected(yearly.error());
    SECU_TRY(auto monthly, covered(money_in(b, kMonthly, d, category), d, b));
    if (!monthly) return std::optional<Money>{};
    full_amount = monthly->value * 12;
  }
  const std::int64_t years = std::min(m.years, m.full);
  return std::optional<Money>(full_amount->mul_div(years, m.full, core::kCentHalfUp));
}

std::vector<Date> minimum_changes(const Context& ctx, Date start) {
  std::vector<Date> out;
  for (const char* id : {kYearly, kMonthly})
    if (const law::Parameter* p = ctx.law.params().find(id))
      for (const auto& e : p->entries)
        if (e.start > start) out.push_back(e.start);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace secu::rules::pension

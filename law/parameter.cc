#include "law/parameter.h"

#include <algorithm>

namespace secu::law {

namespace {
constexpr std::array<std::pair<Unit, std::string_view>, 17> kUnits{{
    {Unit::eur, "EUR"}, {Unit::eur_per_day, "EUR/day"}, {Unit::eur_per_week, "EUR/week"},
    {Unit::eur_per_month, "EUR/month"}, {Unit::eur_per_quarter, "EUR/quarter"},
    {Unit::eur_per_year, "EUR/year"}, {Unit::percent, "percent"},
    {Unit::calendar_days, "calendar_days"}, {Unit::working_days, "working_days"},
    {Unit::benefit_days, "benefit_days"}, {Unit::weeks, "weeks"}, {Unit::months, "months"},
    {Unit::years, "years"}, {Unit::hours, "hours"}, {Unit::count, "count"},
    {Unit::boolean, "boolean"}, {Unit::index, "index"},
}};
}  // namespace

std::string_view to_string(Unit unit) {
  for (const auto& [u, name] : kUnits)
    if (u == unit) return name;
  return "?";
}

std::optional<Unit> parse_unit(std::string_view text) {
  for (const auto& [u, name] : kUnits)
    if (name == text) return u;
  return std::nullopt;
}

bool is_money(Unit unit) {
  switch (unit) {
    case Unit::eur: case Unit::eur_per_day: case Unit::eur_per_week: case Unit::eur_per_month:
    case Unit::eur_per_quarter: case Unit::eur_per_year:
      return true;
    default:
      return false;
  }
}

bool is_whole(Unit unit) {
  switch (unit) {
    case Unit::calendar_days: case Unit::working_days: case Unit::benefit_days: case Unit::weeks:
    case Unit::months: case Unit::hours: case Unit::count:
      return true;
    default:
      return false;
  }
}

const Entry* Parameter::entry_at(core::Date d) const {
  auto it = std::upper_bound(entries.begin(), entries.end(), d,
                             [](core::Date x, const Entry& e) { return x < e.start; });
  if (it == entries.begin()) return nullptr;
  const Entry& e = *std::prev(it);
  return e.value ? &e : nullptr;
}

}  // namespace secu::law

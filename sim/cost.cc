#include "sim/cost.h"

#include <algorithm>
#include <string_view>

namespace secu::sim {

namespace {

using core::Date;
using core::DayRange;
using core::Money;
using explain::Per;

// Payers (data/institutions ids) that are not the social security.
constexpr std::string_view kEmployer = "employer";
constexpr std::string_view kInsuredPerson = "insured_person";

/// The calendar unit (month, quarter, year) containing d.
DayRange unit_of(Date d, Per per) {
  const int y = d.year();
  const unsigned m = d.month();
  const unsigned first_month = per == Per::month ? m : per == Per::quarter ? (m - 1) / 3 * 3 + 1 : 1;
  const int months = per == Per::month ? 1 : per == Per::quarter ? 3 : 12;
  const Date first = *Date::from_ymd(y, first_month, 1);
  return {first, core::add_months(first, months, core::EndOfMonth::clamp) - 1};
}

/// amount × (days of `overlap` in each unit ÷ the unit's days), summed to the ten-thousandth.
Money by_calendar_units(Money amount, Per per, DayRange overlap) {
  Money sum{};
  for (Date d = overlap.first; d <= overlap.last;) {
    const DayRange unit = unit_of(d, per);
    const DayRange part = core::intersect(unit, overlap);
    sum += amount.mul_div(part.days(), unit.days(), core::kTenThousandthHalfUp);
    d = unit.last + 1;
  }
  return sum;
}

}  // namespace

Money period_cost(const explain::Period& p, DayRange window) {
  if (!p.amount_known) return {};
  const DayRange span{p.days.first, p.open_end ? std::max(window.last, p.days.first) : p.days.last};
  const DayRange overlap = core::intersect(span, window);
  if (p.per == Per::once) return window.contains(p.days.first) ? p.amount : Money{};
  if (overlap.empty()) return {};
  switch (p.per) {
    case Per::day:
      return p.amount * (p.benefit_days > 0 ? core::benefit_days(overlap) : overlap.days());
    case Per::week:
      return p.amount.mul_div(overlap.days(), 7, core::kCentHalfUp);
    case Per::month:
    case Per::quarter:
    case Per::year:
      return by_calendar_units(p.amount, p.per, overlap).rounded(core::kCentHalfUp);
    case Per::once:
      break;
  }
  return {};
}

Cost cost_of(const explain::Decision& d, DayRange window) {
  Cost c;
  if (d.status != explain::Status::entitled) return c;
  for (const explain::Period& p : d.schedule) {
    // What the insured person pays (a hospital stay's own share) costs the social security nothing.
    if (p.payer == kInsuredPerson) continue;
    if (!p.amount_known && !core::intersect(p.days, window).empty()) c.unknown_amount = true;
    const Money m = period_cost(p, window);
    (p.payer == kEmployer ? c.employer_cost : c.public_cost) += m;
  }
  return c;
}

}  // namespace secu::sim

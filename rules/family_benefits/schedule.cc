// Months are laid out one by one (amounts are monthly and change on the first of a month:
// a region's scheme, an indexation, an age bracket), then joined into one period per run of
// months in the same calendar quarter with the same payer, amount and basis.
#include "rules/family_benefits/schedule.h"

#include <algorithm>

#include "rules/family_benefits/amounts.h"

namespace secu::rules::family_benefits {

using core::Date;
using explain::Period;

namespace {

bool joins(const Period& last, const Period& next) {
  return last.days.last + 1 == next.days.first && core::first_of_quarter(last.days.first) == core::first_of_quarter(next.days.first) &&
         last.payer == next.payer && last.amount_known == next.amount_known && last.amount == next.amount && last.basis == next.basis;
}

}  // namespace

core::Result<Layout> lay_out(const Situation& s, const Person& child, const ChildClaim& c, core::DayRange range, bool federal_ok,
                             DecisionBuilder& b) {
  Layout out;
  if (range.empty()) return out;
  const std::optional<Region> region = region_of(s, c);
  SECU_TRY(Date earliest, earliest_regional_start(b.ctx()));
  if (!region && range.last >= earliest) {
    b.missing(child.pointer("/region"), msg("question.family_benefits.region"));
    out.region_unknown = true;
    range.last = std::min(range.last, earliest - 1);
  }
  for (Date m = core::first_of_month(range.first); m <= range.last; m = core::add_months(m, 1, core::EndOfMonth::clamp)) {
    const Date first = std::max(m, range.first);
    const Date last = std::min(core::last_of_month(m), range.last);
    Scheme scheme = Scheme::federal;
    if (region) {
      SECU_TRY(scheme, scheme_on(*region, m, b.ctx()));
    }
    if (std::find(out.schemes.begin(), out.schemes.end(), scheme) == out.schemes.end()) out.schemes.push_back(scheme);
    if (scheme == Scheme::federal && !federal_ok) continue;
    SECU_TRY(MonthAmount a, month_amount(scheme, child, c, m, b));
    Period p;
    p.days = {first, last};
    p.payer = payer_of(scheme);
    p.per = explain::Per::month;
    p.amount_known = a.amount.has_value();
    p.amount = a.amount.value_or(core::Money());
    p.basis = std::move(a.basis);
    if (!out.periods.empty() && joins(out.periods.back(), p)) {
      out.periods.back().days.last = last;
    } else {
      out.periods.push_back(std::move(p));
    }
  }
  return out;
}

}  // namespace secu::rules::family_benefits

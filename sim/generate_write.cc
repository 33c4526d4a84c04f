// A drawn household as one JSON line: the facts a fund, the ONEM/RVA, a CPAS/OCMW or the pension
// service would have in their files, so that the rules can decide rather than ask. Written by
// hand (not through nlohmann::json) for speed: every string is one of the generator's own ASCII
// ids or names, so nothing needs escaping. Money is written from integer cents.
#include <algorithm>

#include <fmt/format.h>

#include "sim/generate_model.h"

namespace secu::sim::gen {
namespace {

using core::Date;
using core::YearMonth;

// Monday to Friday days of a month up to `last` (the 6-day week's Saturdays are not worked):
// five a whole week, then the days left over from the month's first weekday.
int weekdays(YearMonth m, Date last) {
  const int days = std::min(last, m.last_day()) - m.first_day() + 1;
  if (days <= 0) return 0;
  const int first = static_cast<int>(m.first_day().weekday());  // 0 = Sunday
  int n = days / 7 * 5;
  for (int i = 0; i < days % 7; ++i) {
    const int w = (first + i) % 7;
    if (w != 0 && w != 6) ++n;
  }
  return n;
}

// The months worked: the 12 before `at`, or before the end of work when it came earlier (an
// incapacity, unemployment), and on to a spell that begins after `at` (projected); then an
// incapacity's months in the year before `at` as assimilated sickness days.
void work_months(Json& j, const Member& m, Date at) {
  const YearMonth from = YearMonth::of(std::min(at, m.work_until + 1)).plus(-12);
  const YearMonth to = std::max(YearMonth::of(at - 1), YearMonth::of(m.work_until));
  const YearMonth year_before = YearMonth::of(at).plus(-12);
  j.key("work_months").open('[');
  for (YearMonth ym = from; ym <= to; ym = ym.plus(1)) {
    const bool worked = ym.first_day() <= m.work_until;
    if (!worked && !(m.incapacity && year_before <= ym && ym.first_day() < at)) continue;
    const int days = weekdays(ym, worked ? m.work_until : ym.last_day());
    if (days == 0) continue;
    j.open('{').key("month").str(ym.text()).key("days").num(days);
    if (m.work_percent < 100) j.key("hours").num(days * 38 * m.work_percent / 500);
    if (!worked) j.key("kind").str("sickness");
    j.close('}');
  }
  j.close(']');
}

std::string_view insured_as(const Member& m) {
  switch (m.activity) {
    case Activity::employee: return "employee";
    case Activity::self_employed: return "self_employed";
    case Activity::unemployed: return "unemployed";
    case Activity::pensioner: return "pensioner";
    case Activity::student: return "student";
    case Activity::inactive: return m.incapacity ? "disabled" : "national_register";
    case Activity::child: return "dependant";
  }
  return "national_register";
}

const Member* mother(const Draft& d) {
  for (const Member& m : d.adults)
    if (m.woman) return &m;
  return &d.adults.front();
}

bool earns(const Member& m) { return m.activity != Activity::student && m.activity != Activity::inactive; }

// with_dependants: children at home or a partner without income; single: alone; else cohabitant.
std::string_view family_situation(const Member& m, const Draft& d) {
  if (m.activity == Activity::child || m.rank > 0) return "cohabitant";
  if (!d.children.empty()) return "with_dependants";
  if (d.adults.size() == 1) return "single";
  const Member& other = &d.adults[0] == &m ? d.adults[1] : d.adults[0];
  return earns(other) ? "cohabitant" : "with_dependants";
}

// An inactive partner (not an invalid) of a head who earns: insured through the head.
bool dependant_spouse(const Member& m, const Draft& d) {
  return m.activity == Activity::inactive && !m.incapacity && d.adults.size() > 1 && &m != &d.adults[0] && earns(d.adults[0]);
}

void insurance(Json& j, const Member& m, const Draft& d, Date at) {
  j.key("insurance").open('{').key("fund").str(d.fund).key("contributions_sufficient").boolean(true);
  if (m.activity == Activity::employee || m.activity == Activity::self_employed || m.incapacity) {
    j.key("insured_since").date(m.insured_since).key("still_insured").boolean(true);
    j.key("waiting_period_completed").boolean(m.insured_since <= at - 365);
  }
  j.close('}');
}

void career(Json& j, const Member& m, const Draft& d) {
  const std::int64_t wage = m.wage_cents > 0 ? m.wage_cents : m.quarter_cents > 0 ? m.quarter_cents / 78 : 12000;
  const int days = 312 * m.work_percent / 100;
  j.key("career").open('[').open('{').key("from").num(m.career_from).key("to").num(m.career_to);
  j.key("days").num(days).key("kind").str("work").key("earnings").money(wage * 312).close('}').close(']');
  const bool dependent_spouse = d.adults.size() > 1 && !earns(&d.adults[0] == &m ? d.adults[1] : d.adults[0]);
  j.key("career_earnings_revalued").boolean(true).key("spouse_dependent").boolean(dependent_spouse);
  j.key("special_scheme").str("none").key("other_benefits").open('[').close(']');
}

void adult_facts(Json& j, const Member& m, const Draft& d, Date at) {
  if (m.activity == Activity::employee || (m.incapacity && m.activity == Activity::inactive)) {
    j.key("status").str("employee").key("worker_class").str(m.blue_collar ? "blue_collar" : "white_collar");
    j.key("regular_worker").boolean(true);
  }
  if (m.wage_cents > 0) {
    j.key("daily_wage").money(m.wage_cents);
    work_months(j, m, at);
  }
  if (m.activity == Activity::self_employed) {
    j.key("status").str("self_employed").key("quarterly_income").money(m.quarter_cents);
    j.key("self_employed").open('{').key("contributions_since").date(m.insured_since);
    j.key("contributions_sufficient").boolean(true);
    j.key("last_contribution_quarter_end").date(core::first_of_quarter(at) - 1);
    if (m.incapacity) j.key("stopped_working").boolean(true);
    j.close('}');
  }
  if (dependant_spouse(m, d))
    j.key("head_of_family").str(d.adults[0].id).key("relation_to_head").str("spouse").key("quarterly_income").money(0);
  if (m.pension_claim) career(j, m, d);
}

void person(Json& j, const Member& m, const Draft& d, Date at) {
  j.open('{').key("id").str(m.id).key("birth_date").date(m.birth).key("region").str(d.region);
  j.key("legal_residence").boolean(true).key("family_situation").str(family_situation(m, d));
  const bool at_home = m.rank > 0 && (m.activity == Activity::child || m.activity == Activity::student ||
                                      m.activity == Activity::inactive);
  j.key("insured_as").str(at_home || dependant_spouse(m, d) ? "dependant" : insured_as(m));
  const bool preferential = m.rank > 0 ? mother(d)->preferential : m.preferential;
  j.key("preferential_scheme").boolean(preferential);
  insurance(j, m, d, at);
  if (at_home)
    j.key("head_of_family").str(mother(d)->id).key("relation_to_head").str("child").key("fiscally_independent").boolean(false)
        .key("quarterly_income").money(0);
  else
    adult_facts(j, m, d, at);
  j.close('}');
}

}  // namespace

void write(std::string& out, const Draft& d, Date at) {
  Json j(out);
  j.open('{').key("id").str(d.id).key("persons").open('[');
  for (const Member& m : d.adults) person(j, m, d, at);
  for (const Member& c : d.children) person(j, c, d, at);
  j.close(']');
  write_events(j, d, at);
  j.close('}');
}

}  // namespace secu::sim::gen

// A drawn household's events, with the facts the deciding institution's file would hold:
// incapacities (the fund), unemployment claims (the ONEM/RVA: admitted, registered, available),
// integration income and GRAPA claims (the CPAS/OCMW, the SFP/FPD), pension claims, the children
// for family benefits, and births (maternity rest, the co-parent's birth leave).
#include <algorithm>

#include "sim/generate_model.h"

namespace secu::sim::gen {
namespace {

using core::Date;

void incapacity(Json& j, const Member& m) {
  const Spell& s = *m.incapacity;
  j.open('{').key("type").str("incapacity").key("person").str(m.id).key("start").date(s.start);
  if (s.end) j.key("end").date(*s.end);
  j.key("certified").boolean(true).key("certificate_received").date(s.certificate);
  if (s.invalidity) j.key("invalidity_recognised").boolean(true);
  j.close('}');
}

void unemployment(Json& j, const Member& m, const Draft& d) {
  j.open('{').key("type").str("unemployment_claim").key("person").str(m.id).key("kind").str("full");
  j.key("start").date(*m.unemployed_since).key("admitted").boolean(true).key("involuntary").boolean(true);
  j.key("registered_job_seeker").boolean(true).key("available").boolean(true).key("able_to_work").boolean(true);
  j.key("resident").boolean(true).key("payment_body").str(d.payment_body);
  j.key("years_worked").num(std::max(0, std::min(60, m.unemployed_since->year() - m.insured_since.year())));
  if (m.work_percent < 100) j.key("weekly_hours").num(38 * m.work_percent / 100).key("full_time_weekly_hours").num(38);
  j.close('}');
}

std::string_view claim_household(const Member& m, const Draft& d) {
  // The GRAPA's household rate is for two beneficiaries; here one person claims.
  if (m.grapa) return d.adults.size() == 1 ? "single" : "cohabitant";
  if (!d.children.empty()) return "with_family";
  return d.adults.size() == 1 ? "single" : "cohabitant";
}

void income_claim(Json& j, const Member& m, const Draft& d) {
  j.open('{').key("type").str("income_claim").key("person").str(m.id);
  j.key("kind").str(m.grapa ? "grapa" : "integration_income").key("claim_date").date(*m.income_claim);
  j.key("household").str(claim_household(m, d)).key("means").open('[');
  if (m.means_cents >= 0)
    j.open('{').key("kind").str(m.grapa ? "pension" : "earnings").key("monthly").money(m.means_cents).close('}');
  j.close(']');
  if (m.grapa) {
    j.key("resident").boolean(true).key("receives").open('[').str("pension").close(']');
  } else {
    j.key("decision_date").date(*m.income_claim + 21);
    if (m.activity == Activity::student) j.key("health_or_equity_reasons").boolean(true);
    else j.key("willing_to_work").boolean(true);
  }
  j.close('}');
}

void pension_claim(Json& j, const Member& m, const Draft& d, Date at) {
  j.open('{').key("type").str("pension_claim").key("person").str(m.id).key("application_date").date(at);
  j.key("lives_in").str("belgium").key("child_dependent").boolean(!d.children.empty()).close('}');
}

std::string_view claimant_status(const Member& m) {
  switch (m.activity) {
    case Activity::employee: return "employee";
    case Activity::self_employed: return "self_employed";
    case Activity::unemployed: return "unemployed";
    case Activity::pensioner: return "pensioner";
    case Activity::inactive: return m.incapacity ? "disabled" : "none";
    default: return "none";
  }
}

// The child benefit's claimant: the first parent who works, else the one raising the child.
void child(Json& j, const Member& c, const Draft& d, const Member& raiser) {
  const Member* claimant = &raiser;
  for (const Member& a : d.adults)
    if (a.activity == Activity::employee || a.activity == Activity::self_employed) {
      claimant = &a;
      break;
    }
  j.open('{').key("type").str("child").key("person").str(c.id).key("claimant").str(claimant->id);
  j.key("claimant_status").str(claimant_status(*claimant)).key("related").boolean(true);
  j.key("competing_claimants").boolean(false).key("raised_by").str(raiser.id).key("rank").num(c.rank);
  j.key("brought_up_in").str("belgium");
  if (c.age >= 18) j.key("student").boolean(true);
  j.close('}');
}

void birth(Json& j, const Member& m, const Draft& d) {
  j.open('{').key("type").str("birth").key("person").str(m.id).key("expected_delivery").date(*m.delivery);
  j.key("multiple").boolean(m.twins);
  if (m.activity == Activity::employee) j.key("mother_status").str("employee");
  if (m.activity == Activity::unemployed) j.key("mother_status").str("unemployed");
  if (m.activity == Activity::self_employed) j.key("mother_status").str("self_employed");
  if (m.activity == Activity::inactive && m.incapacity) j.key("mother_status").str("invalid");
  // The co-parent's birth leave is for a worker: named when employed or self-employed.
  for (const Member& a : d.adults)
    if (&a != &m && (a.activity == Activity::employee || a.activity == Activity::self_employed))
      j.key("co_parent").str(a.id).key("co_parent_leave_start").date(*m.delivery);
  j.close('}');
}

const Member& raiser(const Draft& d) {
  for (const Member& m : d.adults)
    if (m.woman) return m;
  return d.adults.front();
}

}  // namespace

void write_events(Json& j, const Draft& d, Date at) {
  j.key("events").open('[');
  for (const Member& m : d.adults) {
    if (m.incapacity) incapacity(j, m);
    if (m.unemployed_since) unemployment(j, m, d);
    if (m.income_claim) income_claim(j, m, d);
    if (m.pension_claim) pension_claim(j, m, d, at);
    if (m.delivery) birth(j, m, d);
  }
  for (const Member& c : d.children) {
    if (c.age < 18 || c.student) child(j, c, d, raiser(d));
    if (c.incapacity) incapacity(j, c);
    if (c.unemployed_since) unemployment(j, c, d);
  }
  j.close(']');
}

}  // namespace secu::sim::gen

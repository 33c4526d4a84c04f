// Seed 000: "When you fall ill, see a doctor or dentist, are admitted to hospital or buy
// medicines in a pharmacy, part of the cost is covered by the State." Seed 001: "You pay the
// doctor for the consultation and request reimbursement afterwards."
//
// Not decided here: whether the person is covered at all (registered with a fund, minimum
// contributions: the membership branch), medicines and hospital stays (healthcare_hospital).
#include "rules/healthcare/healthcare.h"

#include <algorithm>

#include "rules/healthcare/attestation.h"
#include "rules/healthcare/line.h"
#include "rules/healthcare/maf.h"

namespace secu::rules::healthcare {

using explain::Decision;

namespace {

Outcome outcome_of(const Decision& d, const CareLine& line) {
  Outcome o{d.person, line.date, d.status, std::nullopt};
  for (const auto& a : d.amounts)
    if (a.name == "personal_share") o.personal_share = a.value;
  return o;
}

// Seed 000: "It is only once you are enrolled with such organization that you can receive
// reimbursements for your healthcare expenses". Known not to be registered with a fund —
// or a newcomer (seed 003) with no fund given, whose care goes through the CPAS/OCMW
// (the refugees branch says how) — so no mutuality reimburses this attestation.
bool not_enrolled(const Person& p) {
  if (p.insurance.registered == false) return true;
  const bool newcomer = p.migration_status && *p.migration_status != MigrationStatus::belgian_or_resident;
  return newcomer && !p.insurance.fund && p.insurance.registered != true;
}

core::Result<Decision> no_fund(const Person& p, const Care& c, const Context& ctx) {
  DecisionBuilder b(ctx, "healthcare.attestation", p.id);
  b.decision().subject = c.pointer();
  const bool newcomer = p.migration_status && *p.migration_status != MigrationStatus::belgian_or_resident;
  SECU_RETURN_IF_ERROR(b.reason("healthcare.enrolled_only", msg(newcomer ? "healthcare.reason.newcomer_cpas" : "healthcare.reason.not_enrolled")));
  if (newcomer) b.institution("cpas");
  SECU_RETURN_IF_ERROR(b.obligation("healthcare.enrolled_only", msg("healthcare.obligation.join_fund"), std::nullopt, "health_insurance_fund"));
  return b.finish(explain::Status::not_entitled, msg("healthcare.summary.not_enrolled"));
}

// The lines of one attestation (medicines left to the other branch), then the attestation.
core::Status one_attestation(const Person& p, const Care& c, const Context& ctx, std::vector<Decision>& out,
                             std::vector<Outcome>& outcomes) {
  if (not_enrolled(p)) {
    SECU_TRY(Decision d, no_fund(p, c, ctx));
    out.push_back(std::move(d));
    return {};
  }
  std::vector<Decision> lines;
  std::optional<core::Date> first;
  for (std::size_t i = 0; i < c.lines.size(); ++i) {
    const CareLine& line = c.lines[i];
    if (line.medicine_category) continue;
    SECU_TRY(Decision d, reimburse(Line{p, c, line, i}, ctx));
    outcomes.push_back(outcome_of(d, line));
    lines.push_back(std::move(d));
    first = first ? std::min(*first, line.date) : line.date;
  }
  if (lines.empty()) return {};
  SECU_TRY(Decision a, attestation(p, c, *first, lines, ctx));
  for (auto& d : lines) out.push_back(std::move(d));
  out.push_back(std::move(a));
  return {};
}

}  // namespace

core::Result<std::vector<Decision>> evaluate(const Situation& s, const Context& ctx) {
  std::vector<Decision> out;
  std::vector<Outcome> outcomes;
  for (const Care& c : s.cares) SECU_RETURN_IF_ERROR(one_attestation(*s.person(c.person), c, ctx, out, outcomes));
  SECU_TRY(std::vector<Decision> yearly, maf(s, outcomes, ctx));
  for (auto& d : yearly) out.push_back(std::move(d));
  return out;
}

}  // namespace secu::rules::healthcare

// The long-term care branch: four decisions per care_need event (seed 004 ch. XII). A date
// the law data does not cover (before its first figures) gives "cannot tell" with the gap.
#include "rules/long_term_care/long_term_care.h"

#include "rules/long_term_care/decisions.h"

namespace secu::rules::long_term_care {

using explain::Decision;

namespace {

// The decision, or "cannot tell" naming the gap when data/ does not cover the date.
core::Result<Decision> covered(core::Result<Decision> d, const char* benefit, const Person& p, core::Date key, const Context& ctx) {
  if (d || d.error().code != core::ErrorCode::out_of_range) return d;
  DecisionBuilder gap(ctx, benefit, p.id);
  SECU_RETURN_IF_ERROR(gap.law_gap(d.error(), key));
  return gap.finish(explain::Status::cannot_tell, msg("long_term_care.summary.law_not_covered"));
}

}  // namespace

core::Result<std::vector<Decision>> evaluate(const Situation& s, const Context& ctx) {
  std::vector<Decision> out;
  for (const auto& c : s.care_needs) {
    const Person& p = *s.person(c.person);
    const core::Date key = c.request_date.value_or(c.from);
    SECU_TRY(Decision sick, covered(sickness_insurance(s, p, c, ctx), "long_term_care.sickness_insurance", p, c.from, ctx));
    SECU_TRY(Decision care, covered(flemish_care_insurance(p, c, ctx), "long_term_care.flemish_care_insurance", p, c.from, ctx));
    SECU_TRY(Decision ia, covered(integration_allowance(p, c, ctx), "long_term_care.integration_allowance", p, key, ctx));
    SECU_TRY(Decision elderly, covered(elderly_assistance(p, c, ctx), "long_term_care.elderly_assistance", p, key, ctx));
    for (Decision* d : {&sick, &care, &ia, &elderly}) out.push_back(std::move(*d));
  }
  return out;
}

}  // namespace secu::rules::long_term_care

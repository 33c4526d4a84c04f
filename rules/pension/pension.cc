// The old-age pension branch: one retirement decision per claim, then the work while
// retired and the miners' heating allowance where they apply (seed 004 ch. VI).
#include "rules/pension/pension.h"

#include "rules/pension/retirement.h"
#include "rules/pension/work.h"

namespace secu::rules::pension {

core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx) {
  std::vector<explain::Decision> out;
  for (const auto& claim : s.pension_claims) {
    SECU_TRY(Retirement r, retirement_decision(s, claim, ctx));
    out.push_back(std::move(r.decision));
    const Person& p = *s.person(claim.person);
    if (claim.work) {
      SECU_TRY(explain::Decision w, work_decision(p, claim, r.start, ctx));
      out.push_back(std::move(w));
    }
    if (p.pension.special_scheme == SpecialScheme::miner) {
      SECU_TRY(explain::Decision h, heating_allowance_decision(p, ctx));
      out.push_back(std::move(h));
    }
  }
  return out;
}

}  // namespace secu::rules::pension

// The family benefits branch: child benefit, supplements, birth and adoption grants,
// parental benefit (seed 004 ch. IX).
#include "rules/family_benefits/family_benefits.h"

#include "rules/family_benefits/child_benefit.h"
#include "rules/family_benefits/grants.h"
#include "rules/family_benefits/parental.h"
#include "rules/family_benefits/supplements.h"

namespace secu::rules::family_benefits {

core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx) {
  std::vector<explain::Decision> out;
  for (const auto& c : s.child_claims) {
    SECU_TRY(auto benefit, child_benefit_decision(s, c, ctx));
    // The supplements go with the child benefit: none once its right is refused or ended.
    const bool refused = benefit && benefit->status == explain::Status::not_entitled;
    if (benefit) out.push_back(std::move(*benefit));
    if (!refused) {
      SECU_TRY(auto supplement, supplement_decision(s, c, ctx));
      if (supplement) out.push_back(std::move(*supplement));
    }
    if (c.expected_birth) {
      SECU_TRY(explain::Decision grant, birth_grant_decision(s, c, ctx));
      out.push_back(std::move(grant));
    }
    if (c.adopted) {
      SECU_TRY(explain::Decision grant, adoption_grant_decision(s, c, ctx));
      out.push_back(std::move(grant));
    }
  }
  for (const auto& l : s.parental_leaves) {
    SECU_TRY(explain::Decision d, parental_benefit_decision(s, l, ctx));
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace secu::rules::family_benefits

// The minimum-resources branch: each income claim decided by its kind (seed 004 ch. XI).
#include "rules/minimum_income/minimum_income.h"

#include "rules/minimum_income/disability.h"
#include "rules/minimum_income/grapa.h"
#include "rules/minimum_income/integration_income.h"

namespace secu::rules::minimum_income {

core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx) {
  std::vector<explain::Decision> out;
  for (const auto& claim : s.income_claims) {
    switch (claim.kind) {
      case IncomeClaimKind::integration_income: {
        SECU_TRY(explain::Decision d, integration_income_decision(s, claim, ctx));
        out.push_back(std::move(d));
        break;
      }
      case IncomeClaimKind::grapa: {
        SECU_TRY(explain::Decision d, grapa_decision(s, claim, ctx));
        out.push_back(std::move(d));
        break;
      }
      case IncomeClaimKind::disability_income_replacement: {
        SECU_TRY(explain::Decision d, disability_decision(s, claim, ctx));
        out.push_back(std::move(d));
        break;
      }
    }
  }
  return out;
}

}  // namespace secu::rules::minimum_income

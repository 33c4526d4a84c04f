// The survivors' branch: the decisions of each survivor by relation (seed 004 ch. VII).
#include "rules/survivors/survivors.h"

#include "rules/survivors/divorced.h"
#include "rules/survivors/others.h"
#include "rules/survivors/spouse.h"

namespace secu::rules::survivors {

core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx) {
  std::vector<explain::Decision> out;
  for (const Death& d : s.deaths) {
    switch (d.relation) {
      case SurvivorRelation::spouse: {
        SECU_TRY(auto ds, spouse_decisions(s, d, ctx));
        for (auto& x : ds) out.push_back(std::move(x));
        break;
      }
      case SurvivorRelation::divorced_spouse: {
        SECU_TRY(explain::Decision x, divorced_decision(s, d, ctx));
        out.push_back(std::move(x));
        break;
      }
      case SurvivorRelation::legal_partner:
      case SurvivorRelation::cohabitant: {
        SECU_TRY(explain::Decision x, partner_decision(d, ctx));
        out.push_back(std::move(x));
        break;
      }
    }
  }
  return out;
}

}  // namespace secu::rules::survivors

#include "rules/registry.h"

#include "rules/appeals/appeal.h"

#include "rules/family_benefits/family_benefits.h"
#include "rules/healthcare/healthcare.h"
#include "rules/healthcare_hospital/healthcare_hospital.h"
#include "rules/long_term_care/long_term_care.h"
#include "rules/maternity/maternity.h"
#include "rules/membership/membership.h"
#include "rules/minimum_income/minimum_income.h"
#include "rules/pension/pension.h"
#include "rules/refugees/refugees.h"
#include "rules/sickness/sickness.h"
#include "rules/survivors/survivors.h"
#include "rules/unemployment/unemployment.h"
#include "rules/work_accidents/work_accidents.h"

namespace secu::rules {

const std::vector<Branch>& branches() {
  static const std::vector<Branch> all{
      {"sickness", &sickness::evaluate},
      {"membership", &membership::evaluate},
      {"refugees", &refugees::evaluate},
      {"healthcare", &healthcare::evaluate},
      {"healthcare_hospital", &healthcare_hospital::evaluate},
      {"maternity", &maternity::evaluate},
      {"work_accidents", &work_accidents::evaluate},
      {"pension", &pension::evaluate},
      {"long_term_care", &long_term_care::evaluate},
      {"minimum_income", &minimum_income::evaluate},
      {"survivors", &survivors::evaluate},
      {"family_benefits", &family_benefits::evaluate},
      {"unemployment", &unemployment::evaluate},
  };
  return all;
}

core::Result<std::vector<explain::Decision>> evaluate_all(const Situation& s, const Context& ctx) {
  std::vector<explain::Decision> out;
  for (const auto& b : branches()) {
    SECU_TRY(auto ds, b.evaluate(s, ctx));
    for (auto& d : ds) out.push_back(std::move(d));
  }
  SECU_RETURN_IF_ERROR(appeals::add_appeal(out, ctx));
  return out;
}

}  // namespace secu::rules

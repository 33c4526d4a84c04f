// The maternity branch: the mother's rest, the co-parent's birth leave and converted rest,
// the adoption leave (seed 004 ch. IV).
#include "rules/maternity/maternity.h"

#include "rules/maternity/adoption.h"
#include "rules/maternity/birth_leave.h"
#include "rules/maternity/conversion.h"
#include "rules/maternity/rest.h"

namespace secu::rules::maternity {

core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx) {
  std::vector<explain::Decision> out;
  for (const auto& birth : s.births) {
    SECU_TRY(explain::Decision mother, mother_decision(s, birth, ctx));
    out.push_back(std::move(mother));
    SECU_TRY(auto leave, birth_leave_decision(s, birth, ctx));
    if (leave) out.push_back(std::move(*leave));
    SECU_TRY(auto converted, conversion_decision(s, birth, ctx));
    if (converted) out.push_back(std::move(*converted));
  }
  for (const auto& a : s.adoptions) {
    SECU_TRY(explain::Decision d, adoption_decision(s, a, ctx));
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace secu::rules::maternity

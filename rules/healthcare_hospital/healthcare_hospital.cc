#include "rules/healthcare_hospital/healthcare_hospital.h"

#include "rules/healthcare_hospital/medicine.h"
#include "rules/healthcare_hospital/stay.h"

namespace secu::rules::healthcare_hospital {

core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx) {
  std::vector<explain::Decision> out;
  for (const auto& care : s.cares) {
    const Person& p = *s.person(care.person);
    for (std::size_t i = 0; i < care.lines.size(); ++i) {
      if (!care.lines[i].medicine_category) continue;
      SECU_TRY(explain::Decision d, medicine_line(p, care, i, ctx));
      out.push_back(std::move(d));
    }
  }
  for (const auto& stay : s.hospital_stays) {
    SECU_TRY(explain::Decision d, hospital_stay(*s.person(stay.person), stay, s, ctx));
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace secu::rules::healthcare_hospital

// Seed 003, "Types of health insurance in Belgium":
//   "For refugees and immigrants, health insurance in Belgium is free. However, it does not
//   include all procedures and services. There are restrictions on visits to dentists, all
//   cosmetic services. […] The policy will not cover these costs, you will need to pay for
//   the services separately."
// Seed 003, "Health insurance for refugees": "If health troubles occurred on a weekend,
//   holidays or late at night, you can call the doctor on duty. […] All these cases are
//   included in the Medical insurance, and will not be paid by you."
// Seed 003, "Features of vaccination": "For refugees and immigrants, vaccination courses
//   are free. They can be prescribed even without medical insurance. […] However, you must
//   provide a record of vaccinations so that the doctor determines the need for a
//   particular vaccination."
// Seed 003, "Where should refugees go?": "Calling an ambulance is included in the cost of
//   health insurance in Belgium. The exception is a false call. you will pay for it yourself."
//
// The seed names restrictions on dentists without their limits: the reason says so, and
// secu prices no dental care here. Not implemented: the private individual insurance the
// seed mentions ("you will need to pay for it yourself") and its advice on medicines —
// neither is a right nor an obligation.
#include "rules/refugees/coverage.h"

namespace secu::rules::refugees {

core::Status what_is_covered(DecisionBuilder& b) {
  SECU_RETURN_IF_ERROR(b.reason("refugees.cost.free", msg("refugees.reason.free")));
  // Exceptions to "free": dentists beyond the restrictions, cosmetic care.
  SECU_RETURN_IF_ERROR(b.reason("refugees.excluded.dental_cosmetic", msg("refugees.reason.dental_restricted")));
  SECU_RETURN_IF_ERROR(b.reason("refugees.excluded.pay_separately", msg("refugees.reason.cosmetic_excluded")));
  SECU_RETURN_IF_ERROR(b.reason("refugees.doctor_on_duty.free", msg("refugees.reason.doctor_on_duty_free")));
  SECU_RETURN_IF_ERROR(b.reason("refugees.vaccination.free", msg("refugees.reason.vaccination_free")));
  SECU_RETURN_IF_ERROR(b.obligation("refugees.vaccination.record", msg("refugees.obligation.vaccination_record"), std::nullopt, ""));
  // The ambulance is covered; its exception, a false call, is paid by the caller.
  return b.reason("refugees.ambulance", msg("refugees.reason.ambulance"));
}

}  // namespace secu::rules::refugees

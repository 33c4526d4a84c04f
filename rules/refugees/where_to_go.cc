// Seed 003, "Where should refugees go?":
//   "Refugees can apply for health insurance in Belgium at the nearest CPAS office. This
//   requires a minimum set of identity documents."
//   "You can call the doctor in the following ways: • Call 1733 in Flanders • Visit and
//   follow the simple registration procedure with the municipality of Flanders. • In
//   Wallonia, go to • For medical assistance in Brussels call 02 513 02 02 or register at"
// The seed's text stops after "In Wallonia, go to" and "register at": secu gives no
// number for Wallonia, nor for the German-speaking Community, and says so.
// Seed 003, "Getting Medical Care": "At the reception, present one of the types of health
// insurance that CPAS will issue you."
// Seed 003, "Help for refugees": "It is recommended to translate your medical history into
// one of the official Belgian languages […]. The alternative is to translate into English."
// Seed 003: "You can order a policy only after the CPAS decision, but until then you will
// have the opportunity to get help." Seed 000: "your registration with a Belgian health
// insurance provider is not automatic ; it is up to you to take the necessary steps to
// register."
// The registration with a mutuality is asked of those whose protection is formal or
// documented; seed 003 gives the irregular and asylum seekers urgent aid only.
#include "rules/refugees/where_to_go.h"

namespace secu::rules::refugees {

namespace {

constexpr const char* kFlanders = "doctor_on_call_flanders";
constexpr const char* kBrussels = "medical_help_brussels";

core::Status numbers(const Person& p, DecisionBuilder& b) {
  if (!p.region) return {};
  switch (*p.region) {
    case Region::flanders:
      b.institution(kFlanders);
      SECU_RETURN_IF_ERROR(b.obligation("refugees.call.flanders", msg("refugees.obligation.call_flanders"), std::nullopt, kFlanders));
      return b.obligation("refugees.register.flanders", msg("refugees.obligation.register_municipality_flanders"), std::nullopt, "");
    case Region::brussels:
      b.institution(kBrussels);
      return b.obligation("refugees.call.brussels", msg("refugees.obligation.call_brussels"), std::nullopt, kBrussels);
    case Region::wallonia:
      return b.reason("refugees.call.wallonia", msg("refugees.reason.no_number_wallonia"));
    case Region::east_belgium:
      return b.reason("refugees.call.ways", msg("refugees.reason.no_number_east_belgium"));
  }
  return {};
}

}  // namespace

void ask_region(const Person& p, DecisionBuilder& b) {
  if (!p.region) b.missing(p.pointer("/region"), msg("question.region"));
}

core::Status where_to_go(const Person& p, Route r, DecisionBuilder& b) {
  b.institution("cpas");
  SECU_RETURN_IF_ERROR(b.obligation("refugees.apply.cpas", msg("refugees.obligation.apply_cpas"), std::nullopt, "cpas"));
  if (r == Route::cpas_documents)
    SECU_RETURN_IF_ERROR(b.obligation("refugees.documents.present", msg("refugees.obligation.present_document"), std::nullopt, ""));
  SECU_RETURN_IF_ERROR(numbers(p, b));
  return b.obligation("refugees.medical_history", msg("refugees.obligation.translate_medical_history"), std::nullopt, "");
}

core::Status mutuality(const Person& p, Route r, DecisionBuilder& b) {
  if (p.insurance.fund) {
    b.institution(*p.insurance.fund);
    return b.reason("refugees.mutuality.only_once_enrolled", msg("refugees.reason.registered_with_fund"));
  }
  if (r != Route::cpas_documents && !formal_protection(p)) return {};
  b.institution("health_insurance_fund");
  SECU_RETURN_IF_ERROR(b.reason("refugees.mutuality.after_cpas", msg("refugees.reason.mutuality_after_cpas")));
  return b.obligation("refugees.mutuality.not_automatic", msg("refugees.obligation.register_mutuality"), std::nullopt,
                      "health_insurance_fund");
}

}  // namespace secu::rules::refugees

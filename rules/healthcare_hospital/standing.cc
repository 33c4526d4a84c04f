// The patient's tariff group (seed 004 ch. II; the later tables cited in data/).
//
// A missing fact is asked for, never taken as "no": the preferential scheme first (it
// decides every amount), then whether the patient is a dependent child or a long-term
// unemployed person (or the dependant of one).
#include "rules/healthcare_hospital/standing.h"

namespace secu::rules::healthcare_hospital {


namespace {

constexpr const char* kReductions = "healthcare_hospital.stay.reductions";

// Long-term unemployed: the fact itself, or "no" when the person is insured on another ground.
std::optional<bool> long_term_unemployed(const Person& p) {
  if (p.long_term_unemployed) return p.long_term_unemployed;
  if (p.insured_as && *p.insured_as != InsuredAs::unemployed) return false;
  return std::nullopt;
}

// The reduction a dependant gets through the head of the family: yes, no, or unknown (asked).
std::optional<bool> dependant_reduction(const Person& p, const Person& head, DecisionBuilder& b, bool& asked) {
  if (p.relation_to_head == Relation::child) return true;
  const std::optional<bool> head_unemployed = long_term_unemployed(head);
  if (head_unemployed == true) return true;
  if (!p.relation_to_head) {
    b.missing(p.pointer("/relation_to_head"), msg("question.healthcare_hospital.relation_to_head"));
    asked = true;
  }
  if (!head_unemployed) {
    b.missing(head.pointer("/long_term_unemployed"), msg("question.healthcare_hospital.long_term_unemployed"));
    asked = true;
  }
  return asked ? std::nullopt : std::optional<bool>(false);
}

}  // namespace

core::Result<std::optional<Group>> group_of(const Person& p, const Situation& s, DecisionBuilder& b) {
  if (!p.preferential_scheme) {
    b.missing(p.pointer("/preferential_scheme"), msg("question.healthcare_hospital.preferential_scheme"));
    return std::optional<Group>{};
  }
  if (*p.preferential_scheme) {
    SECU_RETURN_IF_ERROR(b.reason(kReductions, msg("healthcare_hospital.reason.group_preferential")));
    return std::optional<Group>(Group::preferential);
  }
  const std::optional<bool> unemployed = long_term_unemployed(p);
  if (unemployed == true) {
    SECU_RETURN_IF_ERROR(b.reason(kReductions, msg("healthcare_hospital.reason.group_long_term_unemployed")));
    return std::optional<Group>(Group::reduced);
  }
  bool asked = false;
  const Person* head = p.head_of_family ? s.person(*p.head_of_family) : nullptr;
  if (head) {
    const std::optional<bool> through_head = dependant_reduction(p, *head, b, asked);
    if (through_head == true) {
      const bool child = p.relation_to_head == Relation::child;
      SECU_RETURN_IF_ERROR(b.reason(kReductions, msg(child ? "healthcare_hospital.reason.group_dependent_child"
                                                           : "healthcare_hospital.reason.group_dependant_of_unemployed")));
      return std::optional<Group>(Group::reduced);
    }
  } else if (p.relation_to_head == Relation::child) {
    SECU_RETURN_IF_ERROR(b.reason(kReductions, msg("healthcare_hospital.reason.group_dependent_child")));
    return std::optional<Group>(Group::reduced);
  }
  if (!unemployed) {
    b.missing(p.pointer("/long_term_unemployed"), msg("question.healthcare_hospital.long_term_unemployed"));
    asked = true;
  }
  if (asked) return std::optional<Group>{};
  return std::optional<Group>(Group::ordinary);
}

std::optional<bool> has_dependants(const Person& p, const Situation& s) {
  for (const auto& q : s.persons)
    if (q.head_of_family == p.id) return true;
  if (!p.family_situation) return std::nullopt;
  return *p.family_situation == FamilySituation::with_dependants;
}

std::string fund_of(const Person& p) { return p.insurance.fund.value_or("health_insurance_fund"); }

}  // namespace secu::rules::healthcare_hospital

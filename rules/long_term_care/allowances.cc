// Seed 004 ch. XII, "Integration allowance and allowance for assistance to the elderly":
// "means-tested social assistance schemes". "The integration allowance is granted to
// disabled persons from the age of 21 who, at the time of making the request, are younger
// than 65 and in respect of whom the lack or the reduction of autonomy is established. The
// integration allowance is granted only if income does not exceed certain ceilings." "The
// allowance for assistance to the elderly is granted to disabled persons from the age of 65
// who do not receive the income replacement allowance [...] or the integration allowance and
// who suffer from a lack or reduction of autonomy."
//
// Both ages are taken on the day of the request (a person under 65 at the request gets the
// integration allowance, from 65 the other one). The allowances "are calculated on a
// lump-sum basis and vary according to the category of dependency": the guide gives no
// amount, so the schedule names the payer and the start (the later of the start of the need
// and the request; the guide gives no other start) and the decision says "cannot tell" the
// amount. "The integration allowance [...] is reduced by 28% in the case of a stay in an
// institution which is entirely or partially funded by public funds."
#include <algorithm>

#include "rules/long_term_care/common.h"
#include "rules/long_term_care/decisions.h"

namespace secu::rules::long_term_care {

using core::Date;
using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kIaMin = "long_term_care.integration_allowance.min_age";
constexpr const char* kIaMax = "long_term_care.integration_allowance.max_request_age";
constexpr const char* kIaReduction = "long_term_care.integration_allowance.institution_reduction";
constexpr const char* kElderlyMin = "long_term_care.elderly_assistance.min_age";
constexpr const char* kPayer = "fps_ss_disability";

// An age parameter with a reason citing it.
core::Result<std::int64_t> age_limit(const char* id, Date d, const char* reason, DecisionBuilder& b) {
  SECU_TRY(std::int64_t age, b.integer(id, d));
  SECU_TRY(auto entry, b.ctx().law.params().at(id, d));
  b.reason_from(*entry.entry, id, Message{reason, {{"age", age}}});
  return age;
}

// Reduced autonomy and income (both allowances): the first known "no", else the questions.
core::Result<std::optional<Decision>> autonomy_and_income(const CareNeed& c, DecisionBuilder& b) {
  if (c.reduced_autonomy == false) {
    SECU_RETURN_IF_ERROR(b.reason("long_term_care.allowances.autonomy", msg("long_term_care.reason.no_reduced_autonomy")));
    b.decision().missing.clear();  // settled whatever the unknown facts
    return std::optional(b.finish(Status::not_entitled, msg("long_term_care.summary.no_reduced_autonomy")));
  }
  if (c.income_below_ceiling == false) {
    SECU_RETURN_IF_ERROR(b.reason("long_term_care.allowances.means", msg("long_term_care.reason.income_above")));
    b.decision().missing.clear();
    return std::optional(b.finish(Status::not_entitled, msg("long_term_care.summary.income_above")));
  }
  if (!c.reduced_autonomy) b.missing(c.pointer("/reduced_autonomy"), msg("question.long_term_care.reduced_autonomy"));
  if (!c.income_below_ceiling) b.missing(c.pointer("/income_below_ceiling"), msg("question.long_term_care.income_below_ceiling"));
  return std::optional<Decision>{};
}

// The facts every allowance needs before its age can be told.
bool ask_birth_and_request(const Person& p, const CareNeed& c, DecisionBuilder& b) {
  if (!p.birth_date) b.missing(p.pointer("/birth_date"), msg("question.birth_date"));
  if (!c.request_date) b.missing(c.pointer("/request_date"), msg("question.long_term_care.request_date"));
  return p.birth_date && c.request_date;
}

// Conditions met: the payer from the start, the amount not in the seeds.
Decision amount_unknown(const CareNeed& c, Message basis, const char* summary, DecisionBuilder& b) {
  const Date start = std::max(c.from, *c.request_date);
  b.decision().schedule.push_back(explain::unknown_amount_from(start, kPayer, explain::Per::month, std::move(basis)));
  return b.finish(Status::cannot_tell, Message{summary, {{"from", start}}});
}

core::Status apply(DecisionBuilder& b) {
  return b.obligation("long_term_care.allowances.assessment", msg("long_term_care.obligation.apply_disability"), std::nullopt, kPayer);
}

// The 28 % reduction in a publicly funded institution (the amount itself is not known).
core::Result<Message> institution_basis(const CareNeed& c, Date start, DecisionBuilder& b) {
  if (c.public_institution == false) return msg("basis.long_term_care.integration_allowance");
  SECU_TRY(core::Rate cut, b.rate(kIaReduction, start));
  SECU_TRY(auto entry, b.ctx().law.params().at(kIaReduction, start));
  if (c.public_institution) {
    b.reason_from(*entry.entry, kIaReduction, Message{"long_term_care.reason.ia_reduced", {{"rate", cut}}});
    return Message{"basis.long_term_care.integration_allowance_reduced", {{"rate", cut}}};
  }
  b.reason_from(*entry.entry, kIaReduction, Message{"long_term_care.reason.ia_reduced_if", {{"rate", cut}}});
  return msg("basis.long_term_care.integration_allowance");
}

}  // namespace

core::Result<Decision> integration_allowance(const Person& p, const CareNeed& c, const Context& ctx) {
  DecisionBuilder b(ctx, "long_term_care.integration_allowance", p.id);
  b.institution(kPayer);
  SECU_RETURN_IF_ERROR(b.reason("long_term_care.allowances.means", msg("long_term_care.reason.allowances_scope")));
  if (ask_birth_and_request(p, c, b)) {
    const std::int64_t age = core::age_on(*p.birth_date, *c.request_date);
    SECU_TRY(std::int64_t min, age_limit(kIaMin, *c.request_date, "long_term_care.reason.ia_min_age", b));
    SECU_TRY(std::int64_t max, age_limit(kIaMax, *c.request_date, "long_term_care.reason.ia_max_age", b));
    if (age < min) return b.finish(Status::not_entitled, Message{"long_term_care.summary.ia_too_young", {{"age", min}}});
    if (age >= max) return b.finish(Status::not_entitled, Message{"long_term_care.summary.ia_too_old", {{"age", max}}});
  }
  SECU_TRY(std::optional<Decision> refused, autonomy_and_income(c, b));
  if (refused) return std::move(*refused);
  if (!b.decision().missing.empty()) return b.finish(Status::cannot_tell, msg("long_term_care.summary.cannot_tell"));
  SECU_RETURN_IF_ERROR(apply(b));
  SECU_TRY(Message basis, institution_basis(c, std::max(c.from, *c.request_date), b));
  SECU_RETURN_IF_ERROR(b.reason("long_term_care.allowances.amount", msg("long_term_care.reason.amount_not_in_seed")));
  return amount_unknown(c, std::move(basis), "long_term_care.summary.ia_amount_unknown", b);
}

core::Result<Decision> elderly_assistance(const Person& p, const CareNeed& c, const Context& ctx) {
  DecisionBuilder b(ctx, "long_term_care.elderly_assistance", p.id);
  b.institution(kPayer);
  SECU_RETURN_IF_ERROR(b.reason("long_term_care.allowances.means", msg("long_term_care.reason.allowances_scope")));
  if (ask_birth_and_request(p, c, b)) {
    SECU_TRY(std::int64_t min, age_limit(kElderlyMin, *c.request_date, "long_term_care.reason.elderly_min_age", b));
    if (core::age_on(*p.birth_date, *c.request_date) < min)
      return b.finish(Status::not_entitled, Message{"long_term_care.summary.elderly_too_young", {{"age", min}}});
  }
  if (c.receives_income_replacement == true || c.receives_integration_allowance == true) {
    SECU_RETURN_IF_ERROR(b.reason("long_term_care.allowances.elderly", msg("long_term_care.reason.elderly_other_allowance")));
    b.decision().missing.clear();
    return b.finish(Status::not_entitled, msg("long_term_care.summary.elderly_other_allowance"));
  }
  SECU_TRY(std::optional<Decision> refused, autonomy_and_income(c, b));
  if (refused) return std::move(*refused);
  if (!c.receives_income_replacement)
    b.missing(c.pointer("/receives_income_replacement"), msg("question.long_term_care.receives_income_replacement"));
  if (!c.receives_integration_allowance)
    b.missing(c.pointer("/receives_integration_allowance"), msg("question.long_term_care.receives_integration_allowance"));
  if (!b.decision().missing.empty()) return b.finish(Status::cannot_tell, msg("long_term_care.summary.cannot_tell"));
  SECU_RETURN_IF_ERROR(apply(b));
  SECU_RETURN_IF_ERROR(b.reason("long_term_care.allowances.amount", msg("long_term_care.reason.amount_not_in_seed")));
  return amount_unknown(c, msg("basis.long_term_care.elderly_assistance"), "long_term_care.summary.elderly_amount_unknown", b);
}

}  // namespace secu::rules::long_term_care

#include "rules/survivors/others.h"

#include "rules/survivors/common.h"
#include "rules/survivors/conditions.h"

namespace secu::rules::survivors {

using explain::Message;
using explain::Status;

namespace {

// A condition that the fact must be false: true rules the pension out.
core::Result<Check> must_be_false(std::optional<bool> fact, const std::string& pointer, const char* question, const char* reason,
                                  DecisionBuilder& b) {
  if (!fact) {
    b.missing(pointer, msg(question));
    return Check::unknown;
  }
  if (*fact) SECU_RETURN_IF_ERROR(b.reason("survivors.divorced", msg(reason)));
  return *fact ? Check::not_met : Check::met;
}

core::Result<explain::Decision> divorced(const Situation& s, const Death& d, DecisionBuilder b) {
  SECU_RETURN_IF_ERROR(b.reason("survivors.divorced", msg("survivors.reason.divorced")));
  SECU_TRY(Check employee, deceased_employee(*s.person(d.person), b));
  SECU_TRY(Check authority, must_be_false(d.lost_parental_authority, d.pointer("/lost_parental_authority"),
                                          "question.survivors_lost_parental_authority", "survivors.reason.lost_parental_authority", b));
  SECU_TRY(Check convicted, must_be_false(d.convicted_attempt_on_life, d.pointer("/convicted_attempt_on_life"),
                                          "question.survivors_convicted", "survivors.reason.convicted", b));
  SECU_TRY(Check single, not_remarried(d, b));
  const Check ok = both(both(employee, authority), both(convicted, single));
  if (ok == Check::not_met) return b.finish(Status::not_entitled, msg("survivors.summary.divorced_not_entitled"));
  SECU_RETURN_IF_ERROR(b.reason("survivors.divorced_amount", msg("survivors.reason.divorced_amount")));
  SECU_RETURN_IF_ERROR(application(d, std::nullopt, b));
  return b.finish(Status::cannot_tell, msg("survivors.summary.divorced_cannot_tell"));
}

}  // namespace

core::Result<explain::Decision> divorced_decision(const Situation& s, const Death& d, const Context& ctx) {
  auto r = divorced(s, d, builder(ctx, d, "survivors.pension"));
  if (r) return r;
  return gap_decision(r.error(), ctx, d, "survivors.pension");
}

core::Result<explain::Decision> partner_decision(const Death& d, const Context& ctx) {
  DecisionBuilder b = builder(ctx, d, "survivors.pension");
  const char* reason = d.relation == SurvivorRelation::legal_partner ? "survivors.reason.legal_partner" : "survivors.reason.cohabitant";
  SECU_RETURN_IF_ERROR(b.reason("survivors.partner", msg(reason)));
  return b.finish(Status::not_entitled, msg("survivors.summary.partner_not_entitled"));
}

}  // namespace secu::rules::survivors

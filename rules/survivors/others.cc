#include "rules/survivors/others.h"

#include "rules/survivors/common.h"

namespace secu::rules::survivors {

using explain::Status;

core::Result<explain::Decision> partner_decision(const Death& d, const Context& ctx) {
  DecisionBuilder b = builder(ctx, d, "survivors.pension");
  const char* reason = d.relation == SurvivorRelation::legal_partner ? "survivors.reason.legal_partner" : "survivors.reason.cohabitant";
  SECU_RETURN_IF_ERROR(b.reason("survivors.partner", msg(reason)));
  return b.finish(Status::not_entitled, msg("survivors.summary.partner_not_entitled"));
}

}  // namespace secu::rules::survivors

// The refugees branch (seed 003, "Medical assistance in Belgium for refugees"): the route
// (route.cc), what it covers (coverage.cc), where to go and the mutuality later
// (where_to_go.cc), and the care already received (care.cc).
//
// Seed 003 is undated; the branch covers the dates of the requisitoire's parameter
// (minimum_income.urgent_medical_aid.requisitoire_uses, from 2022-03-04, see its note):
// before, it cannot tell and names the gap.
#include "rules/refugees/refugees.h"

#include "rules/refugees/care.h"
#include "rules/refugees/coverage.h"
#include "rules/refugees/route.h"
#include "rules/refugees/where_to_go.h"

namespace secu::rules::refugees {

using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

Message summary(const Person& p, Route r) {
  if (r == Route::urgent_aid) return msg("refugees.summary.urgent_aid");
  return Message{"refugees.summary.cpas_documents", {{"document", document_name(*p.residence_document)}}};
}

core::Result<Decision> one(const Person& p, const Situation& s, const Context& ctx) {
  DecisionBuilder b(ctx, "refugees.medical_aid", p.id);
  auto uses = ctx.law.params().integer(kRequisitoireUses, ctx.at);
  if (!uses) {
    SECU_RETURN_IF_ERROR(b.law_gap(uses.error(), ctx.at));
    return b.finish(Status::cannot_tell, Message{"refugees.summary.law_not_covered", {{"date", ctx.at}}});
  }
  SECU_TRY(std::int64_t n, b.integer(kRequisitoireUses, ctx.at));  // recorded in the trace
  SECU_TRY(Route r, route(p, *uses->entry, n, b));
  ask_region(p, b);
  if (r == Route::unknown) return b.finish(Status::cannot_tell, msg("refugees.summary.cannot_tell"));
  SECU_RETURN_IF_ERROR(where_to_go(p, r, b));
  SECU_RETURN_IF_ERROR(what_is_covered(b));
  SECU_RETURN_IF_ERROR(mutuality(p, r, b));
  SECU_RETURN_IF_ERROR(care_notes(p, s, r, b));
  return b.finish(Status::entitled, summary(p, r));
}

}  // namespace

core::Result<std::vector<Decision>> evaluate(const Situation& s, const Context& ctx) {
  std::vector<Decision> out;
  for (const auto& p : s.persons) {
    if (!concerns(p)) continue;
    SECU_TRY(Decision d, one(p, s, ctx));
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace secu::rules::refugees

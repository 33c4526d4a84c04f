// Seed 004 ch. VIII: "All employees are insured against occupational diseases, as are
// unemployed and disabled people undergoing vocational training or rehabilitation." "If a
// particular occupational disease is on the list and the victim is employed in a sector
// where he or she is exposed to that risk, the illness will be recognised as an
// occupational disease. In addition, a person suffering from a disease not on the list is
// also entitled to prove exposure to a certain risk and to prove a causal link between this
// exposure and the disease." "Claims must be submitted to the Occupational Diseases Fund
// […] by the insured or his or her nominee (e.g. the health insurance fund). The
// application is made using a standard form supplied by the FMP/FBZ."
//
// Base case: listed and exposed. Exception (labelled): otherwise, exposure and causal link
// proven. A self-employed person is not insured by this scheme. The fund is FMP/FBZ, Fedris
// from the merger (data: work_accidents.fedris_merger), on the date of the question.
#include "rules/work_accidents/recognition.h"

#include "rules/work_accidents/scheme.h"

namespace secu::rules::work_accidents {

using explain::Message;
using explain::Status;

namespace {

core::Status claim(const OccupationalDisease& d, const std::string& fund, DecisionBuilder& b) {
  if (d.claim_submitted) {
    return b.reason("occupational_disease.claim", Message{"occupational_disease.reason.claim_submitted", {{"date", *d.claim_submitted}}});
  }
  return b.obligation("occupational_disease.claim", msg("occupational_disease.obligation.claim"), std::nullopt, fund);
}

// What the facts say; the questions asked for what decides it, the most decisive first.
Status recognised(const OccupationalDisease& d, DecisionBuilder& b, bool& by_list) {
  by_list = d.listed.value_or(false) && d.exposed.value_or(false);
  if (by_list || d.cause_proven.value_or(false)) return Status::entitled;
  const bool list_fails = d.listed == false || d.exposed == false;
  if (list_fails && d.cause_proven == false) return Status::not_entitled;
  if (!d.listed) b.missing(d.pointer("/listed"), msg("question.occupational_disease.listed"));
  if (d.listed == true && !d.exposed) b.missing(d.pointer("/exposed"), msg("question.occupational_disease.exposed"));
  if (!d.cause_proven) b.missing(d.pointer("/cause_proven"), msg("question.occupational_disease.cause_proven"));
  return Status::cannot_tell;
}

}  // namespace

core::Result<explain::Decision> recognition_decision(const Person& victim, const OccupationalDisease& d, const Context& ctx) {
  DecisionBuilder b(ctx, "occupational_disease.recognition", victim.id);
  const std::string fund = fedris_on(ctx, ctx.at) ? "fedris" : "fmp";
  b.institution(fund);
  if (!victim.status) {
    b.missing(victim.pointer("/status"), msg("question.status"));
    return b.finish(Status::cannot_tell, msg("occupational_disease.summary.cannot_tell"));
  }
  if (*victim.status == WorkStatus::self_employed) {
    SECU_RETURN_IF_ERROR(b.reason("occupational_disease.insured", msg("occupational_disease.reason.self_employed")));
    return b.finish(Status::not_entitled, msg("occupational_disease.summary.not_insured"));
  }
  SECU_RETURN_IF_ERROR(b.reason("occupational_disease.insured", msg("occupational_disease.reason.insured")));
  SECU_RETURN_IF_ERROR(claim(d, fund, b));
  if (fund == "fedris") SECU_RETURN_IF_ERROR(b.reason("work_accident.fedris", msg("occupational_disease.reason.fedris")));
  bool by_list = false;
  const Status status = recognised(d, b, by_list);
  if (status == Status::entitled) {
    SECU_RETURN_IF_ERROR(by_list ? b.reason("occupational_disease.listed", msg("occupational_disease.reason.listed_exposed"))
                                 : b.reason("occupational_disease.proof", msg("occupational_disease.reason.cause_proven")));
    return b.finish(Status::entitled, msg("occupational_disease.summary.recognised"));
  }
  SECU_RETURN_IF_ERROR(b.reason("occupational_disease.listed", msg("occupational_disease.reason.listed_rule")));
  SECU_RETURN_IF_ERROR(b.reason("occupational_disease.proof", msg("occupational_disease.reason.proof_rule")));
  if (status == Status::not_entitled) return b.finish(Status::not_entitled, msg("occupational_disease.summary.not_recognised"));
  return b.finish(Status::cannot_tell, msg("occupational_disease.summary.cannot_tell"));
}

}  // namespace secu::rules::work_accidents

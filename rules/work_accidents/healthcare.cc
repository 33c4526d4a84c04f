// Seed 004 ch. VIII, accidents: "The victim of an accident at work is entitled to
// reimbursement of the costs of hospitalisation, physiotherapy, medical, surgical and dental
// care, drugs and orthopaedic appliances. None of these costs are borne by the victim.
// Reimbursement is made on the basis of the schedule of statutory charges applying in the
// health insurance system, and the insurer must pay the portion of cost normally borne by
// the patient." "In principle, the victim can choose the doctor or hospital, unless the
// employer or the insurer has its own approved medical/pharmaceutical service or hospital."
// Diseases: "reimbursement of medical and related costs. The insured person has a free
// choice of doctor, and will be reimbursed for all costs incurred, at the prescribed
// rates;" "reimbursement of travelling expenses incurred in relation to the treatment".
#include "rules/work_accidents/healthcare.h"

namespace secu::rules::work_accidents {

using explain::Message;
using explain::Status;

core::Result<explain::Decision> healthcare_decision(const Scheme& s) {
  DecisionBuilder b(*s.ctx, benefit(s, "healthcare"), s.person);
  b.institution(payer(s, s.ctx->at));
  SECU_RETURN_IF_ERROR(same_way_reason(s, b));
  if (s.disease) {
    SECU_RETURN_IF_ERROR(b.reason("occupational_disease.healthcare", msg("occupational_disease.reason.healthcare")));
    SECU_RETURN_IF_ERROR(b.reason("occupational_disease.travel", msg("occupational_disease.reason.travel")));
    return b.finish(Status::entitled, msg("occupational_disease.summary.healthcare"));
  }
  SECU_RETURN_IF_ERROR(b.reason("work_accident.healthcare", msg("work_accident.reason.healthcare_costs")));
  SECU_RETURN_IF_ERROR(b.reason("work_accident.healthcare.schedule", msg("work_accident.reason.healthcare_schedule")));
  SECU_RETURN_IF_ERROR(b.reason("work_accident.healthcare.doctor", msg("work_accident.reason.healthcare_doctor")));
  SECU_RETURN_IF_ERROR(b.reason("work_accident.travel", msg("work_accident.reason.travel")));
  return b.finish(Status::entitled, msg("work_accident.summary.healthcare"));
}

}  // namespace secu::rules::work_accidents

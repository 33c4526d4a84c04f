// Seed 004 ch. VIII: "In the case of care by another person, a supplementary allowance
// (*allocation complémentaire/aanvullende uitkering*) is given, at a maximum of 12 times the
// average monthly guaranteed income, according to the degree of need, index-linked from the
// beginning of the period of compensation and terminated as of the 91st day of
// hospitalisation." socialsecurity.be: not paid "à partir de votre 91e jour d’hospitalisation
// consécutif".
//
// Day 1 is the day of admission: days 1 to 90 are paid, from day 91 (admission + 90) not,
// until the discharge day included; it resumes the day after. The guaranteed income is not
// in secu's data (no official figure found): the allowance's dates and payer are decided,
// its amount is not. The allowance is counted from the consolidation (the guide lists it
// with the permanent incapacity benefit) and stops on the death.
#include "rules/work_accidents/third_party.h"

namespace secu::rules::work_accidents {

using core::Date;
using explain::Message;
using explain::Per;
using explain::Status;

namespace {

constexpr const char* kMultiple = "work_accidents.third_party_care.max_multiple";
constexpr const char* kHospitalDay = "work_accidents.third_party_care.ends_hospitalisation_day";

struct Gap {
  Date from;
  std::optional<Date> to;  // none: still in hospital
};

// The days not paid: from the n-th day of each stay to its discharge.
std::vector<Gap> gaps(const AccidentFacts& f, std::int64_t nth) {
  std::vector<Gap> out;
  for (const auto& stay : f.hospital_stays) {
    const Date first_unpaid = stay.admission + static_cast<std::int32_t>(nth - 1);
    if (stay.discharge && *stay.discharge < first_unpaid) continue;
    out.push_back({first_unpaid, stay.discharge});
  }
  return out;
}

core::Status lay_out(const Scheme& s, Date start, const Message& basis, std::int64_t nth, DecisionBuilder& b) {
  const std::optional<Date> end = s.facts->died;
  std::optional<Date> cur = start;
  auto paid_to = [&](std::optional<Date> to) {
    if (end && (!to || *to > *end)) to = end;
    if (!to || *to >= *cur) b.decision().schedule.push_back(period(*cur, to, payer(s, *cur), std::nullopt, basis, Per::year));
  };
  for (const Gap& g : gaps(*s.facts, nth)) {
    if (!cur || (end && g.from > *end)) break;
    if (g.to && *g.to < *cur) continue;
    if (g.from > *cur) paid_to(g.from - 1);
    SECU_RETURN_IF_ERROR(b.reason("work_accident.third_party.hospital", g.to
        ? Message{"work_accident.reason.third_party_suspended", {{"day", nth}, {"from", g.from}, {"to", *g.to}}}
        : Message{"work_accident.reason.third_party_stopped", {{"day", nth}, {"from", g.from}}}));
    cur = g.to ? std::optional<Date>(*g.to + 1) : std::nullopt;
  }
  if (cur && (!end || *cur <= *end)) paid_to(end);
  split_at_merger(s, b.decision().schedule);
  return {};
}

core::Result<explain::Decision> decide(const Scheme& s, DecisionBuilder b) {
  const AccidentFacts& f = *s.facts;
  const core::Rate need = *f.third_party_need;
  SECU_RETURN_IF_ERROR(same_way_reason(s, b));
  if (s.disease) SECU_RETURN_IF_ERROR(b.reason("occupational_disease.third_party", msg("occupational_disease.reason.third_party")));
  if (need == core::Rate()) {
    SECU_RETURN_IF_ERROR(b.reason("work_accident.third_party", msg("work_accident.reason.third_party_no_need")));
    return b.finish(Status::not_entitled, msg("work_accident.summary.third_party_none"));
  }
  SECU_TRY(std::optional<std::int64_t> multiple, covered(b.integer(kMultiple, s.key), s.key, b));
  SECU_TRY(std::optional<std::int64_t> nth, covered(b.integer(kHospitalDay, s.key), s.key, b));
  if (!multiple || !nth) return b.finish(Status::cannot_tell, msg("work_accident.summary.third_party_cannot_tell"));
  SECU_RETURN_IF_ERROR(b.reason("work_accident.third_party", Message{"work_accident.reason.third_party", {{"need", need}, {"multiple", *multiple}}}));
  SECU_RETURN_IF_ERROR(b.reason("work_accident.third_party.gmmi", msg("work_accident.reason.gmmi_not_in_data")));
  if (!f.consolidation) {
    b.missing(s.pointer + "/consolidation", msg("question.work_accident.consolidation"));
    return b.finish(Status::cannot_tell, msg("work_accident.summary.third_party_cannot_tell"));
  }
  const Message basis{"basis.work_accident.third_party", {{"need", need}, {"multiple", *multiple}}};
  SECU_RETURN_IF_ERROR(lay_out(s, *f.consolidation, basis, *nth, b));
  if (b.decision().schedule.empty()) return b.finish(Status::not_entitled, msg("work_accident.summary.third_party_none"));
  return b.finish(Status::entitled, Message{"work_accident.summary.third_party_entitled", {{"need", need}}});
}

}  // namespace

core::Result<std::optional<explain::Decision>> third_party_decision(const Scheme& s) {
  if (!s.facts->third_party_need) return std::optional<explain::Decision>{};
  DecisionBuilder b(*s.ctx, benefit(s, "third_party_help"), s.person);
  b.institution(payer(s, s.ctx->at));
  SECU_TRY(explain::Decision d, decide(s, std::move(b)));
  return std::optional<explain::Decision>(std::move(d));
}

}  // namespace secu::rules::work_accidents

// Seed 004 ch. VIII: "After "consolidation", an annual allowance is paid for a period of
// three years. During this period, the case can be re-examined. The amount of the allowance
// depends on the degree of incapacity and the pay to which the worker was entitled for the
// year preceding the accident (basic pay). At the end of these three years, the allowance is
// converted into a life annuity." "The degree of permanent incapacity, basic pay and the
// date of "consolidation" are recorded in an agreement between the insurer and the victim
// of the accident and certified by the Accidents at work Fund" "If the victim does not
// agree with the insurer's assessment, he or she can appeal to the labour court."
// The amount: basic pay × degree, halved under 5 %, three quarters from 5 % to under 10 %
// (socialsecurity.be, fedris.be; data: work_accidents.permanent_incapacity.allowance_share).
//
// The 3 years run from the consolidation, as the guide says (fedris.be counts them from the
// certification of the agreement; secu follows the guide). For a disease the degree "may be
// re-assessed by the FMP/FBZ, either at the request of the person concerned or ex officio":
// one open-ended allowance. Both stop on the death.
#include "rules/work_accidents/permanent.h"

#include "rules/work_accidents/pay.h"

namespace secu::rules::work_accidents {

using core::Date;
using core::Money;
using explain::Message;
using explain::Per;
using explain::Status;

namespace {

constexpr const char* kShare = "work_accidents.permanent_incapacity.allowance_share";
constexpr const char* kRevision = "work_accidents.permanent_incapacity.revision_period_years";
constexpr const char* kCapitalDegree = "work_accidents.permanent_incapacity.capital_payout_min_degree";

// The allowance then the annuity (accident), or the allowance (disease), to the death.
core::Status lay_out(const Scheme& s, Date from, std::optional<Money> amount, DecisionBuilder& b) {
  const std::optional<Date> died = s.facts->died;
  auto& sched = b.decision().schedule;
  const Message basis = amount ? msg("basis.work_accident.permanent") : msg("basis.work_accident.permanent_unknown");
  if (s.disease) {
    sched.push_back(period(from, died, payer(s, from), amount, basis, Per::year));
    split_at_merger(s, sched);
    return b.reason("occupational_disease.reassessment", msg("occupational_disease.reason.reassessment"));
  }
  SECU_TRY(std::optional<std::int64_t> years, covered(b.integer(kRevision, s.key), s.key, b));
  if (!years) return {};
  const Date annuity = core::add_years(from, static_cast<int>(*years), core::EndOfMonth::next_day);
  const Date allowance_end = died && *died < annuity ? *died : annuity - 1;
  sched.push_back(period(from, allowance_end, payer(s, from), amount, msg("basis.work_accident.annual_allowance"), Per::year));
  SECU_RETURN_IF_ERROR(b.reason("work_accident.annual_allowance", Message{"work_accident.reason.annual_allowance",
      {{"years", *years}, {"from", from}, {"to", annuity - 1}}}));
  if (died && *died < annuity) return {};
  sched.push_back(period(annuity, died, payer(s, annuity), amount, msg("basis.work_accident.life_annuity"), Per::year));
  return b.reason("work_accident.life_annuity", Message{"work_accident.reason.life_annuity", {{"from", annuity}}});
}

// The agreement certified by FAT/FAO (Fedris), the appeal, and the capital that may be asked.
core::Status accident_procedure(const Scheme& s, const WorkAccident& a, core::Rate degree, DecisionBuilder& b) {
  const std::string fund = accidents_fund(*s.ctx, s.ctx->at);
  b.institution(fund);
  if (a.agreement_certified == true) {
    SECU_RETURN_IF_ERROR(b.reason("work_accident.agreement", msg("work_accident.reason.agreement_certified")));
  } else {
    SECU_RETURN_IF_ERROR(b.obligation("work_accident.agreement", msg("work_accident.obligation.agreement"), std::nullopt, fund));
  }
  b.institution("labour_court");
  SECU_RETURN_IF_ERROR(b.reason("work_accident.appeal", msg("work_accident.reason.appeal")));
  SECU_TRY(std::optional<core::Rate> threshold, covered(b.rate(kCapitalDegree, s.key), s.key, b));
  if (!threshold || a.capital_requested == true) return {};  // a request gets its own decision (capital.cc)
  return b.reason("work_accident.capital", Message{degree > *threshold ? "work_accident.reason.capital_possible"
                                                                      : "work_accident.reason.capital_not_possible", {{"threshold", *threshold}}});
}

core::Result<explain::Decision> decide(const Scheme& s, const WorkAccident* a, DecisionBuilder b) {
  const AccidentFacts& f = *s.facts;
  SECU_RETURN_IF_ERROR(same_way_reason(s, b));
  SECU_RETURN_IF_ERROR(b.reason("work_accident.consolidation", msg("work_accident.reason.consolidation")));
  if (!f.consolidation) b.missing(s.pointer + "/consolidation", msg("question.work_accident.consolidation"));
  if (!f.permanent_degree) b.missing(s.pointer + "/permanent_degree", msg("question.work_accident.permanent_degree"));
  if (f.permanent_degree && *f.permanent_degree == core::Rate()) {
    SECU_RETURN_IF_ERROR(b.reason("work_accident.allowance_amount", msg("work_accident.reason.no_permanent_incapacity")));
    return b.finish(Status::not_entitled, msg("work_accident.summary.permanent_none"));
  }
  SECU_TRY(std::optional<Money> basic, basic_pay(s, b));
  std::optional<Money> amount;
  bool law_gap = false;
  if (basic && f.permanent_degree) {
    SECU_TRY(amount, yearly_amount(s, *basic, *f.permanent_degree, b));
    law_gap = !amount;
  }
  if (amount) b.decision().amounts.push_back({"yearly_allowance", msg("amount.work_accident.yearly_allowance"), *amount, Per::year, false});
  if (f.consolidation) SECU_RETURN_IF_ERROR(lay_out(s, *f.consolidation, amount, b));
  if (a && f.permanent_degree) SECU_RETURN_IF_ERROR(accident_procedure(s, *a, *f.permanent_degree, b));
  SECU_RETURN_IF_ERROR(b.reason("work_accident.payment.permanent", msg("work_accident.reason.paid_monthly_or_quarterly")));
  const bool laid_out = !b.decision().schedule.empty() || !f.consolidation;
  if (!b.decision().missing.empty() || law_gap || !laid_out) return b.finish(Status::cannot_tell, msg("work_accident.summary.permanent_cannot_tell"));
  return b.finish(Status::entitled, Message{"work_accident.summary.permanent_entitled", {{"degree", *f.permanent_degree}}});
}

}  // namespace

core::Result<std::optional<Money>> yearly_amount(const Scheme& s, Money basic, core::Rate degree, DecisionBuilder& b) {
  auto share = s.ctx->law.params().number_on_scale(kShare, s.key, law::Number::from_micro(degree.ppm() * 100));
  if (!share) {
    SECU_RETURN_IF_ERROR(b.law_gap(share.error(), s.key));
    return std::optional<Money>{};
  }
  const core::Rate part = share->value.percent();
  b.step(kShare, "for " + degree.percent_text() + " %: " + part.percent_text() + " %");
  const Money amount = basic.mul_div(degree.ppm() * part.ppm(), 1'000'000'000'000, core::kCentHalfUp);
  b.reason_from(*share->entry, kShare, Message{"work_accident.reason.allowance_formula",
      {{"basic", basic}, {"degree", degree}, {"share", part}, {"amount", amount}}});
  SECU_RETURN_IF_ERROR(s.disease ? b.reason("occupational_disease.allowance_bands", msg("work_accident.reason.allowance_bands"))
                                 : b.reason("work_accident.allowance_formula", msg("work_accident.reason.allowance_bands")));
  return std::optional<Money>(amount);
}

core::Result<std::optional<explain::Decision>> permanent_decision(const Scheme& s, const WorkAccident* a) {
  const AccidentFacts& f = *s.facts;
  if (!f.consolidation && !f.permanent_degree) return std::optional<explain::Decision>{};
  DecisionBuilder b(*s.ctx, benefit(s, "permanent_incapacity"), s.person);
  b.institution(payer(s, s.ctx->at));
  SECU_TRY(explain::Decision d, decide(s, a, std::move(b)));
  return std::optional<explain::Decision>(std::move(d));
}

}  // namespace secu::rules::work_accidents

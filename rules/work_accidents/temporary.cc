// Seed 004 ch. VIII: "During a period of temporary total incapacity, the victim of an
// accident at work will receive 90% of average daily pay. A cash benefit is also paid for
// temporary partial incapacity. If the victim returns to partial employment, he or she will
// receive benefit equal to the difference between the pay received before the accident and
// that received after returning to work." "If the injury continues to exist but remains
// stable, it has “consolidated” […] and the temporary incapacity becomes permanent."
// For a disease, the precautionary cessation gives "cash benefit for temporary total
// incapacity".
//
// Each period ends the day before the consolidation and on the death at the latest. The day
// of the accident itself is paid as normal pay by the employer (socialsecurity.be: the
// benefit runs "vanaf de dag na het ongeval"). Every calendar day is paid; amounts are
// rounded half-up to the cent, once.
#include "rules/work_accidents/temporary.h"

#include <algorithm>

#include "rules/work_accidents/pay.h"

namespace secu::rules::work_accidents {

using core::Date;
using core::Money;
using explain::Message;
using explain::Per;
using explain::Status;

namespace {

constexpr const char* kAccidentRate = "work_accidents.temporary_incapacity.rate";
constexpr const char* kDiseaseRate = "occupational_diseases.temporary_incapacity.rate";

struct Clamped {
  std::optional<Date> from;  // none: nothing left of the period
  std::optional<Date> to;    // none: open-ended
};

// The period cut at the consolidation (becomes permanent) and at the death.
Clamped clamp(const Scheme& s, Date from, std::optional<Date> to) {
  const AccidentFacts& f = *s.facts;
  if (f.consolidation && (!to || *to >= *f.consolidation)) to = *f.consolidation - 1;
  if (f.died && (!to || *to > *f.died)) to = *f.died;
  if (to && *to < from) return {};
  return {from, to};
}

struct Builder {
  const Scheme& s;
  DecisionBuilder& b;
  bool facts_missing = false;
  bool law_missing = false;
};

// Temporary total incapacity (or a precautionary cessation) at `rate` of the daily pay.
core::Status total(Builder& t, Date from, std::optional<Date> to, bool preventive, const std::optional<DailyPay>& pay,
                   const std::optional<core::Rate>& rate) {
  if (t.s.accident && from == *t.s.accident) {
    t.b.decision().schedule.push_back(period(from, from, "employer", std::nullopt, msg("basis.work_accident.accident_day"), Per::day));
    SECU_RETURN_IF_ERROR(t.b.reason("work_accident.accident_day", Message{"work_accident.reason.accident_day", {{"date", from}}}));
    from = from + 1;
  }
  const Clamped c = clamp(t.s, from, to);
  if (!c.from) return {};
  std::optional<Money> amount;
  Message basis = msg("basis.work_accident.temporary_total_unknown");
  if (pay && rate) {
    amount = pay->times(*rate);
    basis = Message{preventive ? "basis.work_accident.preventive" : "basis.work_accident.temporary_total", {{"rate", *rate}}};
  }
  t.b.decision().schedule.push_back(period(*c.from, c.to, payer(t.s, *c.from), amount, std::move(basis), Per::day));
  if (preventive) return t.b.reason("occupational_disease.preventive", msg("occupational_disease.reason.preventive"));
  if (!rate) return {};
  return t.b.reason("work_accident.temporary_total", Message{"work_accident.reason.temporary_total", {{"rate", *rate}}});
}

// Temporary partial incapacity: the pay before minus the pay after, per day.
core::Status partial(Builder& t, const PartialIncapacity& p, const std::optional<DailyPay>& pay) {
  const Clamped c = clamp(t.s, p.from, p.to);
  if (!c.from) return {};
  if (!p.daily_pay_after) {
    t.b.missing(t.s.pointer + "/temporary_partial/daily_pay_after", msg("question.work_accident.daily_pay_after"));
    t.facts_missing = true;
  }
  std::optional<Money> amount;
  if (pay && p.daily_pay_after) {
    amount = pay->minus(*p.daily_pay_after);
    if (*amount <= Money()) {
      return t.b.reason("work_accident.temporary_partial", Message{"work_accident.reason.no_pay_lost", {{"after", *p.daily_pay_after}}});
    }
  }
  Message basis = amount ? Message{"basis.work_accident.temporary_partial", {{"after", *p.daily_pay_after}}}
                         : msg("basis.work_accident.temporary_partial_unknown");
  t.b.decision().schedule.push_back(period(*c.from, c.to, payer(t.s, *c.from), amount, std::move(basis), Per::day));
  return t.b.reason("work_accident.temporary_partial", msg("work_accident.reason.temporary_partial"));
}

core::Result<explain::Decision> decide(const Scheme& s, const std::optional<AccidentPeriod>& preventive, DecisionBuilder b) {
  const AccidentFacts& f = *s.facts;
  Builder t{s, b};
  SECU_RETURN_IF_ERROR(same_way_reason(s, b));
  SECU_TRY(std::optional<DailyPay> pay, daily_pay(s, b));
  if (!pay) t.facts_missing = t.facts_missing || (!f.average_daily_pay && !f.basic_annual_pay);
  const char* rate_id = s.disease ? kDiseaseRate : kAccidentRate;
  SECU_TRY(std::optional<core::Rate> rate, covered(b.rate(rate_id, s.key), s.key, b));
  t.law_missing = !rate || (!pay && !t.facts_missing);
  if (preventive) SECU_RETURN_IF_ERROR(total(t, preventive->from, preventive->to, true, pay, rate));
  if (f.temporary_total) SECU_RETURN_IF_ERROR(total(t, f.temporary_total->from, f.temporary_total->to, false, pay, rate));
  if (f.temporary_partial) SECU_RETURN_IF_ERROR(partial(t, *f.temporary_partial, pay));
  auto& sched = b.decision().schedule;
  std::sort(sched.begin(), sched.end(), [](const auto& x, const auto& y) { return x.days.first < y.days.first; });
  split_at_merger(s, sched);
  if (f.consolidation) SECU_RETURN_IF_ERROR(b.reason("work_accident.consolidation", Message{"work_accident.reason.becomes_permanent", {{"date", *f.consolidation}}}));
  SECU_RETURN_IF_ERROR(b.reason("work_accident.payment.temporary", msg("work_accident.reason.paid_with_pay")));
  const bool paid = std::any_of(sched.begin(), sched.end(), [](const auto& p) { return p.payer != "employer"; });
  if (t.facts_missing || t.law_missing) return b.finish(Status::cannot_tell, msg("work_accident.summary.temporary_cannot_tell"));
  if (!paid) return b.finish(Status::not_entitled, msg("work_accident.summary.temporary_none"));
  return b.finish(Status::entitled, msg("work_accident.summary.temporary_entitled"));
}

}  // namespace

core::Result<std::optional<explain::Decision>> temporary_decision(const Scheme& s, const std::optional<AccidentPeriod>& preventive) {
  const AccidentFacts& f = *s.facts;
  if (!f.temporary_total && !f.temporary_partial && !preventive) return std::optional<explain::Decision>{};
  DecisionBuilder b(*s.ctx, benefit(s, "temporary_incapacity"), s.person);
  b.institution(payer(s, s.ctx->at));
  SECU_TRY(explain::Decision d, decide(s, preventive, std::move(b)));
  return std::optional<explain::Decision>(std::move(d));
}

}  // namespace secu::rules::work_accidents

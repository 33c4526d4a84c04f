// Seed 004 ch. VIII: "If an employee is killed in an accident at, or on the way to or from,
// work, the following benefits are payable: - a grant for funeral expenses […] equal to 30
// times the victim's average daily pay; - reimbursement of all costs (including
// administrative formalities) relating to the transfer of the deceased to the place of
// interment; - a life annuity payable to the surviving spouse of the insured, equal to 30% of
// the pay of the deceased; - a temporary allowance for any children of the insured,
// amounting to 15% (half-orphans) or 20% (full orphans) of the pay of the deceased. This is
// paid until the age of 18 or until the entitlement to family benefits has ended."
// "Fatal accident annuities and allowances are paid monthly or quarterly."
//
// "The pay of the deceased" is the basic (annual) pay. The guide gives no first day: the
// annuities are counted from the day after the death. A child is paid up to the day before
// the 18th birthday, or to the last day of the family benefits when they go on longer.
#include "rules/work_accidents/death.h"

#include "rules/work_accidents/pay.h"

namespace secu::rules::work_accidents {

using core::Date;
using core::Money;
using explain::Message;
using explain::Per;
using explain::Status;

namespace {

constexpr const char* kFuneralDays = "work_accidents.death.funeral_grant_days";
constexpr const char* kSpouseRate = "work_accidents.death.spouse_annuity_rate";
constexpr const char* kOrphanRate = "work_accidents.death.orphan_allowance_rate";
constexpr const char* kOrphanAge = "work_accidents.death.orphan_allowance_age_limit";

core::Status death_reasons(const Scheme& s, DecisionBuilder& b) {
  SECU_RETURN_IF_ERROR(same_way_reason(s, b));
  if (s.disease) return b.reason("occupational_disease.death", msg("occupational_disease.reason.death"));
  return b.reason("work_accident.death", msg("work_accident.reason.death"));
}

core::Result<explain::Decision> funeral(const Scheme& s, DecisionBuilder b) {
  const Date died = *s.facts->died;
  SECU_RETURN_IF_ERROR(death_reasons(s, b));
  SECU_TRY(std::optional<DailyPay> pay, daily_pay(s, b));
  SECU_TRY(std::optional<std::int64_t> days, covered(b.integer(kFuneralDays, s.key), s.key, b));
  std::optional<Money> amount;
  if (pay && days) amount = pay->times(*days);
  if (amount) b.decision().amounts.push_back({"funeral_grant", msg("amount.work_accident.funeral_grant"), *amount, Per::once, false});
  b.decision().schedule.push_back(period(died, died, payer(s, died), amount, days ? Message{"basis.work_accident.funeral", {{"days", *days}}}
                                                                                    : msg("basis.work_accident.funeral_unknown"), Per::once));
  if (days) SECU_RETURN_IF_ERROR(b.reason("work_accident.death", Message{"work_accident.reason.funeral", {{"days", *days}}}));
  SECU_RETURN_IF_ERROR(b.reason("work_accident.death.transfer", msg("work_accident.reason.transfer_costs")));
  if (!amount) return b.finish(Status::cannot_tell, msg("work_accident.summary.funeral_cannot_tell"));
  return b.finish(Status::entitled, Message{"work_accident.summary.funeral_entitled", {{"amount", *amount}}});
}

// A survivor's yearly amount at `rate` of the basic pay, from the day after the death to `to`.
core::Result<explain::Decision> annuity(const Scheme& s, std::optional<core::Rate> rate, std::optional<Date> to, const char* amount_name,
                                        const char* amount_key, DecisionBuilder b) {
  const Date from = *s.facts->died + 1;
  SECU_TRY(std::optional<Money> basic, basic_pay(s, b));
  std::optional<Money> amount;
  if (basic && rate) amount = share_of(*basic, *rate);
  if (amount) b.decision().amounts.push_back({amount_name, msg(amount_key), *amount, Per::year, false});
  b.decision().schedule.push_back(period(from, to, payer(s, from), amount, rate ? Message{"basis.work_accident.survivor", {{"rate", *rate}}}
                                                                                 : msg("basis.work_accident.survivor_unknown"), Per::year));
  split_at_merger(s, b.decision().schedule);
  SECU_RETURN_IF_ERROR(b.reason("work_accident.death.payment", Message{"work_accident.reason.survivor_start", {{"from", from}}}));
  if (!amount || !b.decision().missing.empty()) return b.finish(Status::cannot_tell, msg("work_accident.summary.survivor_cannot_tell"));
  return b.finish(Status::entitled, Message{"work_accident.summary.survivor_entitled", {{"amount", *amount}}});
}

core::Result<explain::Decision> spouse(const Scheme& s, DecisionBuilder b) {
  SECU_RETURN_IF_ERROR(death_reasons(s, b));
  SECU_TRY(std::optional<core::Rate> rate, covered(b.rate(kSpouseRate, s.key), s.key, b));
  if (rate) SECU_RETURN_IF_ERROR(b.reason("work_accident.death", Message{"work_accident.reason.spouse", {{"rate", *rate}}}));
  return annuity(s, rate, std::nullopt, "spouse_annuity", "amount.work_accident.spouse_annuity", std::move(b));
}

// The child's rate: half-orphan or full orphan; none (asked, or the law gap) when unknown.
core::Result<std::optional<core::Rate>> orphan_rate(const Scheme& s, const AccidentSurvivor& v, const std::string& at, DecisionBuilder& b) {
  if (!v.full_orphan) {
    b.missing(at + "/full_orphan", msg("question.work_accident.full_orphan"));
    return std::optional<core::Rate>{};
  }
  const char* category = *v.full_orphan ? "full_orphan" : "half_orphan";
  SECU_TRY(auto fetched, covered(b.ctx().law.params().rate_in(kOrphanRate, s.key, category), s.key, b));
  if (!fetched) return std::optional<core::Rate>{};
  const std::optional<core::Rate> rate = fetched->value;
  b.step(kOrphanRate, std::string(category) + ": " + rate->percent_text() + " %");
  SECU_RETURN_IF_ERROR(b.reason("work_accident.death", Message{*v.full_orphan ? "work_accident.reason.full_orphan"
                                                                              : "work_accident.reason.half_orphan", {{"rate", *rate}}}));
  return rate;
}

// The last day the child is paid: the day before the birthday of the age limit, or the last
// day of the family benefits when later; none when that is not known (asked).
core::Result<std::optional<Date>> child_end(const Scheme& s, const Person& child, const AccidentSurvivor& v, const std::string& at, DecisionBuilder& b) {
  SECU_TRY(std::optional<std::int64_t> age, covered(b.integer(kOrphanAge, s.key), s.key, b));
  if (!child.birth_date) b.missing(child.pointer("/birth_date"), msg("question.birth_date"));
  if (!age || !child.birth_date) return std::optional<Date>{};
  const Date last = core::add_years(*child.birth_date, static_cast<int>(*age), core::EndOfMonth::next_day) - 1;
  SECU_RETURN_IF_ERROR(b.reason("work_accident.death", Message{"work_accident.reason.orphan_until", {{"age", *age}, {"date", last}}}));
  if (v.family_benefits_until && *v.family_benefits_until > last) {
    SECU_RETURN_IF_ERROR(b.reason("work_accident.death", Message{"work_accident.reason.orphan_family_benefits", {{"date", *v.family_benefits_until}}}));
    return std::optional<Date>(*v.family_benefits_until);
  }
  if (last <= *s.facts->died && !v.family_benefits_until) {
    b.missing(at + "/family_benefits_until", msg("question.work_accident.family_benefits_until"));
    return std::optional<Date>{};
  }
  return std::optional<Date>(last);
}

core::Result<explain::Decision> orphan(const Scheme& s, const Person& child, const AccidentSurvivor& v, const std::string& at, DecisionBuilder b) {
  SECU_RETURN_IF_ERROR(death_reasons(s, b));
  SECU_TRY(std::optional<core::Rate> rate, orphan_rate(s, v, at, b));
  SECU_TRY(std::optional<Date> last, child_end(s, child, v, at, b));
  if (last && *last <= *s.facts->died) {
    SECU_RETURN_IF_ERROR(b.reason("work_accident.death", msg("work_accident.reason.orphan_too_old")));
    return b.finish(Status::not_entitled, msg("work_accident.summary.orphan_none"));
  }
  if (!last) return b.finish(Status::cannot_tell, msg("work_accident.summary.survivor_cannot_tell"));
  return annuity(s, rate, last, "orphan_allowance", "amount.work_accident.orphan_allowance", std::move(b));
}

}  // namespace

core::Result<std::vector<explain::Decision>> death_decisions(const Situation& sit, const Scheme& s) {
  std::vector<explain::Decision> out;
  if (!s.facts->died) return out;
  const Context& ctx = *s.ctx;
  {
    DecisionBuilder b(ctx, benefit(s, "funeral"), s.person);
    b.institution(payer(s, ctx.at));
    SECU_TRY(explain::Decision d, funeral(s, std::move(b)));
    out.push_back(std::move(d));
  }
  for (std::size_t i = 0; i < s.facts->survivors.size(); ++i) {
    const AccidentSurvivor& v = s.facts->survivors[i];
    const Person* p = sit.person(v.person);
    if (!p) continue;  // the reader checked every survivor is a person
    const bool child = v.relation == AccidentSurvivorRelation::child;
    DecisionBuilder b(ctx, benefit(s, child ? "orphan_allowance" : "spouse_annuity"), p->id);
    b.institution(payer(s, ctx.at));
    const std::string at = s.pointer + "/survivors/" + std::to_string(i);
    SECU_TRY(explain::Decision d, child ? orphan(s, *p, v, at, std::move(b)) : spouse(s, std::move(b)));
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace secu::rules::work_accidents

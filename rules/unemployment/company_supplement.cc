// Seed 004 ch. X: "In order to be entitled to unemployment with company supplement, you
// must: - be aged 60 (younger age possible in case of long career); - be made redundant [...];
// - be entitled to unemployment benefit; - withdraw from the labour market." "When laid off
// from an enterprise recognised as being in difficulties, you must be aged 52. When laid off
// from an enterprise declared to be in a process of reorganisation, you must be aged between
// 52 and 55 (in exceptional cases at the age of 50 after the opinion of a consulting
// committee). In those cases, there is no replacement obligation." "A company supplement
// [...] is added to unemployment benefit equal to half the difference between the net
// earnings (upper limit) and the unemployment benefit. The supplement is paid by the
// employers. The amount of unemployment benefit payable in this case is 60% of your most
// recent gross pay (capped at € 2,093.32), whatever your family situation. This percentage
// remains unchanged for the entire duration of unemployment with company supplement."
//
// Withdrawn from the labour market, the worker is not asked to be registered and available as
// a job-seeker. The long-career exception to age 60 is not encoded (the guide gives no figure). The net
// pay is taken as given, within its upper limit (the limit is not in data/).
#include "rules/unemployment/company_supplement.h"

#include <algorithm>

#include "rules/unemployment/admission.h"
#include "rules/unemployment/common.h"

namespace secu::rules::unemployment {

using core::Date;
using core::Money;
using explain::Key;
using explain::Message;

namespace {

constexpr const char* kMinAge = "unemployment.company_supplement.min_age";
constexpr const char* kDifficultyAge = "unemployment.company_supplement.difficulty_min_age";
constexpr const char* kReorgRange = "unemployment.company_supplement.reorganisation_age_range";
constexpr const char* kReorgExceptional = "unemployment.company_supplement.reorganisation_exceptional_age";
constexpr const char* kRate = "unemployment.company_supplement.benefit_rate";
constexpr const char* kCap = "unemployment.company_supplement.gross_pay_cap";
constexpr const char* kFraction = "unemployment.company_supplement.supplement_fraction";

core::Result<std::optional<std::int64_t>> whole_in(DecisionBuilder& b, const char* id, Date d, const char* cat) {
  return covered(b.integer_in(id, d, cat), d, b);
}

core::Result<Check> reorganisation(const UnemploymentClaim& c, int age, Date d, DecisionBuilder& b) {
  SECU_TRY(auto lo, whole_in(b, kReorgRange, d, "minimum"));
  SECU_TRY(auto hi, whole_in(b, kReorgRange, d, "maximum"));
  SECU_TRY(auto exceptional, covered(b.integer(kReorgExceptional, d), d, b));
  if (!lo || !hi || !exceptional) return Check::unknown;
  const Message m{"unemployment.reason.reorganisation_age", {{"age", std::int64_t{age}}, {"min", *lo}, {"max", *hi},
      {"exceptional", *exceptional}}};
  if (age >= *lo && age <= *hi) {
    cite_figure(b, kReorgRange, d, m);
    return Check::met;
  }
  if (age >= *exceptional && age < *lo) {
    if (!c.committee_opinion) {
      b.missing(c.pointer("/committee_opinion"), msg("question.unemployment.committee_opinion"));
      return Check::unknown;
    }
    cite_figure(b, kReorgExceptional, d, Message{*c.committee_opinion ? "unemployment.reason.committee_opinion"
        : "unemployment.reason.no_committee_opinion", {{"age", std::int64_t{age}}, {"exceptional", *exceptional}}});
    return *c.committee_opinion ? Check::met : Check::not_met;
  }
  cite_figure(b, kReorgRange, d, Message{"unemployment.reason.reorganisation_age_not_met", m.args});
  return Check::not_met;
}

core::Result<Check> age_condition(const Person& p, const UnemploymentClaim& c, DecisionBuilder& b) {
  const Date d = *c.start;
  if (!c.enterprise) b.missing(c.pointer("/enterprise"), msg("question.unemployment.enterprise"));
  const auto age = age_on(p, d, b);
  if (!c.enterprise || !age) return Check::unknown;
  if (*c.enterprise == Enterprise::in_reorganisation) return reorganisation(c, *age, d, b);
  const char* id = *c.enterprise == Enterprise::ordinary ? kMinAge : kDifficultyAge;
  SECU_TRY(auto min, covered(b.integer(id, d), d, b));
  if (!min) return Check::unknown;
  const bool ok = *age >= *min;
  cite_figure(b, id, d, Message{ok ? "unemployment.reason.supplement_age" : "unemployment.reason.supplement_age_not_met",
      {{"age", std::int64_t{*age}}, {"min", *min}, {"enterprise", Key{*c.enterprise == Enterprise::ordinary
          ? "unemployment.enterprise.ordinary" : "unemployment.enterprise.in_difficulty"}}}});
  return ok ? Check::met : Check::not_met;
}

Check pay_facts(const UnemploymentClaim& c, DecisionBuilder& b) {
  if (!c.monthly_gross_pay) b.missing(c.pointer("/monthly_gross_pay"), msg("question.unemployment.monthly_gross_pay"));
  if (!c.monthly_net_pay) b.missing(c.pointer("/monthly_net_pay"), msg("question.unemployment.monthly_net_pay"));
  return c.monthly_gross_pay && c.monthly_net_pay ? Check::met : Check::unknown;
}

// The benefit and the supplement a month; false (a law gap noted) when a figure is missing.
core::Result<bool> amounts(const UnemploymentClaim& c, Date first, Date last, const std::string& payer, DecisionBuilder& b) {
  SECU_TRY(auto cap, covered(b.money(kCap, first), first, b));
  SECU_TRY(auto rate, covered(b.rate(kRate, first), first, b));
  SECU_TRY(auto num, whole_in(b, kFraction, first, "numerator"));
  SECU_TRY(auto den, whole_in(b, kFraction, first, "denominator"));
  if (!cap || !rate || !num || !den || *den <= 0) return false;
  const Money gross = std::min(*c.monthly_gross_pay, *cap);
  const Money benefit = gross.times(*rate, core::kCentHalfUp);
  const Money gap = std::max(Money(), *c.monthly_net_pay - benefit);
  const Money supplement = gap.mul_div(*num, *den, core::kCentHalfUp);
  cite_figure(b, kRate, first, Message{"unemployment.reason.supplement_benefit", {{"rate", *rate}, {"gross", *c.monthly_gross_pay},
      {"cap", *cap}, {"benefit", benefit}}});
  cite_figure(b, kFraction, first, Message{"unemployment.reason.supplement_amount", {{"net", *c.monthly_net_pay},
      {"benefit", benefit}, {"supplement", supplement}}});
  explain::Period from_body = period(first, last, payer, explain::Per::month, Message{"basis.unemployment.supplement_benefit",
      {{"rate", *rate}, {"gross", gross}}});
  from_body.amount = benefit;
  explain::Period from_employer = period(first, last, "employer", explain::Per::month, Message{"basis.unemployment.company_supplement",
      {{"net", *c.monthly_net_pay}, {"benefit", benefit}}});
  from_employer.amount = supplement;
  b.decision().schedule = {from_body, from_employer};
  b.decision().amounts.push_back({"capped_gross_pay", msg("amount.unemployment.capped_gross_pay"), gross, explain::Per::month, false});
  b.decision().amounts.push_back({"unemployment_benefit", msg("amount.unemployment.benefit"), benefit, explain::Per::month, false});
  b.decision().amounts.push_back({"company_supplement", msg("amount.unemployment.company_supplement"), supplement, explain::Per::month, false});
  return true;
}

// The worker applies to the payment body; the employer pays the supplement and, outside an
// enterprise in difficulties or in reorganisation, replaces the worker.
core::Status obligations(const UnemploymentClaim& c, const std::string& payer, DecisionBuilder& b) {
  SECU_RETURN_IF_ERROR(b.obligation("unemployment.payment", Message{"unemployment.obligation.apply",
      {{"body", Key{"unemployment.body." + payer}}}}, std::nullopt, payer));
  b.institution("employer");
  SECU_RETURN_IF_ERROR(b.obligation("unemployment.company_supplement.paid_by_employer",
      msg("unemployment.obligation.employer_pays_supplement"), std::nullopt, "employer"));
  if (c.enterprise == Enterprise::ordinary)
    SECU_RETURN_IF_ERROR(b.obligation("unemployment.company_supplement.replacement", msg("unemployment.obligation.employer_replaces"),
        std::nullopt, "employer"));
  return {};
}

}  // namespace

core::Result<explain::Decision> company_supplement_decision(const Situation& s, const UnemploymentClaim& c, const Context& ctx) {
  const Person& p = *s.person(c.person);
  DecisionBuilder b(ctx, "unemployment.company_supplement", p.id);
  b.decision().subject = c.pointer();
  SECU_RETURN_IF_ERROR(b.reason("unemployment.payment", msg("unemployment.reason.onem_decides")));
  const auto start = start_of(c, b);
  Check all = Check::unknown;
  if (start) {
    SECU_TRY(Check age, age_condition(p, c, b));
    SECU_TRY(Check admitted, admission(p, c, b, false));
    all = both(both(age, admitted), pay_facts(c, b));
  }
  const auto payer = payment_body(c, b);
  if (!payer) all = both(all, Check::unknown);
  if (all == Check::met) {
    const Date first = first_paid_day(c);
    SECU_TRY(auto last, last_day_before_age_limit(p, first, b));
    SECU_TRY(bool known, last ? amounts(c, first, *last, *payer, b) : core::Result<bool>(false));
    if (!known) return b.finish(explain::Status::cannot_tell, msg("unemployment.summary.supplement_cannot_tell"));
    SECU_RETURN_IF_ERROR(obligations(c, *payer, b));
    const auto& sched = b.decision().schedule;
    return b.finish(explain::Status::entitled, Message{"unemployment.summary.supplement_entitled", {{"benefit", sched[0].amount},
        {"supplement", sched[1].amount}, {"from", first}, {"body", Key{"unemployment.body." + *payer}}}});
  }
  if (all == Check::not_met) return b.finish(explain::Status::not_entitled, msg("unemployment.summary.supplement_not_entitled"));
  return b.finish(explain::Status::cannot_tell, msg("unemployment.summary.supplement_cannot_tell"));
}

}  // namespace secu::rules::unemployment

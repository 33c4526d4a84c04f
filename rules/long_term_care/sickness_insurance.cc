// Seed 004 ch. XII, "Sickness and invalidity insurance": "A person insured under the sickness
// insurance scheme (workers bound by a labour contract and assimilated categories) who is not
// able to perform the basic activities of daily living, can receive certain benefits. To
// receive these cash benefits, the age condition is that you are aged between 15.5 years and
// pensionable age. You must suffer from a lack or reduction of autonomy. Assistance is
// provided according to an assessment of each individual case."
//
// What is covered: "different benefits in kind can be received, like nursing care at home
// for heavily dependent patients [...] Residential care is also provided for." (no amount:
// secu says what is covered) and "Disabled persons with dependants and fulfilling the
// conditions for recognition of need for the assistance of a third party are entitled to a
// flat-rate allowance of € 20.00 per day" — from the start of the need to the day before the
// pensionable age (pension.age.legal: 65, 66 from 2025-02-01, 67 from 2030-02-01), paid per
// day of the 6-day week like the same allowance of chapter V. For a person whose incapacity
// event names the need of a third party, that allowance is the invalidity branch's
// invalidity.third_party_help: it is not paid twice.
#include <algorithm>
#include <vector>

#include "rules/long_term_care/common.h"
#include "rules/long_term_care/decisions.h"

namespace secu::rules::long_term_care {

using core::Date;
using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kMinAge = "long_term_care.sickness_insurance.min_age";
constexpr const char* kDaily = "long_term_care.third_party_assistance.daily_allowance";

bool decided_as_invalidity(const Situation& s, const Person& p) {
  for (const auto& inc : s.incapacities)
    if (inc.person == p.id && inc.third_party_help_from) return true;
  return false;
}

// The 20.00 € a day from `from` to the day before the pension age.
core::Status third_party_allowance(const CareNeed& c, Date pension, const std::string& fund, DecisionBuilder& b) {
  SECU_RETURN_IF_ERROR(b.reason("long_term_care.sickness.third_party", msg("long_term_care.reason.third_party")));
  SECU_TRY(auto periods, paid_periods(b, kDaily, c.from, pension - 1, explain::Per::day, fund, "basis.long_term_care.third_party",
                                      "long_term_care.reason.third_party_amount"));
  for (const auto& pd : periods)
    if (pd.amount_known) {
      b.decision().amounts.push_back({"third_party_help", msg("amount.long_term_care.third_party"), pd.amount, explain::Per::day});
      break;
    }
  b.decision().schedule = std::move(periods);
  return {};
}

// Which part of the help of a third party applies; false when a fact is missing.
core::Result<bool> third_party(const Situation& s, const Person& p, const CareNeed& c, Date pension, DecisionBuilder& b) {
  if (decided_as_invalidity(s, p)) {
    SECU_RETURN_IF_ERROR(b.reason("long_term_care.sickness.third_party", msg("long_term_care.reason.third_party_in_invalidity")));
    return true;
  }
  if (!p.family_situation) {
    b.missing(p.pointer("/family_situation"), msg("question.family_situation"));
    return false;
  }
  if (*p.family_situation != FamilySituation::with_dependants) {
    SECU_RETURN_IF_ERROR(b.reason("long_term_care.sickness.third_party", msg("long_term_care.reason.third_party_no_dependants")));
    return true;
  }
  if (!c.third_party_need_recognised) {
    b.missing(c.pointer("/third_party_need_recognised"), msg("question.long_term_care.third_party_need"));
    return false;
  }
  b.institution("inami");
  SECU_RETURN_IF_ERROR(b.obligation("long_term_care.sickness.third_party_assessment", msg("long_term_care.obligation.third_party_assessment"),
                                    std::nullopt, fund_of(p)));
  if (!*c.third_party_need_recognised) {
    SECU_RETURN_IF_ERROR(b.reason("long_term_care.sickness.third_party", msg("long_term_care.reason.third_party_not_recognised")));
    return true;
  }
  SECU_RETURN_IF_ERROR(third_party_allowance(c, pension, fund_of(p), b));
  return true;
}

// Insured, reduced autonomy: each unknown fact asked, the first one refused returned.
core::Result<std::optional<Decision>> conditions(const Person& p, const CareNeed& c, DecisionBuilder& b) {
  if (p.insurance.registered == false) {
    SECU_RETURN_IF_ERROR(b.reason("long_term_care.sickness.insured", msg("long_term_care.reason.not_insured")));
    return std::optional(b.finish(Status::not_entitled, msg("long_term_care.summary.sickness_not_insured")));
  }
  if (c.reduced_autonomy == false) {
    SECU_RETURN_IF_ERROR(b.reason("long_term_care.sickness.autonomy", msg("long_term_care.reason.no_reduced_autonomy")));
    return std::optional(b.finish(Status::not_entitled, msg("long_term_care.summary.no_reduced_autonomy")));
  }
  if (!p.insurance.registered) b.missing(p.pointer("/insurance/registered"), msg("question.registered"));
  if (!c.reduced_autonomy) b.missing(c.pointer("/reduced_autonomy"), msg("question.long_term_care.reduced_autonomy"));
  return std::optional<Decision>{};
}

// The age condition: from 15.5 years to the day before the pensionable age.
struct Ages {
  std::optional<Decision> refused;  // outside the ages, or the pension age not in data/
  Date pension;
};

core::Result<Ages> ages(const Person& p, const CareNeed& c, DecisionBuilder& b) {
  SECU_TRY(Age min, age_in_months(b, kMinAge, c.from));
  const Date min_day = reaching(*p.birth_date, min.months);
  const std::vector<explain::Arg> args{{"years", std::int64_t{min.months / 12}}, {"months", std::int64_t{min.months % 12}}, {"date", min_day}};
  b.reason_from(*min.entry, kMinAge, Message{"long_term_care.reason.sickness_min_age", args});
  if (c.from < min_day) return Ages{b.finish(Status::not_entitled, Message{"long_term_care.summary.sickness_too_young", args}), {}};
  SECU_TRY(std::optional<Date> pension, pension_day(p, b));
  if (!pension) return Ages{b.finish(Status::cannot_tell, msg("long_term_care.summary.law_not_covered")), {}};
  if (c.from >= *pension)
    return Ages{b.finish(Status::not_entitled, Message{"long_term_care.summary.sickness_pension_age", {{"date", *pension}}}), {}};
  return Ages{std::nullopt, *pension};
}

}  // namespace

core::Result<Decision> sickness_insurance(const Situation& s, const Person& p, const CareNeed& c, const Context& ctx) {
  DecisionBuilder b(ctx, "long_term_care.sickness_insurance", p.id);
  b.institution(fund_of(p));
  SECU_RETURN_IF_ERROR(b.reason("long_term_care.sickness.scope", msg("long_term_care.reason.sickness_scope")));
  if (!p.birth_date) {
    b.missing(p.pointer("/birth_date"), msg("question.birth_date"));
    return b.finish(Status::cannot_tell, msg("long_term_care.summary.cannot_tell"));
  }
  SECU_TRY(Ages age, ages(p, c, b));
  if (age.refused) return std::move(*age.refused);
  const Date pension = age.pension;
  SECU_TRY(std::optional<Decision> refused, conditions(p, c, b));
  if (refused) return std::move(*refused);
  if (!b.decision().missing.empty()) return b.finish(Status::cannot_tell, msg("long_term_care.summary.cannot_tell"));

  SECU_RETURN_IF_ERROR(b.reason("long_term_care.sickness.in_kind", msg("long_term_care.reason.in_kind")));
  SECU_RETURN_IF_ERROR(b.obligation("long_term_care.sickness.nursing_assessment", msg("long_term_care.obligation.nursing_assessment"),
                                    std::nullopt, fund_of(p)));
  SECU_TRY(bool settled, third_party(s, p, c, pension, b));
  if (!settled) return b.finish(Status::cannot_tell, msg("long_term_care.summary.cannot_tell"));
  if (b.decision().schedule.empty()) return b.finish(Status::entitled, msg("long_term_care.summary.in_kind"));
  const auto& sched = b.decision().schedule;
  if (std::any_of(sched.begin(), sched.end(), [](const auto& pd) { return !pd.amount_known; }))
    return b.finish(Status::cannot_tell, msg("long_term_care.summary.law_not_covered"));
  return b.finish(Status::entitled, Message{"long_term_care.summary.third_party", {{"from", c.from}, {"to", pension - 1}}});
}

}  // namespace secu::rules::long_term_care

// Seed 004 ch. XII, "Care insurance (regional)": "the Care insurance (*Zorgverzekering/Assurance
// soins*). The care insurance confers entitlement to have a care insurance fund take
// responsibility (in the form of a monthly benefit) for the paying of certain costs connected
// with the provision of assistance and services of a non-medical nature."
//
// Conditions: "five years of continuous residence in the Flemish Region or in the bilingual
// region of Brussels-Capital and membership of a recognised care insurance fund" (five years
// before the start of the need: 2019-03-01 to 2024-03-01 is enough, from 2019-03-02 it is
// not); "a serious and prolonged situation of reduced autonomy"; "Insurance and payment of
// the annual contribution is compulsory as of the age of 26. However, a person aged below 26
// may, upon request, be covered by the insurance without having to pay the annual
// contribution."
//
// Exception, labelled: the guide does not say what happens when a person of 26 or over has
// not paid the contributions. secu does not invent a sanction: the decision is "cannot tell",
// with the obligation to pay them.
//
// Amount and duration: "a fixed monthly amount of €130. The same amount is granted if the
// person resides in an institution other than a service flat." "up to 36 months in the case
// of community-based and home care. In the case of residential care, no maximum duration is
// specified." Home care thus runs from the start of the need to the day before the same date
// 36 months later (the 37th month is not paid).
#include <algorithm>

#include "rules/long_term_care/common.h"
#include "rules/long_term_care/decisions.h"

namespace secu::rules::long_term_care {

using core::Date;
using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kResidence = "long_term_care.flemish_care_insurance.residence_years";
constexpr const char* kCompulsory = "long_term_care.flemish_care_insurance.compulsory_age";
constexpr const char* kVoluntary = "long_term_care.flemish_care_insurance.voluntary_below_age";
constexpr const char* kMonthly = "long_term_care.flemish_care_insurance.monthly_benefit";
constexpr const char* kHomeMonths = "long_term_care.flemish_care_insurance.home_care_max_months";
constexpr const char* kFund = "care_fund";

Decision refuse(DecisionBuilder& b, const char* summary) { return b.finish(Status::not_entitled, msg(summary)); }

// Five years of continuous residence before the start of the need (2019-03-01 is enough for
// 2024-03-01, 2019-03-02 is not): a refusal when they are not complete.
core::Result<std::optional<Decision>> residence(const CareNeed& c, DecisionBuilder& b) {
  if (!c.flemish_residence_since) return std::optional<Decision>{};
  SECU_TRY(std::int64_t years, b.integer(kResidence, c.from));
  SECU_TRY(auto entry, b.ctx().law.params().at(kResidence, c.from));
  const Date enough = core::add_years(*c.flemish_residence_since, static_cast<int>(years), core::EndOfMonth::next_day);
  b.reason_from(*entry.entry, kResidence, Message{"long_term_care.reason.care_residence", {{"years", years}, {"date", enough}}});
  if (c.from >= enough) return std::optional<Decision>{};
  return std::optional(b.finish(Status::not_entitled, Message{"long_term_care.summary.care_residence", {{"date", enough}}}));
}

// Region, residence, membership, autonomy, setting: the first known "no", else nothing
// (each unknown fact asked, most decisive first).
core::Result<std::optional<Decision>> conditions(const Person& p, const CareNeed& c, DecisionBuilder& b) {
  if (p.region && *p.region != Region::flanders && *p.region != Region::brussels) {
    SECU_RETURN_IF_ERROR(b.reason("long_term_care.care_insurance.residence", msg("long_term_care.reason.care_region")));
    return std::optional(refuse(b, "long_term_care.summary.care_region"));
  }
  SECU_TRY(std::optional<Decision> too_recent, residence(c, b));
  if (too_recent) return too_recent;
  if (c.care_fund_member == false) {
    SECU_RETURN_IF_ERROR(b.reason("long_term_care.care_insurance.residence", msg("long_term_care.reason.care_not_member")));
    SECU_RETURN_IF_ERROR(b.obligation("long_term_care.care_insurance.compulsory", msg("long_term_care.obligation.join_care_fund"), std::nullopt, kFund));
    return std::optional(refuse(b, "long_term_care.summary.care_not_member"));
  }
  if (c.reduced_autonomy == false) {
    SECU_RETURN_IF_ERROR(b.reason("long_term_care.care_insurance.autonomy", msg("long_term_care.reason.no_reduced_autonomy")));
    return std::optional(refuse(b, "long_term_care.summary.no_reduced_autonomy"));
  }
  if (c.setting == CareSetting::service_flat) {
    SECU_RETURN_IF_ERROR(b.reason("long_term_care.care_insurance.amount", msg("long_term_care.reason.care_service_flat")));
    return std::optional(refuse(b, "long_term_care.summary.care_service_flat"));
  }
  if (!p.region) b.missing(p.pointer("/region"), msg("question.region"));
  if (!c.flemish_residence_since) b.missing(c.pointer("/flemish_residence_since"), msg("question.long_term_care.flemish_residence_since"));
  if (!c.care_fund_member) b.missing(c.pointer("/care_fund_member"), msg("question.long_term_care.care_fund_member"));
  if (!c.reduced_autonomy) b.missing(c.pointer("/reduced_autonomy"), msg("question.long_term_care.reduced_autonomy"));
  if (!c.setting) b.missing(c.pointer("/setting"), msg("question.long_term_care.setting"));
  return std::optional<Decision>{};
}

// The annual contribution from 26; false when it is unpaid or unknown.
core::Result<bool> contributions(const Person& p, const CareNeed& c, DecisionBuilder& b) {
  if (!p.birth_date) {
    b.missing(p.pointer("/birth_date"), msg("question.birth_date"));
    return false;
  }
  const std::int64_t age = core::age_on(*p.birth_date, c.from);
  SECU_TRY(std::int64_t compulsory, b.integer(kCompulsory, c.from));
  if (age < compulsory) {
    SECU_TRY(auto voluntary, b.ctx().law.params().at(kVoluntary, c.from));
    b.reason_from(*voluntary.entry, kVoluntary, Message{"long_term_care.reason.care_below_age", {{"age", compulsory}}});
    return true;
  }
  SECU_TRY(auto entry, b.ctx().law.params().at(kCompulsory, c.from));
  b.reason_from(*entry.entry, kCompulsory, Message{"long_term_care.reason.care_contribution", {{"age", compulsory}}});
  if (!c.contributions_paid) {
    b.missing(c.pointer("/contributions_paid"), msg("question.long_term_care.contributions_paid"));
    return false;
  }
  if (*c.contributions_paid) return true;
  SECU_RETURN_IF_ERROR(b.reason("long_term_care.care_insurance.compulsory", msg("long_term_care.reason.care_contribution_unpaid")));
  SECU_RETURN_IF_ERROR(b.obligation("long_term_care.care_insurance.compulsory", msg("long_term_care.obligation.pay_contribution"), std::nullopt, kFund));
  return false;
}

// The monthly benefit: 36 months at most at home, no maximum in residential care.
core::Result<Decision> pay(const CareNeed& c, DecisionBuilder& b) {
  std::optional<Date> last;
  if (c.setting == CareSetting::home) {
    SECU_TRY(std::int64_t months, b.integer(kHomeMonths, c.from));
    SECU_TRY(auto entry, b.ctx().law.params().at(kHomeMonths, c.from));
    last = core::add_months(c.from, static_cast<int>(months), core::EndOfMonth::next_day) - 1;
    b.reason_from(*entry.entry, kHomeMonths, Message{"long_term_care.reason.care_home_months", {{"months", months}, {"date", *last}}});
    SECU_RETURN_IF_ERROR(b.obligation("long_term_care.care_insurance.home_evaluation", msg("long_term_care.obligation.care_home_evaluation"),
                                      std::nullopt, kFund));
  } else {
    SECU_RETURN_IF_ERROR(b.reason("long_term_care.care_insurance.duration", msg("long_term_care.reason.care_residential")));
    SECU_RETURN_IF_ERROR(b.obligation("long_term_care.care_insurance.residential_proof", msg("long_term_care.obligation.care_residential_proof"),
                                      std::nullopt, kFund));
  }
  SECU_TRY(auto periods, paid_periods(b, kMonthly, c.from, last, explain::Per::month, kFund, "basis.long_term_care.care_insurance",
                                      "long_term_care.reason.care_amount"));
  for (const auto& pd : periods)
    if (pd.amount_known) {
      b.decision().amounts.push_back({"care_insurance", msg("amount.long_term_care.care_insurance"), pd.amount, explain::Per::month});
      break;
    }
  const bool known = std::all_of(periods.begin(), periods.end(), [](const auto& pd) { return pd.amount_known; });
  b.decision().schedule = std::move(periods);
  if (!known) return b.finish(Status::cannot_tell, msg("long_term_care.summary.law_not_covered"));
  if (!last) return b.finish(Status::entitled, Message{"long_term_care.summary.care_residential", {{"from", c.from}}});
  if (b.ctx().at > *last) return b.finish(Status::entitled, Message{"long_term_care.summary.care_home_ended", {{"from", c.from}, {"to", *last}}});
  return b.finish(Status::entitled, Message{"long_term_care.summary.care_home", {{"from", c.from}, {"to", *last}}});
}

}  // namespace

core::Result<Decision> flemish_care_insurance(const Person& p, const CareNeed& c, const Context& ctx) {
  DecisionBuilder b(ctx, "long_term_care.flemish_care_insurance", p.id);
  b.institution(kFund);
  SECU_RETURN_IF_ERROR(b.reason("long_term_care.care_insurance.scope", msg("long_term_care.reason.care_scope")));
  SECU_TRY(std::optional<Decision> refused, conditions(p, c, b));
  if (refused) return std::move(*refused);
  SECU_TRY(bool paid, contributions(p, c, b));
  if (!b.decision().missing.empty()) return b.finish(Status::cannot_tell, msg("long_term_care.summary.cannot_tell"));
  if (!paid) return b.finish(Status::cannot_tell, msg("long_term_care.summary.care_contribution_unpaid"));
  return pay(c, b);
}

}  // namespace secu::rules::long_term_care

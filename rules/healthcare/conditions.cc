// Seed 004 ch. II: "Physiotherapy is reimbursed only if prescribed by a doctor."
// Seed 001: "You must visit the dentist at least once a year to be reimbursed." "For
// orthodontic treatment, a medical request must be submitted to the medical advisor of
// your insurance company before the age of 15."
// Seed 001: "Please note that if you see a specialist without a referral from your family
// doctor, you will pay more than if you have such a referral."
// Seed 004 ch. II: "Health insurance covers 75% of the cost of nursing care for recipients
// not benefitting from the preferential scheme who call on a non-contracted care provider."
// From 2023-10-01 young people (0-24) with the increased reimbursement pay no personal share
// at their GP holding the DMG, at the conventioned rate (data/params/healthcare/gp/).
//
// "Before the age of 15": the request must reach the medical adviser before the 15th
// birthday (on the birthday is too late); a birthday on 29 February falls on 1 March in
// common years, as core::age_on counts it.
#include "rules/healthcare/conditions.h"

namespace secu::rules::healthcare {

using core::Date;
using core::Money;
using explain::Message;

namespace {

constexpr const char* kMinVisits = "healthcare.dental.min_visits_per_year";
constexpr const char* kOrthoAge = "healthcare.dental.orthodontics_request_max_age";
constexpr const char* kReduction = "healthcare.specialist.referral_personal_share_reduction";
constexpr const char* kYoungShare = "healthcare.gp.personal_share_bim_under_25_with_gmd";
constexpr const char* kYoungAge = "healthcare.gp.bim_under_25_age_limit";
constexpr const char* kNurse = "healthcare.nursing.non_contracted_reimbursement_rate";

core::Result<Condition> prescription(const Line& l, DecisionBuilder& b) {
  const std::optional<bool>& prescribed = l.line.prescription;
  if (!prescribed) {
    b.missing(l.pointer("/prescription"), msg("question.healthcare.prescription"));
    return Condition{Check::unknown, {}};
  }
  if (!*prescribed) {
    SECU_RETURN_IF_ERROR(b.reason("healthcare.physiotherapy.prescription", msg("healthcare.reason.not_prescribed")));
    return Condition{Check::not_met, "healthcare.summary.not_prescribed"};
  }
  SECU_RETURN_IF_ERROR(b.reason("healthcare.physiotherapy.prescription", msg("healthcare.reason.prescribed")));
  return Condition{};
}

core::Result<Condition> yearly_visit(const Line& l, DecisionBuilder& b) {
  SECU_TRY(std::int64_t visits, b.integer(kMinVisits, l.line.date));
  const std::int64_t year = l.line.date.year() - 1;
  const std::optional<bool>& visited = l.line.dentist_visit_previous_year;
  if (!visited) {
    b.missing(l.pointer("/dentist_visit_previous_year"), Message{"question.healthcare.dentist_visit", {{"year", year}}});
    return Condition{Check::unknown, {}};
  }
  const char* text = *visited ? "healthcare.reason.dentist_visit" : "healthcare.reason.no_dentist_visit";
  SECU_RETURN_IF_ERROR(b.reason("healthcare.dental.yearly_visit", Message{text, {{"year", year}, {"visits", visits}}}));
  if (!*visited) return Condition{Check::not_met, "healthcare.summary.no_dentist_visit"};
  return Condition{};
}

core::Result<Condition> orthodontics(const Line& l, DecisionBuilder& b) {
  SECU_TRY(std::int64_t age, b.integer(kOrthoAge, l.line.date));
  const std::optional<Date>& birth = l.person.birth_date;
  const std::optional<Date>& received = l.line.orthodontic_request_received;
  if (!received) b.missing(l.pointer("/orthodontic_request_received"), msg("question.healthcare.orthodontic_request"));
  if (!birth) b.missing(l.person.pointer("/birth_date"), msg("question.birth_date"));
  if (!received || !birth) return Condition{Check::unknown, {}};
  const Date birthday = core::add_years(*birth, static_cast<int>(age), core::EndOfMonth::next_day);
  b.step("orthodontic_request_last_day", (birthday - 1).iso());
  const bool in_time = *received < birthday;
  const Message text{in_time ? "healthcare.reason.orthodontics_in_time" : "healthcare.reason.orthodontics_late",
                     {{"received", *received}, {"birthday", birthday}, {"age", age}}};
  SECU_RETURN_IF_ERROR(b.reason("healthcare.dental.orthodontics", text));
  if (!in_time) return Condition{Check::not_met, "healthcare.summary.orthodontics_late"};
  return Condition{};
}

std::optional<bool> conventioned(const Line& l) {
  return l.line.provider ? l.line.provider->conventioned : std::nullopt;
}

core::Status referral(const Line& l, bool bim, Priced& p, DecisionBuilder& b) {
  if (!l.line.referral) {
    b.missing(l.pointer("/referral"), msg("question.healthcare.referral"));
    p.known = false;
    return {};
  }
  if (!*l.line.referral) return b.reason("healthcare.specialist.referral", msg("healthcare.reason.no_referral"));
  SECU_TRY(Money reduction, b.money_in(kReduction, l.line.date, bim ? "preferential" : "ordinary"));
  const Money share = core::max(Money{}, *p.fee - p.reimbursed - reduction);
  p.reimbursed = *p.fee - share;
  return b.reason("healthcare.specialist.referral", Message{"healthcare.reason.referral", {{"reduction", reduction}, {"share", share}}});
}

core::Status under_25(const Line& l, bool bim, bool dmg, Priced& p, DecisionBuilder& b) {
  const Date d = l.line.date;
  if (!bim || !dmg || !b.ctx().law.params().at(kYoungShare, d)) return {};  // not in force before 2023-10-01
  SECU_TRY(std::int64_t limit, b.integer(kYoungAge, d));
  if (!l.person.birth_date) {
    b.missing(l.person.pointer("/birth_date"), msg("question.birth_date"));
    p.known = false;
    return {};
  }
  if (core::age_on(*l.person.birth_date, d) >= limit) return {};
  const std::optional<bool> conv = conventioned(l);
  if (!conv) {
    b.missing(l.pointer("/provider/conventioned"), msg("question.healthcare.conventioned"));
    p.known = false;
    return {};
  }
  if (!*conv) return b.reason("healthcare.gp.bim_under_25", msg("healthcare.reason.young_not_conventioned"));
  SECU_TRY(Money share, b.money(kYoungShare, d));
  p.reimbursed = *p.fee - share;
  return b.reason("healthcare.gp.bim_under_25", Message{"healthcare.reason.young_free", {{"limit", limit}, {"share", share}}});
}

core::Status non_contracted_nurse(const Line& l, bool bim, Priced& p, DecisionBuilder& b) {
  const std::optional<bool> conv = conventioned(l);
  if (!conv) {
    b.missing(l.pointer("/provider/conventioned"), msg("question.healthcare.conventioned"));
    p.known = false;
    return {};
  }
  if (*conv) return {};  // the table's rates are those of a conventioned nurse
  if (bim) {
    p.known = false;  // the seed gives the share of the ordinary insured only
    return b.reason("healthcare.nursing.non_contracted", msg("healthcare.reason.nurse_non_contracted_bim"));
  }
  SECU_TRY(core::Rate rate, b.rate(kNurse, l.line.date));
  p.reimbursed = p.fee->times(rate, core::kCentHalfUp);
  return b.reason("healthcare.nursing.non_contracted", Message{"healthcare.reason.nurse_non_contracted", {{"rate", rate}, {"reimbursed", p.reimbursed}}});
}

}  // namespace

core::Result<Condition> conditions(const Code& c, const Line& l, DecisionBuilder& b) {
  switch (c.group) {
    case Group::physiotherapy: return prescription(l, b);
    case Group::dentist: return yearly_visit(l, b);
    case Group::orthodontics: return orthodontics(l, b);
    default: return Condition{};
  }
}

core::Status exceptions(const Code& c, const Line& l, bool bim, bool dmg, Priced& p, DecisionBuilder& b) {
  if (!p.fee) return {};  // every exception changes a share of the statutory fee
  switch (c.group) {
    case Group::specialist: return referral(l, bim, p, b);
    case Group::gp: return under_25(l, bim, dmg, p, b);
    case Group::nursing: return non_contracted_nurse(l, bim, p, b);
    default: return {};
  }
}

}  // namespace secu::rules::healthcare

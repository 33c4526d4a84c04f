// Seed 004 ch. IV: "In case of extended hospitalisation or the death of the mother, the
// father can ask to convert the maternity leave into a paternity leave."
// The conditions (legalworld.wolterskluwer.be, data/citations/maternity.yaml): after the
// mother's death, the part of the rest she had not used; during her hospital stay, from
// the 8th day after the birth at the earliest, when the stay lasts more than 7 days and
// the newborn has left hospital, until she leaves hospital and at the latest the end of her
// rest. After a death the converted rest is paid on the co-parent's pay at the rates of
// the maternity benefit, counting the days of the rest already elapsed
// (droitsquotidiens.be); the rate of the converted rest during a hospital stay is not in
// data/, so its amount is "cannot tell".
#include "rules/maternity/conversion.h"

#include <algorithm>

#include "rules/maternity/benefit.h"
#include "rules/maternity/eligibility.h"
#include "rules/maternity/rest.h"
#include "rules/sickness/employer.h"

namespace secu::rules::maternity {

using core::Date;
using core::DayRange;
using explain::Decision;
using explain::Message;
using explain::Status;
using Why = Conversion::Why;

namespace {

constexpr const char* kMinStay = "maternity.conversion.mother_hospital_min_days";
constexpr const char* kEarliestDay = "maternity.conversion.earliest_day_after_birth";

core::Result<Conversion> hospital(const Birth& birth, const Calendar& cal, DecisionBuilder& b) {
  Conversion c;
  const Date born = *birth.delivery;
  SECU_TRY(std::int64_t min_stay, b.integer(kMinStay, born));
  SECU_TRY(std::int64_t earliest, b.integer(kEarliestDay, born));
  const Date admission = *birth.mother_admission;
  const Date counted_to = birth.mother_discharge.value_or(std::max(admission, b.ctx().at));
  c.stay_days = (counted_to - admission) + 1;
  c.until_discharge = !birth.mother_discharge;
  if (c.stay_days <= min_stay) {
    c.why = birth.mother_discharge ? Why::stay_too_short : Why::stay_unknown;
    return c;
  }
  Date from = std::max(born + static_cast<std::int32_t>(earliest - 1), admission);
  if (birth.newborn_discharge) from = std::max(from, *birth.newborn_discharge);  // the newborn has left hospital
  const Date to = birth.mother_discharge ? std::min(*birth.mother_discharge - 1, cal.last()) : cal.last();
  c.days = {from, to};
  c.why = c.days.empty() ? Why::nothing_left : Why::converted;
  return c;
}

// The co-parent's schedule: after a death, at the maternity rates on the co-parent's pay
// (the days of the rest counted from the mother's first day); after a hospital stay, the
// amount is not known.
core::Result<std::vector<explain::Period>> converted_schedule(const Person& q, const Conversion& conv, const Calendar& cal,
                                                              DecisionBuilder& b) {
  const std::string fund = sickness::fund_of(q);
  if (!conv.death) {
    SECU_RETURN_IF_ERROR(b.reason("paternity.conversion.rules", msg("paternity.reason.conversion_pay_unknown")));
    return std::vector<explain::Period>{sickness::per_day(conv.days, fund, std::nullopt, msg("basis.conversion_pay_unknown"))};
  }
  SECU_RETURN_IF_ERROR(b.reason("paternity.conversion.death_pay", msg("paternity.reason.conversion_death_pay")));
  if (!q.daily_wage) b.missing(q.pointer("/daily_wage"), msg("question.daily_wage"));
  SECU_TRY(int second_from, second_period_day(MotherStatus::employee, cal.start, b));
  std::vector<explain::Period> out;
  std::vector<DayRange> parts{conv.days};
  if (const Date second = cal.start + (second_from - 1); conv.days.contains(second) && second != conv.days.first)
    parts = {{conv.days.first, second - 1}, {second, conv.days.last}};
  for (const DayRange r : parts) {
    SECU_TRY(DayAmount a, maternity_day(MotherStatus::employee, q.daily_wage, std::nullopt, cal.start, r.first, cal.day_number(r.first), b));
    out.push_back(sickness::per_day(r, fund, a.amount, a.basis));
  }
  return out;
}

core::Status explain_conversion(const Birth& birth, const Conversion& c, DecisionBuilder& b) {
  if (c.death) return b.reason("paternity.conversion.rules", Message{"paternity.reason.conversion_death", {{"date", *birth.mother_died}}});
  if (c.why == Why::stay_too_short || c.why == Why::stay_unknown)
    return b.reason("paternity.conversion.rules", Message{"paternity.reason.conversion_stay_short", {{"days", std::int64_t{c.stay_days}}}});
  return b.reason("paternity.conversion.rules", Message{"paternity.reason.conversion_hospital", {{"days", std::int64_t{c.stay_days}}}});
}

core::Result<Decision> decide(const Person& q, const Birth& birth, const Conversion& conv, const Calendar& cal, DecisionBuilder b) {
  b.institution(sickness::fund_of(q));
  SECU_RETURN_IF_ERROR(b.reason("paternity.conversion", msg("paternity.reason.conversion")));
  SECU_RETURN_IF_ERROR(explain_conversion(birth, conv, b));
  if (conv.why == Why::stay_unknown) {
    b.missing(birth.pointer("/mother_hospital_stay/discharge"), msg("question.mother_discharge"));
    return b.finish(Status::cannot_tell, msg("paternity.summary.conversion_cannot_tell"));
  }
  if (conv.why == Why::stay_too_short || conv.why == Why::nothing_left)
    return b.finish(Status::not_entitled, msg("paternity.summary.conversion_not_entitled"));
  if (conv.why == Why::unknown_request) b.missing(birth.pointer("/conversion_requested"), msg("question.conversion_requested"));
  if (!q.status) b.missing(q.pointer("/status"), msg("question.status"));
  if (q.status == WorkStatus::self_employed) {
    SECU_RETURN_IF_ERROR(b.reason("paternity.conversion.rules", msg("paternity.reason.conversion_employees_only")));
    return b.finish(Status::not_entitled, msg("paternity.summary.conversion_not_entitled"));
  }
  SECU_TRY(Check eligible, insurance_conditions(q, conv.days.first, b));
  if (eligible == Check::not_met) return b.finish(Status::not_entitled, msg("paternity.summary.conversion_not_entitled"));
  SECU_TRY(b.decision().schedule, converted_schedule(q, conv, cal, b));
  SECU_RETURN_IF_ERROR(b.obligation("paternity.conversion.rules", msg("paternity.obligation.conversion"), std::nullopt, sickness::fund_of(q)));
  if (eligible == Check::unknown || !q.status || conv.why == Why::unknown_request)
    return b.finish(Status::cannot_tell, msg("paternity.summary.conversion_cannot_tell"));
  return b.finish(Status::entitled, Message{"paternity.summary.conversion", {{"from", conv.days.first}, {"to", conv.days.last}}});
}

}  // namespace

core::Result<Conversion> conversion(const Birth& birth, const Calendar& cal, DecisionBuilder& b) {
  Conversion c;
  if (!birth.delivery) return c;
  if (birth.mother_died) {
    c.death = true;
    c.days = {std::max(*birth.mother_died + 1, cal.birth), cal.last()};
    c.why = c.days.empty() ? Why::nothing_left : Why::converted;
  } else if (birth.mother_admission) {
    SECU_TRY(c, hospital(birth, cal, b));
  } else {
    return c;
  }
  if (c.why != Why::converted) return c;
  if (!birth.conversion_requested) c.why = Why::unknown_request;
  else if (!*birth.conversion_requested) c.why = Why::not_requested;
  return c;
}

core::Result<std::optional<Decision>> conversion_decision(const Situation& s, const Birth& birth, const Context& ctx) {
  if (!birth.co_parent || !birth.delivery || (!birth.mother_died && !birth.mother_admission)) return std::optional<Decision>{};
  const Person& q = *s.person(*birth.co_parent);
  DecisionBuilder b(ctx, "paternity.conversion", q.id);
  auto cal = mother_calendar(birth, b);
  if (!cal) {
    if (cal.error().code != core::ErrorCode::out_of_range) return std::unexpected(cal.error());
    SECU_RETURN_IF_ERROR(b.law_gap(cal.error(), *birth.delivery));
    return std::optional<Decision>(b.finish(Status::cannot_tell, msg("paternity.summary.conversion_cannot_tell")));
  }
  SECU_TRY(Conversion conv, conversion(birth, *cal, b));
  if (conv.why == Why::none || conv.why == Why::not_requested) return std::optional<Decision>{};
  auto d = decide(q, birth, conv, *cal, std::move(b));
  if (d) return std::optional<Decision>(std::move(*d));
  if (d.error().code != core::ErrorCode::out_of_range) return std::unexpected(d.error());
  DecisionBuilder gap(ctx, "paternity.conversion", q.id);
  SECU_RETURN_IF_ERROR(gap.law_gap(d.error(), *birth.delivery));
  return std::optional<Decision>(gap.finish(Status::cannot_tell, msg("paternity.summary.conversion_cannot_tell")));
}

}  // namespace secu::rules::maternity

// Seed 004 ch. I: "You are free to change to a different insurance body or mutual insurance
// fund on the first day of any calendar quarter. The new fund you wish to join may refuse
// your application, however, especially if you have been insured for less than 12 months,
// but it will give you all the information you need in this regard." "The choice of
// insurance fund is free with the exception of the employees of the National Railway
// Company of Belgium."
//
// A change asked for on a day takes effect at the earliest on the first day of the next
// calendar quarter (asked on 1 April: 1 July), secu's reading of "on the first day of any
// calendar quarter" for a change still to be made. "Insured for less than 12 months" is
// read as insured (with the current fund) for less than 12 months on that first day.
#include "rules/membership/membership.h"

namespace secu::rules::membership {

using core::Date;
using explain::Message;
using explain::Status;

core::Result<explain::Decision> fund_change(const FundChange& f, const Situation& s, const Context& ctx) {
  const Person& p = *s.person(f.person);
  DecisionBuilder b(ctx, "membership.fund_change", p.id);
  b.decision().subject = f.pointer();
  if (p.railway_employee.value_or(false)) {
    b.institution("sncb_health_fund");
    SECU_RETURN_IF_ERROR(b.reason("membership.railway", msg("membership.reason.railway_no_choice")));
    return b.finish(Status::not_entitled, msg("membership.summary.railway_no_change"));
  }
  SECU_TRY(std::int64_t quarterly, b.integer("membership.fund_change.on_quarter_start", f.requested));
  SECU_TRY(std::int64_t months, b.integer("membership.fund_change.refusal_below_insured_months", f.requested));
  const Date effective = quarterly ? core::first_day_of_next_quarter(f.requested) : f.requested;
  b.step("earliest_change", effective.iso());
  SECU_RETURN_IF_ERROR(b.reason("membership.fund_change", Message{"membership.reason.quarter_start", {{"date", effective}}}));
  const auto& since = p.insurance.insured_since;
  if (since && *since > core::add_months(effective, -static_cast<int>(months), core::EndOfMonth::clamp))
    SECU_RETURN_IF_ERROR(b.reason("membership.fund_change", Message{"membership.reason.may_refuse", {{"months", months}, {"since", *since}}}));
  const std::string target = f.new_fund.value_or("health_insurance_fund");
  b.institution(target);
  if (p.insurance.fund) b.institution(*p.insurance.fund);
  SECU_RETURN_IF_ERROR(b.obligation("membership.fund_change", Message{"membership.obligation.apply_new_fund", {{"date", effective}}},
                                    effective - 1, target));
  return b.finish(Status::entitled, Message{"membership.summary.change_from", {{"date", effective}}});
}

}  // namespace secu::rules::membership

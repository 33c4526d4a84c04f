#include "rules/pension/retirement.h"

#include "rules/pension/age.h"
#include "rules/pension/amount.h"

namespace secu::rules::pension {

using core::Date;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kAdvance = "pension.application.advance_years";

const char* benefit_key(OtherBenefit o) {
  switch (o) {
    case OtherBenefit::sickness: return "pension.reason.with_sickness";
    case OtherBenefit::invalidity: return "pension.reason.with_invalidity";
    case OtherBenefit::involuntary_unemployment: return "pension.reason.with_unemployment";
    case OtherBenefit::company_supplement: return "pension.reason.with_company_supplement";
  }
  return "pension.reason.with_sickness";
}

// "You will not receive a retirement pension if you are already receiving sickness,
// invalidity or involuntary unemployment benefit ... or ... an allowance for cessation of
// work or a supplementary allowance under the system of unemployment with company supplement"
core::Result<Check> not_with_other_benefits(const Person& p, DecisionBuilder& b) {
  const auto& other = p.pension.other_benefits;
  if (!other) {
    b.missing(p.pointer("/other_benefits"), msg("question.pension_other_benefits"));
    return Check::unknown;
  }
  for (OtherBenefit o : *other) SECU_RETURN_IF_ERROR(b.reason("pension.not_with_benefits", msg(benefit_key(o))));
  return other->empty() ? Check::met : Check::not_met;
}

// "Pension applications must be submitted to the municipal administration at your place of
// residence" (or the pension institution of the EU state of residence), "advised ... one
// year before reaching retirement age".
core::Status application(const PensionClaim& c, Date start, DecisionBuilder& b) {
  SECU_TRY(auto advance, covered(whole(b, kAdvance, start), start, b));
  const std::optional<Date> by = advance ? std::optional<Date>(core::add_years(start, -static_cast<int>(advance->value), core::EndOfMonth::clamp))
                                         : std::nullopt;
  const bool abroad = c.lives_in == ClaimResidence::other_eu_state;
  const char* text = !c.lives_in ? "pension.obligation.apply_either" : abroad ? "pension.obligation.apply_eu" : "pension.obligation.apply_municipality";
  SECU_RETURN_IF_ERROR(b.obligation(abroad ? "pension.application_eu" : "pension.application", Message{text, {{"start", start}}}, by, "onp"));
  if (!advance) return {};
  b.reason_from(*advance->entry, kAdvance, Message{"pension.reason.apply_advance", {{"date", *by}}});
  if (c.application_date && *c.application_date > *by)
    SECU_RETURN_IF_ERROR(b.reason("pension.application_advance", Message{"pension.reason.applied_late", {{"applied", *c.application_date}, {"date", *by}}}));
  return {};
}

// How it is paid, and the holiday allowances the guide names without amounts.
core::Status payment_reasons(DecisionBuilder& b) {
  SECU_RETURN_IF_ERROR(b.reason("pension.payment", msg("pension.reason.payment")));
  return b.reason("pension.holiday_allowance", msg("pension.reason.holiday_allowance"));
}

core::Result<Retirement> decide(const Person& p, const PensionClaim& c, DecisionBuilder b) {
  SECU_RETURN_IF_ERROR(b.reason("pension.insured", msg("pension.reason.insured")));
  if (!p.birth_date) {
    b.missing(p.pointer("/birth_date"), msg("question.birth_date"));
    return Retirement{b.finish(Status::cannot_tell, msg("pension.summary.cannot_tell")), std::nullopt};
  }
  SECU_TRY(auto when, pension_start(p, c, b));
  if (!when) return Retirement{b.finish(Status::cannot_tell, msg("pension.summary.law_not_covered")), std::nullopt};
  const Date start = when->start;
  SECU_TRY(Check may, may_start(p, *when, b));
  SECU_TRY(Check alone, not_with_other_benefits(p, b));
  Check ok = both(may, alone);
  if (ok == Check::not_met) return Retirement{b.finish(Status::not_entitled, Message{"pension.summary.not_entitled", {{"start", start}}}), start};
  SECU_TRY(Check paid, lay_out_amount(p, start, b));
  ok = both(ok, paid);
  if (ok == Check::not_met) return Retirement{b.finish(Status::not_entitled, Message{"pension.summary.not_entitled", {{"start", start}}}), start};
  SECU_RETURN_IF_ERROR(application(c, start, b));
  SECU_RETURN_IF_ERROR(payment_reasons(b));
  if (ok == Check::unknown) return Retirement{b.finish(Status::cannot_tell, msg("pension.summary.cannot_tell")), start};
  const auto& first = b.decision().schedule.front();
  const Message summary = first.amount_known ? Message{first.at_least ? "pension.summary.entitled_at_least" : "pension.summary.entitled",
                                                       {{"start", start}, {"amount", first.amount}}}
                                             : Message{"pension.summary.entitled_amount_unknown", {{"start", start}}};
  return Retirement{b.finish(status_of(ok), summary), start};
}

}  // namespace

core::Result<Retirement> retirement_decision(const Situation& s, const PensionClaim& c, const Context& ctx) {
  const Person& p = *s.person(c.person);
  auto builder = [&] {
    DecisionBuilder b(ctx, "pension.retirement", p.id);
    b.decision().subject = c.pointer();
    b.institution("onp");
    return b;
  };
  auto r = decide(p, c, builder());
  if (r || r.error().code != core::ErrorCode::out_of_range) return r;
  DecisionBuilder gap = builder();  // a figure of that date is not in data/
  SECU_RETURN_IF_ERROR(gap.law_gap(r.error(), ctx.at));
  return Retirement{gap.finish(Status::cannot_tell, msg("pension.summary.law_not_covered")), std::nullopt};
}

core::Result<explain::Decision> heating_allowance_decision(const Person& p, const Context& ctx) {
  DecisionBuilder b(ctx, "pension.heating_allowance", p.id);
  b.institution("onp");
  SECU_RETURN_IF_ERROR(b.reason("pension.heating_allowance", msg("pension.reason.heating_no_figures")));
  return b.finish(Status::cannot_tell, msg("pension.summary.heating_cannot_tell"));
}

}  // namespace secu::rules::pension

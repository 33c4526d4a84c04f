// The invalidity decision (seed 004 ch. V; seed 002).
//
// "If you have received sickness benefit for one year and are still unable to return to
// work, you may be entitled to invalidity benefit […]. This entitlement ceases, however,
// once you reach retirement age (currently 65 for women and men)." The conditions of
// registration, 120 days of work in six months and contributions are those the sickness
// decision checked at the start of the incapacity; what is new is the recognition of the
// invalidity ("cannot earn more than one-third of the normal earnings of a worker in the
// same category", at least 66 %), given by the Medical Council for Invalidity on the
// medical adviser's report (the fact `invalidity_recognised`).
//
// The last day paid is the day before the retirement pension would begin: the first day of
// the month after the birthday of the retirement age in force on that day (65, 66 for
// pensions from 2025-02-01, 67 from 2030-02-01; pension.start.first_day_of_next_month and
// rules/pension/age.h), so that invalidity and pension follow each other without a gap. The
// seed says only that the entitlement "ceases once you reach" the age.
#include "rules/invalidity/invalidity.h"

#include <algorithm>

#include "rules/invalidity/benefit.h"
#include "rules/pension/age.h"
#include "rules/sickness/employer.h"

namespace secu::rules::invalidity {

using core::Date;
using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kRetirementAge = "invalidity.end.retirement_age";

void add_amounts(DecisionBuilder& b) {
  auto& d = b.decision();
  for (const auto& pd : d.schedule) {
    if (!pd.amount_known) continue;
    d.amounts.push_back({"daily_benefit", msg("amount.invalidity_daily"), pd.amount, explain::Per::day, pd.at_least});
    return;
  }
}

void ask_for_amount_facts(const Person& p, DecisionBuilder& b) {
  if (!p.family_situation) b.missing(p.pointer("/family_situation"), msg("question.family_situation"));
  if (p.status == WorkStatus::self_employed) {
    if (!p.self_employed || !p.self_employed->stopped_working)
      b.missing(p.pointer("/self_employed/stopped_working"), msg("question.stopped_working"));
    return;
  }
  if (!p.daily_wage) b.missing(p.pointer("/daily_wage"), msg("question.daily_wage"));
  if (!p.regular_worker) b.missing(p.pointer("/regular_worker"), msg("question.regular_worker"));
}

std::string rate_key(FamilySituation f) {
  switch (f) {
    case FamilySituation::with_dependants: return "invalidity.reason.rate.with_dependants";
    case FamilySituation::single: return "invalidity.reason.rate.single";
    case FamilySituation::cohabitant: break;
  }
  return "invalidity.reason.rate.cohabitant";
}

// Why the amount is what it is: the rate for the family situation (employees).
core::Status rate_reason(const Person& p, Date from, DecisionBuilder& b) {
  if (p.status == WorkStatus::self_employed || !p.family_situation) return {};
  auto rate = b.ctx().law.params().rate_in("invalidity.benefit.rate", from, to_string(*p.family_situation));
  if (!rate) return b.law_gap(rate.error(), from);
  b.reason_from(*rate->entry, "invalidity.benefit.rate",
                Message{rate_key(*p.family_situation), {{"rate", rate->value}}});
  return {};
}

// Recognised by the Medical Council for Invalidity: met, not met, or asked.
core::Result<std::optional<bool>> recognition(const Incapacity& inc, Date from, DecisionBuilder& b) {
  if (!inc.invalidity_recognised) {
    b.missing(inc.pointer("/invalidity_recognised"), msg("question.invalidity_recognised"));
    return std::optional<bool>{};
  }
  auto frac = b.ctx().law.params().at("invalidity.definition.max_earning_fraction", from);
  if (!frac) {
    SECU_RETURN_IF_ERROR(b.law_gap(frac.error(), from));
    return std::optional<bool>(*inc.invalidity_recognised);
  }
  b.reason_from(*frac->entry, "invalidity.definition.max_earning_fraction",
                msg(*inc.invalidity_recognised ? "invalidity.reason.recognised" : "invalidity.reason.not_recognised"));
  return std::optional<bool>(*inc.invalidity_recognised);
}

}  // namespace

core::Result<std::optional<Date>> retirement_day(const Person& p, DecisionBuilder& b) {
  if (!p.birth_date) {
    b.missing(p.pointer("/birth_date"), msg("question.birth_date"));
    return std::optional<Date>{};
  }
  SECU_TRY(auto normal, pension::normal_start(*p.birth_date, kRetirementAge, b));
  if (!normal) return std::optional<Date>{};
  b.reason_from(*normal->entry, kRetirementAge, Message{"invalidity.reason.retirement",
      {{"age", std::int64_t{normal->months / 12}}, {"date", normal->reached}, {"last", normal->day - 1}}});
  return std::optional<Date>(normal->day);
}

core::Result<Decision> after_sickness(const Person& p, const Incapacity& inc, Date from, const Context& ctx) {
  const bool self_employed = p.status == WorkStatus::self_employed;
  DecisionBuilder b(ctx, self_employed ? "invalidity.self_employed" : "invalidity.employee", p.id);
  b.institution(sickness::fund_of(p));
  SECU_TRY(auto year, ctx.law.params().at("invalidity.entry.after_sickness_years", from));
  b.reason_from(*year.entry, "invalidity.entry.after_sickness_years", Message{"invalidity.reason.after_sickness", {{"from", from}}});
  SECU_RETURN_IF_ERROR(b.reason("invalidity.conditions", msg("invalidity.reason.conditions")));
  SECU_TRY(std::optional<Date> retired, retirement_day(p, b));
  if (retired && *retired <= from)
    return b.finish(Status::not_entitled, Message{"invalidity.summary.retired", {{"date", *retired}}});
  SECU_TRY(std::optional<bool> recognised, recognition(inc, from, b));
  if (recognised && !*recognised) return b.finish(Status::not_entitled, msg("invalidity.summary.not_recognised"));
  SECU_RETURN_IF_ERROR(rate_reason(p, from, b));

  Date last = retired ? *retired - 1 : inc.end.value_or(from);
  if (inc.end) last = std::min(last, *inc.end);
  SECU_TRY(auto periods, daily_benefit(p, from, {from, last}, b));
  if (!inc.end && !retired && !periods.empty()) periods.back().open_end = true;
  b.decision().schedule = std::move(periods);
  ask_for_amount_facts(p, b);
  add_amounts(b);
  if (!b.decision().missing.empty()) return b.finish(Status::cannot_tell, msg("invalidity.summary.cannot_tell"));
  const auto& s = b.decision().schedule;
  if (std::any_of(s.begin(), s.end(), [](const auto& pd) { return !pd.amount_known; }))
    return b.finish(Status::entitled, Message{"invalidity.summary.amount_unknown", {{"from", from}}});
  return b.finish(Status::entitled, Message{"invalidity.summary.entitled", {{"from", from}}});
}

}  // namespace secu::rules::invalidity

#include "rules/survivors/amount.h"

#include <algorithm>
#include <vector>

#include "rules/pension/career.h"

namespace secu::rules::survivors {

using core::Date;
using core::Money;
using explain::Message;
using explain::Per;
using pension::covered;

namespace {

constexpr const char* kPensionRate = "pension.rate";
constexpr const char* kFull = "pension.accrual.full_career_years";
constexpr const char* kShare = "survivors.benefit.rate";
constexpr const char* kFraction = "survivors.minimum.min_career_fraction";
constexpr const char* kMinYearly = "survivors.minimum.full_career";
constexpr const char* kMinMonthly = "survivors.minimum.full_career_monthly";
constexpr const char* kMaximum = "survivors.maximum.spouse_of_employee";
constexpr const char* kPayer = "onp";

void close(explain::Period& pd, std::optional<Date> end) {
  if (!end) return;
  pd.days.last = *end;
  pd.open_end = false;
}

void unknown_schedule(Date start, std::optional<Date> end, DecisionBuilder& b) {
  explain::Period pd = explain::unknown_amount_from(start, kPayer, Per::month, msg("basis.survivors_unknown"));
  close(pd, end);
  b.decision().schedule.push_back(pd);
}

// The facts the amount needs from the deceased; false when one is missing or rules it out.
core::Result<bool> amount_facts(const Person& deceased, DecisionBuilder& b) {
  const PensionFacts& f = deceased.pension;
  if (!f.career) b.missing(deceased.pointer("/career"), msg("question.survivors_deceased_career"));
  if (!f.earnings_revalued) b.missing(deceased.pointer("/career_earnings_revalued"), msg("question.survivors_earnings_revalued"));
  if (f.earnings_revalued == false) SECU_RETURN_IF_ERROR(b.reason("survivors.amount", msg("survivors.reason.no_revaluation")));
  return f.career && f.earnings_revalued == true;
}

struct Own {
  std::optional<Money> yearly;  // 80 % of the household pension; nullopt: not known
  std::int64_t years = 0;
  std::int64_t full = 0;
};

// 80 % of Σ earnings × household rate / 45 over the deceased's career to the year of death.
core::Result<Own> own_amount(const Person& deceased, const Death& d, DecisionBuilder& b) {
  Own o;
  SECU_TRY(auto rate, covered(pension::rate_in(b, kPensionRate, d.date, "household"), d.date, b));
  SECU_TRY(auto full, covered(pension::whole(b, kFull, d.date), d.date, b));
  SECU_TRY(auto share, covered(b.rate(kShare, d.date), d.date, b));
  const auto years = pension::career_years(*deceased.pension.career, d.date.year(), std::nullopt);
  o.years = static_cast<std::int64_t>(years.size());
  if (!rate || !full || !share) return o;
  o.full = full->value;
  pension::trace_career(*deceased.pension.career, d.date.year(), rate->value, full->value, b);
  Money sum;
  bool known = true;
  for (const CareerYear* y : years) {
    if (!y->earnings) {
      b.missing(y->pointer + "/earnings", Message{"question.survivors_year_earnings", {{"year", std::int64_t{y->year}}}});
      known = false;
      continue;
    }
    sum += *y->earnings;
  }
  if (!known) return o;
  const Money household = sum.times(rate->value, core::kTenThousandthHalfUp).mul_div(1, full->value, core::kCentHalfUp);
  o.yearly = household.times(*share, core::kCentHalfUp);
  b.decision().amounts.push_back({"deceased_pension", msg("amount.survivors_deceased_pension"), household, Per::year, false});
  SECU_RETURN_IF_ERROR(b.reason("survivors.amount", Message{"survivors.reason.amount",
      {{"years", o.years}, {"full", o.full}, {"rate", rate->value}, {"earnings", sum}, {"household", household}, {"share", *share}, {"amount", *o.yearly}}}));
  SECU_RETURN_IF_ERROR(b.reason("survivors.hypothetical", Message{"survivors.reason.denominator", {{"full", o.full}}}));
  return o;
}

// Whether the minimum applies: a career of at least two thirds of a complete one.
core::Result<Check> minimum_applies(const Own& o, Date on, DecisionBuilder& b) {
  SECU_TRY(auto num, covered(pension::whole_in(b, kFraction, on, "numerator"), on, b));
  SECU_TRY(auto den, covered(pension::whole_in(b, kFraction, on, "denominator"), on, b));
  if (!num || !den) return Check::unknown;
  const bool ok = o.years * den->value >= o.full * num->value;
  b.reason_from(*num->entry, kFraction, Message{ok ? "survivors.reason.minimum_two_thirds" : "survivors.reason.minimum_short",
      {{"years", o.years}, {"full", o.full}, {"numerator", num->value}, {"denominator", den->value}}});
  return ok ? Check::met : Check::not_met;
}

// The yearly minimum on `d`, pro rata; nullopt with the gap recorded.
core::Result<std::optional<Money>> minimum_on(const Own& o, Date d, DecisionBuilder& b) {
  auto yearly = b.money(kMinYearly, d);
  Money full_amount;
  if (yearly) {
    full_amount = *yearly;
  } else {
    if (yearly.error().code != core::ErrorCode::out_of_range) return std::unexpected(yearly.error());
    SECU_TRY(auto monthly, covered(b.money(kMinMonthly, d), d, b));
    if (!monthly) return std::optional<Money>{};
    full_amount = *monthly * 12;
  }
  return std::optional<Money>(full_amount.mul_div(std::min(o.years, o.full), o.full, core::kCentHalfUp));
}

std::vector<Date> changes(const Context& ctx, Date start, std::optional<Date> end) {
  std::vector<Date> out{start};
  for (const char* id : {kMinYearly, kMinMonthly, kMaximum})
    if (const law::Parameter* p = ctx.law.params().find(id))
      for (const auto& e : p->entries)
        if (e.start > start && (!end || e.start <= *end)) out.push_back(e.start);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// One period from `from`: the own amount raised to the minimum, capped at the maximum.
core::Result<explain::Period> period_on(const Own& o, Check minimum, Date from, DecisionBuilder& b) {
  explain::Period pd;
  pd.days = {from, from};
  pd.payer = kPayer;
  pd.per = Per::month;
  pd.open_end = true;
  std::optional<Money> floor;
  if (minimum == Check::met) {
    SECU_TRY(floor, minimum_on(o, from, b));
  }
  SECU_TRY(auto cap, covered(b.money(kMaximum, from), from, b));
  if ((minimum == Check::met && !floor) || !cap || minimum == Check::unknown) {
    pd.amount_known = false;
    pd.basis = msg("basis.survivors_unknown");
    return pd;
  }
  Money yearly = *o.yearly;
  const char* basis = "basis.survivors_pension";
  if (floor && *floor > yearly) {
    yearly = *floor;
    basis = "basis.survivors_minimum";
  }
  if (yearly > *cap) {
    yearly = *cap;
    basis = "basis.survivors_maximum";
  }
  pd.amount = yearly.mul_div(1, 12, core::kCentHalfUp);
  pd.basis = Message{basis, {{"yearly", yearly}}};
  return pd;
}

core::Status explain_first(const explain::Period& first, DecisionBuilder& b) {
  if (!first.amount_known) return {};
  const Money yearly = std::get<Money>(first.basis.args.front().value);
  if (first.basis.key == "basis.survivors_minimum")
    SECU_RETURN_IF_ERROR(b.reason("survivors.minimum", Message{"survivors.reason.minimum_raises", {{"amount", yearly}}}));
  if (first.basis.key == "basis.survivors_maximum")
    SECU_RETURN_IF_ERROR(b.reason("survivors.maximum", Message{"survivors.reason.maximum_caps", {{"amount", yearly}}}));
  auto& a = b.decision().amounts;
  a.push_back({"survivor_pension_yearly", msg("amount.survivors_yearly"), yearly, Per::year, false});
  a.push_back({"survivor_pension_monthly", msg("amount.survivors_monthly"), first.amount, Per::month, false});
  return {};
}

}  // namespace

core::Result<Check> lay_out_amount(const Person& deceased, const Death& d, Date start, std::optional<Date> end, DecisionBuilder& b) {
  if (deceased.pension.career && pension::career_years(*deceased.pension.career, d.date.year(), std::nullopt).empty()) {
    SECU_RETURN_IF_ERROR(b.reason("survivors.amount", msg("survivors.reason.no_career")));
    return Check::not_met;
  }
  SECU_TRY(bool facts, amount_facts(deceased, b));
  if (!facts) {
    unknown_schedule(start, end, b);
    return deceased.pension.career ? Check::met : Check::unknown;
  }
  SECU_TRY(Own o, own_amount(deceased, d, b));
  if (!o.yearly) {
    unknown_schedule(start, end, b);
    return Check::met;
  }
  SECU_TRY(Check minimum, minimum_applies(o, d.date, b));
  std::vector<explain::Period> out;
  for (Date from : changes(b.ctx(), start, end)) {
    SECU_TRY(explain::Period pd, period_on(o, minimum, from, b));
    if (!out.empty() && out.back().amount == pd.amount && out.back().amount_known == pd.amount_known) continue;
    if (!out.empty()) {
      out.back().days.last = from - 1;
      out.back().open_end = false;
    }
    out.push_back(pd);
  }
  close(out.back(), end);
  SECU_RETURN_IF_ERROR(explain_first(out.front(), b));
  b.decision().schedule = std::move(out);
  return Check::met;
}

}  // namespace secu::rules::survivors

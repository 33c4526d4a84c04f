// Seed 004 ch. XI: "You become eligible for the guaranteed income [...] at the age of 65.
// Entitlement to the guaranteed income for elderly persons (commonly known as GRAPA) depends
// on your total income, from all sources (pension, property, earnings, etc.). If your income
// is above a certain level, the amount of GRAPA paid will be reduced accordingly." "You have
// to be resident in Belgium to be entitled to GRAPA." Rates: single, cohabiting, household
// (for 2 cohabiting beneficiaries). "If you are receiving a pension [...], an allowance for
// disabled persons or the integration income, your eligibility will be automatically
// assessed. Otherwise, you must apply to your local municipal administration or the National
// Pension Office".
//
// The guide does not give the level above which income reduces the GRAPA. The reduction is
// then at most the income: with an income under the rate, the GRAPA is at least the rate
// minus the income (an amount "at least"); with no income, the full rate; with an income
// that reaches the rate, secu cannot tell whether any GRAPA is due. The guide gives no start
// day either: the schedule runs from the claim.
#include "rules/minimum_income/grapa.h"

#include "rules/minimum_income/common.h"

namespace secu::rules::minimum_income {

using core::Date;
using core::Money;
using explain::Key;
using explain::Message;

namespace {

constexpr const char* kAge = "minimum_income.grapa.age";
constexpr const char* kAmount = "minimum_income.grapa.monthly_amount";
constexpr const char* kBeneficiaries = "minimum_income.grapa.household_rate_beneficiaries";
constexpr const char* kPayer = "onp";

std::pair<const char*, const char*> rate_of(IncomeHousehold h) {
  switch (h) {
    case IncomeHousehold::cohabitant: return {"cohabitant", "minimum_income.grapa_rate.cohabitant"};
    case IncomeHousehold::household: return {"household", "minimum_income.grapa_rate.household"};
    default: return {"single", "minimum_income.grapa_rate.single"};
  }
}

core::Result<Check> age_condition(const Person& p, const IncomeClaim& c, std::optional<int> age, DecisionBuilder& b) {
  if (!age) return Check::unknown;
  SECU_TRY(auto min, covered(b.integer(kAge, *c.claim_date), *c.claim_date, b));
  if (!min) return Check::unknown;
  const law::Entry* e = entry_on(b, kAge, *c.claim_date);
  const bool old_enough = *age >= *min;
  const Date reached = core::add_years(*p.birth_date, static_cast<int>(*min), core::EndOfMonth::next_day);
  if (e)
    b.reason_from(*e, kAge, Message{old_enough ? "minimum_income.reason.grapa_age" : "minimum_income.reason.grapa_too_young",
        {{"age", std::int64_t{*age}}, {"min", *min}, {"date", reached}}});
  return old_enough ? Check::met : Check::not_met;
}

core::Result<Check> residence(const IncomeClaim& c, DecisionBuilder& b) {
  if (!c.resident) {
    b.missing(c.pointer("/resident"), msg("question.minimum_income.resident"));
    return Check::unknown;
  }
  SECU_RETURN_IF_ERROR(b.reason("minimum_income.grapa.residence", msg(*c.resident ? "minimum_income.reason.grapa_resident"
                                                                                  : "minimum_income.reason.grapa_not_resident")));
  return *c.resident ? Check::met : Check::not_met;
}

// The rate and the income on the claim date; `due` (at least, with an income) when payable.
core::Result<Check> income_test(const IncomeClaim& c, std::optional<Money>& due, DecisionBuilder& b) {
  if (!c.household) b.missing(c.pointer("/household"), msg("question.minimum_income.grapa_rate"));
  const auto means = means_of(c, b);
  if (!c.household || !c.claim_date) return Check::unknown;
  const Date on = *c.claim_date;
  const auto [cat, cat_key] = rate_of(*c.household);
  SECU_TRY(auto rate, covered(b.money_in(kAmount, on, cat), on, b));
  if (!rate) return Check::unknown;
  if (const law::Entry* e = entry_on(b, kAmount, on))
    b.reason_from(*e, kAmount, Message{"minimum_income.reason.grapa_rate", {{"rate", Key{cat_key}}, {"amount", *rate}}});
  if (*c.household == IncomeHousehold::household) {
    SECU_TRY(auto count, covered(b.integer(kBeneficiaries, on), on, b));
    if (const law::Entry* e = entry_on(b, kBeneficiaries, on); count && e)
      b.reason_from(*e, kBeneficiaries, Message{"minimum_income.reason.grapa_household_rate", {{"count", *count}}});
  }
  if (!means) return Check::unknown;
  constexpr const char* kCite = "minimum_income.grapa.income";
  if (*means >= *rate) {
    SECU_RETURN_IF_ERROR(b.reason(kCite, Message{"minimum_income.reason.grapa_income_reaches", {{"means", *means}, {"amount", *rate}}}));
    return Check::unknown;
  }
  due = *rate - *means;
  const bool reduced = *means > Money();
  SECU_RETURN_IF_ERROR(b.reason(kCite, reduced ? Message{"minimum_income.reason.grapa_reduced", {{"amount", *rate}, {"means", *means}, {"due", *due}}}
                                               : Message{"minimum_income.reason.grapa_no_income", {{"amount", *rate}}}));
  auto& amounts = b.decision().amounts;
  amounts.push_back({"grapa_rate", msg("amount.minimum_income.grapa_rate"), *rate, explain::Per::month, false});
  amounts.push_back({"means", msg("amount.minimum_income.means"), *means, explain::Per::month, false});
  return Check::met;
}

core::Status payments(const IncomeClaim& c, Money due, DecisionBuilder& b) {
  const Money means = *total_means(c);
  const char* cat = rate_of(*c.household).first;
  auto piece = [&](Date d) -> core::Result<Piece> {
    SECU_TRY(auto rate, covered(b.money_in(kAmount, d, cat), d, b));
    if (!rate) return unknown_piece(msg("basis.minimum_income.not_covered"));
    if (*rate <= means) return unknown_piece(msg("basis.minimum_income.grapa_income_reaches"));
    return Piece{.amount = *rate - means, .basis = Message{"basis.minimum_income.grapa", {{"amount", *rate}, {"means", means}}},
                 .at_least = means > Money()};
  };
  SECU_TRY(auto periods, schedule(b, {kAmount}, *c.claim_date, std::max(*c.claim_date, b.ctx().at), kPayer, piece));
  b.decision().schedule = std::move(periods);
  b.decision().amounts.push_back({"grapa", msg("amount.minimum_income.grapa"), due, explain::Per::month, means > Money()});
  SECU_RETURN_IF_ERROR(b.reason("minimum_income.grapa.duration", Message{"minimum_income.reason.grapa_from_claim", {{"date", *c.claim_date}}}));
  return b.reason("minimum_income.grapa.healthcare", msg("minimum_income.reason.grapa_healthcare"));
}

// Examined automatically for those who receive a pension, a disability allowance or the
// integration income; the others apply at the municipality or the ONP/RVP.
core::Status application(const IncomeClaim& c, DecisionBuilder& b) {
  SECU_RETURN_IF_ERROR(b.reason("minimum_income.grapa.means_investigation", msg("minimum_income.reason.grapa_investigation")));
  if (c.receives && !c.receives->empty())
    return b.reason("minimum_income.grapa.automatic", msg("minimum_income.reason.grapa_automatic"));
  return b.obligation("minimum_income.grapa.apply", msg(c.receives ? "minimum_income.obligation.grapa_apply"
                                                                   : "minimum_income.obligation.grapa_apply_unless_automatic"),
                      std::nullopt, kPayer);
}

}  // namespace

core::Result<explain::Decision> grapa_decision(const Situation& s, const IncomeClaim& c, const Context& ctx) {
  const Person& p = *s.person(c.person);
  DecisionBuilder b(ctx, "minimum_income.grapa", p.id);
  b.decision().subject = c.pointer();
  b.institution(kPayer);
  SECU_RETURN_IF_ERROR(b.reason("minimum_income.grapa.purpose", msg("minimum_income.reason.grapa_purpose")));
  const auto age = age_on_claim(p, c, b);
  SECU_TRY(Check old_enough, age_condition(p, c, age, b));
  SECU_TRY(Check resident, residence(c, b));
  std::optional<Money> due;
  SECU_TRY(Check income, income_test(c, due, b));
  const Check all = both(both(old_enough, resident), income);
  if (all != Check::not_met) SECU_RETURN_IF_ERROR(application(c, b));
  if (all == Check::met) {
    SECU_RETURN_IF_ERROR(payments(c, *due, b));
    const bool reduced = *total_means(c) > Money();
    return b.finish(explain::Status::entitled,
                    Message{reduced ? "minimum_income.summary.grapa_entitled_at_least" : "minimum_income.summary.grapa_entitled",
                            {{"amount", *due}, {"from", *c.claim_date}}});
  }
  if (all == Check::not_met) return b.finish(explain::Status::not_entitled, msg("minimum_income.summary.grapa_not_entitled"));
  return b.finish(explain::Status::cannot_tell, msg("minimum_income.summary.grapa_cannot_tell"));
}

}  // namespace secu::rules::minimum_income

// Seed 004 ch. XI: "To claim the integration income, the claimant must be 18 years of age
// (civil majority), with three exceptions: minors emancipated by marriage, single persons
// looking after (a) child(ren) and pregnant minors." "The claimant must demonstrate his/her
// willingness to work unless this is impossible for health or equity reasons." "A person is
// considered to be in need if [...] his/her resources are lower than the amounts of
// integration income." "If s/he has means below the amount fixed for his/her category, the
// difference enabling him/her to reach this amount will be granted." "The social assistance
// council of the PCSA must take a decision within 30 days following the claim. The right is
// acknowledged from the date of the claim. The first payment must take place within 15 days
// following the decision."
//
// The category amount is the one in force on each day (data/params/minimum_income/
// integration_income/monthly_amount.yaml): the schedule is cut where it changes, up to the
// evaluation date, and the means stay those declared with the claim.
#include "rules/minimum_income/integration_income.h"

#include "rules/minimum_income/common.h"

namespace secu::rules::minimum_income {

using core::Date;
using core::Money;
using explain::Key;
using explain::Message;

namespace {

constexpr const char* kAmount = "minimum_income.integration_income.monthly_amount";
constexpr const char* kMinAge = "minimum_income.integration_income.min_age";
constexpr const char* kDecisionDays = "minimum_income.integration_income.decision_deadline_days";
constexpr const char* kPaymentDays = "minimum_income.integration_income.first_payment_deadline_days";
constexpr const char* kPayer = "cpas";

// The data/ category and its name in the messages.
std::pair<const char*, const char*> category(IncomeHousehold h) {
  switch (h) {
    case IncomeHousehold::cohabitant: return {"cohabitant", "minimum_income.category.cohabitant"};
    case IncomeHousehold::with_family: return {"with_family", "minimum_income.category.with_family"};
    default: return {"single", "minimum_income.category.single"};
  }
}

core::Result<Check> exceptions(const IncomeClaim& c, int age, std::int64_t min, Date adult, DecisionBuilder& b) {
  const char* why = c.married == true ? "minimum_income.reason.minor_married"
                    : c.single_with_children == true ? "minimum_income.reason.minor_single_with_children"
                    : c.pregnant == true ? "minimum_income.reason.minor_pregnant"
                                         : nullptr;
  if (why) {
    SECU_RETURN_IF_ERROR(b.reason("minimum_income.integration.age", Message{why, {{"age", std::int64_t{age}}, {"min", min}}}));
    return Check::met;
  }
  if (c.married && c.single_with_children && c.pregnant) {
    SECU_RETURN_IF_ERROR(b.reason("minimum_income.integration.age", Message{"minimum_income.reason.minor",
        {{"age", std::int64_t{age}}, {"min", min}, {"date", adult}}}));
    return Check::not_met;
  }
  if (!c.married) b.missing(c.pointer("/married"), msg("question.minimum_income.married"));
  if (!c.single_with_children) b.missing(c.pointer("/single_with_children"), msg("question.minimum_income.single_with_children"));
  if (!c.pregnant) b.missing(c.pointer("/pregnant"), msg("question.minimum_income.pregnant"));
  return Check::unknown;
}

core::Result<Check> age_condition(const Person& p, const IncomeClaim& c, std::optional<int> age, DecisionBuilder& b) {
  if (!age) return Check::unknown;
  SECU_TRY(auto min, covered(b.integer(kMinAge, *c.claim_date), *c.claim_date, b));
  if (!min) return Check::unknown;
  if (*age >= *min) {
    if (const law::Entry* e = entry_on(b, kMinAge, *c.claim_date))
      b.reason_from(*e, kMinAge, Message{"minimum_income.reason.adult", {{"age", std::int64_t{*age}}, {"min", *min}}});
    return Check::met;
  }
  const Date adult = core::add_years(*p.birth_date, static_cast<int>(*min), core::EndOfMonth::next_day);
  return exceptions(c, *age, *min, adult, b);
}

core::Result<Check> willingness(const IncomeClaim& c, DecisionBuilder& b) {
  constexpr const char* kCite = "minimum_income.integration.willingness";
  if (c.willing_to_work == true) {
    SECU_RETURN_IF_ERROR(b.reason(kCite, msg("minimum_income.reason.willing")));
    return Check::met;
  }
  if (c.health_or_equity_reasons == true) {
    SECU_RETURN_IF_ERROR(b.reason(kCite, msg("minimum_income.reason.health_or_equity")));
    return Check::met;
  }
  if (!c.willing_to_work) {
    b.missing(c.pointer("/willing_to_work"), msg("question.minimum_income.willing_to_work"));
    return Check::unknown;
  }
  if (!c.health_or_equity_reasons) {
    b.missing(c.pointer("/health_or_equity_reasons"), msg("question.minimum_income.health_or_equity_reasons"));
    return Check::unknown;
  }
  SECU_RETURN_IF_ERROR(b.reason(kCite, msg("minimum_income.reason.not_willing")));
  return Check::not_met;
}

// The means test on the claim date; `due` is the monthly amount when in need.
core::Result<Check> means_test(const IncomeClaim& c, std::optional<Money>& due, DecisionBuilder& b) {
  if (!c.household) b.missing(c.pointer("/household"), msg("question.minimum_income.household"));
  const auto means = means_of(c, b);
  if (!c.household || !c.claim_date) return Check::unknown;
  const auto [cat, cat_key] = category(*c.household);
  SECU_TRY(auto amount, covered(b.money_in(kAmount, *c.claim_date, cat), *c.claim_date, b));
  if (!amount) return Check::unknown;
  if (const law::Entry* e = entry_on(b, kAmount, *c.claim_date))
    b.reason_from(*e, kAmount, Message{"minimum_income.reason.category_amount", {{"category", Key{cat_key}}, {"amount", *amount}}});
  if (!means) return Check::unknown;
  if (*means >= *amount) {
    SECU_RETURN_IF_ERROR(b.reason("minimum_income.integration.need", Message{"minimum_income.reason.not_in_need",
        {{"means", *means}, {"amount", *amount}}}));
    return Check::not_met;
  }
  due = *amount - *means;
  SECU_RETURN_IF_ERROR(b.reason("minimum_income.integration.difference",
      *means == Money() ? Message{"minimum_income.reason.no_means", {{"amount", *amount}}}
                        : Message{"minimum_income.reason.difference", {{"amount", *amount}, {"means", *means}, {"due", *due}}}));
  b.decision().amounts.push_back({"category_amount", msg("amount.minimum_income.category_amount"), *amount, explain::Per::month, false});
  b.decision().amounts.push_back({"means", msg("amount.minimum_income.means"), *means, explain::Per::month, false});
  return Check::met;
}

core::Status payments(const IncomeClaim& c, Money due, DecisionBuilder& b) {
  const Money means = *total_means(c);
  const char* cat = category(*c.household).first;
  auto piece = [&](Date d) -> core::Result<Piece> {
    SECU_TRY(auto amount, covered(b.money_in(kAmount, d, cat), d, b));
    if (!amount) return unknown_piece(msg("basis.minimum_income.not_covered"));
    return Piece{.amount = std::max(Money(), *amount - means), .basis = Message{"basis.minimum_income.integration_income", {{"amount", *amount}, {"means", means}}}};
  };
  SECU_TRY(auto periods, schedule(b, {kAmount}, *c.claim_date, std::max(*c.claim_date, b.ctx().at), kPayer, piece));
  b.decision().schedule = std::move(periods);
  b.decision().amounts.push_back({"integration_income", msg("amount.minimum_income.integration_income"), due, explain::Per::month, false});
  SECU_RETURN_IF_ERROR(b.reason("minimum_income.integration.from_claim", Message{"minimum_income.reason.from_claim", {{"date", *c.claim_date}}}));
  return b.reason("minimum_income.integration.duration", msg("minimum_income.reason.indefinite"));
}

// The CPAS decides within 30 days of the claim and pays first within 15 days of its decision.
core::Status deadlines(const IncomeClaim& c, bool payable, DecisionBuilder& b) {
  SECU_RETURN_IF_ERROR(b.reason("minimum_income.integration.investigation", msg("minimum_income.reason.investigation")));
  if (!c.claim_date) return {};
  SECU_TRY(auto decide_days, covered(b.integer(kDecisionDays, *c.claim_date), *c.claim_date, b));
  if (!decide_days) return {};
  const Date decide_by = *c.claim_date + static_cast<std::int32_t>(*decide_days);
  SECU_RETURN_IF_ERROR(b.obligation("minimum_income.integration.decision", Message{"minimum_income.obligation.cpas_decide",
      {{"claim", *c.claim_date}, {"days", *decide_days}, {"deadline", decide_by}}}, decide_by, kPayer));
  if (c.decision_date && *c.decision_date > decide_by)
    SECU_RETURN_IF_ERROR(b.reason("minimum_income.integration.decision", Message{"minimum_income.reason.decided_late",
        {{"decided", *c.decision_date}, {"deadline", decide_by}}}));
  if (!payable) return {};
  SECU_TRY(auto pay_days, covered(b.integer(kPaymentDays, *c.claim_date), *c.claim_date, b));
  if (!pay_days) return {};
  const Date decided = c.decision_date.value_or(decide_by);
  const Date pay_by = decided + static_cast<std::int32_t>(*pay_days);
  const char* text = c.decision_date ? "minimum_income.obligation.cpas_first_payment" : "minimum_income.obligation.cpas_first_payment_latest";
  return b.obligation("minimum_income.integration.first_payment", Message{text, {{"days", *pay_days}, {"deadline", pay_by},
      {"decided", decided}}}, pay_by, kPayer);
}

}  // namespace

core::Result<explain::Decision> integration_income_decision(const Situation& s, const IncomeClaim& c, const Context& ctx) {
  const Person& p = *s.person(c.person);
  DecisionBuilder b(ctx, "minimum_income.integration_income", p.id);
  b.decision().subject = c.pointer();
  b.institution(kPayer);
  SECU_RETURN_IF_ERROR(b.reason("minimum_income.integration.cpas", msg("minimum_income.reason.cpas")));
  const auto age = age_on_claim(p, c, b);
  SECU_TRY(Check adult, age_condition(p, c, age, b));
  SECU_TRY(Check willing, willingness(c, b));
  std::optional<Money> due;
  SECU_TRY(Check need, means_test(c, due, b));
  const Check all = both(both(adult, willing), need);
  if (all == Check::met) SECU_RETURN_IF_ERROR(payments(c, *due, b));
  SECU_RETURN_IF_ERROR(deadlines(c, all == Check::met, b));
  switch (all) {
    case Check::met:
      return b.finish(explain::Status::entitled, Message{"minimum_income.summary.integration_entitled", {{"amount", *due}, {"from", *c.claim_date}}});
    case Check::not_met:
      return b.finish(explain::Status::not_entitled, msg("minimum_income.summary.integration_not_entitled"));
    case Check::unknown: break;
  }
  return b.finish(explain::Status::cannot_tell, msg("minimum_income.summary.integration_cannot_tell"));
}

}  // namespace secu::rules::minimum_income

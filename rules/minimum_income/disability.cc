// Seed 004 ch. XI: "Income replacement allowance [...] may be paid to disabled persons whose
// physical or mental state has reduced their earning capacity to one-third or less of what a
// healthy person can earn in the general labour market." "To be eligible for income
// replacement allowance, you must be between 21 and 65 years of age and be both domiciled and
// actually resident in Belgium; if you were receiving this benefit before reaching the age of
// 65, however, you will continue to do so afterwards. Also, the nationality of the disabled
// person must be one of those stated in the legislation." Categories A / B / C; "the incomes
// of the person concerned and of any person with whom he or she forms a household are taken
// into account for the calculation of this benefit, certain amounts are deductible."
// "Applications [...] should be made to the mayor of the municipality where the disabled
// person is registered".
//
// The monthly basic amounts are the guide's until 2025-02-01, then the yearly amounts of the
// reference (data/params/minimum_income/income_replacement/). The deductions are not in the
// guide: without income the basic amount is due; with any income it is the most that can be.
#include "rules/minimum_income/disability.h"

#include "rules/minimum_income/common.h"
#include "rules/minimum_income/disability_conditions.h"

namespace secu::rules::minimum_income {

using core::Date;
using core::Money;
using explain::Key;
using explain::Message;
using explain::Per;

namespace {

constexpr const char* kMonthly = "minimum_income.income_replacement.basic_amount";
constexpr const char* kYearly = "minimum_income.income_replacement.basic_amount_annual";
constexpr const char* kPayer = "fps_ss_disability";

struct Basic {
  Money amount;
  Per per = Per::month;
};

// The basic amount of the category on `d`: monthly (the guide), else yearly (from 2025).
core::Result<std::optional<Basic>> basic_amount(DecisionBuilder& b, Date d, const char* category) {
  auto monthly = b.money_in(kMonthly, d, category);
  if (monthly) return std::optional<Basic>(Basic{*monthly, Per::month});
  if (monthly.error().code != core::ErrorCode::out_of_range) return std::unexpected(monthly.error());
  SECU_TRY(auto yearly, covered(b.money_in(kYearly, d, category), d, b));
  if (!yearly) return std::optional<Basic>{};
  return std::optional<Basic>(Basic{*yearly, Per::year});
}

// The category given, or read from the family situation (A cohabitant, B single, C family).
std::optional<DisabilityCategory> category_of(const IncomeClaim& c) {
  if (c.category || !c.household) return c.category;
  return *c.household == IncomeHousehold::cohabitant ? DisabilityCategory::A
         : *c.household == IncomeHousehold::single   ? DisabilityCategory::B
                                                     : DisabilityCategory::C;
}

// The category, with the reason when it comes from the family situation.
core::Result<std::optional<DisabilityCategory>> category(const IncomeClaim& c, DecisionBuilder& b) {
  const auto cat = category_of(c);
  if (!cat) {
    b.missing(c.pointer("/category"), msg("question.minimum_income.arr_category"));
    return cat;
  }
  if (c.category) return cat;
  SECU_RETURN_IF_ERROR(b.reason("minimum_income.disability.category_by_household",
      msg(*cat == DisabilityCategory::A   ? "minimum_income.reason.arr_category_a"
          : *cat == DisabilityCategory::B ? "minimum_income.reason.arr_category_b"
                                          : "minimum_income.reason.arr_category_c")));
  return cat;
}

Key per_key(Per p) { return Key{p == Per::month ? "per.month" : "per.year"}; }

const char* category_letter(DisabilityCategory c) { return c == DisabilityCategory::A ? "A" : c == DisabilityCategory::B ? "B" : "C"; }

const char* category_id(DisabilityCategory c) {
  return c == DisabilityCategory::A ? "category_a" : c == DisabilityCategory::B ? "category_b" : "category_c";
}

// The basic amount of the category and the household income: met when there is none.
core::Result<Check> income_test(const IncomeClaim& c, std::optional<Basic>& basic, DecisionBuilder& b) {
  SECU_TRY(auto cat, category(c, b));
  const auto means = means_of(c, b);
  if (!cat || !c.claim_date) return Check::unknown;
  SECU_TRY(basic, basic_amount(b, *c.claim_date, category_id(*cat)));
  if (!basic) return Check::unknown;
  const char* id = basic->per == Per::month ? kMonthly : kYearly;
  if (const law::Entry* e = entry_on(b, id, *c.claim_date))
    b.reason_from(*e, id, Message{"minimum_income.reason.arr_basic_amount",
        {{"category", std::string(category_letter(*cat))}, {"amount", basic->amount}, {"per", per_key(basic->per)}}});
  b.decision().amounts.push_back({"basic_amount", msg("amount.minimum_income.arr_basic_amount"), basic->amount, basic->per, false});
  if (!means) return Check::unknown;
  b.decision().amounts.push_back({"means", msg("amount.minimum_income.household_means"), *means, Per::month, false});
  constexpr const char* kCite = "minimum_income.disability.income";
  if (*means > Money()) {
    SECU_RETURN_IF_ERROR(b.reason(kCite, Message{"minimum_income.reason.arr_income_at_most", {{"means", *means}, {"amount", basic->amount},
        {"per", per_key(basic->per)}}}));
    return Check::unknown;
  }
  SECU_RETURN_IF_ERROR(b.reason(kCite, msg("minimum_income.reason.arr_no_income")));
  return Check::met;
}

core::Status payments(const IncomeClaim& c, DecisionBuilder& b) {
  const DisabilityCategory cat = *category_of(c);
  auto piece = [&](Date d) -> core::Result<Piece> {
    SECU_TRY(auto basic, basic_amount(b, d, category_id(cat)));
    if (!basic) return unknown_piece(msg("basis.minimum_income.not_covered"));
    return Piece{.amount = basic->amount, .per = basic->per, .basis = msg("basis.minimum_income.arr_basic_amount")};
  };
  SECU_TRY(auto periods, schedule(b, {kMonthly, kYearly}, *c.claim_date, std::max(*c.claim_date, b.ctx().at), kPayer, piece));
  b.decision().schedule = std::move(periods);
  return b.reason("minimum_income.disability.duration", Message{"minimum_income.reason.arr_from_claim", {{"date", *c.claim_date}}});
}

core::Status application(const IncomeClaim& c, DecisionBuilder& b) {
  SECU_RETURN_IF_ERROR(b.reason("minimum_income.disability.investigation", msg("minimum_income.reason.arr_investigation")));
  if (c.received_before_age_limit == true) return {};
  return b.obligation("minimum_income.disability.apply", msg("minimum_income.obligation.arr_apply"), std::nullopt, kPayer);
}

}  // namespace

core::Result<explain::Decision> disability_decision(const Situation& s, const IncomeClaim& c, const Context& ctx) {
  const Person& p = *s.person(c.person);
  DecisionBuilder b(ctx, "minimum_income.disability_income_replacement", p.id);
  b.decision().subject = c.pointer();
  b.institution(kPayer);
  const auto age = age_on_claim(p, c, b);
  SECU_TRY(Check disabled, earning_capacity(c, b));
  SECU_TRY(Check aged, disability_age(p, c, age, b));
  SECU_TRY(Check lives, disability_residence(c, b));
  std::optional<Basic> basic;
  SECU_TRY(Check income, income_test(c, basic, b));
  const Check all = both(both(disabled, aged), both(lives, income));
  if (all != Check::not_met) SECU_RETURN_IF_ERROR(application(c, b));
  if (all == Check::met) {
    SECU_RETURN_IF_ERROR(payments(c, b));
    return b.finish(explain::Status::entitled, Message{"minimum_income.summary.arr_entitled", {{"amount", basic->amount},
        {"per", per_key(basic->per)}, {"from", *c.claim_date}}});
  }
  if (all == Check::not_met) return b.finish(explain::Status::not_entitled, msg("minimum_income.summary.arr_not_entitled"));
  // Every condition met but the income: the basic amount is the most that can be due.
  if (both(both(disabled, aged), lives) == Check::met && basic && total_means(c)) {
    b.decision().schedule.push_back(explain::unknown_amount_from(*c.claim_date, kPayer, basic->per, Message{"basis.minimum_income.arr_at_most",
        {{"amount", basic->amount}, {"per", per_key(basic->per)}}}));
    return b.finish(explain::Status::cannot_tell, Message{"minimum_income.summary.arr_at_most", {{"amount", basic->amount},
        {"per", per_key(basic->per)}}});
  }
  return b.finish(explain::Status::cannot_tell, msg("minimum_income.summary.arr_cannot_tell"));
}

}  // namespace secu::rules::minimum_income

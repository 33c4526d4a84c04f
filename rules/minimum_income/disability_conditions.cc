// The conditions of the income replacement allowance on the claim date (seed 004 ch. XI):
// "reduced their earning capacity to one-third or less of what a healthy person can earn in
// the general labour market"; "between 21 and 65 years of age and be both domiciled and
// actually resident in Belgium; if you were receiving this benefit before reaching the age
// of 65, however, you will continue to do so afterwards. Also, the nationality of the
// disabled person must be one of those stated in the legislation."
#include "rules/minimum_income/disability_conditions.h"

#include <fmt/format.h>

namespace secu::rules::minimum_income {

using core::Date;
using explain::Message;

namespace {

constexpr const char* kRange = "minimum_income.income_replacement.age_range";
constexpr const char* kContinuation = "minimum_income.income_replacement.continuation_age";
constexpr const char* kFraction = "minimum_income.income_replacement.max_earning_fraction";

}  // namespace

core::Result<Check> earning_capacity(const IncomeClaim& c, DecisionBuilder& b) {
  if (!c.earning_capacity_hundredths) {
    b.missing(c.pointer("/earning_capacity_percent"), msg("question.minimum_income.earning_capacity"));
    return Check::unknown;
  }
  if (!c.claim_date) return Check::unknown;
  SECU_TRY(auto num, covered(b.integer_in(kFraction, *c.claim_date, "numerator"), *c.claim_date, b));
  SECU_TRY(auto den, covered(b.integer_in(kFraction, *c.claim_date, "denominator"), *c.claim_date, b));
  if (!num || !den) return Check::unknown;
  const std::int64_t h = *c.earning_capacity_hundredths;
  const bool reduced = h * *den <= 10000 * *num;  // h/100 % <= num/den of 100 %
  if (const law::Entry* e = entry_on(b, kFraction, *c.claim_date))
    b.reason_from(*e, kFraction, Message{reduced ? "minimum_income.reason.arr_capacity_reduced" : "minimum_income.reason.arr_capacity_too_high",
        {{"percent", core::Rate::from_ppm(h * 100)}, {"fraction", fmt::format("{}/{}", *num, *den)}}});
  return reduced ? Check::met : Check::not_met;
}

core::Result<Check> disability_age(const Person& p, const IncomeClaim& c, std::optional<int> age, DecisionBuilder& b) {
  if (!age) return Check::unknown;
  const Date on = *c.claim_date;
  SECU_TRY(auto min, covered(b.integer_in(kRange, on, "minimum"), on, b));
  SECU_TRY(auto max, covered(b.integer_in(kRange, on, "maximum"), on, b));
  if (!min || !max) return Check::unknown;
  const law::Entry* range = entry_on(b, kRange, on);
  const std::int64_t years = *age;
  if (years < *min) {
    const Date reached = core::add_years(*p.birth_date, static_cast<int>(*min), core::EndOfMonth::next_day);
    if (range) b.reason_from(*range, kRange, Message{"minimum_income.reason.arr_too_young", {{"age", years}, {"min", *min}, {"date", reached}}});
    return Check::not_met;
  }
  if (years < *max) {
    if (range) b.reason_from(*range, kRange, Message{"minimum_income.reason.arr_age", {{"age", years}, {"min", *min}, {"max", *max}}});
    return Check::met;
  }
  SECU_TRY(auto kept, covered(b.integer(kContinuation, on), on, b));
  if (!kept) return Check::unknown;
  if (!c.received_before_age_limit) {
    b.missing(c.pointer("/received_before_age_limit"), Message{"question.minimum_income.received_before_age_limit", {{"age", *kept}}});
    return Check::unknown;
  }
  const law::Entry* e = entry_on(b, kContinuation, on);
  if (e && *c.received_before_age_limit) b.reason_from(*e, kContinuation, Message{"minimum_income.reason.arr_continues", {{"age", *kept}}});
  if (range && !*c.received_before_age_limit)
    b.reason_from(*range, kRange, Message{"minimum_income.reason.arr_too_old", {{"age", years}, {"max", *max}}});
  return *c.received_before_age_limit ? Check::met : Check::not_met;
}

namespace {

// A yes/no condition of the claim: unknown asks `question`; no gives `refused`.
core::Result<Check> condition(const std::optional<bool>& fact, const char* field, const char* question, const char* citation,
                              const char* refused, const IncomeClaim& c, DecisionBuilder& b) {
  if (!fact) {
    b.missing(c.pointer(field), msg(question));
    return Check::unknown;
  }
  if (!*fact) SECU_RETURN_IF_ERROR(b.reason(citation, msg(refused)));
  return *fact ? Check::met : Check::not_met;
}

}  // namespace

core::Result<Check> disability_residence(const IncomeClaim& c, DecisionBuilder& b) {
  constexpr const char* kCite = "minimum_income.disability.residence";
  SECU_TRY(Check dom, condition(c.domiciled, "/domiciled", "question.minimum_income.domiciled", kCite,
                                "minimum_income.reason.arr_not_domiciled", c, b));
  SECU_TRY(Check res, condition(c.resident, "/resident", "question.minimum_income.resident", kCite,
                                "minimum_income.reason.arr_not_resident", c, b));
  SECU_TRY(Check nat, condition(c.nationality_accepted, "/nationality_accepted", "question.minimum_income.nationality_accepted",
                                "minimum_income.disability.nationality", "minimum_income.reason.arr_nationality", c, b));
  const Check all = both(both(dom, res), nat);
  if (all == Check::met) SECU_RETURN_IF_ERROR(b.reason(kCite, msg("minimum_income.reason.arr_resident")));
  return all;
}

}  // namespace secu::rules::minimum_income

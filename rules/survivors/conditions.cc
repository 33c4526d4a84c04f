#include "rules/survivors/conditions.h"

namespace secu::rules::survivors {

using core::Date;
using core::Money;
using explain::Message;

namespace {

constexpr const char* kMinAge = "survivors.eligibility.min_age";
constexpr const char* kIncapacity = "survivors.eligibility.incapacity_exemption_rate";
constexpr const char* kMiner = "survivors.eligibility.miner_years";
constexpr const char* kMarriageYears = "survivors.eligibility.min_marriage_years";
constexpr const char* kLimit = "survivors.work.earnings_limit";
constexpr const char* kLimitAge = "survivors.work.earnings_limit_age";

// One exemption of the age condition: true, false, or unknown (asked).
Check exemption(std::optional<bool> fact, const std::string& pointer, const char* question, DecisionBuilder& b) {
  if (!fact) {
    b.missing(pointer, msg(question));
    return Check::unknown;
  }
  return *fact ? Check::met : Check::not_met;
}

// Any of the alternatives: met wins, then unknown.
Check any(std::initializer_list<Check> checks) {
  Check out = Check::not_met;
  for (Check c : checks) {
    if (c == Check::met) return Check::met;
    if (c == Check::unknown) out = Check::unknown;
  }
  return out;
}

}  // namespace

core::Result<Check> age_condition(const Death& d, const Person& survivor, DecisionBuilder& b) {
  SECU_TRY(auto min_age, b.integer(kMinAge, d.date));
  if (!survivor.birth_date) {
    b.missing(survivor.pointer("/birth_date"), msg("question.survivors_birth_date"));
    return Check::unknown;
  }
  const int age = core::age_on(*survivor.birth_date, d.date);
  if (age >= min_age) {
    SECU_RETURN_IF_ERROR(b.reason("survivors.age", Message{"survivors.reason.age_met", {{"age", std::int64_t{age}}, {"min", min_age}}}));
    return Check::met;
  }
  SECU_RETURN_IF_ERROR(b.reason("survivors.age", Message{"survivors.reason.age_under", {{"age", std::int64_t{age}}, {"min", min_age}}}));
  SECU_TRY(auto incapacity, b.rate(kIncapacity, d.date));
  SECU_TRY(auto miner, b.integer(kMiner, d.date));
  const Check child = exemption(d.dependent_child, d.pointer("/dependent_child"), "question.survivors_dependent_child", b);
  const Check unfit = exemption(d.incapacity_66, d.pointer("/incapacity_66"), "question.survivors_incapacity_66", b);
  Check mines = Check::unknown;
  if (!d.deceased_miner_years) {
    b.missing(d.pointer("/deceased_miner_years"), msg("question.survivors_miner_years"));
  } else {
    mines = *d.deceased_miner_years >= miner ? Check::met : Check::not_met;
  }
  const Check out = any({child, unfit, mines});
  if (child == Check::met) SECU_RETURN_IF_ERROR(b.reason("survivors.age_exemptions", msg("survivors.reason.exempt_child")));
  if (unfit == Check::met)
    SECU_RETURN_IF_ERROR(b.reason("survivors.age_exemptions", Message{"survivors.reason.exempt_incapacity", {{"rate", incapacity}}}));
  if (mines != Check::unknown)
    SECU_RETURN_IF_ERROR(b.reason("survivors.age_exemptions", Message{mines == Check::met ? "survivors.reason.exempt_miner" : "survivors.reason.miner_short",
        {{"years", std::int64_t{*d.deceased_miner_years}}, {"required", miner}}}));
  if (out == Check::not_met) SECU_RETURN_IF_ERROR(b.reason("survivors.age_exemptions", Message{"survivors.reason.no_exemption", {{"min", min_age}}}));
  return out;
}

core::Result<Check> marriage_condition(const Death& d, DecisionBuilder& b) {
  SECU_TRY(auto years, b.integer(kMarriageYears, d.date));
  Check lasted = Check::unknown;
  if (!d.marriage_date) {
    b.missing(d.pointer("/marriage_date"), msg("question.survivors_marriage_date"));
  } else {
    const Date anniversary = core::add_years(*d.marriage_date, static_cast<int>(years), core::EndOfMonth::next_day);
    lasted = d.date >= anniversary ? Check::met : Check::not_met;
    b.step("marriage.anniversary", anniversary.iso());
    SECU_RETURN_IF_ERROR(b.reason("survivors.marriage", Message{lasted == Check::met ? "survivors.reason.marriage_lasted" : "survivors.reason.marriage_short",
        {{"married", *d.marriage_date}, {"anniversary", anniversary}, {"years", years}}}));
  }
  if (lasted == Check::met) return lasted;
  const Check child = exemption(d.child_of_marriage, d.pointer("/child_of_marriage"), "question.survivors_child_of_marriage", b);
  const Check accident = exemption(d.death_by_accident, d.pointer("/death_by_accident_or_occupational_disease"), "question.survivors_death_by_accident", b);
  const Check dependent = exemption(d.dependent_child, d.pointer("/dependent_child"), "question.survivors_dependent_child", b);
  if (child == Check::met) SECU_RETURN_IF_ERROR(b.reason("survivors.marriage", msg("survivors.reason.marriage_child")));
  if (accident == Check::met) SECU_RETURN_IF_ERROR(b.reason("survivors.marriage", msg("survivors.reason.marriage_accident")));
  if (dependent == Check::met) SECU_RETURN_IF_ERROR(b.reason("survivors.marriage", msg("survivors.reason.marriage_dependent_child")));
  const Check out = any({lasted, child, accident, dependent});
  if (out == Check::not_met) SECU_RETURN_IF_ERROR(b.reason("survivors.marriage", msg("survivors.reason.marriage_not_met")));
  return out;
}

core::Result<Check> not_remarried(const Death& d, DecisionBuilder& b) {
  if (!d.remarried) {
    b.missing(d.pointer("/remarried"), msg("question.survivors_remarried"));
    return Check::unknown;
  }
  if (*d.remarried) SECU_RETURN_IF_ERROR(b.reason("survivors.remarriage", msg("survivors.reason.remarried")));
  return *d.remarried ? Check::not_met : Check::met;
}

core::Result<Check> authorised_work(const Death& d, const Person& survivor, Date start, DecisionBuilder& b) {
  SECU_TRY(auto limit_age, b.integer(kLimitAge, start));
  if (!survivor.birth_date) return Check::unknown;  // asked by the age condition
  if (core::age_on(*survivor.birth_date, start) >= limit_age) {
    SECU_RETURN_IF_ERROR(b.reason("survivors.work", Message{"survivors.reason.work_no_limit", {{"age", limit_age}}}));
    return Check::met;
  }
  if (!d.earnings_yearly) {
    b.missing(d.pointer("/earnings_yearly"), msg("question.survivors_earnings"));
    return Check::unknown;
  }
  SECU_TRY(Money without, b.money_in(kLimit, start, "no_dependent_child"));
  SECU_TRY(Money with, b.money_in(kLimit, start, "dependent_child"));
  const Money earned = *d.earnings_yearly;
  if (earned <= without || (d.dependent_child == true && earned <= with)) {
    const bool child = earned > without;
    SECU_RETURN_IF_ERROR(b.reason("survivors.work", Message{child ? "survivors.reason.work_within_child" : "survivors.reason.work_within",
        {{"earnings", earned}, {"limit", child ? with : without}}}));
    return Check::met;
  }
  if (!d.dependent_child && earned <= with) {
    b.missing(d.pointer("/dependent_child"), msg("question.survivors_dependent_child"));
    return Check::unknown;
  }
  SECU_RETURN_IF_ERROR(b.reason("survivors.work", Message{"survivors.reason.work_above",
      {{"earnings", earned}, {"limit", d.dependent_child == true ? with : without}}}));
  return Check::not_met;
}

}  // namespace secu::rules::survivors

#include "rules/survivors/divorced.h"

#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "rules/pension/age.h"
#include "rules/survivors/common.h"
#include "rules/survivors/conditions.h"

namespace secu::rules::survivors {

using core::Date;
using core::DayRange;
using core::Money;
using explain::Message;
using explain::Per;
using explain::Status;
using pension::covered;

namespace {

constexpr const char* kShare = "survivors.divorced.income_share";
constexpr const char* kRate = "pension.rate";
constexpr const char* kFull = "pension.accrual.full_career_years";
constexpr const char* kLegalAge = "pension.age.legal";

// A condition that the fact must be false: true rules the pension out.
Check must_be_false(std::optional<bool> fact, const std::string& pointer, const char* question, const char* reason,
                    DecisionBuilder& b, core::Status& st) {
  if (!fact) {
    b.missing(pointer, msg(question));
    return Check::unknown;
  }
  if (*fact) st = b.reason("survivors.divorced", msg(reason));
  return *fact ? Check::not_met : Check::met;
}

core::Result<Check> own_conditions(const Situation& s, const Death& d, DecisionBuilder& b) {
  SECU_TRY(Check employee, deceased_employee(*s.person(d.person), b));
  core::Status st;
  const Check authority = must_be_false(d.lost_parental_authority, d.pointer("/lost_parental_authority"),
                                        "question.survivors_lost_parental_authority", "survivors.reason.lost_parental_authority", b, st);
  SECU_RETURN_IF_ERROR(st);
  const Check convicted = must_be_false(d.convicted_attempt_on_life, d.pointer("/convicted_attempt_on_life"),
                                        "question.survivors_convicted", "survivors.reason.convicted", b, st);
  SECU_RETURN_IF_ERROR(st);
  SECU_TRY(Check single, not_remarried(d, b));
  return survivors::both(survivors::both(employee, authority), survivors::both(convicted, single));
}

// The earnings of `year` in a career (zero when the year is not in it); nullopt when the
// year is listed without earnings (asked).
std::optional<Money> earnings_of(const std::vector<CareerYear>& career, int year, const char* question, DecisionBuilder& b) {
  for (const CareerYear& y : career) {
    if (y.year != year) continue;
    if (!y.earnings) b.missing(y.pointer + "/earnings", Message{question, {{"year", std::int64_t{year}}}});
    return y.earnings;
  }
  return Money{};
}

// The facts the amount needs; false (with the questions) when one is missing.
bool amount_facts(const Person& deceased, const Person& survivor, const Death& d, DecisionBuilder& b) {
  bool ok = true;
  auto ask = [&](bool known, const std::string& pointer, const char* question) {
    if (known) return;
    b.missing(pointer, msg(question));
    ok = false;
  };
  ask(d.marriage_date.has_value(), d.pointer("/marriage_date"), "question.survivors_marriage_date");
  ask(d.divorce_date.has_value(), d.pointer("/divorce_date"), "question.survivors_divorce_date");
  ask(deceased.pension.career.has_value(), deceased.pointer("/career"), "question.survivors_deceased_career");
  ask(deceased.pension.earnings_revalued.has_value(), deceased.pointer("/career_earnings_revalued"), "question.survivors_earnings_revalued");
  ask(survivor.pension.career.has_value(), survivor.pointer("/career"), "question.survivors_divorced_own_career");
  ask(d.personal_pension_years.has_value(), d.pointer("/personal_pension_years"), "question.survivors_personal_pension_years");
  return ok;
}

struct Basis {
  std::optional<Money> total;  // Σ max(0, share − own) over the years taken into account
  std::int64_t years = 0;      // calendar years of the marriage taken into account
};

// The yearly bases over the marriage, each year in the trace.
Basis marriage_basis(const Person& deceased, const Person& survivor, const Death& d, core::Rate share, DecisionBuilder& b) {
  const DayRange married{*d.marriage_date, *d.divorce_date - 1};
  const auto& excluded = *d.personal_pension_years;
  Basis out;
  Money total;
  bool known = true;
  for (int year = married.first.year(); year <= married.last.year() && !married.empty(); ++year) {
    const DayRange whole{*Date::from_ymd(year, 1, 1), *Date::from_ymd(year, 12, 31)};
    const std::int32_t days = core::intersect(married, whole).days();
    if (std::find(excluded.begin(), excluded.end(), year) != excluded.end()) {
      b.step("divorced." + std::to_string(year), "covered by a personal pension: not taken into account");
      continue;
    }
    const auto theirs = earnings_of(*deceased.pension.career, year, "question.survivors_year_earnings", b);
    const auto mine = earnings_of(*survivor.pension.career, year, "question.survivors_own_year_earnings", b);
    if (!theirs || !mine) {
      known = false;
      continue;
    }
    const Money part = theirs->times(share, core::kTenThousandthHalfUp).mul_div(days, whole.days(), core::kTenThousandthHalfUp);
    const Money own = mine->mul_div(days, whole.days(), core::kTenThousandthHalfUp);
    const Money basis = std::max(Money{}, part - own);
    b.step("divorced." + std::to_string(year), fmt::format("{} of {} days married: {} x {} = {}, minus own {} = {}", days, whole.days(),
                                                           theirs->text(), share.percent_text(), part.text4(), own.text4(), basis.text4()));
    total += basis;
    ++out.years;
  }
  if (known) out.total = total;
  return out;
}

// The later of the month after the death and the divorced spouse's normal pension start.
core::Result<std::optional<Date>> start_of(const Person& survivor, const Death& d, DecisionBuilder& b) {
  if (!survivor.birth_date) {
    b.missing(survivor.pointer("/birth_date"), msg("question.survivors_birth_date"));
    return std::optional<Date>{};
  }
  const Date after_death = pension_start(d);
  SECU_TRY(auto legal, covered(pension::age_in_months(b, kLegalAge, after_death), after_death, b));
  if (!legal) return std::optional<Date>{};
  Date own_start = pension::reaching(*survivor.birth_date, legal->value);
  if (own_start >= after_death) {  // not yet of age: the old-age pension's own start (its age by date)
    PensionClaim claim;
    claim.person = survivor.id;
    SECU_TRY(auto own, pension::pension_start(survivor, claim, b));
    if (!own) return std::optional<Date>{};
    own_start = own->normal;
  }
  const Date start = std::max(after_death, own_start);
  SECU_RETURN_IF_ERROR(b.reason("survivors.divorced_start", Message{"survivors.reason.divorced_start", {{"start", start}, {"own", own_start}}}));
  return std::optional<Date>(start);
}

core::Result<Check> amount(const Person& deceased, const Person& survivor, const Death& d, Date start, DecisionBuilder& b) {
  if (deceased.pension.earnings_revalued == false) {
    SECU_RETURN_IF_ERROR(b.reason("survivors.amount", msg("survivors.reason.no_revaluation")));
    return Check::unknown;
  }
  SECU_TRY(auto share, covered(b.rate(kShare, start), start, b));
  SECU_TRY(auto rate, covered(pension::rate_in(b, kRate, start, "single"), start, b));
  SECU_TRY(auto full, covered(pension::whole(b, kFull, start), start, b));
  if (!share || !rate || !full) return Check::unknown;
  const Basis basis = marriage_basis(deceased, survivor, d, *share, b);
  if (!basis.total) return Check::unknown;
  const Money yearly = basis.total->times(rate->value, core::kTenThousandthHalfUp).mul_div(1, full->value, core::kCentHalfUp);
  const Money monthly = yearly.mul_div(1, 12, core::kCentHalfUp);
  SECU_RETURN_IF_ERROR(b.reason("survivors.divorced_amount", Message{"survivors.reason.divorced_computed",
      {{"years", basis.years}, {"share", *share}, {"basis", basis.total->rounded(core::kCentHalfUp)}, {"rate", rate->value},
       {"full", full->value}, {"amount", yearly}}}));
  SECU_RETURN_IF_ERROR(b.reason("survivors.divorced_amount", msg("survivors.reason.divorced_no_minimum")));
  if (yearly == Money{}) return Check::not_met;
  explain::Period pd;
  pd.days = {start, start};
  pd.open_end = true;
  pd.payer = "onp";
  pd.per = Per::month;
  pd.amount = monthly;
  pd.basis = Message{"basis.survivors_divorced", {{"yearly", yearly}}};
  b.decision().schedule.push_back(pd);
  auto& a = b.decision().amounts;
  a.push_back({"survivor_pension_yearly", msg("amount.survivors_yearly"), yearly, Per::year, false});
  a.push_back({"survivor_pension_monthly", msg("amount.survivors_monthly"), monthly, Per::month, false});
  return Check::met;
}

core::Result<explain::Decision> divorced(const Situation& s, const Death& d, DecisionBuilder b) {
  SECU_RETURN_IF_ERROR(b.reason("survivors.divorced", msg("survivors.reason.divorced")));
  const Person& deceased = *s.person(d.person);
  const Person& survivor = *s.person(d.survivor);
  SECU_TRY(Check ok, own_conditions(s, d, b));
  if (ok == Check::not_met) return b.finish(Status::not_entitled, msg("survivors.summary.divorced_not_entitled"));
  SECU_TRY(auto start, start_of(survivor, d, b));
  if (!amount_facts(deceased, survivor, d, b) || !start) {
    SECU_RETURN_IF_ERROR(application(d, std::nullopt, b));
    return b.finish(Status::cannot_tell, msg("survivors.summary.divorced_cannot_tell"));
  }
  SECU_TRY(Check paid, amount(deceased, survivor, d, *start, b));
  if (paid == Check::not_met) return b.finish(Status::not_entitled, msg("survivors.summary.divorced_nothing"));
  SECU_RETURN_IF_ERROR(application(d, std::nullopt, b));
  SECU_RETURN_IF_ERROR(b.reason("survivors.divorced", msg("survivors.reason.divorced_work")));
  const Status status = survivors::both(ok, paid) == Check::met ? Status::entitled : Status::cannot_tell;
  return b.finish(status, entitled_summary(b.decision(), status, "divorced"));
}

}  // namespace

core::Result<explain::Decision> divorced_decision(const Situation& s, const Death& d, const Context& ctx) {
  auto r = divorced(s, d, builder(ctx, d, "survivors.pension"));
  if (r) return r;
  return gap_decision(r.error(), ctx, d, "survivors.pension");
}

}  // namespace secu::rules::survivors

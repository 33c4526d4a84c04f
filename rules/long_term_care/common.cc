#include "rules/long_term_care/common.h"

#include "rules/pension/age.h"

#include <algorithm>
#include <variant>

namespace secu::rules::long_term_care {

using core::Date;
using core::ErrorCode;
using core::fail;
using explain::Message;

namespace {

constexpr const char* kPensionAge = "pension.age.legal";

void record(DecisionBuilder& b, std::string_view id, const law::Entry& e, std::string value) {
  if (!b.ctx().trace) return;
  for (const auto& t : b.decision().trace)
    if (t.parameter == id && t.since == e.start && t.value == value) return;
  b.decision().trace.push_back({std::string(id), std::move(value), std::string(id), e.start, e.source.short_ref()});
}

// A number of years (6 decimals) in whole months; an age that is not a whole month is bad data.
core::Result<int> to_months(law::Number years, std::string_view id) {
  const std::int64_t micro = years.micro() * 12;
  if (micro % law::Number::kScale != 0) return fail(ErrorCode::internal, "an age that is not a whole number of months", std::string(id));
  return static_cast<int>(micro / law::Number::kScale);
}

}  // namespace

core::Result<Age> age_in_months(DecisionBuilder& b, std::string_view id, Date d) {
  SECU_TRY(auto f, b.ctx().law.params().at(id, d));
  const auto* n = std::get_if<law::Number>(f.value);
  if (!n) return fail(ErrorCode::internal, "parameter is not a scalar", std::string(id));
  SECU_TRY(int months, to_months(*n, id));
  record(b, id, *f.entry, n->text() + " years");
  return Age{months, f.entry};
}

Date reaching(Date birth, int months) { return core::add_months(birth, months, core::EndOfMonth::next_day); }

core::Result<std::optional<Date>> pension_day(const Person& p, DecisionBuilder& b) {
  SECU_TRY(auto normal, pension::normal_start(*p.birth_date, kPensionAge, b));
  if (!normal) return std::optional<Date>{};
  b.reason_from(*normal->entry, kPensionAge,
                Message{"long_term_care.reason.pension_age", {{"age", std::int64_t{normal->months / 12}}, {"date", normal->day}}});
  return std::optional<Date>(normal->day);
}

std::string fund_of(const Person& p) { return p.insurance.fund.value_or("health_insurance_fund"); }

core::Result<std::vector<explain::Period>> paid_periods(DecisionBuilder& b, std::string_view id, Date first, std::optional<Date> last,
                                                        explain::Per per, const std::string& payer, const std::string& basis,
                                                        const std::string& reason) {
  std::vector<Date> cuts{first};
  if (const law::Parameter* param = b.ctx().law.params().find(id))
    for (const auto& e : param->entries)
      if (first < e.start && (!last || e.start <= *last)) cuts.push_back(e.start);
  std::vector<explain::Period> out;
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    explain::Period pd;
    const bool final_piece = i + 1 == cuts.size();
    pd.days = {cuts[i], !final_piece ? cuts[i + 1] - 1 : last.value_or(cuts[i])};
    pd.open_end = final_piece && !last;
    pd.payer = payer;
    pd.per = per;
    auto amount = b.money(id, pd.days.first);
    if (!amount) SECU_RETURN_IF_ERROR(b.law_gap(amount.error(), pd.days.first));
    if (amount)
      if (auto entry = b.ctx().law.params().at(id, pd.days.first))
        b.reason_from(*entry->entry, id, explain::Message{reason, {{"amount", *amount}}});
    pd.amount_known = amount.has_value();
    pd.amount = amount ? *amount : core::Money();
    pd.basis = explain::Message{amount ? basis : "basis.long_term_care.not_covered", {}};
    if (per == explain::Per::day && !pd.open_end) pd.benefit_days = core::benefit_days(pd.days);
    out.push_back(std::move(pd));
  }
  return out;
}

}  // namespace secu::rules::long_term_care

// The pay of the birth leave ("Le père conserve sa rémunération complète à charge de
// l'employeur durant les 3 premiers jours. Au cours des 7 jours suivants, il reçoit de sa
// mutualité une indemnité s'élevant à 82 % du salaire brut plafonné", belgium.be) and of
// the adoption leave (same shape, unmn-lnz.be). The ceiling is the sickness wage ceiling
// for a start on that day (rules/maternity/benefit.cc); the employer's share is of the full
// daily wage. Amounts rounded half-up to the cent.
#include "rules/maternity/leave_pay.h"

#include "rules/check.h"
#include "rules/maternity/benefit.h"

namespace secu::rules::maternity {

using core::Date;
using core::DayRange;
using explain::Message;

namespace {

// The day on which the n-th benefit day (1-based) from `start` falls.
Date nth_benefit_day(Date start, int n) {
  Date d = start;
  for (int seen = 0;; d = d + 1)
    if (d.weekday() != 0 && ++seen == n) return d;
}

}  // namespace

core::Result<LeavePay> leave_pay(const Person& p, const LeavePayIds& ids, Date key, DecisionBuilder& b) {
  LeavePay pay;
  SECU_TRY(std::optional<std::int64_t> days, covered(b.integer(ids.employer_days, key), key, b));
  if (days) pay.employer_days = static_cast<int>(*days);
  SECU_TRY(std::optional<core::Rate> employer_rate, covered(b.rate(ids.employer_rate, key), key, b));
  SECU_TRY(std::optional<core::Rate> fund_rate, covered(b.rate(ids.fund_rate, key), key, b));
  pay.employer_basis = msg("basis.leave_employer_unknown");
  pay.fund_basis = msg("basis.leave_fund_unknown");
  if (!p.daily_wage) {
    b.missing(p.pointer("/daily_wage"), msg("question.daily_wage"));
    return pay;
  }
  if (employer_rate) {
    pay.employer_amount = p.daily_wage->times(*employer_rate, core::kCentHalfUp);
    pay.employer_basis = Message{"basis.leave_employer", {{"rate", *employer_rate}}};
  }
  if (fund_rate) {
    SECU_TRY(DayAmount a, capped(*fund_rate, *p.daily_wage, key, key, nullptr, b));
    pay.fund_amount = a.amount;
    pay.fund_basis = a.basis;
  }
  return pay;
}

std::vector<explain::Period> lay_out(const LeavePay& pay, Date start, int benefit_days, std::optional<Date> end, const std::string& fund) {
  std::vector<explain::Period> out;
  if (!pay.employer_days || benefit_days <= 0) return out;
  const int k = std::min(*pay.employer_days, benefit_days);
  auto period = [](DayRange r, std::string payer, std::optional<core::Money> amount, Message basis) {
    explain::Period pd;
    pd.days = r;
    pd.payer = std::move(payer);
    pd.amount_known = amount.has_value();
    pd.amount = amount.value_or(core::Money());
    pd.basis = std::move(basis);
    pd.benefit_days = core::benefit_days(r);
    return pd;
  };
  const Date employer_last = k > 0 ? nth_benefit_day(start, k) : start - 1;
  if (k > 0) out.push_back(period({start, employer_last}, "employer", pay.employer_amount, pay.employer_basis));
  if (benefit_days > k) {
    const Date first = nth_benefit_day(employer_last + 1, 1);
    const Date last = end.value_or(nth_benefit_day(start, benefit_days));
    out.push_back(period({first, last}, fund, pay.fund_amount, pay.fund_basis));
  }
  return out;
}

void add_leave_amounts(const LeavePay& pay, DecisionBuilder& b) {
  auto& a = b.decision().amounts;
  if (pay.employer_amount) a.push_back({"employer_daily_pay", msg("amount.leave_employer_daily"), *pay.employer_amount, explain::Per::day, false});
  if (pay.fund_amount) a.push_back({"fund_daily_benefit", msg("amount.leave_fund_daily"), *pay.fund_amount, explain::Per::day, false});
}

}  // namespace secu::rules::maternity

// files.h, book_benefits_due: the fund's daily benefits of a file, booked month by month.
//
// The schedule is the one the rules decided and the fund stored (the current decisions'
// explanation): per day, paid per benefit day — the 6-day week, Sundays excluded
// (rules/sickness/benefit.cc: "Amounts are paid per benefit day (6-day week)";
// core::benefit_days). A month's amount is Σ daily amount × benefit days of the month.
// The employer's periods (guaranteed salary, blue-collar complement) are never the fund's.
#include <map>
#include <set>

#include "fund/audit.h"
#include "fund/due.h"
#include "fund/files.h"

namespace secu::fund {

using core::Date;
using core::Money;
using core::YearMonth;
using nlohmann::json;
namespace st = store;

namespace {

/// A stretch of days the fund pays at a daily amount, and the decision it comes from.
struct FundDays {
  core::DayRange days;
  Money amount;
  std::int64_t decision_id = 0;
};

/// What is already booked for a month: the total and the number of payments.
struct MonthBooked {
  Money total{};
  int payments = 0;
};

// The payer ids that are the member's fund: the generic one the rules name when the fund
// is not known, every fund the member was affiliated with, and the one in the facts.
core::Result<std::set<std::string>> fund_payers(st::Database& db, const File& f) {
  std::set<std::string> out{"health_insurance_fund"};
  SECU_TRY(st::Rows rows, db.query("SELECT DISTINCT fund_code FROM affiliations WHERE member_id = $1", {st::int64(f.member_id)}));
  for (const st::Row& r : rows) {
    SECU_TRY(std::string code, r.text(0));
    out.insert(code);
  }
  const json fund = f.facts.value("person", json::object()).value("insurance", json::object()).value("fund", json());
  if (fund.is_string()) out.insert(fund.get<std::string>());
  return out;
}

// The periods of the current entitled decisions the fund pays per day at a known amount.
core::Result<std::vector<FundDays>> fund_days(st::Database& db, const File& f) {
  SECU_TRY(std::set<std::string> payers, fund_payers(db, f));
  std::vector<FundDays> out;
  for (const StoredDecision& d : f.decisions) {
    if (d.status != "entitled") continue;
    const json e = json::parse(d.explanation, nullptr, false);
    if (!e.contains("en") || !e["en"].contains("schedule") || !e["en"]["schedule"].is_array()) continue;
    for (const json& p : e["en"]["schedule"]) {
      if (!payers.contains(p.value("payer", "")) || p.value("per", "") != "day") continue;
      const json amount_text = p.value("amount", json()), to_text = p.value("to", json());
      if (!amount_text.is_string() || !to_text.is_string()) continue;  // amount not known, or no end: nothing to pay yet
      auto from = Date::parse(p.value("from", ""));
      auto to = Date::parse(to_text.get<std::string>());
      SECU_TRY(Money amount, core::parse_money(amount_text.get<std::string>()));
      if (!from || !to) return core::fail(core::ErrorCode::internal, "a stored schedule without dates", d.subject);
      out.push_back({{*from, *to}, amount, d.id});
    }
  }
  return out;
}

std::string month_key(const File& f, YearMonth m) { return f.subject() + ":" + m.text(); }

// What is booked per month, from the file's payments ("<subject>:YYYY-MM" and its corrections;
// a rejected payment still counts: its debt is re-issued, never booked anew).
std::map<YearMonth, MonthBooked> booked_by_month(const File& f) {
  std::map<YearMonth, MonthBooked> out;
  const std::string prefix = f.subject() + ":";
  for (const FilePayment& p : f.payments) {
    // A re-issue (":retry<n>", fund/payments.h) pays the same debt as the rejected payment
    // it replaces: the debt counts once, so that the month is neither booked again nor paid twice.
    if (p.debt_key.find(":retry") != std::string::npos) continue;
    auto m = YearMonth::parse(std::string_view(p.debt_key).substr(prefix.size(), 7));
    if (!m) continue;
    out[*m].total += p.amount;
    ++out[*m].payments;
  }
  return out;
}

// The month's amount and the decision of its first paid day.
std::pair<Money, std::int64_t> month_amount(const std::vector<FundDays>& days, YearMonth m) {
  Money total{};
  std::int64_t decision = 0;
  for (const FundDays& d : days) {
    const std::int32_t n = core::benefit_days(core::intersect(d.days, {m.first_day(), m.last_day()}));
    if (n <= 0) continue;
    total += d.amount * n;
    if (decision == 0) decision = d.decision_id;
  }
  return {total, decision};
}

// The months to look at: from the first paid or booked one to the last completed by `until`.
std::vector<YearMonth> months_to_check(const std::vector<FundDays>& days, const std::map<YearMonth, MonthBooked>& booked,
                                       Date until) {
  std::optional<YearMonth> first;
  for (const FundDays& d : days)
    if (!first || YearMonth::of(d.days.first) < *first) first = YearMonth::of(d.days.first);
  if (!booked.empty() && (!first || booked.begin()->first < *first)) first = booked.begin()->first;
  std::vector<YearMonth> out;
  for (YearMonth m = first.value_or(YearMonth::of(until)); first && m.last_day() <= until; m = m.plus(1)) out.push_back(m);
  return out;
}

json month_json(const BookedMonth& m) {
  return {{"month", m.month.text()}, {"amount", m.amount.text()}, {"debt_key", m.debt_key},
          {"payment_id", m.payment_id == 0 ? json() : json(m.payment_id)}};
}

core::Status book_month(st::Database& tx, const File& f, YearMonth m, const std::vector<FundDays>& days,
                        const MonthBooked& already, Booking& out) {
  const auto [amount, decision] = month_amount(days, m);
  if (amount == already.total) return {};
  const std::string key = month_key(f, m);
  if (amount < already.total) {
    out.overpaid.push_back({m, already.total - amount, key, 0});
    return {};
  }
  // The first booking of a month is "<subject>:YYYY-MM"; each rise since, ":c1", ":c2"…
  const std::string debt = already.payments == 0 ? key : key + ":c" + std::to_string(already.payments);
  Due due{.member_id = f.member_id, .amount = amount - already.total, .debt_key = debt, .due_on = m.plus(1).first_day()};
  if (decision != 0) due.decision_id = decision;
  SECU_TRY(std::int64_t id, book_due_payment(tx, due));
  out.booked.push_back({m, due.amount, debt, id});
  return {};
}

}  // namespace

core::Result<Booking> book_benefits_due(st::Database& db, std::int64_t file_id, Date until, std::string_view who) {
  Booking out;
  const core::Status written = db.transaction([&](st::Database& tx) -> core::Status {
    out = {};
    SECU_TRY(File f, find_file(tx, file_id));
    SECU_TRY(std::vector<FundDays> days, fund_days(tx, f));
    const auto booked = booked_by_month(f);
    for (YearMonth m : months_to_check(days, booked, until)) {
      auto it = booked.find(m);
      SECU_RETURN_IF_ERROR(book_month(tx, f, m, days, it == booked.end() ? MonthBooked{} : it->second, out));
    }
    if (out.booked.empty() && out.overpaid.empty()) return {};
    json detail = to_json(out);
    detail["until"] = until.iso();
    return audit(tx, std::string(who), "file.benefits_due", f.subject(), detail);
  });
  SECU_RETURN_IF_ERROR(written);
  return out;
}

json to_json(const Booking& b) {
  json j{{"booked", json::array()}, {"overpaid", json::array()}};
  for (const auto& m : b.booked) j["booked"].push_back(month_json(m));
  for (const auto& m : b.overpaid) j["overpaid"].push_back(month_json(m));
  return j;
}

}  // namespace secu::fund

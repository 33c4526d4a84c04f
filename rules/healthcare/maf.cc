// The maximum billing (MàF / MAF), from the mutuality's page cited in data/params/healthcare/maf/:
// a household's personal shares of a calendar year are capped by a ceiling set by its net
// taxable income of three years earlier; households entitled to the increased
// reimbursement have the social MAF ceiling. Above the ceiling the fund pays the personal
// shares back.
//
// The household: the person, their head of family (head_of_family) and everyone insured
// through the same head. Only the personal shares of the lines decided here are summed
// (supplements never count); medicines and hospital stays (healthcare_hospital branch) are
// not added: the decision says so. A line that cannot tell yet makes the sum "at least".
#include "rules/healthcare/maf.h"

#include <set>
#include <utility>

#include "rules/healthcare/line.h"

namespace secu::rules::healthcare {

using core::Date;
using core::Money;
using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kOffset = "healthcare.maf.income_year_offset";
constexpr const char* kByIncome = "healthcare.maf.ceiling_by_income";
constexpr const char* kSocial = "healthcare.maf.ceiling_preferential";

std::string head_of(const Person& p) { return p.head_of_family.value_or(p.id); }

const YearAmount* income_of(const Person& p, const Situation& s, int year) {
  for (const Person* q : {&p, s.person(head_of(p))}) {
    if (!q) continue;
    for (const auto& y : q->household_net_taxable_income)
      if (y.year == year) return &y;
  }
  return nullptr;
}

struct Shares {
  Money total;
  std::int64_t lines = 0;
  bool partial = false;
};

Shares household_shares(const Person& p, int year, const Situation& s, const std::vector<Outcome>& outcomes) {
  Shares sh;
  for (const auto& o : outcomes) {
    if (o.date.year() != year || head_of(*s.person(o.person)) != head_of(p)) continue;
    if (o.status == Status::cannot_tell) sh.partial = true;
    if (o.status != Status::entitled || !o.personal_share) continue;
    sh.total += *o.personal_share;
    ++sh.lines;
  }
  return sh;
}

core::Result<Money> ceiling(const Person& p, Date jan1, const YearAmount& income, std::int64_t income_year, DecisionBuilder& b) {
  if (*p.preferential_scheme) {
    SECU_TRY(Money c, b.money(kSocial, jan1));
    SECU_RETURN_IF_ERROR(b.reason("healthcare.maf.social", Message{"healthcare.reason.maf_social", {{"ceiling", c}}}));
    return c;
  }
  SECU_TRY(Money c, b.money_on_scale(kByIncome, jan1, income.amount));
  SECU_RETURN_IF_ERROR(b.reason("healthcare.maf.income", Message{"healthcare.reason.maf_income",
      {{"income", income.amount}, {"income_year", income_year}, {"ceiling", c}}}));
  return c;
}

core::Result<Decision> decide(const Person& p, int year, const YearAmount& income, std::int64_t income_year,
                              const Shares& sh, DecisionBuilder& b) {
  const Date jan1 = *Date::from_ymd(year, 1, 1);
  const std::int64_t y = year;
  SECU_RETURN_IF_ERROR(b.reason("healthcare.maf.income", Message{"healthcare.reason.maf_shares", {{"year", y}, {"shares", sh.total}, {"lines", sh.lines}}}));
  SECU_RETURN_IF_ERROR(b.reason("healthcare.maf.income", msg("healthcare.reason.maf_scope")));
  if (!p.preferential_scheme) {
    b.missing(p.pointer("/preferential_scheme"), msg("question.healthcare.preferential_scheme"));
    return b.finish(Status::cannot_tell, Message{"healthcare.summary.maf_cannot_tell", {{"year", y}}});
  }
  SECU_TRY(Money c, ceiling(p, jan1, income, income_year, b));
  const Money refund = core::max(Money{}, sh.total - c);
  auto& amounts = b.decision().amounts;
  amounts.push_back({"personal_shares", msg("amount.healthcare.maf_personal_shares"), sh.total, explain::Per::year, sh.partial});
  amounts.push_back({"ceiling", msg("amount.healthcare.maf_ceiling"), c, explain::Per::year, false});
  amounts.push_back({"refund", msg("amount.healthcare.maf_refund"), refund, explain::Per::year, sh.partial});
  if (refund > Money{}) return b.finish(Status::entitled, Message{"healthcare.summary.maf_refund", {{"year", y}, {"refund", refund}, {"ceiling", c}}});
  if (sh.partial) return b.finish(Status::cannot_tell, Message{"healthcare.summary.maf_cannot_tell", {{"year", y}}});
  return b.finish(Status::not_entitled, Message{"healthcare.summary.maf_below", {{"year", y}, {"shares", sh.total}, {"ceiling", c}}});
}

// The decision for a person and a year, or none when the income or the year's law is not there.
core::Result<std::optional<Decision>> one(const Person& p, int year, const Situation& s, const std::vector<Outcome>& outcomes,
                                          const Context& ctx) {
  const Date jan1 = *Date::from_ymd(year, 1, 1);
  const auto& params = ctx.law.params();
  if (!params.at(kOffset, jan1) || !params.at(kByIncome, jan1) || !params.at(kSocial, jan1)) return std::optional<Decision>{};
  DecisionBuilder b(ctx, "healthcare.maf", p.id);
  SECU_TRY(std::int64_t offset, b.integer(kOffset, jan1));
  const std::int64_t income_year = year - offset;
  const YearAmount* income = income_of(p, s, static_cast<int>(income_year));
  if (!income) return std::optional<Decision>{};
  b.institution(fund_of(p));
  SECU_TRY(Decision d, decide(p, year, *income, income_year, household_shares(p, year, s, outcomes), b));
  return std::optional<Decision>(std::move(d));
}

}  // namespace

core::Result<std::vector<Decision>> maf(const Situation& s, const std::vector<Outcome>& outcomes, const Context& ctx) {
  std::vector<Decision> out;
  std::set<std::pair<std::string, int>> done;
  for (const auto& o : outcomes) {
    const int year = o.date.year();
    if (!done.insert({o.person, year}).second) continue;
    SECU_TRY(std::optional<Decision> d, one(*s.person(o.person), year, s, outcomes, ctx));
    if (d) out.push_back(std::move(*d));
  }
  return out;
}

}  // namespace secu::rules::healthcare

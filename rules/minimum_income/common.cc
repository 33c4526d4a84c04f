#include "rules/minimum_income/common.h"

#include <algorithm>

namespace secu::rules::minimum_income {

using core::Date;
using core::ErrorCode;
using core::fail;

const law::Entry* entry_on(const DecisionBuilder& b, std::string_view id, Date d) {
  const law::Parameter* p = b.ctx().law.params().find(id);
  return p ? p->entry_at(d) : nullptr;
}

std::optional<int> age_on_claim(const Person& p, const IncomeClaim& c, DecisionBuilder& b) {
  if (!c.claim_date) b.missing(c.pointer("/claim_date"), msg("question.minimum_income.claim_date"));
  if (!p.birth_date) b.missing(p.pointer("/birth_date"), msg("question.birth_date"));
  if (!c.claim_date || !p.birth_date) return std::nullopt;
  const int age = core::age_on(*p.birth_date, *c.claim_date);
  b.step("age_on_claim", std::to_string(age));
  return age;
}

std::optional<core::Money> means_of(const IncomeClaim& c, DecisionBuilder& b) {
  const auto total = total_means(c);
  if (!total) {
    b.missing(c.pointer("/means"), msg(c.kind == IncomeClaimKind::integration_income ? "question.minimum_income.means_claimant"
                                       : c.kind == IncomeClaimKind::grapa            ? "question.minimum_income.means_grapa"
                                                                                     : "question.minimum_income.means_household"));
    return std::nullopt;
  }
  b.step("monthly_means", total->text());
  return total;
}

core::Result<std::vector<explain::Period>> schedule(DecisionBuilder& b, std::initializer_list<const char*> ids, Date from, Date until,
                                                    const std::string& payer, const std::function<core::Result<Piece>(Date)>& piece) {
  std::vector<Date> cuts{from};
  for (const char* id : ids)
    if (const law::Parameter* p = b.ctx().law.params().find(id))
      for (const auto& e : p->entries)
        if (from < e.start && e.start <= until) cuts.push_back(e.start);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::vector<explain::Period> out;
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    SECU_TRY(Piece p, piece(cuts[i]));
    const bool last = i + 1 == cuts.size();
    explain::Period pd;
    pd.days = {cuts[i], last ? cuts[i] : cuts[i + 1] - 1};
    pd.open_end = last;
    pd.payer = payer;
    pd.per = p.per;
    pd.amount = p.amount;
    pd.amount_known = p.known;
    pd.at_least = p.at_least;
    pd.basis = std::move(p.basis);
    out.push_back(std::move(pd));
  }
  return out;
}

Piece unknown_piece(explain::Message basis) {
  Piece p;
  p.basis = std::move(basis);
  p.known = false;
  return p;
}

}  // namespace secu::rules::minimum_income

// Seed 004 ch. VIII: "At the end of these three years, the allowance is converted into a
// life annuity. One-third of the capital sum may be paid out on request if the degree of
// incapacity is more than 19%." More than 19 %: 19 % is refused, 19.01 % or 20 % granted
// (data: capital_payout_min_degree, capital_payout_fraction). The capital value of the
// annuity is not in secu's data: the payment's date and payer are given, not its amount.
#include "rules/work_accidents/capital.h"

#include <utility>
#include <variant>

#include "law/parameter.h"

namespace secu::rules::work_accidents {

using core::Date;
using explain::Message;
using explain::Per;
using explain::Status;

namespace {

constexpr const char* kMinDegree = "work_accidents.permanent_incapacity.capital_payout_min_degree";
constexpr const char* kFraction = "work_accidents.permanent_incapacity.capital_payout_fraction";
constexpr const char* kRevision = "work_accidents.permanent_incapacity.revision_period_years";

// The share of the capital, as numerator and denominator (1 and 3).
core::Result<std::optional<std::pair<std::int64_t, std::int64_t>>> fraction(Date d, DecisionBuilder& b) {
  using Out = std::optional<std::pair<std::int64_t, std::int64_t>>;
  auto f = b.ctx().law.params().at(kFraction, d);
  if (!f) {
    SECU_RETURN_IF_ERROR(b.law_gap(f.error(), d));
    return Out{};
  }
  std::int64_t num = 0, den = 0;
  if (const auto* cv = std::get_if<law::CategoryValues>(f->value)) {
    for (const auto& [name, value] : *cv) {
      if (!value) continue;
      auto n = value->integer();
      if (n && name == "numerator") num = *n;
      if (n && name == "denominator") den = *n;
    }
  }
  if (num <= 0 || den <= 0) return core::fail(core::ErrorCode::internal, "expected a numerator and a denominator", kFraction);
  b.step(kFraction, std::to_string(num) + "/" + std::to_string(den));
  return Out(std::pair{num, den});
}

core::Result<explain::Decision> decide(const Scheme& s, DecisionBuilder b) {
  const AccidentFacts& f = *s.facts;
  if (!f.permanent_degree) {
    b.missing(s.pointer + "/permanent_degree", msg("question.work_accident.permanent_degree"));
    return b.finish(Status::cannot_tell, msg("work_accident.summary.capital_cannot_tell"));
  }
  SECU_TRY(std::optional<core::Rate> threshold, covered(b.rate(kMinDegree, s.key), s.key, b));
  SECU_TRY(auto share, fraction(s.key, b));
  if (!threshold || !share) return b.finish(Status::cannot_tell, msg("work_accident.summary.capital_cannot_tell"));
  const Message text{"work_accident.reason.capital_rule", {{"numerator", share->first}, {"denominator", share->second},
      {"threshold", *threshold}, {"degree", *f.permanent_degree}}};
  SECU_RETURN_IF_ERROR(b.reason("work_accident.capital", text));
  if (*f.permanent_degree <= *threshold) return b.finish(Status::not_entitled, Message{"work_accident.summary.capital_refused", {{"threshold", *threshold}}});
  if (f.consolidation) {
    SECU_TRY(std::optional<std::int64_t> years, covered(b.integer(kRevision, s.key), s.key, b));
    if (!years) return b.finish(Status::cannot_tell, msg("work_accident.summary.capital_cannot_tell"));
    const Date at = core::add_years(*f.consolidation, static_cast<int>(*years), core::EndOfMonth::next_day);
    if (f.died && *f.died < at) {
      SECU_RETURN_IF_ERROR(b.reason("work_accident.life_annuity", Message{"work_accident.reason.capital_died", {{"date", *f.died}}}));
      return b.finish(Status::not_entitled, msg("work_accident.summary.capital_none"));
    }
    b.decision().schedule.push_back(period(at, at, payer(s, at), std::nullopt, Message{"basis.work_accident.capital",
        {{"numerator", share->first}, {"denominator", share->second}}}, Per::once));
    SECU_RETURN_IF_ERROR(b.reason("work_accident.life_annuity", Message{"work_accident.reason.capital_at_conversion", {{"date", at}}}));
  } else {
    b.missing(s.pointer + "/consolidation", msg("question.work_accident.consolidation"));
    return b.finish(Status::cannot_tell, msg("work_accident.summary.capital_cannot_tell"));
  }
  return b.finish(Status::entitled, Message{"work_accident.summary.capital_granted", {{"numerator", share->first}, {"denominator", share->second}}});
}

}  // namespace

core::Result<std::optional<explain::Decision>> capital_decision(const Scheme& s, const WorkAccident& a) {
  if (a.capital_requested != true) return std::optional<explain::Decision>{};
  DecisionBuilder b(*s.ctx, "work_accident.capital", s.person);
  b.institution(payer(s, s.ctx->at));
  SECU_TRY(explain::Decision d, decide(s, std::move(b)));
  return std::optional<explain::Decision>(std::move(d));
}

}  // namespace secu::rules::work_accidents

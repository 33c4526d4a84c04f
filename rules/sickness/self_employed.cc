// Seed 002: "For self-employed persons, the following eligibility requirements apply:
// you must be able to prove that you have paid social security contributions for at least
// six months; […] sufficient social security contributions during a reference period prior
// to your incapacity for work; you must have stopped working; […] evidence from the doctor
// working for the health insurance fund […]; there must not be a gap of more than 30 days
// between the date you became incapacitated for work and the last quarter (or equivalent
// period) for which you paid social security contributions."
// "Self-employed people are only entitled to benefits if their illness lasts longer than
// seven days. The benefits are fixed amounts. The amount of the benefit depends on your
// family status (with family responsibilities, single person, sharing your household)."
//
// Versions by start date, each defined by the parameter that exists then: a first month
// not paid (until 2017), 14 days not paid (2018 to mid-2019), and from 2019-07-01 paid
// from the first day when the incapacity lasts more than 7 days.
#include "rules/sickness/self_employed.h"

#include <algorithm>

#include "rules/sickness/benefit.h"
#include "rules/sickness/certificate.h"
#include "rules/sickness/eligibility.h"
#include "rules/sickness/employer.h"

namespace secu::rules::sickness {

using core::Date;
using core::DayRange;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kAmount = "sickness.self_employed.daily_amount";

core::Result<Check> own_condition(std::optional<bool> fact, std::string pointer, const char* question, const char* cite,
                                  const char* yes, const char* no, DecisionBuilder& b) {
  if (!fact) {
    b.missing(std::move(pointer), msg(question));
    return Check::unknown;
  }
  SECU_RETURN_IF_ERROR(b.reason(cite, msg(*fact ? yes : no)));
  return *fact ? Check::met : Check::not_met;
}

core::Result<Check> contributed_long_enough(const Person& p, const Incapacity& inc, const SelfEmployed& se, DecisionBuilder& b) {
  SECU_TRY(std::int64_t months, b.integer("sickness.self_employed.contribution_months", inc.start));
  if (!se.contributions_since) {
    b.missing(p.pointer("/self_employed/contributions_since"), msg("question.contributions_since"));
    return Check::unknown;
  }
  const Date needed = core::add_months(inc.start, -static_cast<int>(months), core::EndOfMonth::clamp);
  const bool ok = *se.contributions_since <= needed;
  SECU_RETURN_IF_ERROR(b.reason("sickness.self_employed.conditions", Message{ok ? "sickness.reason.se_contributions_ok" : "sickness.reason.se_contributions_short",
                                                                             {{"since", *se.contributions_since}, {"months", months}}}));
  return ok ? Check::met : Check::not_met;
}

core::Result<Check> quarter_gap(const Person& p, const Incapacity& inc, const SelfEmployed& se, DecisionBuilder& b) {
  SECU_TRY(std::int64_t max_gap, b.integer("sickness.self_employed.max_gap_days", inc.start));
  if (!se.last_contribution_quarter_end) {
    b.missing(p.pointer("/self_employed/last_contribution_quarter_end"), msg("question.last_contribution_quarter_end"));
    return Check::unknown;
  }
  const std::int32_t days = std::max(0, inc.start - *se.last_contribution_quarter_end);
  const bool ok = days <= max_gap;
  SECU_RETURN_IF_ERROR(b.reason("sickness.self_employed.gap", Message{ok ? "sickness.reason.gap_ok" : "sickness.reason.gap_too_long",
                                                                      {{"days", std::int64_t{days}}, {"max", max_gap}}}));
  return ok ? Check::met : Check::not_met;
}

core::Result<Check> eligibility(const Person& p, const Incapacity& inc, DecisionBuilder& b) {
  const SelfEmployed se = p.self_employed.value_or(SelfEmployed{});
  Conditions all;
  SECU_TRY(Check c1, contributed_long_enough(p, inc, se, b));
  SECU_TRY(Check c2, own_condition(se.contributions_sufficient, p.pointer("/self_employed/contributions_sufficient"),
                                   "question.se_contributions_sufficient", "sickness.self_employed.conditions",
                                   "sickness.reason.se_reference_ok", "sickness.reason.se_reference_short", b));
  SECU_TRY(Check c3, own_condition(se.stopped_working, p.pointer("/self_employed/stopped_working"), "question.stopped_working",
                                   "sickness.self_employed.conditions", "sickness.reason.stopped_working", "sickness.reason.not_stopped", b));
  SECU_TRY(Check c4, quarter_gap(p, inc, se, b));
  SECU_TRY(Check c5, certified(inc, b));
  for (Check c : {c1, c2, c3, c4, c5}) all.add(c);
  return all.status() == Status::entitled ? Check::met : all.status() == Status::not_entitled ? Check::not_met : Check::unknown;
}

// The first paid day, or nullopt when it cannot be told yet; not-entitled sets `none`.
core::Result<std::optional<Date>> first_paid_day(const Incapacity& inc, DecisionBuilder& b, bool& none) {
  const Date s = inc.start;
  if (auto min_days = b.integer("sickness.self_employed.min_duration_days", s)) {
    const std::optional<Date> known_last = inc.end;
    const bool long_enough = known_last ? (*known_last - s + 1 > *min_days) : (b.ctx().at - s + 1 > *min_days);
    if (!long_enough && known_last) {
      none = true;
      SECU_RETURN_IF_ERROR(b.reason("sickness.self_employed.seven_days", Message{"sickness.reason.se_too_short", {{"days", *min_days}}}));
      return std::optional<Date>{};
    }
    if (!long_enough) {
      b.missing(inc.pointer("/end"), Message{"question.incapacity_end_se", {{"days", *min_days}}});
      return std::optional<Date>{};
    }
    SECU_RETURN_IF_ERROR(b.reason("sickness.self_employed.seven_days", Message{"sickness.reason.se_long_enough", {{"days", *min_days}}}));
    return std::optional<Date>(s);
  }
  if (auto days = b.integer("sickness.self_employed.carence_days", s)) {
    SECU_RETURN_IF_ERROR(b.reason("sickness.self_employed.carence_2018", Message{"sickness.reason.se_carence_days", {{"days", *days}}}));
    return std::optional<Date>(s + static_cast<std::int32_t>(*days));
  }
  SECU_TRY(std::int64_t months, b.integer("sickness.self_employed.carence_months", s));
  SECU_RETURN_IF_ERROR(b.reason("sickness.self_employed.carence_2013", Message{"sickness.reason.se_carence_months", {{"months", months}}}));
  return std::optional<Date>(core::add_months(s, static_cast<int>(months), core::EndOfMonth::clamp));
}

core::Result<std::vector<explain::Period>> flat_amounts(const Person& p, DayRange days, const LateCertificate& late,
                                                        DecisionBuilder& b) {
  std::vector<Date> cuts = change_dates(b.ctx().law.params(), {kAmount}, days);
  if (late.reduced_before) cuts.push_back(*late.reduced_before);
  if (!p.family_situation) b.missing(p.pointer("/family_situation"), msg("question.family_situation"));
  return segments(days, std::move(cuts), fund_of(p), [&](Date d) -> core::Result<DayAmount> {
    DayAmount a{std::nullopt, false, msg("basis.self_employed_flat")};
    if (!p.family_situation) return a;
    auto m = b.money_in(kAmount, d, to_string(*p.family_situation));
    if (!m) {
      SECU_RETURN_IF_ERROR(b.law_gap(m.error(), d));
      return a;
    }
    a.amount = *m;
    if (late.reduced_before && d < *late.reduced_before) {  // late certificate: reduced until receipt
      a.amount = *m - m->times(late.reduction, core::kCentHalfUp);
      a.basis = explain::Message{"basis.sickness_benefit_reduced", {{"rate", late.reduction}}};
    }
    return a;
  });
}

}  // namespace

core::Result<explain::Decision> self_employed(const Person& p, const Incapacity& inc, DecisionBuilder b) {
  b.institution(fund_of(p));
  SECU_TRY(Check eligible, eligibility(p, inc, b));
  SECU_TRY(LateCertificate late, certificate(p, inc, b));
  SECU_TRY(std::int64_t years, b.integer("sickness.primary_period.years", inc.start));
  const Date handover = core::add_years(inc.start, static_cast<int>(years), core::EndOfMonth::clamp);
  bool none = false;
  SECU_TRY(std::optional<Date> from, first_paid_day(inc, b, none));
  if (none) return b.finish(Status::not_entitled, msg("sickness.summary.se_too_short"));
  if (eligible == Check::not_met) return b.finish(Status::not_entitled, msg("sickness.summary.not_entitled"));
  if (from && eligible == Check::met) {
    DayRange days{std::max(*from, late.unpaid_before.value_or(*from)), std::min(inc.end.value_or(handover - 1), handover - 1)};
    if (!days.empty()) {
      SECU_TRY(auto periods, flat_amounts(p, days, late, b));
      for (auto& pd : periods) b.decision().schedule.push_back(std::move(pd));
    }
  }
  if (eligible == Check::unknown || !from) return b.finish(Status::cannot_tell, msg("sickness.summary.cannot_tell"));
  return b.finish(Status::entitled, Message{"sickness.summary.se_entitled", {{"from", *from}}});
}

}  // namespace secu::rules::sickness

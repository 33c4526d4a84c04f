// Seed 004 ch. X: "Decisions on granting benefit are made by the National Employment Office
// [...], and the actual payments are made either by recognised private bodies set up by the
// trade unions (CSC/ACV, FGVB/ABVV, CGSLB/ACLVB) or by the State body, the Auxiliary
// Unemployment Benefits Fund [...]. You may choose the body by which you wish to be paid".
// "Unemployed persons of 50 years of age or more who have worked for at least 20 years are
// entitled to a "seniority supplement" or a return-to-work supplement." (its amount before
// 2026-03-01 is not in data/; it is named in the reasons, not added to the schedule).
#include "rules/unemployment/full.h"

#include <algorithm>

#include "rules/unemployment/admission.h"
#include "rules/unemployment/common.h"
#include "rules/unemployment/phases.h"

namespace secu::rules::unemployment {

using core::Date;
using core::Money;
using explain::Key;
using explain::Message;

namespace {

constexpr const char* kSeniorityAge = "unemployment.seniority_supplement.min_age";
constexpr const char* kSeniorityYears = "unemployment.seniority_supplement.min_years_worked";
constexpr const char* kLimited = "unemployment.benefit.limited_in_time";
constexpr const char* kPriorMonths = "unemployment.cumulation.prior_activity_months";
constexpr const char* kCumulation = "unemployment.cumulation.max_percent_of_max_benefit";
constexpr const char* kCasualMonths = "unemployment.cumulation.casual_activity_period_months";

core::Result<Check> amount_facts(const Person& p, DecisionBuilder& b) {
  Check out = Check::met;
  if (!p.family_situation) {
    b.missing(p.pointer("/family_situation"), msg("question.family_situation"));
    out = Check::unknown;
  }
  if (!p.daily_wage) {
    b.missing(p.pointer("/daily_wage"), msg("question.unemployment.daily_wage"));
    out = Check::unknown;
  }
  return out;
}

core::Status seniority(const Person& p, const UnemploymentClaim& c, Date first, DecisionBuilder& b) {
  if (!p.birth_date || !c.years_worked) return {};
  SECU_TRY(auto age, covered(b.integer(kSeniorityAge, first), first, b));
  SECU_TRY(auto years, covered(b.integer(kSeniorityYears, first), first, b));
  if (!age || !years) return {};
  const int a = core::age_on(*p.birth_date, first);
  const Message m{"unemployment.reason.seniority_supplement", {{"age", std::int64_t{a}}, {"years", std::int64_t{*c.years_worked}},
      {"min_age", *age}, {"min_years", *years}}};
  if (a >= *age && *c.years_worked >= *years) return b.reason("unemployment.seniority_supplement", m);
  cite_figure(b, kSeniorityAge, first, Message{"unemployment.reason.no_seniority_supplement", m.args});
  return {};
}

// "When someone receives a professional income deriving from a "subordinate" activity carried
// out during at least three months before unemployment and continuing after unemployment, then
// accumulation is possible [...]" — otherwise the benefit is not accumulated with it.
core::Result<Check> continued_activity(const UnemploymentClaim& c, DecisionBuilder& b) {
  if (!c.continued_activity_daily_income) return Check::met;
  if (!c.continued_activity_months_before) {
    b.missing(c.pointer("/continued_activity_months_before"), msg("question.unemployment.continued_activity_months_before"));
    return Check::unknown;
  }
  const Date d = *c.start;
  SECU_TRY(auto months, covered(b.integer(kPriorMonths, d), d, b));
  SECU_TRY(auto percent, covered(b.rate(kCumulation, d), d, b));
  if (!months || !percent) return Check::unknown;
  const bool ok = *c.continued_activity_months_before >= *months;
  cite_figure(b, kPriorMonths, d, Message{ok ? "unemployment.reason.cumulation" : "unemployment.reason.cumulation_not_allowed",
      {{"months", std::int64_t{*c.continued_activity_months_before}}, {"required", *months}, {"income", *c.continued_activity_daily_income},
       {"percent", *percent}}});
  return ok ? Check::met : Check::not_met;
}

// "For a professional income deriving from a "casual" activity carried out during
// unemployment, for a month, there is a loss of the daily unemployment benefit only for the
// days of activity and maintenance of the benefit for the remaining days."
core::Status casual_activity(const UnemploymentClaim& c, DecisionBuilder& b) {
  Money lost;
  bool known = true;
  for (const auto& a : c.casual_activity) {
    const Date day = std::max(a.month.first_day(), *c.start);
    const explain::Period* in = nullptr;
    for (const auto& pd : b.decision().schedule)
      if (pd.days.contains(day)) in = &pd;
    if (!in) continue;
    if (!in->amount_known) {
      known = false;
      cite_figure(b, kCasualMonths, day, Message{"unemployment.reason.casual_activity_unknown", {{"month", a.month.first_day()},
          {"days", std::int64_t{a.days}}}});
      continue;
    }
    const Money month_lost = in->amount * a.days;
    lost += month_lost;
    cite_figure(b, kCasualMonths, day, Message{"unemployment.reason.casual_activity", {{"month", a.month.first_day()},
        {"days", std::int64_t{a.days}}, {"amount", in->amount}, {"lost", month_lost}}});
  }
  if (!c.casual_activity.empty() && known)
    b.decision().amounts.push_back({"casual_activity_lost", msg("amount.unemployment.casual_activity_lost"), lost, explain::Per::once, false});
  return {};
}

core::Result<std::optional<Date>> last_day(const Person& p, Date first, DecisionBuilder& b) {
  SECU_TRY(auto by_age, last_day_before_age_limit(p, first, b));
  SECU_TRY(auto limit, duration_limit(first, b));
  if (!by_age) return std::optional<Date>{};
  if (!limit) {
    SECU_TRY(auto limited, covered(b.integer(kLimited, first), first, b));
    if (limited != std::optional<std::int64_t>(0)) return std::optional<Date>{};  // limited, but the duration is not in data/
    cite_figure(b, kLimited, first, Message{"unemployment.reason.unlimited", {{"until", *by_age}}});
    return by_age;
  }
  const Date until = std::min(limit->last, *by_age);
  SECU_RETURN_IF_ERROR(b.reason("unemployment.limited_in_time", Message{"unemployment.reason.limited", {{"months", limit->months},
      {"until", until}}}));
  return std::optional<Date>(until);
}

explain::Message summary(const explain::Decision& d, const std::string& payer) {
  const explain::Period& p = d.schedule.front();
  if (!p.amount_known)
    return Message{"unemployment.summary.full_entitled_amount_unknown", {{"from", p.days.first}, {"body", Key{"unemployment.body." + payer}}}};
  return Message{"unemployment.summary.full_entitled", {{"amount", p.amount}, {"from", p.days.first},
      {"body", Key{"unemployment.body." + payer}}}};
}

}  // namespace

core::Result<explain::Decision> full_decision(const Situation& s, const UnemploymentClaim& c, const Context& ctx) {
  const Person& p = *s.person(c.person);
  DecisionBuilder b(ctx, "unemployment.full", p.id);
  b.decision().subject = c.pointer();
  SECU_RETURN_IF_ERROR(b.reason("unemployment.payment", msg("unemployment.reason.onem_decides")));
  const auto start = start_of(c, b);
  Check all = Check::unknown;
  if (start) {
    SECU_TRY(Check admitted, admission(p, c, b));
    SECU_TRY(Check facts, amount_facts(p, b));
    SECU_TRY(Check activity, continued_activity(c, b));
    all = both(both(admitted, facts), activity);
  }
  const auto payer = payment_body(c, b);
  if (!payer) all = both(all, Check::unknown);
  if (all != Check::not_met) SECU_RETURN_IF_ERROR(job_seeker_obligations(p, c.start, payer, b));
  if (all == Check::met) {
    const Date first = first_paid_day(c);
    SECU_RETURN_IF_ERROR(seniority(p, c, first, b));
    SECU_TRY(auto last, last_day(p, first, b));
    if (!last) return b.finish(explain::Status::cannot_tell, msg("unemployment.summary.full_cannot_tell"));
    SECU_TRY(auto periods, phase_schedule(p, c, first, *last, *payer, b));
    b.decision().schedule = std::move(periods);
    b.decision().amounts.push_back({"daily_wage", msg("amount.unemployment.daily_wage"), *p.daily_wage, explain::Per::day, false});
    SECU_RETURN_IF_ERROR(casual_activity(c, b));
    if (c.weekly_hours)
      SECU_RETURN_IF_ERROR(b.reason("unemployment.part_time", Message{"unemployment.reason.part_time",
          {{"hours", std::int64_t{*c.weekly_hours}}, {"full_time", std::int64_t{*c.full_time_weekly_hours}}}}));
    return b.finish(explain::Status::entitled, summary(b.decision(), *payer));
  }
  if (all == Check::not_met) return b.finish(explain::Status::not_entitled, msg("unemployment.summary.full_not_entitled"));
  return b.finish(explain::Status::cannot_tell, msg("unemployment.summary.full_cannot_tell"));
}

}  // namespace secu::rules::unemployment

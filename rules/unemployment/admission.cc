// Seed 004 ch. X: "To be entitled to unemployment benefit [...], you must: - have worked a
// minimum number of days (between 312 and 624) during a fixed period of time (from 21 to 42
// months). The length of this period depends on your age. [...] - have lost your job
// involuntarily, without receiving compensation; - be registered as a job-seeker with the
// competent employment service [...]; - be actively looking for work; [...] - be able to
// work; - be under the age of 65 (both for men and women); - have your usual residence in
// Belgium and actually be living in Belgium." "No unemployment scheme exists for
// self-employed persons, with the exception of a special bankruptcy allowance."
//
// The days and months by age are the RVA leaflet T31 table (data/params/unemployment/
// admission/*_by_age.yaml): under 36, 312 days in 21 months; 36 to 49, 468 in 33; 50 and
// over, 624 in 42 — and the condition of an older bracket also admits a younger claimant
// (T31: "312 d / 21 m, or 468 d / 33 m, or 624 d / 42 m" under 36). Days of every kind count
// (work, paid leave, sickness, other assimilated days, abroad in the EU) except days of
// unemployment. The reference period is the calendar months before the month of the start.
#include "rules/unemployment/admission.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace secu::rules::unemployment {

using core::Date;
using core::YearMonth;
using explain::Message;

namespace {

constexpr const char* kDaysByAge = "unemployment.admission.days_worked_by_age";
constexpr const char* kMonthsByAge = "unemployment.admission.reference_months_by_age";
constexpr const char* kMaxAge = "unemployment.eligibility.max_age";

struct Bracket {
  std::int64_t from_age = 0;
  std::int64_t days = 0;
  std::int64_t months = 0;
};

// The brackets of both tables on `d` (the two tables have the same ages), or nullopt after a law gap.
core::Result<std::optional<std::vector<Bracket>>> brackets(Date d, DecisionBuilder& b) {
  const auto& params = b.ctx().law.params();
  auto days = params.at(kDaysByAge, d);
  auto months = params.at(kMonthsByAge, d);
  if (!days || !months) {
    SECU_RETURN_IF_ERROR(b.law_gap(days ? months.error() : days.error(), d));
    return std::optional<std::vector<Bracket>>{};
  }
  const auto* dv = std::get_if<std::vector<law::Bracket>>(days->value);
  const auto* mv = std::get_if<std::vector<law::Bracket>>(months->value);
  if (!dv || !mv || dv->size() != mv->size())
    return core::fail(core::ErrorCode::internal, "the admission tables by age do not match", kDaysByAge);
  std::vector<Bracket> out;
  for (std::size_t i = 0; i < dv->size(); ++i) {
    if (!(*dv)[i].value || !(*mv)[i].value) continue;
    SECU_TRY(std::int64_t n_days, (*dv)[i].value->integer());
    SECU_TRY(std::int64_t n_months, (*mv)[i].value->integer());
    out.push_back({(*dv)[i].from / law::Number::kScale, n_days, n_months});
  }
  return std::optional<std::vector<Bracket>>(std::move(out));
}

struct Count {
  std::int64_t days = 0;
  int months_listed = 0;
};

Count count_days(const Person& p, YearMonth from, YearMonth to) {
  Count n;
  for (const auto& m : p.work_months) {
    if (m.month < from || to < m.month) continue;
    ++n.months_listed;
    if (m.kind != "unemployment") n.days += m.days;
  }
  return n;
}

core::Result<Check> self_employed(const Person& p, DecisionBuilder& b) {
  if (p.status != WorkStatus::self_employed) return Check::met;
  SECU_RETURN_IF_ERROR(b.reason("unemployment.self_employed", msg("unemployment.reason.self_employed")));
  return Check::not_met;
}

core::Result<Check> under_age_limit(const Person& p, Date start, DecisionBuilder& b) {
  const auto age = age_on(p, start, b);
  if (!age) return Check::unknown;
  SECU_TRY(auto max, covered(b.integer(kMaxAge, start), start, b));
  if (!max) return Check::unknown;
  const bool ok = *age < *max;
  cite_figure(b, kMaxAge, start, Message{ok ? "unemployment.reason.under_age_limit" : "unemployment.reason.age_limit_reached",
      {{"age", std::int64_t{*age}}, {"max", *max}}});
  return ok ? Check::met : Check::not_met;
}

core::Result<Check> sanctions(const UnemploymentClaim& c, DecisionBuilder& b) {
  constexpr const char* kCite = "unemployment.sanctions";
  Check out = Check::met;
  if (c.refused_suitable_work == true) {
    SECU_RETURN_IF_ERROR(b.reason(kCite, msg("unemployment.reason.refused_suitable_work")));
    out = Check::not_met;
  }
  if (c.insufficient_search == true) {
    SECU_RETURN_IF_ERROR(b.reason(kCite, msg("unemployment.reason.insufficient_search")));
    out = Check::not_met;
  }
  return out;
}

}  // namespace

core::Result<Check> days_worked(const Person& p, const UnemploymentClaim& c, DecisionBuilder& b) {
  if (c.admitted == true) {
    SECU_RETURN_IF_ERROR(b.reason("unemployment.admission", msg("unemployment.reason.admitted")));
    return Check::met;
  }
  const Date start = *c.start;
  if (!p.birth_date) return Check::unknown;  // asked with the age limit
  const auto age = age_on(p, start, b);
  SECU_TRY(auto table, brackets(start, b));
  if (!age || !table || table->empty()) return Check::unknown;
  std::size_t own = 0;
  for (std::size_t i = 0; i < table->size(); ++i)
    if ((*table)[i].from_age <= *age) own = i;
  const YearMonth last = YearMonth::of(start).plus(-1);
  std::int64_t longest = 0;
  for (std::size_t i = own; i < table->size(); ++i) {
    const Bracket& br = (*table)[i];
    longest = std::max(longest, br.months);
    const YearMonth first = last.plus(-static_cast<int>(br.months) + 1);
    const Count n = count_days(p, first, last);
    b.step("days_worked", fmt::format("{} days in {}..{} (needed {})", n.days, first.text(), last.text(), br.days));
    if (n.days < br.days) continue;
    cite_figure(b, kDaysByAge, start, Message{"unemployment.reason.days_worked", {{"days", n.days}, {"required", br.days},
        {"months", br.months}, {"from", first.first_day()}, {"to", last.last_day()}, {"age", std::int64_t{*age}}}});
    return Check::met;
  }
  const Bracket& mine = (*table)[own];
  const YearMonth first = last.plus(-static_cast<int>(longest) + 1);
  if (count_days(p, first, last).months_listed < longest) {
    b.missing(p.pointer("/work_months"), Message{"question.work_months", {{"from", first.first_day()}, {"to", last.last_day()}}});
    return Check::unknown;
  }
  const YearMonth own_first = last.plus(-static_cast<int>(mine.months) + 1);
  cite_figure(b, kDaysByAge, start, Message{"unemployment.reason.days_worked_short", {{"days", count_days(p, own_first, last).days},
      {"required", mine.days}, {"months", mine.months}, {"from", own_first.first_day()}, {"to", last.last_day()}, {"age", std::int64_t{*age}}}});
  return Check::not_met;
}

core::Result<Check> admission(const Person& p, const UnemploymentClaim& c, DecisionBuilder& b, bool job_seeker) {
  SECU_TRY(Check self, self_employed(p, b));
  if (self == Check::not_met) return self;
  const Date start = *c.start;
  SECU_TRY(Check age, under_age_limit(p, start, b));
  SECU_TRY(Check involuntary, fact(c.involuntary, true, c, "involuntary", "unemployment.sanctions", b));
  SECU_TRY(Check sanctioned, sanctions(c, b));
  Check registered = Check::met;
  Check available = Check::met;
  if (job_seeker) {
    SECU_TRY(registered, fact(c.registered_job_seeker, true, c, "registered_job_seeker", "unemployment.registration", b));
    SECU_TRY(available, fact(c.available, true, c, "available", "unemployment.registration", b));
  }
  SECU_TRY(Check able, fact(c.able_to_work, true, c, "able_to_work", "unemployment.able_to_work", b));
  SECU_TRY(Check resident, fact(c.resident, true, c, "resident", "unemployment.residence", b));
  if (c.compensation_until && *c.compensation_until >= start)
    SECU_RETURN_IF_ERROR(b.reason("unemployment.compensation", Message{"unemployment.reason.compensation",
        {{"until", *c.compensation_until}, {"from", first_paid_day(c)}}}));
  SECU_TRY(Check days, days_worked(p, c, b));
  Check all = both(age, involuntary);
  for (Check x : {sanctioned, registered, available, able, resident, days}) all = both(all, x);
  return all;
}

}  // namespace secu::rules::unemployment

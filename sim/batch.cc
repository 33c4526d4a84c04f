#include "sim/batch.h"

#include <algorithm>
#include <array>
#include <climits>
#include <functional>
#include <limits>
#include <string>
#include <thread>

#include "rules/sickness/benefit.h"
#include "rules/unemployment/phases.h"

namespace secu::sim {

namespace {

using core::Date;
using rules::FamilySituation;

// The figures the rules read, by the same ids (rules/sickness/benefit.cc, employer.cc,
// certificate.cc, sickness.cc; rules/unemployment/phases.cc, common.cc, admission.cc;
// rules/minimum_income/integration_income.cc).
constexpr const char* kSickRate = "sickness.benefit.rate";
constexpr const char* kSickCeiling = "sickness.benefit.wage_ceiling";
constexpr const char* kSickMaximum = "sickness.benefit.maximum_daily";
constexpr const char* kSickFromMonth = "sickness.benefit.minimum.from_month";
constexpr const char* kSickMinimum[2] = {"sickness.benefit.minimum.irregular", "sickness.benefit.minimum.regular"};
constexpr const char* kWhiteDuration = "sickness.guaranteed_salary.white_collar.duration";
constexpr const char* kBlueSecondLast = "sickness.guaranteed_salary.blue_collar.second_week_last_day";
constexpr const char* kDeadline[2] = {"sickness.certificate.deadline_days.white_collar",
                                      "sickness.certificate.deadline_days.blue_collar"};
constexpr const char* kLateReduction = "sickness.certificate.late_reduction";
constexpr const char* kPrimaryYears = "sickness.primary_period.years";
constexpr const char* kUnempMaxAge = "unemployment.eligibility.max_age";
constexpr const char* kUnempLimited = "unemployment.benefit.limited_in_time";
constexpr const char* kUnempMaxMonths = "unemployment.benefit.max_duration_months";
constexpr const char* kIntegrationAmount = "minimum_income.integration_income.monthly_amount";
constexpr const char* kIntegrationMinAge = "minimum_income.integration_income.min_age";
constexpr std::array<const char*, 3> kFamilies = {"with_dependants", "single", "cohabitant"};
constexpr std::array<const char*, 3> kCategories = {"single", "cohabitant", "with_family"};
using rules::unemployment::kPhases;  // the phases by month of unemployment, as the rules cut them
constexpr std::int32_t kNone = std::numeric_limits<std::int32_t>::min();
constexpr std::int32_t kOpen = std::numeric_limits<std::int32_t>::max();

std::int32_t ymd(Date d) { return d.year() * 10000 + static_cast<std::int32_t>(d.month() * 100 + d.day()); }
// Age in whole years from YYYYMMDD numbers: one older on the birthday, on 1 March for 29
// February in common years (core::age_on).
int age_ymd(std::int32_t birth, std::int32_t on) { return (on - birth) / 10000; }

// money × rate rounded half up to the cent (Money::times with kCentHalfUp), in 64 bits where the
// product fits, else through Money. Amounts here are never negative.
inline std::int64_t times_cent(std::int64_t v, std::int64_t ppm) {
  std::int64_t p;
  if (__builtin_mul_overflow(v, ppm, &p)) return core::Money::from_ten_thousandths(v).times(core::Rate::from_ppm(ppm), core::kCentHalfUp).ten_thousandths();
  // p is in 1/10000 euro × 1e6; a cent is 100 of 1/10000 euro: divide by 1e8, half up, × 100.
  return (p + 50'000'000) / 100'000'000 * 100;
}
inline std::int64_t mul_div_cent(std::int64_t v, std::int64_t num, std::int64_t den) {
  return core::Money::from_ten_thousandths(v).mul_div(num, den, core::kCentHalfUp).ten_thousandths();
}

std::int64_t money_or(const core::Result<law::Fetched<core::Money>>& r) { return r ? r->value.ten_thousandths() : -1; }
std::int64_t rate_or(const core::Result<law::Fetched<core::Rate>>& r) { return r ? r->value.ppm() : -1; }
std::int64_t int_or(const core::Result<law::Fetched<std::int64_t>>& r) { return r ? r->value : -1; }

// Runs fn(from, to) over [0, n) cut in `threads` ranges.
void in_ranges(std::size_t n, unsigned threads, const std::function<void(std::size_t, std::size_t)>& fn) {
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(1, n / 4096))));
  if (threads == 1) return fn(0, n);
  std::vector<std::thread> pool;
  const std::size_t step = (n + threads - 1) / threads;
  for (unsigned t = 0; t < threads; ++t) {
    const std::size_t from = std::min(n, t * step), to = std::min(n, from + step);
    pool.emplace_back([&fn, from, to] { fn(from, to); });
  }
  for (auto& t : pool) t.join();
}

// Runs row(i, status, amount) for every row the batch takes, on `threads` threads (ranges of
// rows); the others are marked `scalar` (the rules decide them).
template <class Rows, class Row>
void each_row(const Rows& rows, unsigned threads, Amounts& out, const Row& row) {
  out.status.resize(rows.size());
  out.amount.resize(rows.size());
  in_ranges(rows.size(), threads, [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      out.amount[i] = 0;
      if (rows.batchable[i]) row(i, out.status[i], out.amount[i]);
      else out.status[i] = RowStatus::scalar;
    }
  });
}

// The days the rows the batch takes start on: the range the dense tables cover, and which
// days of it occur (only those are looked up: a population spread over decades costs its
// distinct days, not the days between).
struct Days {
  std::int32_t lo = kOpen, hi = kNone;
  std::vector<bool> present;
  bool empty() const { return lo > hi; }
};

template <class Rows>
Days days_of(const std::vector<std::int32_t>& days, const Rows& rows) {
  Days out;
  for (std::size_t i = 0; i < days.size(); ++i)
    if (rows.batchable[i]) {
      out.lo = std::min(out.lo, days[i]);
      out.hi = std::max(out.hi, days[i]);
    }
  if (out.empty()) return out;
  out.present.assign(static_cast<std::size_t>(out.hi - out.lo) + 1, false);
  for (std::size_t i = 0; i < days.size(); ++i)
    if (rows.batchable[i]) out.present[static_cast<std::size_t>(days[i] - out.lo)] = true;
  return out;
}

// A dense table over `days`: first = its first day, and fill(day, table[day − first]) for each
// day that occurs (the others stay value-initialised, never read).
template <class T, class Fill>
void fill_days(const Days& days, std::int32_t& first, std::vector<T>& table, const Fill& fill) {
  if (days.empty()) return;
  first = days.lo;
  table.resize(static_cast<std::size_t>(days.hi - days.lo) + 1);
  for (std::int32_t d = days.lo; d <= days.hi; ++d)
    if (days.present[static_cast<std::size_t>(d - days.lo)]) fill(Date() + d, table[static_cast<std::size_t>(d - days.lo)]);
}

}  // namespace

void add_situation(Batch& batch, const rules::Situation& s, std::uint32_t household) {
  for (const rules::Incapacity& inc : s.incapacities) {
    const rules::Person* p = s.person(inc.person);
    if (!p || p->status == rules::WorkStatus::self_employed) continue;
    SicknessRows& r = batch.sickness;
    const auto& ins = p->insurance;
    const bool ok = p->status == rules::WorkStatus::employee && ins.contributions_sufficient == true && inc.certified == true &&
                    ins.waiting_period_completed == true && ins.still_insured == true && p->worker_class && p->regular_worker &&
                    p->family_situation && p->daily_wage && *p->daily_wage >= core::Money();
    r.household.push_back(household);
    r.person.push_back(static_cast<std::uint16_t>(p->index));
    r.start.push_back(inc.start.days_since_epoch());
    r.end.push_back(inc.end ? inc.end->days_since_epoch() : kOpen);
    r.certificate.push_back(inc.certificate_received ? inc.certificate_received->days_since_epoch() : kNone);
    r.wage.push_back(p->daily_wage ? p->daily_wage->ten_thousandths() : 0);
    r.family.push_back(static_cast<std::uint8_t>(p->family_situation.value_or(FamilySituation::cohabitant)));
    r.regular.push_back(p->regular_worker.value_or(false) ? 1 : 0);
    r.blue_collar.push_back(p->worker_class == rules::WorkerClass::blue_collar ? 1 : 0);
    r.batchable.push_back(ok ? 1 : 0);
  }
  for (const rules::UnemploymentClaim& c : s.unemployment_claims) {
    if (c.kind != rules::UnemploymentKind::full) continue;
    const rules::Person* p = s.person(c.person);
    if (!p) continue;
    UnemploymentRows& r = batch.unemployment;
    const bool part_time = c.weekly_hours.has_value();
    const bool ok = c.start && p->status != rules::WorkStatus::self_employed && c.admitted == true && c.involuntary == true &&
                    c.refused_suitable_work != true && c.insufficient_search != true && c.registered_job_seeker == true &&
                    c.available == true && c.able_to_work == true && c.resident == true && p->birth_date && p->daily_wage &&
                    *p->daily_wage >= core::Money() && p->family_situation && c.payment_body && !c.continued_activity_daily_income &&
                    (!part_time || (c.full_time_weekly_hours && *c.full_time_weekly_hours > 0 && *c.weekly_hours >= 0 &&
                                    *c.weekly_hours <= 255 && *c.full_time_weekly_hours <= 255));
    const Date start = c.start.value_or(Date());
    const Date first = c.compensation_until && c.start && *c.compensation_until >= start ? *c.compensation_until + 1 : start;
    r.household.push_back(household);
    r.person.push_back(static_cast<std::uint16_t>(p->index));
    r.first.push_back(first.days_since_epoch());
    r.start.push_back(start.days_since_epoch());
    r.start_ymd.push_back(ymd(start));
    r.birth_ymd.push_back(p->birth_date ? ymd(*p->birth_date) : 0);
    r.wage.push_back(p->daily_wage ? p->daily_wage->ten_thousandths() : 0);
    r.family.push_back(static_cast<std::uint8_t>(p->family_situation.value_or(FamilySituation::cohabitant)));
    r.weekly_hours.push_back(ok && part_time ? static_cast<std::uint8_t>(*c.weekly_hours) : 0);
    r.full_time_hours.push_back(ok && part_time ? static_cast<std::uint8_t>(*c.full_time_weekly_hours) : 0);
    r.batchable.push_back(ok ? 1 : 0);
  }
  for (const rules::IncomeClaim& c : s.income_claims) {
    if (c.kind != rules::IncomeClaimKind::integration_income) continue;
    const rules::Person* p = s.person(c.person);
    if (!p) continue;
    IntegrationRows& r = batch.integration;
    const auto means = rules::total_means(c);
    const bool willing = c.willing_to_work == true || c.health_or_equity_reasons == true;
    const bool category = c.household && *c.household != rules::IncomeHousehold::household;
    const bool ok = c.claim_date && p->birth_date && means && *means >= core::Money() && willing && category;
    const int age = ok ? core::age_on(*p->birth_date, *c.claim_date) : 0;
    r.household.push_back(household);
    r.person.push_back(static_cast<std::uint16_t>(p->index));
    r.claim.push_back(c.claim_date ? c.claim_date->days_since_epoch() : 0);
    r.means.push_back(means ? means->ten_thousandths() : 0);
    r.age.push_back(static_cast<std::uint8_t>(std::clamp(age, 0, 255)));
    r.category.push_back(static_cast<std::uint8_t>(category ? static_cast<int>(*c.household) : 0));
    r.batchable.push_back(ok && age >= 0 ? 1 : 0);
  }
}

BatchLaw BatchLaw::build(const law::LawData& data, Date day, const Batch& batch) {
  const law::Parameters& p = data.params();
  BatchLaw law;
  law.day = day;

  // Sickness: the figures of `day`, then of each start day.
  law.sick_rate_ppm = rate_or(p.rate(kSickRate, day));
  for (int reg = 0; reg < 2; ++reg)
    for (int f = 0; f < 3; ++f) law.sick_minimum[reg][f] = money_or(p.money_in(kSickMinimum[reg], day, kFamilies[f]));
  const std::int64_t from_month = int_or(p.integer(kSickFromMonth, day));
  fill_days(days_of(batch.sickness.start, batch.sickness), law.sick_first, law.sick_starts, [&](Date start, SickStart& x) {
    const std::int64_t white = int_or(p.integer(kWhiteDuration, start));
    const std::int64_t blue = int_or(p.integer(kBlueSecondLast, start));
    const std::int64_t dl_white = int_or(p.integer(kDeadline[0], start));
    const std::int64_t dl_blue = int_or(p.integer(kDeadline[1], start));
    const std::int64_t years = int_or(p.integer(kPrimaryYears, start));
    x.known = white >= 0 && blue >= 0 && dl_white >= 0 && dl_blue >= 0 && years >= 0 && from_month >= 0 && law.sick_rate_ppm >= 0;
    x.fund_from[0] = static_cast<std::int32_t>(white);
    x.fund_from[1] = static_cast<std::int32_t>(blue);
    x.deadline[0] = static_cast<std::int32_t>(dl_white);
    x.deadline[1] = static_cast<std::int32_t>(dl_blue);
    x.handover = years >= 0 ? core::add_years(start, static_cast<int>(years), core::EndOfMonth::clamp) - start : 0;
    x.ceiling = money_or(p.money_on_date_scale(kSickCeiling, day, start));
    x.maximum = money_or(p.money_on_date_scale(kSickMaximum, day, start));
    if (x.ceiling < 0 && x.maximum < 0) x.known = false;
    const auto reduction = p.rate(kLateReduction, start);
    x.reduction_ppm = reduction ? reduction->value.ppm() : -1;
    x.minimum_applies = from_month >= 0 && rules::sickness::month_of_incapacity(start, day) >= from_month;
  });

  // Unemployment: the phases' figures on `day` by family situation, then each first day.
  for (int f = 0; f < 3; ++f) {
    const std::string fam = kFamilies[f];
    for (std::size_t ph = 0; ph < kPhases.size(); ++ph) {
      Phase& x = law.unemp[f][ph];
      const std::string rate_id = "unemployment.benefit.rate." + fam;
      x.min = money_or(p.money_in("unemployment.benefit.min_daily." + fam, day, kPhases[ph].category));
      if (p.category_is_null(rate_id, day, kPhases[ph].category)) {
        x.rate_ppm = -1;
        x.max = x.min;
      } else {
        const std::int64_t r = rate_or(p.rate_in(rate_id, day, kPhases[ph].category));
        x.rate_ppm = r < 0 ? -2 : r;
        x.max = money_or(p.money_in("unemployment.benefit.max_daily." + fam, day, kPhases[ph].category));
      }
    }
  }
  const auto limited_on = [&](Date d) -> int {  // 1 limited, 0 not, −1 gap
    auto r = p.integer(kUnempLimited, d);
    if (!r) return r.error().code == core::ErrorCode::out_of_range ? 0 : -1;
    return r->value != 0 ? 1 : 0;
  };
  const int limited_day = limited_on(day);
  fill_days(days_of(batch.unemployment.first, batch.unemployment), law.unemp_first, law.unemp_firsts, [&](Date first, UnempFirst& x) {
    x.phase = 0;
    for (std::size_t ph = 0; ph < kPhases.size(); ++ph)
      if (core::add_months(first, kPhases[ph].month - 1, core::EndOfMonth::next_day) <= day) x.phase = static_cast<std::uint8_t>(ph);
    const int limited_first = limited_on(first);
    const std::int64_t max_age = int_or(p.integer(kUnempMaxAge, first));
    x.max_age = static_cast<std::int32_t>(max_age);
    x.known = limited_first >= 0 && limited_day >= 0 && max_age >= 0;
    x.phase_out = limited_day == 1 && limited_first == 0 && first <= day;
    x.last = kOpen;
    if (limited_first == 1) {
      const std::int64_t months = int_or(p.integer(kUnempMaxMonths, first));
      if (months < 0) x.known = false;
      else x.last = (core::add_months(first, static_cast<int>(months), core::EndOfMonth::next_day) - 1).days_since_epoch();
    }
  });
  // The age limit on the claim's start day (admission).
  fill_days(days_of(batch.unemployment.start, batch.unemployment), law.unemp_start_max_age_first, law.unemp_start_max_age,
            [&](Date start, std::int16_t& max_age) { max_age = static_cast<std::int16_t>(int_or(p.integer(kUnempMaxAge, start))); });

  // Integration income: the amounts on `day`, and on each claim date with the minimum age.
  for (int c = 0; c < 3; ++c) law.integration_amount[c] = money_or(p.money_in(kIntegrationAmount, day, kCategories[c]));
  fill_days(days_of(batch.integration.claim, batch.integration), law.claim_first, law.claim_days, [&](Date claim, ClaimDay& x) {
    for (int c = 0; c < 3; ++c) x.amount[c] = money_or(p.money_in(kIntegrationAmount, claim, kCategories[c]));
    x.min_age = static_cast<std::int16_t>(int_or(p.integer(kIntegrationMinAge, claim)));
  });
  return law;
}

void sickness_on(const SicknessRows& r, const BatchLaw& law, Amounts& out, unsigned threads) {
  const std::int32_t day = law.day.days_since_epoch();
  each_row(r, threads, out, [&](std::size_t i, RowStatus& status, std::int64_t& amount) {
    const std::int32_t start = r.start[i];
    const BatchLaw::SickStart& x = law.sick_starts[static_cast<std::size_t>(start - law.sick_first)];
    const int blue = r.blue_collar[i];
    // The fund pays from the end of the guaranteed salary to the day before the hand-over to
    // invalidity (or the end of the incapacity); a late certificate under the 2013 rule delays
    // the first day to its receipt, under the later rule reduces the amount until then.
    const std::int32_t late = r.certificate[i] != kNone && r.certificate[i] > start + x.deadline[blue] ? r.certificate[i] : kNone;
    std::int32_t first = start + x.fund_from[blue];
    if (late != kNone && x.reduction_ppm < 0) first = std::max(first, late);
    const std::int32_t last = std::min(r.end[i], start + x.handover - 1);
    if (!x.known) {  // a figure of that start is not in data/: the rules say which and why
      status = RowStatus::scalar;
      return;
    }
    if (day < first || day > last) {
      status = RowStatus::none;
      return;
    }
    std::int64_t a;
    if (x.ceiling >= 0) a = times_cent(std::min(r.wage[i], x.ceiling), law.sick_rate_ppm);
    else a = std::min(times_cent(r.wage[i], law.sick_rate_ppm), x.maximum);
    if (x.minimum_applies) {
      const std::int64_t m = law.sick_minimum[r.regular[i]][r.family[i]];
      if (m < 0) {
        status = RowStatus::amount_unknown;
        return;
      }
      a = std::max(a, m);
    }
    if (late != kNone && x.reduction_ppm >= 0 && day < late) a -= times_cent(a, x.reduction_ppm);
    status = RowStatus::paid;
    amount = a;
  });
}

void unemployment_on(const UnemploymentRows& r, const BatchLaw& law, Amounts& out, unsigned threads) {
  const std::int32_t day = law.day.days_since_epoch();
  const std::int32_t day_ymd = ymd(law.day);
  each_row(r, threads, out, [&](std::size_t i, RowStatus& status, std::int64_t& amount) {
    const std::int32_t first = r.first[i];
    const BatchLaw::UnempFirst& x = law.unemp_firsts[static_cast<std::size_t>(first - law.unemp_first)];
    // Admission: under the age limit on the claim's start (a gap in data/: the rules say why).
    const std::int16_t admit_age = law.unemp_start_max_age[static_cast<std::size_t>(r.start[i] - law.unemp_start_max_age_first)];
    if (admit_age < 0 || !x.known) {
      status = RowStatus::scalar;
      return;
    }
    if (age_ymd(r.birth_ymd[i], r.start_ymd[i]) >= admit_age || day < first || day > x.last ||
        age_ymd(r.birth_ymd[i], day_ymd) >= x.max_age) {
      status = RowStatus::none;
      return;
    }
    const BatchLaw::Phase& ph = law.unemp[r.family[i]][x.phase];
    if (x.phase_out || ph.min < 0 || ph.rate_ppm == -2 || ph.max < 0) {
      status = RowStatus::amount_unknown;
      return;
    }
    std::int64_t a = ph.rate_ppm == -1 ? ph.min : std::max(ph.min, std::min(times_cent(r.wage[i], ph.rate_ppm), ph.max));
    if (r.full_time_hours[i]) a = mul_div_cent(a, r.weekly_hours[i], r.full_time_hours[i]);
    status = RowStatus::paid;
    amount = a;
  });
}

void integration_on(const IntegrationRows& r, const BatchLaw& law, Amounts& out, unsigned threads) {
  const std::int32_t day = law.day.days_since_epoch();
  each_row(r, threads, out, [&](std::size_t i, RowStatus& status, std::int64_t& amount) {
    const BatchLaw::ClaimDay& x = law.claim_days[static_cast<std::size_t>(r.claim[i] - law.claim_first)];
    const int cat = r.category[i];
    // Under the minimum age the exceptions (married, single with children, pregnant) decide: the
    // rules; so does a figure not in data/ on the claim date.
    if (x.min_age < 0 || r.age[i] < x.min_age || x.amount[cat] < 0) {
      status = RowStatus::scalar;
      return;
    }
    if (day < r.claim[i] || r.means[i] >= x.amount[cat]) {  // the means test on the claim date
      status = RowStatus::none;
      return;
    }
    const std::int64_t due = law.integration_amount[cat];
    if (due < 0) {
      status = RowStatus::amount_unknown;
      return;
    }
    status = RowStatus::paid;
    amount = std::max<std::int64_t>(0, due - r.means[i]);
  });
}

Amounts sickness_on(const SicknessRows& rows, const BatchLaw& law, unsigned threads) {
  Amounts out;
  sickness_on(rows, law, out, threads);
  return out;
}
Amounts unemployment_on(const UnemploymentRows& rows, const BatchLaw& law, unsigned threads) {
  Amounts out;
  unemployment_on(rows, law, out, threads);
  return out;
}
Amounts integration_on(const IntegrationRows& rows, const BatchLaw& law, unsigned threads) {
  Amounts out;
  integration_on(rows, law, out, threads);
  return out;
}

BatchTotals totals(const Amounts& a) {
  BatchTotals t;
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < a.status.size(); ++i) {
    switch (a.status[i]) {
      case RowStatus::paid: ++t.paid; sum += a.amount[i]; break;
      case RowStatus::amount_unknown: ++t.amount_unknown; break;
      case RowStatus::scalar: ++t.scalar; break;
      case RowStatus::none: break;
    }
  }
  t.total = core::Money::from_ten_thousandths(sum);
  return t;
}

}  // namespace secu::sim

// The batch path: three benefits for many persons at once, without decisions, traces or
// allocations per person. Persons are rows of columns (structure of arrays); the law is read
// once into small tables for the day asked (`BatchLaw`); each benefit is one tight loop over a
// range of rows, and ranges go to threads.
//
// - sickness: the fund's daily benefit of an employee on a day (rules/sickness/benefit.cc:
//   rate × the wage capped at the ceiling of the incapacity's start, the minimum from its
//   month, the guaranteed salary first, the 10 % reduction before a late certificate, the
//   hand-over to invalidity after the primary period);
// - unemployment: the full unemployment daily benefit on a day (rules/unemployment/phases.cc:
//   the phase by month of unemployment, the family situation's rate, minimum and maximum or
//   the flat amount, part-time pro rata, the age limit, the 2026 limit in time);
// - integration income: the monthly amount on a day (rules/minimum_income/integration_income.cc:
//   the category's amount minus the monthly means, the means test on the claim date, age).
//
// The batch path takes the common case whole: a row whose facts are all known and usual. A
// row with a fact missing or a rare feature (a late certificate under the 2013 law, a contract
// ended before the incapacity, a continued activity, a minor's claim…) is marked `scalar`: the
// rules decide it (sim::simulate does). sim/batch_test.cc checks the batch against the scalar
// rules on generated households, row by row.
//
//   Batch rows;
//   add_situation(rows, situation, household_index);               // facts only: no law
//   BatchLaw law = BatchLaw::build(law_data, day, rows);          // microseconds to milliseconds
//   Amounts out = sickness_on(rows.sickness, law, threads);       // out.status[i], out.amount[i]
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "law/institutions.h"
#include "rules/situation.h"

namespace secu::sim {

/// What a row gets on the day: nothing (not entitled, or not paid by the fund on that day),
/// an amount, an entitlement whose amount the law data do not give, or "ask the rules".
enum class RowStatus : std::uint8_t { none = 0, paid = 1, amount_unknown = 2, scalar = 3 };

/// Incapacities of employees (one row each).
struct SicknessRows {
  std::vector<std::uint32_t> household;
  std::vector<std::uint16_t> person;        // index in the situation's persons
  std::vector<std::int32_t> start;          // days since 1970-01-01
  std::vector<std::int32_t> end;            // last day of the incapacity (INT32_MAX: open)
  std::vector<std::int32_t> certificate;    // day received (INT32_MIN: not said, assumed in time)
  std::vector<std::int64_t> wage;           // daily wage, 1/10000 euro
  std::vector<std::uint8_t> family;         // rules::FamilySituation
  std::vector<std::uint8_t> regular;        // 1 regular worker, 0 not
  std::vector<std::uint8_t> blue_collar;    // 1 blue-collar, 0 white-collar
  std::vector<std::uint8_t> batchable;      // 0: the rules decide this row
  std::size_t size() const { return start.size(); }
};

/// Claims of full unemployment benefit (one row each).
struct UnemploymentRows {
  std::vector<std::uint32_t> household;
  std::vector<std::uint16_t> person;        // index in the situation's persons
  std::vector<std::int32_t> first;          // first paid day
  std::vector<std::int32_t> start;          // the claim's start (admission's age limit)
  std::vector<std::int32_t> start_ymd;      // the claim's start as YYYYMMDD (age on the start)
  std::vector<std::int32_t> birth_ymd;      // YYYYMMDD
  std::vector<std::int64_t> wage;           // daily wage, 1/10000 euro
  std::vector<std::uint8_t> family;         // rules::FamilySituation
  std::vector<std::uint8_t> weekly_hours;   // part-time hours (0: full time)
  std::vector<std::uint8_t> full_time_hours;
  std::vector<std::uint8_t> batchable;
  std::size_t size() const { return first.size(); }
};

/// Claims of the integration income (one row each).
struct IntegrationRows {
  std::vector<std::uint32_t> household;
  std::vector<std::uint16_t> person;        // index in the situation's persons
  std::vector<std::int32_t> claim;          // claim date
  std::vector<std::int64_t> means;          // monthly means, 1/10000 euro
  std::vector<std::uint8_t> age;            // age on the claim date (capped at 255)
  std::vector<std::uint8_t> category;       // 0 single, 1 cohabitant, 2 with_family
  std::vector<std::uint8_t> batchable;
  std::size_t size() const { return claim.size(); }
};

/// The three benefits' rows of a population.
struct Batch {
  SicknessRows sickness;
  UnemploymentRows unemployment;
  IntegrationRows integration;
};

/// Appends the rows of one household's situation (its employees' incapacities, full
/// unemployment claims, integration income claims). Facts only: nothing of the law is read.
void add_situation(Batch& batch, const rules::Situation& s, std::uint32_t household);

/// The law's figures the three loops need on `day`, and, for each day an incapacity or a claim
/// of `batch` starts on, the figures of that day (conditions, guaranteed salary, deadlines,
/// ceilings by start date): a dense table over the range of start days.
struct BatchLaw {
  core::Date day;

  struct SickStart {               // for an incapacity starting on a given day, seen on `day`
    std::int32_t fund_from[2];     // offset of the fund's first day: [white, blue]
    std::int32_t handover;         // offset of the first day of invalidity
    std::int32_t deadline[2];      // offset of the certificate's last day: [white, blue]
    std::int64_t ceiling;          // on `day`, 1/10000 euro (−1: not in data → maximum)
    std::int64_t maximum;          // the published maximum benefit (−1: not in data)
    std::int64_t reduction_ppm;    // late certificate: reduction (−1: the 2013 rule, unpaid)
    bool minimum_applies;          // the month of incapacity on `day` reaches the minimum's
    bool known;                    // every figure of that start is in data/
  };
  std::int32_t sick_first = 0;
  std::vector<SickStart> sick_starts;
  std::int64_t sick_rate_ppm = -1;           // on `day` (−1: not in data)
  std::int64_t sick_minimum[2][3] = {};      // [irregular, regular][family] (−1: not in data)

  struct UnempFirst {              // for a claim paid from a given first day, seen on `day`
    std::uint8_t phase;            // 0..8: months 1-3 … from month 49
    bool phase_out;                // limited in time on `day`, not from the first day: unknown
    bool known;                    // the age limit and the limit in time are in data/
    std::int32_t last;             // last day by the limit in time (INT32_MAX: none)
    std::int32_t max_age;          // on the first day
  };
  std::int32_t unemp_first = 0;
  std::vector<UnempFirst> unemp_firsts;
  std::int32_t unemp_start_max_age_first = 0;
  std::vector<std::int16_t> unemp_start_max_age;   // the age limit on the claim's start day (−1: gap)
  struct Phase {
    std::int64_t rate_ppm;         // −1: flat (the minimum), −2: not in data
    std::int64_t min, max;         // 1/10000 euro (−1: not in data)
  };
  Phase unemp[3][9] = {};          // [family][phase] on `day`

  std::int32_t claim_first = 0;
  struct ClaimDay {
    std::int64_t amount[3];        // the category amounts on the claim date (−1: not in data)
    std::int16_t min_age;          // (−1: not in data)
  };
  std::vector<ClaimDay> claim_days;
  std::int64_t integration_amount[3] = {-1, -1, -1};   // on `day`

  /// Reads every figure once. The tables cover the start days found in `batch`.
  static BatchLaw build(const law::LawData& law, core::Date day, const Batch& batch);
};

/// One benefit's result for each row: its status and amount (a day's, or a month's for the
/// integration income), in 1/10000 euro.
struct Amounts {
  std::vector<RowStatus> status;
  std::vector<std::int64_t> amount;
};

/// The three loops, over every row, on `threads` threads (ranges of rows), into `out` (sized to
/// the rows; its memory is reused from one call to the next: no allocation once it is large
/// enough, and no page to fault in).
void sickness_on(const SicknessRows& rows, const BatchLaw& law, Amounts& out, unsigned threads = 1);
void unemployment_on(const UnemploymentRows& rows, const BatchLaw& law, Amounts& out, unsigned threads = 1);
void integration_on(const IntegrationRows& rows, const BatchLaw& law, Amounts& out, unsigned threads = 1);
/// The same into a new Amounts.
Amounts sickness_on(const SicknessRows& rows, const BatchLaw& law, unsigned threads = 1);
Amounts unemployment_on(const UnemploymentRows& rows, const BatchLaw& law, unsigned threads = 1);
Amounts integration_on(const IntegrationRows& rows, const BatchLaw& law, unsigned threads = 1);

/// Recipients and total of one benefit's amounts (rows paid; the others counted apart).
struct BatchTotals {
  std::int64_t paid = 0;
  std::int64_t amount_unknown = 0;
  std::int64_t scalar = 0;
  core::Money total{};
};
BatchTotals totals(const Amounts& a);

}  // namespace secu::sim

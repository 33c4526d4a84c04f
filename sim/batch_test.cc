// The batch path (sim/batch.h) against the rules themselves: for generated households on
// several days, every row the batch decides must agree with the decision secu eval gives
// (rules::evaluate_all) — the same amount to the 1/10000 euro on that day, nothing where the
// rules pay nothing, "amount not known" where the rules do not know it. Plus hand-worked rows.
#include "sim/batch.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "law/testing.h"
#include "rules/registry.h"
#include "sim/generate.h"

namespace secu::sim {
namespace {

using core::Date;
using core::Money;

Date day(const char* iso) { return *Date::parse(iso); }

// The rules' answer for one benefit and person on `d`: the period paying on `d`, if any.
struct Scalar {
  explain::Status status = explain::Status::not_entitled;
  bool found = false;            // a decision for that benefit and person
  bool paying = false;           // a period other than the employer's covers `d`
  bool known = false;            // … with a known, exact amount
  Money amount{};
};

Scalar scalar_of(const std::vector<explain::Decision>& ds, const std::string& benefit, const std::string& person, Date d) {
  Scalar out;
  for (const auto& dec : ds) {
    if (dec.benefit != benefit || dec.person != person) continue;
    out.found = true;
    out.status = dec.status;
    if (dec.status == explain::Status::not_entitled) return out;
    for (const auto& pd : dec.schedule) {
      if (pd.payer == "employer" || pd.days.first > d || (!pd.open_end && pd.days.last < d)) continue;
      out.paying = true;
      out.known = pd.amount_known && !pd.at_least;
      out.amount = pd.amount;
    }
    return out;
  }
  return out;
}

struct Tally {
  int paid = 0, none = 0, unknown = 0, scalar = 0;
};

// Compares one benefit's rows with the rules; returns the tally, fails on any disagreement.
template <class Rows>
Tally compare(const Rows& rows, const Amounts& got, const std::vector<rules::Situation>& households,
              const std::vector<std::vector<explain::Decision>>& decisions, const std::string& benefit, Date d) {
  Tally t;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const rules::Situation& s = households[rows.household[i]];
    const std::string& person = s.persons[rows.person[i]].id;
    const Scalar want = scalar_of(decisions[rows.household[i]], benefit, person, d);
    const std::string where = benefit + " household " + std::to_string(rows.household[i]) + " person " + person + " on " + d.iso();
    switch (got.status[i]) {
      case RowStatus::scalar: ++t.scalar; break;
      case RowStatus::paid:
        ++t.paid;
        EXPECT_EQ(want.status, explain::Status::entitled) << where;
        EXPECT_TRUE(want.paying && want.known) << where;
        EXPECT_EQ(Money::from_ten_thousandths(got.amount[i]), want.amount) << where;
        break;
      case RowStatus::none:
        ++t.none;
        EXPECT_TRUE(want.status == explain::Status::not_entitled || !want.paying) << where << " status " << static_cast<int>(want.status);
        break;
      case RowStatus::amount_unknown:
        ++t.unknown;
        EXPECT_TRUE(want.status == explain::Status::cannot_tell || (want.paying && !want.known)) << where;
        break;
    }
  }
  return t;
}

TEST(Batch, AgreesWithTheRulesOnGeneratedHouseholds) {
  const law::LawData& law = law::source_law();
  std::map<std::string, int> paid;  // rows paid and compared, by benefit, over every day
  // Days before and after the 2026 limit in time of unemployment benefits, and the 2025 tables.
  for (const char* at : {"2024-09-01", "2025-06-01", "2026-12-01"}) {
    std::vector<rules::Situation> households;
    Batch batch;
    for (std::uint64_t i = 0; i < 6000; ++i) {
      auto s = rules::parse_situation(generate_household(7, i, day(at)));
      ASSERT_TRUE(s) << s.error().describe();
      add_situation(batch, *s, static_cast<std::uint32_t>(households.size()));
      households.push_back(std::move(*s));
    }
    ASSERT_GT(batch.sickness.size(), 50u);
    ASSERT_GT(batch.unemployment.size(), 50u);
    ASSERT_GT(batch.integration.size(), 20u);
    for (int offset : {0, 45, 120, 200, 300}) {
      const Date d = day(at) + offset;
      std::vector<std::vector<explain::Decision>> decisions;
      const rules::Context ctx{.law = law, .at = d, .trace = false};
      for (const auto& s : households) {
        auto ds = rules::evaluate_all(s, ctx);
        ASSERT_TRUE(ds) << ds.error().describe();
        decisions.push_back(std::move(*ds));
      }
      const BatchLaw bl = BatchLaw::build(law, d, batch);
      const Tally sick = compare(batch.sickness, sickness_on(batch.sickness, bl, 2), households, decisions, "sickness.employee", d);
      const Tally unemp = compare(batch.unemployment, unemployment_on(batch.unemployment, bl, 2), households, decisions, "unemployment.full", d);
      const Tally integ = compare(batch.integration, integration_on(batch.integration, bl, 2), households, decisions,
                                  "minimum_income.integration_income", d);
      // The batch takes most rows itself (claims begun before the 2026 limit in time are
      // "amount not known" on every day after it: paid can be 0 then).
      for (const auto& [name, t] : {std::pair{"sickness", sick}, {"unemployment", unemp}, {"integration income", integ}}) {
        SCOPED_TRACE(std::string(name) + " on " + d.iso());
        const int rows = t.paid + t.none + t.unknown + t.scalar;
        EXPECT_LT(t.scalar * 5, rows) << "more than a fifth of the rows left to the rules";
        paid[name] += t.paid;
      }
    }
  }
  EXPECT_GT(paid["sickness"], 100);
  EXPECT_GT(paid["unemployment"], 1000);
  EXPECT_GT(paid["integration income"], 1000);
}

// Hand-worked rows (seed 004 ch. III, X, XI; the figures of data/ on the day).
rules::Situation parse(const std::string& json) {
  auto s = rules::parse_situation(json);
  EXPECT_TRUE(s) << s.error().describe();
  return *s;
}

TEST(Batch, SicknessBlueCollarAtSixtyPercentAfterTheGuaranteedSalary) {
  // examples/sickness-blue-collar.json: 150.00 a day, ill from 2024-03-04 ("The compensation
  // rate is 60% of earnings"): 150.00 is under the ceiling, 60 % = 90.00 from the fund's first
  // day, the 15th (the employer pays days 1-14); nothing on day 14.
  Batch b;
  add_situation(b, parse(R"({"persons": [{"id": "an", "birth_date": "1985-07-30", "status": "employee", "worker_class": "blue_collar",
    "regular_worker": true, "daily_wage": "150.00", "family_situation": "with_dependants",
    "insurance": {"contributions_sufficient": true, "waiting_period_completed": true, "still_insured": true}}],
    "events": [{"type": "incapacity", "person": "an", "start": "2024-03-04", "end": "2024-05-05", "certified": true,
    "certificate_received": "2024-03-06"}]})"), 0);
  ASSERT_EQ(b.sickness.size(), 1u);
  const BatchLaw on15 = BatchLaw::build(law::source_law(), day("2024-03-18"), b);
  const Amounts a = sickness_on(b.sickness, on15);
  EXPECT_EQ(a.status[0], RowStatus::paid);
  EXPECT_EQ(Money::from_ten_thousandths(a.amount[0]).text(), "90.00");
  EXPECT_EQ(sickness_on(b.sickness, BatchLaw::build(law::source_law(), day("2024-03-17"), b)).status[0], RowStatus::none);
  EXPECT_EQ(sickness_on(b.sickness, BatchLaw::build(law::source_law(), day("2024-05-06"), b)).status[0], RowStatus::none);
}

TEST(Batch, ARowWithAFactMissingIsLeftToTheRules) {
  Batch b;
  add_situation(b, parse(R"({"persons": [{"id": "an", "status": "employee", "daily_wage": "150.00"}],
    "events": [{"type": "incapacity", "person": "an", "start": "2024-03-04"}]})"), 0);
  EXPECT_EQ(sickness_on(b.sickness, BatchLaw::build(law::source_law(), day("2024-04-01"), b)).status[0], RowStatus::scalar);
}

TEST(Batch, IntegrationIncomeIsTheCategoryAmountMinusTheMeans) {
  // Seed 004 ch. XI: "If s/he has means below the amount fixed for his/her category, the
  // difference enabling him/her to reach this amount will be granted." Means 300.00 a month:
  // the category amount on the day less 300.00; means at the amount: nothing.
  const law::LawData& law = law::source_law();
  const Date d = day("2025-06-01");
  const Money single = law.params().money_in("minimum_income.integration_income.monthly_amount", d, "single")->value;
  for (const auto& [means, want] : {std::pair{std::string("300.00"), single - *core::parse_money("300.00")},
                                    {single.text(), Money()}}) {
    Batch b;
    add_situation(b, parse(R"({"persons": [{"id": "x", "birth_date": "1990-01-01"}], "events": [{"type": "income_claim",
      "person": "x", "kind": "integration_income", "claim_date": "2025-05-01", "household": "single", "willing_to_work": true,
      "means": [{"kind": "earnings", "monthly": ")" + means + R"("}]}]})"), 0);
    const Amounts a = integration_on(b.integration, BatchLaw::build(law, d, b));
    if (want == Money()) {
      EXPECT_EQ(a.status[0], RowStatus::none) << means;
    } else {
      EXPECT_EQ(a.status[0], RowStatus::paid);
      EXPECT_EQ(Money::from_ten_thousandths(a.amount[0]), want);
    }
  }
}

}  // namespace
}  // namespace secu::sim

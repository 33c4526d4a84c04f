// The healthcare branch end to end on the real data/: what YAML cases cannot show well.
//  - the maximum billing sums the personal shares of the whole household;
//  - the seed's 75 % for a non-contracted nurse (2013-2017), with a test-only table row put
//    on top of the law as a reform (no nursing row of those years is in data/);
//  - every entitled line splits what was charged exactly: reimbursed + share + supplement.
#include <gtest/gtest.h>

#include <string>

#include <fmt/format.h>

#include "law/institutions.h"
#include "rules/healthcare/healthcare.h"
#include "law/testing.h"

namespace secu::rules::healthcare {
namespace {

using core::Money;
using explain::Decision;
using explain::Status;

class Healthcare : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { data_ = &law::source_law(); }

  static std::vector<Decision> run(const std::string& json, const char* at, const law::LawData& law = *data_) {
    auto s = parse_situation(json);
    EXPECT_TRUE(s) << s.error().describe();
    Context ctx{law, *core::Date::parse(at), false};
    auto ds = evaluate(*s, ctx);
    EXPECT_TRUE(ds) << ds.error().describe();
    return ds ? *ds : std::vector<Decision>{};
  }

  static Money amount(const Decision& d, const std::string& name) {
    for (const auto& a : d.amounts)
      if (a.name == name) return a.value;
    ADD_FAILURE() << "no amount " << name << " in " << d.benefit;
    return Money{};
  }

  static const law::LawData* data_;
};
const law::LawData* Healthcare::data_ = nullptr;

TEST_F(Healthcare, TheMaximumBillingSumsTheHousehold) {
  // Ann (head, income 10,000 in 2021) and her child Léa: 22 + 21 consultations without the
  // DMG at 6.00 = 258.00 > 254.99: both decisions say 3.01 is paid back.
  std::string ann_lines, lea_lines;
  for (int i = 1; i <= 22; ++i)
    ann_lines += fmt::format(R"({}{{"date": "2024-02-{:02d}", "code": "101076", "fee_charged": "31.81",
      "provider": {{"kind": "gp", "conventioned": true, "holds_dmg": false}}}})", i > 1 ? "," : "", i);
  for (int i = 1; i <= 21; ++i)
    lea_lines += fmt::format(R"({}{{"date": "2024-03-{:02d}", "code": "101076", "fee_charged": "31.81",
      "provider": {{"kind": "gp", "conventioned": true, "holds_dmg": false}}}})", i > 1 ? "," : "", i);
  const std::string json = fmt::format(R"({{"persons": [
      {{"id": "ann", "preferential_scheme": false, "household_net_taxable_income": [{{"year": 2021, "amount": "10000.00"}}]}},
      {{"id": "lea", "preferential_scheme": false, "head_of_family": "ann", "relation_to_head": "child"}}],
    "events": [
      {{"type": "care", "person": "ann", "attestation": {{"form": "electronic", "sent": "2024-04-01"}}, "lines": [{}]}},
      {{"type": "care", "person": "lea", "attestation": {{"form": "electronic", "sent": "2024-04-01"}}, "lines": [{}]}}]}})",
                                       ann_lines, lea_lines);
  const auto ds = run(json, "2024-06-01");
  int mafs = 0;
  for (const auto& d : ds) {
    if (d.benefit != "healthcare.maf") continue;
    ++mafs;
    EXPECT_EQ(d.status, Status::entitled) << d.person;
    EXPECT_EQ(amount(d, "personal_shares"), Money::from_cents(25800)) << d.person;
    EXPECT_EQ(amount(d, "ceiling"), Money::from_cents(25499)) << d.person;
    EXPECT_EQ(amount(d, "refund"), Money::from_cents(301)) << d.person;
  }
  EXPECT_EQ(mafs, 2);
}

TEST_F(Healthcare, NonContractedNurseSeventyFivePercentBefore2018) {
  // Test-only rows for code 425110 in 2016 (secu's data has none): fee 5.00, reimbursed 5.00.
  const char* text = R"(reform: test-nursing-2016
description: test rows for the seed's 75 % rule
changes:
  healthcare.nomenclature.nursing.425110.fee:
    2016-01-01: {value: 5.00, source: {url: "https://example.org/test", reliability: press}}
    2019-01-01: null
  healthcare.nomenclature.nursing.425110.reimbursement:
    2016-01-01:
      value: {ordinary_with_dmg: 5.00, ordinary_without_dmg: 5.00, bim_with_dmg: 5.00, bim_without_dmg: 5.00}
      source: {url: "https://example.org/test", reliability: press}
    2019-01-01: null
)";
  auto reform = law::parse_reform(text, "test", data_->params());
  ASSERT_TRUE(reform) << reform.error().describe();
  const law::LawData law = data_->with(*reform);
  const auto ds = run(R"({"persons": [{"id": "tom", "preferential_scheme": false}], "events": [{"type": "care", "person": "tom",
      "attestation": {"form": "electronic", "sent": "2016-03-20"},
      "lines": [{"date": "2016-03-01", "code": "425110", "fee_charged": "5.00", "provider": {"kind": "nurse", "conventioned": false}}]}]})",
                      "2016-04-01", law);
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].status, Status::entitled);
  EXPECT_EQ(amount(ds[0], "reimbursed"), Money::from_cents(375));  // 75 % of 5.00
  EXPECT_EQ(amount(ds[0], "personal_share"), Money::from_cents(125));
}

TEST_F(Healthcare, WhatWasChargedSplitsExactly) {
  for (const char* charged : {"20.00", "31.81", "31.82", "45.17"}) {
    for (const char* bim : {"true", "false"}) {
      for (const char* dmg : {"true", "false"}) {
        const auto ds = run(fmt::format(R"({{"persons": [{{"id": "a", "birth_date": "1960-01-01", "preferential_scheme": {}}}],
            "events": [{{"type": "care", "person": "a", "attestation": {{"sent": "2024-05-10"}}, "lines": [{{"date": "2024-05-02",
            "code": "101076", "fee_charged": "{}", "provider": {{"kind": "gp", "conventioned": false, "holds_dmg": {}}}}}]}}]}})",
                                        bim, charged, dmg), "2024-06-01");
        ASSERT_EQ(ds.size(), 2u);
        ASSERT_EQ(ds[0].status, Status::entitled);
        const Money total = amount(ds[0], "reimbursed") + amount(ds[0], "personal_share") + amount(ds[0], "supplement");
        EXPECT_EQ(total, amount(ds[0], "fee_charged")) << charged << " bim " << bim << " dmg " << dmg;
        EXPECT_GE(amount(ds[0], "personal_share"), Money{});
      }
    }
  }
}

}  // namespace
}  // namespace secu::rules::healthcare

// The nomenclature table (data/params/healthcare/nomenclature/) against the seeds' figures
// and against itself, on every date a code's row starts:
//  - seed 004 ch. II: consultations (GP, specialist) "60-75%" for the ordinary insured
//    without a DMG, where that range is in force (2013-01-01 to 2015-01-01);
//  - seed 004 ch. II: physiotherapy "up to 60%", where in force (to 2019-09-01), with the
//    dated tables that depart from it listed below, each with its figures;
//  - seed 004 ch. II: nursing "75%" for the ordinary insured, where in force;
//  - the GP personal shares of 2011-12-01 (4 / 6 / 1 / 1.50 EUR) against the 2024 table;
//  - a reimbursement is never above the fee; the increased reimbursement and the DMG
//    never reimburse less.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "law/institutions.h"
#include "rules/healthcare/nomenclature.h"
#include "law/testing.h"

namespace secu::rules::healthcare {
namespace {

using core::Date;
using core::Money;

constexpr const char* kCats[] = {"ordinary_with_dmg", "ordinary_without_dmg", "bim_with_dmg", "bim_without_dmg"};

class Nomenclature : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { data_ = &law::source_law(); }
  static const law::Parameters& params() { return data_->params(); }

  // Every code of the table with the dates its rows start.
  static std::map<std::string, std::vector<Date>> rows(Group g) {
    const std::string prefix = "healthcare.nomenclature." + std::string(to_string(g)) + ".";
    std::map<std::string, std::set<Date>> dates;
    for (const law::Parameter* p : params().all()) {
      if (p->id.rfind(prefix, 0) != 0) continue;
      const std::string code = p->id.substr(prefix.size(), p->id.find('.', prefix.size()) - prefix.size());
      for (const auto& e : p->entries)
        if (e.value) dates[code].insert(e.start);
    }
    std::map<std::string, std::vector<Date>> out;
    for (const auto& [code, ds] : dates) out[code] = {ds.begin(), ds.end()};
    return out;
  }

  // The fee and the reimbursement of a category on a date, as the rules read them.
  static std::optional<std::pair<Money, Money>> price(Group g, const std::string& code, Date d, bool bim, bool dmg) {
    const auto c = find_code(params(), code);
    EXPECT_TRUE(c && c->group == g) << code;
    Context ctx{*data_, d, false};
    DecisionBuilder b(ctx, "test", "p");
    auto t = tariff(*c, d, bim, dmg, b);
    EXPECT_TRUE(t) << t.error().describe();
    if (!t || !*t || !(*t)->fee) return std::nullopt;
    return std::make_pair(*(*t)->fee, (*t)->reimbursed);
  }

  static std::int64_t ppm(Money part, Money whole) { return part.ten_thousandths() * 1'000'000 / whole.ten_thousandths(); }

  static const law::LawData* data_;
};
const law::LawData* Nomenclature::data_ = nullptr;

TEST_F(Nomenclature, ConsultationsWithinTheSeedRangeWhereItIsInForce) {
  int checked = 0;
  for (Group g : {Group::gp, Group::specialist}) {
    for (const auto& [code, dates] : rows(g)) {
      for (Date d : dates) {
        auto range = params().at("healthcare.consultations.reimbursement_rate", d);
        auto p = price(g, code, d, false, false);
        if (!range || !p) continue;
        const auto& cats = std::get<law::CategoryValues>(*range->value);
        const std::int64_t min = cats[0].second->micro(), max = cats[1].second->micro();
        const std::int64_t r = ppm(p->second, p->first) * 100;  // in millionths of a percent
        EXPECT_GE(r, min) << code << " on " << d.iso();
        EXPECT_LE(r, max) << code << " on " << d.iso();
        ++checked;
      }
    }
  }
  EXPECT_GE(checked, 4);  // the INAMI table of 2014-08-01
}

TEST_F(Nomenclature, PhysiotherapyUpToTheSeedRateExceptTheListedTables) {
  // CM 2014 (tariff A): 560011 reimbursed 16.37 of 22.26 (73.5 %); 560092 15.20 of 22.26 (68.3 %).
  const std::set<std::pair<std::string, std::string>> departures{{"560011", "2014-01-01"}, {"560092", "2014-01-01"}};
  std::set<std::pair<std::string, std::string>> found;
  for (const auto& [code, dates] : rows(Group::physiotherapy)) {
    for (Date d : dates) {
      auto rate = params().rate("healthcare.physiotherapy.max_reimbursement_rate", d);
      auto p = price(Group::physiotherapy, code, d, false, false);
      if (!rate || !p) continue;
      if (ppm(p->second, p->first) > rate->value.ppm()) found.insert({code, d.iso()});
    }
  }
  EXPECT_EQ(found, departures);
}

TEST_F(Nomenclature, NursingSeventyFivePercentWhereInForce) {
  for (const auto& [code, dates] : rows(Group::nursing)) {
    for (Date d : dates) {
      auto rate = params().rate("healthcare.nursing.non_contracted_reimbursement_rate", d);
      auto p = price(Group::nursing, code, d, false, false);
      if (!rate || !p) continue;
      const Money expected = p->first.times(rate->value, core::kCentHalfUp);
      EXPECT_LE(std::abs((p->second - expected).ten_thousandths()), 100) << code << " on " << d.iso();
    }
  }
}

TEST_F(Nomenclature, GpConsultationsLeaveTheFlatPersonalShares) {
  for (const char* code : {"101010", "101032", "101076"}) {
    const auto dates = rows(Group::gp).at(code);
    ASSERT_FALSE(dates.empty());
    for (Date d : dates) {
      for (bool bim : {false, true}) {
        for (bool dmg : {false, true}) {
          auto p = price(Group::gp, code, d, bim, dmg);
          auto share = params().money_in("healthcare.gp.personal_share", d, category(bim, dmg));
          ASSERT_TRUE(p && share) << code << " on " << d.iso();
          EXPECT_EQ(p->first - p->second, share->value) << code << " " << category(bim, dmg) << " on " << d.iso();
        }
      }
    }
  }
}

TEST_F(Nomenclature, NeverAboveTheFeeAndNeverLessForTheIncreasedReimbursementOrTheDmg) {
  for (Group g : kGroups) {
    for (const auto& [code, dates] : rows(g)) {
      for (Date d : dates) {
        std::map<std::string, Money> r;
        for (bool bim : {false, true})
          for (bool dmg : {false, true})
            if (auto p = price(g, code, d, bim, dmg)) {
              EXPECT_LE(p->second, p->first) << code << " on " << d.iso();
              EXPECT_GE(p->second, Money{}) << code << " on " << d.iso();
              r[category(bim, dmg)] = p->second;
            }
        if (r.size() != std::size(kCats)) continue;
        EXPECT_GE(r["bim_without_dmg"], r["ordinary_without_dmg"]) << code << " on " << d.iso();
        EXPECT_GE(r["bim_with_dmg"], r["ordinary_with_dmg"]) << code << " on " << d.iso();
        EXPECT_GE(r["ordinary_with_dmg"], r["ordinary_without_dmg"]) << code << " on " << d.iso();
        EXPECT_GE(r["bim_with_dmg"], r["bim_without_dmg"]) << code << " on " << d.iso();
      }
    }
  }
}

TEST_F(Nomenclature, UnknownCodesAreNotFound) {
  EXPECT_FALSE(find_code(params(), "999999"));
  ASSERT_TRUE(find_code(params(), "305631"));
  EXPECT_EQ(find_code(params(), "305631")->group, Group::orthodontics);
}

}  // namespace
}  // namespace secu::rules::healthcare

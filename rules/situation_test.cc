#include "rules/situation.h"

#include <gtest/gtest.h>

namespace secu::rules {
namespace {

TEST(Situation, ParsesFactsAndLeavesTheRestUnknown) {
  auto s = parse_situation(R"({"persons": [{"id": "a", "status": "employee", "daily_wage": "150.00",
    "work_months": [{"month": "2024-02", "days": 20}, {"month": "2024-01", "days": 22}]}],
    "events": [{"type": "incapacity", "person": "a", "start": "2024-03-04"}]})");
  ASSERT_TRUE(s) << s.error().describe();
  const Person& p = s->persons[0];
  EXPECT_EQ(p.status, WorkStatus::employee);
  EXPECT_EQ(p.daily_wage, core::Money::from_euros(150));
  EXPECT_FALSE(p.worker_class.has_value());
  EXPECT_FALSE(p.insurance.contributions_sufficient.has_value());
  ASSERT_EQ(p.work_months.size(), 2u);
  EXPECT_EQ(p.work_months[0].month.text(), "2024-01");
  EXPECT_EQ(s->incapacities[0].start.iso(), "2024-03-04");
}

struct Bad {
  const char* json;
  const char* pointer;
};

class BadSituation : public ::testing::TestWithParam<Bad> {};

TEST_P(BadSituation, NamesTheField) {
  auto s = parse_situation(GetParam().json);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, core::ErrorCode::invalid_argument);
  EXPECT_EQ(s.error().field, GetParam().pointer) << s.error().describe();
}

INSTANTIATE_TEST_SUITE_P(
    Errors, BadSituation,
    ::testing::Values(
        Bad{"{", "/"},
        Bad{R"({"persons": []})", "/persons"},
        Bad{R"({"persons": [{"id": "a", "daily_wage": 150}]})", "/persons/0/daily_wage"},
        Bad{R"({"persons": [{"id": "a", "birth_date": "2023-02-29"}]})", "/persons/0/birth_date"},
        Bad{R"({"persons": [{"id": "a", "niss": "85073003329"}]})", "/persons/0/niss"},
        Bad{R"({"persons": [{"id": "a", "colour": "red"}]})", "/persons/0"},
        Bad{R"({"persons": [{"id": "a", "work_months": [{"month": "2023-02", "days": 30}]}]})", "/persons/0/work_months/0/days"},
        Bad{R"({"persons": [{"id": "a"}], "events": [{"type": "incapacity", "person": "b", "start": "2024-01-01"}]})", "/events/0/person"},
        Bad{R"({"persons": [{"id": "a"}], "events": [{"type": "incapacity", "person": "a", "start": "2024-01-05", "end": "2024-01-01"}]})", "/events/0/end"},
        Bad{R"({"persons": [{"id": "a"}, {"id": "a"}]})", "/persons/1/id"},
        Bad{R"({"persons": [{"id": "a"}], "events": [{"type": "care", "person": "a", "lines": [{"date": "2024-01-01", "code": "10107"}]}]})", "/events/0/lines/0/code"},
        Bad{R"({"persons": [{"id": "a"}], "events": [{"type": "care", "person": "a", "lines": [{"date": "2024-01-01", "fee_charged": "-3"}]}]})", "/events/0/lines/0/fee_charged"},
        Bad{R"({"persons": [{"id": "a"}], "events": [{"type": "hospital_stay", "person": "a", "admission": "2024-01-05", "discharge": "2024-01-01"}]})", "/events/0/discharge"},
        Bad{R"({"persons": [{"id": "a"}], "events": [{"type": "fund_change", "person": "b", "requested": "2024-01-05"}]})", "/events/0/person"}));

TEST(Situation, ReadsAnAttestationOfCare) {
  auto s = parse_situation(R"({"persons": [{"id": "a", "preferential_scheme": true, "region": "brussels"}],
    "events": [{"type": "care", "person": "a", "attestation": {"form": "paper", "sticker": true, "sent": "2024-03-01"},
      "lines": [{"date": "2024-02-10", "code": "101076", "fee_charged": "31.81",
                 "provider": {"kind": "gp", "conventioned": true, "holds_dmg": true}}]},
      {"type": "fund_change", "person": "a", "requested": "2024-02-11", "new_fund": "mut_free"}]})");
  ASSERT_TRUE(s) << s.error().describe();
  ASSERT_EQ(s->cares.size(), 1u);
  const CareLine& l = s->cares[0].lines[0];
  EXPECT_EQ(l.code, "101076");
  EXPECT_EQ(l.fee_charged, core::Money::from_cents(3181));
  EXPECT_EQ(l.provider->kind, ProviderKind::gp);
  EXPECT_EQ(l.provider->holds_dmg, true);
  EXPECT_EQ(s->cares[0].sent->iso(), "2024-03-01");
  EXPECT_EQ(s->persons[0].region, Region::brussels);
  ASSERT_EQ(s->fund_changes.size(), 1u);
  EXPECT_EQ(s->fund_changes[0].index, 1u);
}

TEST(Situation, ReadsTheHoursOfAHospitalStay) {
  auto s = parse_situation(R"({"persons": [{"id": "a"}], "events": [{"type": "hospital_stay", "person": "a",
    "admission": "2024-01-05", "discharge": "2024-01-09", "admitted_before_noon": true}]})");
  ASSERT_TRUE(s) << s.error().describe();
  ASSERT_EQ(s->hospital_stays.size(), 1u);
  EXPECT_EQ(s->hospital_stays[0].admitted_before_noon, true);
  EXPECT_FALSE(s->hospital_stays[0].discharged_after_2pm.has_value());  // not given: unknown
}

TEST(Situation, ReadsTheHouseholdIncomeByYear) {
  auto s = parse_situation(R"({"persons": [{"id": "a", "household_net_taxable_income": [{"year": 2021, "amount": "20000.00"}]}]})");
  ASSERT_TRUE(s) << s.error().describe();
  ASSERT_EQ(s->persons[0].household_net_taxable_income.size(), 1u);
  EXPECT_EQ(s->persons[0].household_net_taxable_income[0].year, 2021);
  EXPECT_EQ(s->persons[0].household_net_taxable_income[0].amount, core::Money::from_euros(20000));
  auto twice = parse_situation(R"({"persons": [{"id": "a", "household_net_taxable_income":
    [{"year": 2021, "amount": "1.00"}, {"year": 2021, "amount": "2.00"}]}]})");
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().field, "/persons/0/household_net_taxable_income/1/year");
  auto no_amount = parse_situation(R"({"persons": [{"id": "a", "household_net_taxable_income": [{"year": 2021}]}]})");
  ASSERT_FALSE(no_amount);
  EXPECT_EQ(no_amount.error().field, "/persons/0/household_net_taxable_income/0");
}

TEST(Situation, SchemaIsPublishedJson) { EXPECT_NE(situation_schema().find("draft-07"), std::string_view::npos); }

}  // namespace
}  // namespace secu::rules

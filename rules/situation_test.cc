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
        Bad{R"({"persons": [{"id": "a"}, {"id": "a"}]})", "/persons/1/id"}));

TEST(Situation, SchemaIsPublishedJson) { EXPECT_NE(situation_schema().find("draft-07"), std::string_view::npos); }

}  // namespace
}  // namespace secu::rules

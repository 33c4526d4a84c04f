// The pension's date arithmetic and its properties: reaching an age in months agrees with
// the completed months of age (end of month, 29 February), and over many birth dates the
// normal start is the first day of the month after the age in force for it is reached, and
// moves with the law changes of 2025-02-01 and 2030-02-01 (data/params/pension/age/legal.yaml).
#include <gtest/gtest.h>

#include "law/testing.h"
#include "rules/pension/age.h"
#include "rules/pension/figures.h"
#include "rules/situation.h"

namespace secu::rules::pension {
namespace {

using core::Date;

Date d(const char* iso) { return *Date::parse(iso); }

TEST(PensionAge, ReachingAndMonthsOfAgeAgree) {
  EXPECT_EQ(reaching(d("1952-08-02"), 726), d("2013-02-02"));  // 60.5
  EXPECT_EQ(reaching(d("1952-08-31"), 726), d("2013-03-01"));  // no 31 February: the next day
  EXPECT_EQ(reaching(d("1952-02-29"), 65 * 12), d("2017-03-01"));
  for (Date birth = d("1950-01-01"); birth <= d("1952-12-31"); birth = birth + 7)
    for (int months : {720, 726, 780, 792, 804}) {
      const Date day = reaching(birth, months);
      EXPECT_EQ(months_of_age(birth, day), months) << birth.iso() << " " << months;
      EXPECT_EQ(months_of_age(birth, day - 1), months - 1) << birth.iso() << " " << months;
    }
  EXPECT_EQ(years_text(726), "60.5");
  EXPECT_EQ(years_text(780), "65");
}

// The normal start of a person born on `birth`, by the source tree's law.
std::optional<Start> normal_start(Date birth) {
  const Context ctx{law::source_law(), d("2025-01-01"), false};
  DecisionBuilder b(ctx, "pension.retirement", "p");
  Person p;
  p.birth_date = birth;
  auto s = pension_start(p, PensionClaim{}, b);
  EXPECT_TRUE(s) << s.error().describe();
  return s ? *s : std::nullopt;
}

TEST(PensionAge, NormalStartFollowsTheLegalAgeOfItsDay) {
  for (Date birth = d("1948-01-01"); birth <= d("1966-12-31"); birth = birth + 11) {
    const auto s = normal_start(birth);
    ASSERT_TRUE(s) << birth.iso();
    // The pension begins on the first day of the month after the age is reached
    // (data/params/pension/start/first_day_of_next_month.yaml).
    const Date reached = reaching(birth, s->normal_months);
    EXPECT_EQ(s->normal, core::YearMonth::of(reached).plus(1).first_day()) << birth.iso();
    const int in_force = s->normal < d("2025-02-01") ? 780 : s->normal < d("2030-02-01") ? 792 : 804;
    EXPECT_EQ(s->normal_months, in_force) << birth.iso() << " starts " << s->normal.iso();
    EXPECT_FALSE(s->early);
  }
  EXPECT_EQ(normal_start(d("1959-12-31"))->normal, d("2025-01-01"));  // 65: a pension from 2025-01-01
  EXPECT_EQ(normal_start(d("1960-01-01"))->normal, d("2026-02-01"));  // 65 would start 2025-02-01: 66
  EXPECT_EQ(normal_start(d("1963-12-31"))->normal, d("2030-01-01"));  // 66: a pension from 2030-01-01
  EXPECT_EQ(normal_start(d("1964-01-01"))->normal, d("2031-02-01"));  // 66 would start 2030-02-01: 67
}

TEST(PensionAge, BeforeTheDataIsNotCovered) {
  EXPECT_FALSE(normal_start(d("1947-03-10")).has_value());  // 65 in 2012: no law in data/
}

}  // namespace
}  // namespace secu::rules::pension

#include "rules/sickness/benefit.h"

#include <gtest/gtest.h>

namespace secu::rules::sickness {
namespace {

core::Date D(const char* s) { return *core::Date::parse(s); }

TEST(MonthOfIncapacity, CountsCalendarMonthsFromTheStart) {
  EXPECT_EQ(month_of_incapacity(D("2024-01-31"), D("2024-01-31")), 1);
  EXPECT_EQ(month_of_incapacity(D("2024-01-31"), D("2024-02-28")), 1);
  EXPECT_EQ(month_of_incapacity(D("2024-01-31"), D("2024-02-29")), 2);  // clamp: 31 Jan + 1 month = 29 Feb
  EXPECT_EQ(month_of_incapacity(D("2023-03-15"), D("2023-09-14")), 6);
  EXPECT_EQ(month_of_incapacity(D("2023-03-15"), D("2023-09-15")), 7);
}

}  // namespace
}  // namespace secu::rules::sickness

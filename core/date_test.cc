#include "core/date.h"

#include <cstdint>
#include <string>

#include <gtest/gtest.h>

namespace secu::core {
namespace {

Date d(std::string_view iso) { return Date::parse(iso).value(); }

// ---- construction, parsing, text ---------------------------------------------------

TEST(DateTest, ParsesIsoDates) {
  EXPECT_EQ(d("1970-01-01").days_since_epoch(), 0);
  EXPECT_EQ(d("1970-01-02").days_since_epoch(), 1);
  EXPECT_EQ(d("1969-12-31").days_since_epoch(), -1);
  EXPECT_EQ(d("2000-03-01") - d("2000-02-28"), 2);  // 2000 is a leap year
  EXPECT_EQ(d("1900-03-01") - d("1900-02-28"), 1);  // 1900 is not
  const Date leap = d("2024-02-29");
  EXPECT_EQ(leap.year(), 2024);
  EXPECT_EQ(leap.month(), 2u);
  EXPECT_EQ(leap.day(), 29u);
  EXPECT_EQ(leap.iso(), "2024-02-29");
  EXPECT_EQ(d("0001-01-01").iso(), "0001-01-01");
  EXPECT_EQ(d("9999-12-31").iso(), "9999-12-31");
}

TEST(DateTest, RejectsMalformedOrImpossibleDates) {
  for (const char* bad : {"2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-01-00",
                          " 2024-01-01", "2024-01-01 ", "2024-1-1", "2024/01/01", "24-01-01", "",
                          "2024-01-0x", "+024-01-01", "20240101"}) {
    const Result<Date> r = Date::parse(bad);
    ASSERT_FALSE(r.has_value()) << bad << " parsed as " << r->iso();
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument) << bad;
  }
  EXPECT_NE(Date::parse("2024-1-1").error().message.find("expected YYYY-MM-DD"), std::string::npos);
  EXPECT_NE(Date::parse("2023-02-29").error().message.find("2023-02-29 is not a calendar date"),
            std::string::npos);
}

TEST(DateTest, FromYmd) {
  EXPECT_EQ(Date::from_ymd(2024, 2, 29).value(), d("2024-02-29"));
  EXPECT_FALSE(Date::from_ymd(2023, 2, 29).has_value());
  EXPECT_FALSE(Date::from_ymd(2024, 0, 1).has_value());
  EXPECT_FALSE(Date::from_ymd(2024, 300, 1).has_value());
  EXPECT_FALSE(Date::from_ymd(2024, 1, 32).has_value());
  EXPECT_FALSE(Date::from_ymd(40000, 1, 1).has_value());
  EXPECT_EQ(Date::from(std::chrono::year(2024) / 3 / 1), d("2024-03-01"));
}

TEST(DateTest, Weekday) {
  EXPECT_EQ(d("1970-01-01").weekday(), 4u);  // Thursday
  EXPECT_EQ(d("2024-01-07").weekday(), 0u);  // Sunday
  EXPECT_EQ(d("2024-01-08").weekday(), 1u);  // Monday
  EXPECT_EQ(d("2024-02-29").weekday(), 4u);
  EXPECT_EQ(d("2024-01-13").weekday(), 6u);  // Saturday
}

TEST(DateTest, Arithmetic) {
  EXPECT_EQ(d("2024-02-28") + 1, d("2024-02-29"));
  EXPECT_EQ(d("2024-02-29") + 1, d("2024-03-01"));
  EXPECT_EQ(d("2024-01-01") - 1, d("2023-12-31"));
  EXPECT_EQ(d("2025-01-01") - d("2024-01-01"), 366);
  EXPECT_LT(d("2024-01-01"), d("2024-01-02"));
}

// ---- ranges ------------------------------------------------------------------------

TEST(DayRangeTest, DaysContainsIntersect) {
  const DayRange feb{d("2024-02-01"), d("2024-02-29")};
  EXPECT_EQ(feb.days(), 29);
  EXPECT_TRUE(feb.contains(d("2024-02-29")));
  EXPECT_FALSE(feb.contains(d("2024-03-01")));
  const DayRange empty{d("2024-02-02"), d("2024-02-01")};
  EXPECT_TRUE(empty.empty());
  EXPECT_EQ(empty.days(), 0);
  const DayRange mid{d("2024-02-20"), d("2024-03-10")};
  EXPECT_EQ(intersect(feb, mid), (DayRange{d("2024-02-20"), d("2024-02-29")}));
  EXPECT_EQ(intersect(mid, feb), intersect(feb, mid));
  EXPECT_TRUE(intersect(feb, DayRange{d("2024-03-01"), d("2024-03-31")}).empty());
  EXPECT_EQ(intersect(feb, DayRange{d("2024-02-29"), d("2024-03-31")}).days(), 1);
}

TEST(DayRangeTest, BenefitDaysSkipSundays) {
  EXPECT_EQ(benefit_days({d("2024-01-01"), d("2024-01-07")}), 6);  // Monday to Sunday
  EXPECT_EQ(benefit_days({d("2024-01-07"), d("2024-01-07")}), 0);  // one Sunday
  EXPECT_EQ(benefit_days({d("2024-01-08"), d("2024-01-08")}), 1);
  EXPECT_EQ(benefit_days({d("2024-02-01"), d("2024-02-29")}), 25);  // Sundays 4, 11, 18, 25
  EXPECT_EQ(benefit_days({d("2024-02-29"), d("2024-03-06")}), 6);
  EXPECT_EQ(benefit_days({d("2024-01-02"), d("2024-01-01")}), 0);  // empty
  EXPECT_EQ(benefit_days({d("2024-01-01"), d("2024-12-31")}), 366 - 52);
}

TEST(DayRangeTest, BenefitDaysMatchDayByDayCount) {
  const Date start = d("2023-12-25");
  for (std::int32_t offset = 0; offset < 7; ++offset) {
    for (std::int32_t length = 0; length < 40; ++length) {
      const DayRange r{start + offset, start + offset + length - 1};
      std::int32_t expected = 0;
      for (Date x = r.first; x <= r.last; x = x + 1) expected += x.weekday() != 0 ? 1 : 0;
      EXPECT_EQ(benefit_days(r), expected) << r.first.iso() << " .. " << r.last.iso();
    }
  }
}

// ---- months, years, quarters -------------------------------------------------------

TEST(CalendarTest, AddMonthsAtMonthEnds) {
  EXPECT_EQ(add_months(d("2024-01-31"), 1, EndOfMonth::clamp), d("2024-02-29"));
  EXPECT_EQ(add_months(d("2023-01-31"), 1, EndOfMonth::clamp), d("2023-02-28"));
  EXPECT_EQ(add_months(d("2024-01-31"), 1, EndOfMonth::next_day), d("2024-03-01"));
  EXPECT_EQ(add_months(d("2023-01-31"), 1, EndOfMonth::next_day), d("2023-03-01"));
  EXPECT_EQ(add_months(d("2023-01-29"), 1, EndOfMonth::next_day), d("2023-03-01"));
  EXPECT_EQ(add_months(d("2024-01-29"), 1, EndOfMonth::next_day), d("2024-02-29"));
  EXPECT_EQ(add_months(d("2024-03-31"), 1, EndOfMonth::clamp), d("2024-04-30"));
  EXPECT_EQ(add_months(d("2024-03-31"), 1, EndOfMonth::next_day), d("2024-05-01"));
  EXPECT_EQ(add_months(d("2024-01-15"), 1, EndOfMonth::next_day), d("2024-02-15"));
  EXPECT_EQ(add_months(d("2024-11-30"), 3, EndOfMonth::clamp), d("2025-02-28"));
  EXPECT_EQ(add_months(d("2024-05-10"), 0, EndOfMonth::clamp), d("2024-05-10"));
}

TEST(CalendarTest, AddMonthsBackwards) {
  EXPECT_EQ(add_months(d("2024-03-31"), -1, EndOfMonth::clamp), d("2024-02-29"));
  EXPECT_EQ(add_months(d("2024-03-31"), -1, EndOfMonth::next_day), d("2024-03-01"));
  EXPECT_EQ(add_months(d("2024-01-15"), -1, EndOfMonth::clamp), d("2023-12-15"));
  EXPECT_EQ(add_months(d("2024-01-15"), -13, EndOfMonth::clamp), d("2022-12-15"));
  EXPECT_EQ(add_months(d("2024-02-29"), -24, EndOfMonth::clamp), d("2022-02-28"));
}

TEST(CalendarTest, AddYearsFrom29February) {
  EXPECT_EQ(add_years(d("2024-02-29"), 1, EndOfMonth::clamp), d("2025-02-28"));
  EXPECT_EQ(add_years(d("2024-02-29"), 1, EndOfMonth::next_day), d("2025-03-01"));
  EXPECT_EQ(add_years(d("2024-02-29"), 4, EndOfMonth::clamp), d("2028-02-29"));
  EXPECT_EQ(add_years(d("2024-02-29"), -4, EndOfMonth::next_day), d("2020-02-29"));
  EXPECT_EQ(add_years(d("2024-02-29"), 12, EndOfMonth::clamp), d("2036-02-29"));
  EXPECT_EQ(add_years(d("2023-06-15"), 67, EndOfMonth::clamp), d("2090-06-15"));
}

TEST(CalendarTest, MonthEnds) {
  EXPECT_EQ(first_of_month(d("2024-02-17")), d("2024-02-01"));
  EXPECT_EQ(last_of_month(d("2024-02-17")), d("2024-02-29"));
  EXPECT_EQ(last_of_month(d("2023-02-17")), d("2023-02-28"));
  EXPECT_EQ(last_of_month(d("1900-02-01")), d("1900-02-28"));
  EXPECT_EQ(last_of_month(d("2000-02-01")), d("2000-02-29"));
  EXPECT_EQ(last_of_month(d("2024-04-30")), d("2024-04-30"));
  EXPECT_EQ(last_of_month(d("2024-12-01")), d("2024-12-31"));
}

TEST(CalendarTest, Quarters) {
  EXPECT_EQ(quarter_of(d("2024-01-01")), 1u);
  EXPECT_EQ(quarter_of(d("2024-03-31")), 1u);
  EXPECT_EQ(quarter_of(d("2024-04-01")), 2u);
  EXPECT_EQ(quarter_of(d("2024-12-31")), 4u);
  EXPECT_EQ(first_of_quarter(d("2024-02-10")), d("2024-01-01"));
  EXPECT_EQ(first_of_quarter(d("2024-06-30")), d("2024-04-01"));
  EXPECT_EQ(first_of_quarter(d("2024-09-01")), d("2024-07-01"));
  EXPECT_EQ(first_of_quarter(d("2024-10-01")), d("2024-10-01"));
  EXPECT_EQ(first_day_of_next_quarter(d("2024-02-10")), d("2024-04-01"));
  EXPECT_EQ(first_day_of_next_quarter(d("2024-04-01")), d("2024-07-01"));
  EXPECT_EQ(first_day_of_next_quarter(d("2024-03-31")), d("2024-04-01"));
  EXPECT_EQ(first_day_of_next_quarter(d("2024-12-31")), d("2025-01-01"));
  EXPECT_EQ(first_quarter_day_on_or_after(d("2024-04-01")), d("2024-04-01"));
  EXPECT_EQ(first_quarter_day_on_or_after(d("2024-04-02")), d("2024-07-01"));
  EXPECT_EQ(first_quarter_day_on_or_after(d("2024-12-02")), d("2025-01-01"));
  EXPECT_EQ(first_quarter_day_on_or_after(d("2025-01-01")), d("2025-01-01"));
}

// ---- ages --------------------------------------------------------------------------

TEST(AgeTest, WholeYears) {
  EXPECT_EQ(age_on(d("1960-05-15"), d("2025-05-14")), 64);
  EXPECT_EQ(age_on(d("1960-05-15"), d("2025-05-15")), 65);
  EXPECT_EQ(age_on(d("1960-05-15"), d("1960-05-15")), 0);
  EXPECT_EQ(age_on(d("1960-12-31"), d("1961-12-30")), 0);
}

TEST(AgeTest, BornOn29February) {
  const Date birth = d("2000-02-29");
  EXPECT_EQ(age_on(birth, d("2001-02-28")), 0);
  EXPECT_EQ(age_on(birth, d("2001-03-01")), 1);
  EXPECT_EQ(age_on(birth, d("2004-02-28")), 3);
  EXPECT_EQ(age_on(birth, d("2004-02-29")), 4);
}

TEST(AgeTest, August31OfTheYearTurning) {
  EXPECT_EQ(august_31_of_year_turning(d("2006-12-31"), 18), d("2024-08-31"));
  EXPECT_EQ(august_31_of_year_turning(d("2006-01-01"), 18), d("2024-08-31"));
  EXPECT_EQ(august_31_of_year_turning(d("2000-02-29"), 25), d("2025-08-31"));
}

// ---- YearMonth ---------------------------------------------------------------------

TEST(YearMonthTest, ParseAndText) {
  const YearMonth march = YearMonth::parse("2024-03").value();
  EXPECT_EQ(march.year, 2024);
  EXPECT_EQ(march.month, 3u);
  EXPECT_EQ(march.text(), "2024-03");
  for (const char* bad : {"2024-13", "2024-00", "2024-3", "2024-03-01", "202403", " 2024-03", ""}) {
    const Result<YearMonth> r = YearMonth::parse(bad);
    ASSERT_FALSE(r.has_value()) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument) << bad;
    EXPECT_NE(r.error().message.find("expected YYYY-MM"), std::string::npos) << bad;
  }
}

TEST(YearMonthTest, DaysAndArithmetic) {
  const YearMonth feb = YearMonth::of(d("2024-02-17"));
  EXPECT_EQ(feb, (YearMonth{2024, 2}));
  EXPECT_EQ(feb.first_day(), d("2024-02-01"));
  EXPECT_EQ(feb.last_day(), d("2024-02-29"));
  EXPECT_EQ((YearMonth{2023, 2}).last_day(), d("2023-02-28"));
  EXPECT_EQ(feb.plus(0), feb);
  EXPECT_EQ(feb.plus(11), (YearMonth{2025, 1}));
  EXPECT_EQ(feb.plus(-1), (YearMonth{2024, 1}));
  EXPECT_EQ(feb.plus(-2), (YearMonth{2023, 12}));
  EXPECT_EQ(feb.plus(-14), (YearMonth{2022, 12}));
  EXPECT_EQ(feb.plus(-26), (YearMonth{2021, 12}));
  EXPECT_EQ(feb.plus(-25), (YearMonth{2022, 1}));
  EXPECT_LT((YearMonth{2023, 12}), feb);
}

}  // namespace
}  // namespace secu::core

// Calendar days and closed day ranges, with the calendar helpers the law uses.
//
// A Date is a civil day (no time zone), stored as days since 1970-01-01.
//
//   Date d = *Date::parse("2024-02-29");
//   add_months(d, 12, EndOfMonth::clamp);     // 2025-02-28
//   first_day_of_next_quarter(d);             // 2024-04-01
//   benefit_days({d, d + 6});                 // 6: Sundays are not benefit days
#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace secu::core {

/// A calendar day.
class Date {
 public:
  constexpr Date() = default;
  /// From year, month (1-12), day (1-31); an impossible date is an error.
  static Result<Date> from_ymd(int year, unsigned month, unsigned day);
  /// From "YYYY-MM-DD" (exactly that shape; 2023-02-29 is rejected).
  static Result<Date> parse(std::string_view iso);
  /// From a valid std::chrono date (years ±32767 span about ±12 million days: int32 fits).
  static constexpr Date from(std::chrono::sys_days d) {
    return Date(static_cast<std::int32_t>(d.time_since_epoch().count()));
  }
  static Date from(std::chrono::year_month_day ymd) { return from(std::chrono::sys_days(ymd)); }

  constexpr std::int32_t days_since_epoch() const { return days_; }
  constexpr std::chrono::sys_days sys() const { return std::chrono::sys_days(std::chrono::days(days_)); }
  std::chrono::year_month_day ymd() const { return std::chrono::year_month_day(sys()); }
  int year() const;
  unsigned month() const;
  unsigned day() const;
  /// 0 = Sunday … 6 = Saturday.
  unsigned weekday() const;
  /// "YYYY-MM-DD".
  std::string iso() const;

  constexpr Date operator+(std::int32_t n) const { return Date(days_ + n); }
  constexpr Date operator-(std::int32_t n) const { return Date(days_ - n); }
  /// Days from `o` to this (positive when this is later).
  constexpr std::int32_t operator-(Date o) const { return days_ - o.days_; }
  friend constexpr auto operator<=>(Date, Date) = default;

 private:
  constexpr explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_ = 0;
};

/// A closed range of days [first, last]; empty when last < first.
struct DayRange {
  Date first;
  Date last;
  constexpr bool empty() const { return last < first; }
  constexpr bool contains(Date d) const { return first <= d && d <= last; }
  /// Number of calendar days (0 when empty).
  constexpr std::int32_t days() const { return empty() ? 0 : (last - first) + 1; }
  friend constexpr bool operator==(DayRange, DayRange) = default;
};

/// The overlap of two ranges (possibly empty).
DayRange intersect(DayRange a, DayRange b);

/// What add_months does when the day does not exist in the target month.
enum class EndOfMonth {
  clamp,        // 31 January + 1 month = 28/29 February
  next_day,     // 31 January + 1 month = 1 March (the day after the last day)
};

/// Adds (or subtracts) whole months with an explicit end-of-month rule.
Date add_months(Date d, int months, EndOfMonth rule);
/// Adds whole years (29 February follows `rule`).
Date add_years(Date d, int years, EndOfMonth rule);

Date first_of_month(Date d);
Date last_of_month(Date d);
/// First day of the calendar quarter containing d.
Date first_of_quarter(Date d);
/// First day of the next calendar quarter (2024-02-10 -> 2024-04-01; 2024-04-01 -> 2024-07-01).
Date first_day_of_next_quarter(Date d);
/// The earliest first day of a quarter on or after d (2024-04-01 -> itself).
Date first_quarter_day_on_or_after(Date d);
/// Calendar quarter 1-4.
unsigned quarter_of(Date d);

/// Days in the range that are not Sundays: the 6-day benefit week.
std::int32_t benefit_days(DayRange r);
/// Age in whole years on `on` (a person born on 29 February turns a year older on 1 March
/// in common years).
int age_on(Date birth, Date on);
/// 31 August of the calendar year in which a person born on `birth` reaches `age`.
Date august_31_of_year_turning(Date birth, int age);

/// A calendar month (year and month), for monthly records and "the Nth month of".
struct YearMonth {
  int year = 1970;
  unsigned month = 1;
  /// From "YYYY-MM".
  static Result<YearMonth> parse(std::string_view text);
  static YearMonth of(Date d);
  Date first_day() const;
  Date last_day() const;
  YearMonth plus(int months) const;
  std::string text() const;
  friend constexpr auto operator<=>(const YearMonth&, const YearMonth&) = default;
};

}  // namespace secu::core

// Calendar days on std::chrono's proleptic Gregorian calendar.
#include "core/date.h"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

namespace secu::core {
namespace {

namespace chr = std::chrono;

constexpr int kMinYear = -32767;  // the range of std::chrono::year
constexpr int kMaxYear = 32767;

bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The value of a run of decimal digits already checked by all_digits.
int digits_value(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// A year and month given as year * 12 + (month - 1), back to a YearMonth.
YearMonth from_month_index(std::int64_t index) {
  const std::int64_t year = index >= 0 ? index / 12 : (index - 11) / 12;  // floor division
  const std::int64_t month0 = index - year * 12;
  return YearMonth{static_cast<int>(year), static_cast<unsigned>(month0 + 1)};
}

}  // namespace

// ---- Date --------------------------------------------------------------------------

Result<Date> Date::from_ymd(int year, unsigned month, unsigned day) {
  auto bad = [&](std::string_view why) {
    return fail(ErrorCode::invalid_argument, fmt::format("{:04d}-{:02d}-{:02d} {}", year, month, day, why));
  };
  if (year < kMinYear || year > kMaxYear) return bad("is out of the supported years");
  if (month < 1 || month > 12 || day < 1 || day > 31) return bad("is not a calendar date");
  const chr::year_month_day ymd{chr::year(year), chr::month(month), chr::day(day)};
  if (!ymd.ok()) return bad("is not a calendar date");
  return from(ymd);
}

Result<Date> Date::parse(std::string_view iso) {
  const bool shape = iso.size() == 10 && iso[4] == '-' && iso[7] == '-' && all_digits(iso.substr(0, 4)) &&
                     all_digits(iso.substr(5, 2)) && all_digits(iso.substr(8, 2));
  if (!shape) {
    return fail(ErrorCode::invalid_argument, fmt::format("\"{}\" is not a date: expected YYYY-MM-DD", iso));
  }
  return from_ymd(digits_value(iso.substr(0, 4)), static_cast<unsigned>(digits_value(iso.substr(5, 2))),
                  static_cast<unsigned>(digits_value(iso.substr(8, 2))));
}

int Date::year() const { return static_cast<int>(ymd().year()); }
unsigned Date::month() const { return static_cast<unsigned>(ymd().month()); }
unsigned Date::day() const { return static_cast<unsigned>(ymd().day()); }
unsigned Date::weekday() const { return chr::weekday(sys()).c_encoding(); }

std::string Date::iso() const {
  const chr::year_month_day d = ymd();
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                     static_cast<unsigned>(d.day()));
}

// ---- ranges and calendar helpers ---------------------------------------------------

DayRange intersect(DayRange a, DayRange b) {
  return DayRange{std::max(a.first, b.first), std::min(a.last, b.last)};
}

Date add_months(Date d, int months, EndOfMonth rule) {
  const YearMonth target = YearMonth::of(d).plus(months);
  const Date last = target.last_day();
  if (d.day() <= last.day()) return target.first_day() + static_cast<std::int32_t>(d.day() - 1);
  return rule == EndOfMonth::clamp ? last : last + 1;
}

Date add_years(Date d, int years, EndOfMonth rule) {
  return add_months(d, years * 12, rule);
}

Date first_of_month(Date d) { return YearMonth::of(d).first_day(); }
Date last_of_month(Date d) { return YearMonth::of(d).last_day(); }

Date first_of_quarter(Date d) {
  return YearMonth{d.year(), (quarter_of(d) - 1) * 3 + 1}.first_day();
}

Date first_day_of_next_quarter(Date d) {
  return add_months(first_of_quarter(d), 3, EndOfMonth::clamp);
}

Date first_quarter_day_on_or_after(Date d) {
  const Date start = first_of_quarter(d);
  return start == d ? d : first_day_of_next_quarter(d);
}

unsigned quarter_of(Date d) { return (d.month() - 1) / 3 + 1; }

std::int32_t benefit_days(DayRange r) {
  if (r.empty()) return 0;
  const std::int32_t weeks = r.days() / 7;
  std::int32_t count = weeks * 6;  // each full week has exactly one Sunday
  for (Date x = r.first + weeks * 7; x <= r.last; x = x + 1) {
    if (x.weekday() != 0) ++count;
  }
  return count;
}

int age_on(Date birth, Date on) {
  const chr::year_month_day b = birth.ymd();
  const chr::year_month_day o = on.ymd();
  int age = static_cast<int>(o.year()) - static_cast<int>(b.year());
  if (chr::month_day(o.month(), o.day()) < chr::month_day(b.month(), b.day())) --age;
  return age;
}

Date august_31_of_year_turning(Date birth, int age) {
  return Date::from(chr::year(birth.year() + age) / chr::August / 31);
}

// ---- YearMonth ---------------------------------------------------------------------

Result<YearMonth> YearMonth::parse(std::string_view text) {
  const bool shape = text.size() == 7 && text[4] == '-' && all_digits(text.substr(0, 4)) &&
                     all_digits(text.substr(5, 2));
  const int month = shape ? digits_value(text.substr(5, 2)) : 0;
  if (month < 1 || month > 12) {
    return fail(ErrorCode::invalid_argument, fmt::format("\"{}\" is not a month: expected YYYY-MM", text));
  }
  return YearMonth{digits_value(text.substr(0, 4)), static_cast<unsigned>(month)};
}

YearMonth YearMonth::of(Date d) {
  const chr::year_month_day ymd = d.ymd();
  return YearMonth{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month())};
}

Date YearMonth::first_day() const {
  return Date::from(chr::year(year) / chr::month(month) / 1);
}

Date YearMonth::last_day() const {
  return Date::from(chr::year_month_day(chr::year(year) / chr::month(month) / chr::last));
}

YearMonth YearMonth::plus(int months) const {
  const std::int64_t index = static_cast<std::int64_t>(year) * 12 + (static_cast<std::int64_t>(month) - 1);
  return from_month_index(index + months);
}

std::string YearMonth::text() const { return fmt::format("{:04d}-{:02d}", year, month); }

}  // namespace secu::core

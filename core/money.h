// Money and Rate: fixed-point amounts in 1/10000 euro and rates in parts per million.
//
// No floating point: every multiplication by a rate rounds once, with a named rule.
//
//   Money wage = *parse_money("150.00");
//   Rate sixty = Rate::from_percent_text("60").value();
//   Money benefit = wage.times(sixty, kCentHalfUp);          // 90.00
//   format_money(Money::from_units(106845, 2), Lang::fr);     // "1.068,45 €"
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/lang.h"
#include "core/result.h"

namespace secu::core {

/// How a result is rounded: to which precision, and how ties go.
enum class RoundTo { cent, ten_thousandth };
enum class RoundMode { half_up, half_even, down };
struct Rounding {
  RoundTo to;
  RoundMode mode;
};
/// Half-up to the cent: the usual rule for amounts paid out.
inline constexpr Rounding kCentHalfUp{RoundTo::cent, RoundMode::half_up};
/// Half-even (banker's) to the cent, where a text asks for it.
inline constexpr Rounding kCentHalfEven{RoundTo::cent, RoundMode::half_even};
/// Half-up to 1/10000 euro: the precision of the published ceilings (126.4894).
inline constexpr Rounding kTenThousandthHalfUp{RoundTo::ten_thousandth, RoundMode::half_up};
/// Truncation to the cent.
inline constexpr Rounding kCentDown{RoundTo::cent, RoundMode::down};

/// A rate (percentage, fraction) in parts per million: 60 % is 600000, 85.88 % is 858800.
class Rate {
 public:
  constexpr Rate() = default;
  /// From parts per million.
  static constexpr Rate from_ppm(std::int64_t ppm) { return Rate(ppm); }
  /// Parses a percentage written as decimal text ("60", "85.88", "2.6875").
  static Result<Rate> from_percent_text(std::string_view text);
  constexpr std::int64_t ppm() const { return ppm_; }
  /// "85.88" (percent, trailing zeros dropped).
  std::string percent_text() const;
  friend constexpr auto operator<=>(Rate, Rate) = default;

 private:
  constexpr explicit Rate(std::int64_t ppm) : ppm_(ppm) {}
  std::int64_t ppm_ = 0;
};

/// An amount of euros in 1/10000 euro (int64): exact addition, named rounding.
class Money {
 public:
  static constexpr std::int64_t kScale = 10000;
  constexpr Money() = default;
  /// From 1/10000 euro.
  static constexpr Money from_ten_thousandths(std::int64_t v) { return Money(v); }
  /// From cents.
  static constexpr Money from_cents(std::int64_t cents) { return Money(cents * 100); }
  /// From whole euros.
  static constexpr Money from_euros(std::int64_t euros) { return Money(euros * kScale); }
  constexpr std::int64_t ten_thousandths() const { return v_; }

  constexpr Money operator+(Money o) const { return Money(v_ + o.v_); }
  constexpr Money operator-(Money o) const { return Money(v_ - o.v_); }
  constexpr Money operator-() const { return Money(-v_); }
  constexpr Money& operator+=(Money o) { v_ += o.v_; return *this; }
  constexpr Money& operator-=(Money o) { v_ -= o.v_; return *this; }
  /// Exact multiplication by a whole count (days, months).
  constexpr Money operator*(std::int64_t n) const { return Money(v_ * n); }
  friend constexpr auto operator<=>(Money, Money) = default;

  /// this × rate, rounded once with `r` (computed exactly; a result beyond the int64
  /// range saturates at its limit instead of overflowing).
  Money times(Rate rate, Rounding r) const;
  /// a × ra + b × rb, computed exactly and rounded once with `r` (a split rate: 25.88 %
  /// of the part under a ceiling and 85.88 % of the part above it).
  static Money sum_of_products(Money a, Rate ra, Money b, Rate rb, Rounding r);
  /// this × num / den, rounded once with `r` (den > 0): 1/45 of a yearly amount. Exact
  /// and saturating like times(); den == 0 is a programmer error (asserts; 0 if NDEBUG).
  Money mul_div(std::int64_t num, std::int64_t den, Rounding r) const;
  /// Rounds this amount to the precision of `r`.
  Money rounded(Rounding r) const;

  /// Canonical decimal text with 4 decimals: "126.4894", "-3.5000".
  std::string text4() const;
  /// Canonical decimal text, with at least 2 and at most 4 decimals: "90.00", "126.4894".
  /// Never 3 ("1.1250", not "1.125"), so that parse_money reads it back unambiguously.
  std::string text() const;

 private:
  constexpr explicit Money(std::int64_t v) : v_(v) {}
  std::int64_t v_ = 0;
};

/// Smaller and larger of two amounts.
constexpr Money min(Money a, Money b) { return a < b ? a : b; }
constexpr Money max(Money a, Money b) { return a < b ? b : a; }

/// Parses an amount: "126.4894", "1,068.45", "1.068,45 €", "1 068,45", "-3", "€ 12.5".
/// A '€' or "EUR" may stand before or after the number and a '-' before it; spaces
/// (also U+00A0 and U+202F) may surround it and group its digits. The decimal mark:
///  - '.' and ',' both appear: the last one, which must appear once and be followed by
///    digits only; the other groups digits ("1.068,45", "1,068.45");
///  - one of them appears several times: it groups digits ("1.068.450"), no decimals;
///  - one of them appears once: it is the decimal mark ("0,5", "12.25", "1,0685",
///    "0.125", "1234,567", "1 068,450"), except that exactly 3 digits after 1-3 digits
///    that are not all 0, with no space grouping, is ambiguous and an error ("1,068").
/// Grouping separators must all be the same and group by three. More than 4 decimals is
/// an error (never silently rounded), as is a magnitude above 922337203685477.5807.
Result<Money> parse_money(std::string_view text);

/// Formats for people: en "€1,068.45", fr/nl "1.068,45 €". `decimals` is 2 or 4;
/// with 2 the amount is rounded half-up to the cent for display.
std::string format_money(Money m, Lang lang, int decimals = 2);

}  // namespace secu::core

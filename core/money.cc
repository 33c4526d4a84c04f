// Money and Rate: exact fixed-point arithmetic, one rounding per operation.
#include "core/money.h"

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <limits>
#include <optional>
#include <vector>

#include <fmt/format.h>

namespace secu::core {
namespace {

__extension__ typedef __int128 Int128;  // exact products of two int64 values

constexpr std::int64_t kPpmPerUnit = 1'000'000;
constexpr std::string_view kEuro = "\xE2\x82\xAC";  // U+20AC in UTF-8
// Spaces that may group digits or surround the amount: U+0020, U+00A0, U+202F.
constexpr std::string_view kSpaces[] = {" ", "\xC2\xA0", "\xE2\x80\xAF"};
constexpr std::string_view kExpected =
    "expected a number of euros such as 126.4894, 1.068,45 \xE2\x82\xAC or \xE2\x82\xAC" "1,068.45";

// ---- rounding ----------------------------------------------------------------------

std::int64_t step_of(RoundTo to) { return to == RoundTo::cent ? 100 : 1; }

// n / d rounded with `mode` (d > 0); negative values round like their magnitude.
Int128 round_div(Int128 n, Int128 d, RoundMode mode) {
  const bool negative = n < 0;
  const Int128 a = negative ? -n : n;
  Int128 q = a / d;
  const Int128 twice_rest = (a % d) * 2;
  if (mode == RoundMode::half_up && twice_rest >= d) ++q;
  if (mode == RoundMode::half_even && (twice_rest > d || (twice_rest == d && q % 2 == 1))) ++q;
  return negative ? -q : q;
}

// The result clamped to the int64 range: a product out of range saturates, never wraps.
Money saturate(Int128 v) {
  constexpr auto lo = std::numeric_limits<std::int64_t>::min();
  constexpr auto hi = std::numeric_limits<std::int64_t>::max();
  return Money::from_ten_thousandths(static_cast<std::int64_t>(std::clamp<Int128>(v, lo, hi)));
}

// n / d ten-thousandths (d > 0), rounded once to the precision and with the mode of `r`.
Money round_exact(Int128 n, Int128 d, Rounding r) {
  const Int128 step = step_of(r.to);
  return saturate(round_div(n, d * step, r.mode) * step);
}

// ---- text --------------------------------------------------------------------------

std::uint64_t magnitude(std::int64_t v) {
  return v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
}

std::string group_thousands(std::uint64_t units, char sep) {
  const std::string digits = std::to_string(units);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
    out += digits[i];
  }
  return out;
}

bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// whole.frac (digits only, frac at most 4 digits) in ten-thousandths; nullopt on overflow.
std::optional<std::int64_t> scaled(std::string_view whole, std::string_view frac) {
  std::int64_t v = 0;
  for (char c : whole) {
    if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, c - '0', &v)) {
      return std::nullopt;
    }
  }
  std::int64_t f = 0;
  for (std::size_t i = 0; i < 4; ++i) f = f * 10 + (i < frac.size() ? frac[i] - '0' : 0);
  if (__builtin_mul_overflow(v, Money::kScale, &v) || __builtin_add_overflow(v, f, &v)) {
    return std::nullopt;
  }
  return v;
}

// ---- parsing: decorations ----------------------------------------------------------

std::size_t space_at_front(std::string_view s) {
  for (std::string_view sp : kSpaces) {
    if (s.starts_with(sp)) return sp.size();
  }
  return 0;
}

std::size_t space_at_back(std::string_view s) {
  for (std::string_view sp : kSpaces) {
    if (s.ends_with(sp)) return sp.size();
  }
  return 0;
}

std::string_view trim(std::string_view s) {
  while (std::size_t n = space_at_front(s)) s.remove_prefix(n);
  while (std::size_t n = space_at_back(s)) s.remove_suffix(n);
  return s;
}

bool strip_prefix(std::string_view& s, std::string_view p) {
  if (!s.starts_with(p)) return false;
  s = trim(s.substr(p.size()));
  return true;
}

bool strip_suffix(std::string_view& s, std::string_view p) {
  if (!s.ends_with(p)) return false;
  s = trim(s.substr(0, s.size() - p.size()));
  return true;
}

struct Decorated {
  bool negative = false;
  std::string_view number;
};

// Removes surrounding spaces, a leading '-' and one currency mark ("€" or "EUR", before
// or after the number; the '-' may stand before or after a leading mark).
Decorated strip_decorations(std::string_view text) {
  Decorated d{false, trim(text)};
  d.negative = strip_prefix(d.number, "-");
  const bool before = strip_prefix(d.number, kEuro) || strip_prefix(d.number, "EUR");
  if (before && !d.negative) d.negative = strip_prefix(d.number, "-");
  if (!before && !strip_suffix(d.number, kEuro)) strip_suffix(d.number, "EUR");
  return d;
}

// ---- parsing: the number -----------------------------------------------------------

std::unexpected<Error> bad_amount(std::string_view text, std::string_view why) {
  return fail(ErrorCode::invalid_argument, fmt::format("amount \"{}\": {}; {}", text, why, kExpected));
}

// Runs of digits and the separators between them ('.', ',' or ' ' for any space).
struct Tokens {
  std::vector<std::string_view> groups;
  std::string seps;  // seps[i] stands between groups[i] and groups[i + 1]
};

Result<Tokens> tokenize(std::string_view s, std::string_view text) {
  Tokens t;
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] >= '0' && s[i] <= '9') { ++i; continue; }
    const std::size_t space = space_at_front(s.substr(i));
    const char sep = space > 0 ? ' ' : s[i];
    if (sep != ' ' && sep != '.' && sep != ',') {
      return bad_amount(text, fmt::format("unexpected character '{}'", s[i]));
    }
    if (i == start) return bad_amount(text, "a separator must stand between digits");
    t.groups.push_back(s.substr(start, i - start));
    t.seps += sep;
    i += space > 0 ? space : 1;
    start = i;
  }
  if (start == s.size()) {
    return bad_amount(text, t.groups.empty() ? "no digits" : "a separator must stand between digits");
  }
  t.groups.push_back(s.substr(start));
  return t;
}

// A single mark followed by exactly 3 digits after 1-3 digits that are not all 0, with
// no space grouping: "1,068" could be 1068 or 1.068.
bool ambiguous(const Tokens& t, std::size_t mark) {
  const std::string_view before = t.groups[mark];
  return t.groups.size() == 2 && t.groups[1].size() == 3 && before.size() <= 3 &&
         before.find_first_not_of('0') != std::string_view::npos;
}

// Index in t.seps of the decimal mark, or npos when there is none (see parse_money).
Result<std::size_t> decimal_mark(const Tokens& t, std::string_view text) {
  const std::size_t mark = t.seps.find_last_of(".,");
  if (mark == std::string::npos) return std::string::npos;
  const auto dots = std::count(t.seps.begin(), t.seps.end(), '.');
  const auto commas = std::count(t.seps.begin(), t.seps.end(), ',');
  const auto same = t.seps[mark] == '.' ? dots : commas;
  if (dots > 0 && commas > 0 && same > 1) {
    return bad_amount(text, "the last of '.' and ',' is the decimal mark and may appear only once");
  }
  if (same > 1) return std::string::npos;  // "1.068.450": grouping only
  if (mark + 1 != t.seps.size()) return bad_amount(text, "only digits may follow the decimal mark");
  if (ambiguous(t, mark)) {
    return bad_amount(text, "ambiguous separator (a decimal mark or a thousands separator?)");
  }
  return mark;
}

// The digits before the decimal mark, checking that the separators group them by three.
Result<std::string> integer_digits(const Tokens& t, std::size_t mark, std::string_view text) {
  const std::size_t n_groups = mark == std::string::npos ? t.groups.size() : mark + 1;
  std::string digits(t.groups[0]);
  for (std::size_t i = 1; i < n_groups; ++i) {
    if (t.seps[i - 1] != t.seps[0]) return bad_amount(text, "mixed thousands separators");
    if (t.groups[0].size() > 3 || t.groups[i].size() != 3) {
      return bad_amount(text, "thousands separators must group the digits by three");
    }
    digits += t.groups[i];
  }
  return digits;
}

}  // namespace

// ---- Rate --------------------------------------------------------------------------

Result<Rate> Rate::from_percent_text(std::string_view text) {
  auto bad = [text](std::string_view why) {
    return fail(ErrorCode::invalid_argument,
                fmt::format("rate \"{}\": {}; expected a percentage such as 60, 85.88 or 2.6875", text, why));
  };
  std::string_view s = text;
  const bool negative = s.starts_with('-');
  if (negative) s.remove_prefix(1);
  const std::size_t dot = s.find('.');
  const std::string_view whole = s.substr(0, dot);
  const std::string_view frac = dot == std::string_view::npos ? "" : s.substr(dot + 1);
  const bool well_formed = !whole.empty() && all_digits(whole) && all_digits(frac) &&
                           (dot == std::string_view::npos || !frac.empty());
  if (!well_formed) return bad("not a decimal number");
  if (frac.size() > 4) return bad("more than 4 decimals");
  const std::optional<std::int64_t> ppm = scaled(whole, frac);  // percent × 10000 = ppm
  if (!ppm) return bad("too large");
  return Rate(negative ? -*ppm : *ppm);
}

std::string Rate::percent_text() const {
  const std::uint64_t m = magnitude(ppm_);
  std::string out = fmt::format("{}{}", ppm_ < 0 ? "-" : "", m / 10000);
  if (m % 10000 == 0) return out;
  std::string frac = fmt::format("{:04d}", m % 10000);
  while (frac.back() == '0') frac.pop_back();
  return out + "." + frac;
}

// ---- Money -------------------------------------------------------------------------

Money Money::times(Rate rate, Rounding r) const {
  return round_exact(static_cast<Int128>(v_) * rate.ppm(), kPpmPerUnit, r);
}

Money Money::sum_of_products(Money a, Rate ra, Money b, Rate rb, Rounding r) {
  const Int128 n = static_cast<Int128>(a.v_) * ra.ppm() + static_cast<Int128>(b.v_) * rb.ppm();
  return round_exact(n, kPpmPerUnit, r);
}

Money Money::mul_div(std::int64_t num, std::int64_t den, Rounding r) const {
  assert(den > 0 && "mul_div: the denominator must be positive");
  if (den == 0) return Money();
  Int128 n = static_cast<Int128>(v_) * num;
  Int128 d = den;
  if (d < 0) { n = -n; d = -d; }
  return round_exact(n, d, r);
}

Money Money::rounded(Rounding r) const { return round_exact(v_, 1, r); }

std::string Money::text4() const {
  const std::uint64_t m = magnitude(v_);
  return fmt::format("{}{}.{:04d}", v_ < 0 ? "-" : "", m / kScale, m % kScale);
}

std::string Money::text() const {
  std::string s = text4();
  if (s.ends_with("00")) s.resize(s.size() - 2);  // 2 or 4 decimals, never 3 (see money.h)
  return s;
}

Result<Money> parse_money(std::string_view text) {
  const Decorated d = strip_decorations(text);
  if (d.number.empty()) return bad_amount(text, "no digits");
  SECU_TRY(const Tokens t, tokenize(d.number, text));
  SECU_TRY(const std::size_t mark, decimal_mark(t, text));
  SECU_TRY(const std::string whole, integer_digits(t, mark, text));
  const std::string_view frac = mark == std::string::npos ? "" : t.groups.back();
  if (frac.size() > 4) return bad_amount(text, "more than 4 decimals");
  const std::optional<std::int64_t> v = scaled(whole, frac);
  if (!v) return bad_amount(text, "too large");
  return Money::from_ten_thousandths(d.negative ? -*v : *v);
}

std::string format_money(Money m, Lang lang, int decimals) {
  const bool four = decimals == 4;
  const std::int64_t v = four ? m.ten_thousandths() : m.rounded(kCentHalfUp).ten_thousandths();
  const std::uint64_t mag = magnitude(v);
  const bool en = lang == Lang::en;
  std::string number = group_thousands(mag / Money::kScale, en ? ',' : '.');
  number += en ? '.' : ',';
  const std::uint64_t frac = mag % Money::kScale;
  number += four ? fmt::format("{:04d}", frac) : fmt::format("{:02d}", frac / 100);
  const std::string_view sign = v < 0 ? "-" : "";
  return en ? fmt::format("{}{}{}", sign, kEuro, number) : fmt::format("{}{} {}", sign, number, kEuro);
}

}  // namespace secu::core

#include "law/number.h"

#include <cctype>
#include <limits>

#include <fmt/format.h>

namespace secu::law {

using core::ErrorCode;
using core::fail;

core::Result<Number> Number::parse(std::string_view text) {
  const std::string shown(text);
  auto bad = [&](std::string why) {
    return fail(ErrorCode::invalid_argument, "expected a decimal number like 126.4894, got '" + shown + "': " + why);
  };
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return bad("no digits");
  std::int64_t whole = 0;
  std::int64_t frac = 0;
  int frac_digits = 0;
  bool seen_point = false, seen_digit = false;
  for (char c : text) {
    if (c == '.' && !seen_point) { seen_point = true; continue; }
    if (!std::isdigit(static_cast<unsigned char>(c))) return bad("unexpected character");
    seen_digit = true;
    const int digit = c - '0';
    if (seen_point) {
      if (++frac_digits > 6) return bad("more than 6 decimals");
      frac = frac * 10 + digit;
    } else {
      if (whole > (std::numeric_limits<std::int64_t>::max() / kScale - digit) / 10) return bad("too large");
      whole = whole * 10 + digit;
    }
  }
  if (!seen_digit) return bad("no digits");
  for (int i = frac_digits; i < 6; ++i) frac *= 10;
  if (whole > (std::numeric_limits<std::int64_t>::max() - frac) / kScale) return bad("too large");
  const auto micro = whole * kScale + frac;
  return Number(negative ? -micro : micro);
}

std::string Number::text() const {
  const std::int64_t a = micro_ < 0 ? -micro_ : micro_;
  std::string s = fmt::format("{}{}", micro_ < 0 ? "-" : "", a / kScale);
  std::int64_t frac = a % kScale;
  if (frac == 0) return s;
  std::string f = fmt::format("{:06}", frac);
  while (!f.empty() && f.back() == '0') f.pop_back();
  return s + "." + f;
}

core::Result<core::Money> Number::money() const {
  if (micro_ % 100 != 0) return fail(ErrorCode::invalid_argument, "an amount has at most 4 decimals, got " + text());
  return core::Money::from_ten_thousandths(micro_ / 100);
}

core::Result<std::int64_t> Number::integer() const {
  if (micro_ % kScale != 0) return fail(ErrorCode::invalid_argument, "expected a whole number, got " + text());
  return micro_ / kScale;
}

}  // namespace secu::law

// Number: an exact decimal from the data files, in millionths (int64).
//
// Parameter values are written as decimal text in YAML ("126.4894", "60", "2295.60");
// they are parsed exactly here and converted, by unit, to Money, Rate or a count.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/money.h"
#include "core/result.h"

namespace secu::law {

/// An exact decimal with 6 fractional digits.
class Number {
 public:
  static constexpr std::int64_t kScale = 1'000'000;
  constexpr Number() = default;
  static constexpr Number from_micro(std::int64_t micro) { return Number(micro); }
  /// Parses "126.4894", "-3", "2295.60"; at most 6 decimals; no exponent.
  static core::Result<Number> parse(std::string_view text);

  constexpr std::int64_t micro() const { return micro_; }
  /// Canonical text without trailing zeros ("126.4894", "60").
  std::string text() const;
  /// As Money (EUR units); an error when it has more than 4 decimals.
  core::Result<core::Money> money() const;
  /// As a Rate, reading this number as a percentage (60 -> 60 %).
  core::Rate percent() const { return core::Rate::from_ppm(micro_ / 100); }
  /// As a whole number; an error when it has decimals.
  core::Result<std::int64_t> integer() const;
  friend constexpr auto operator<=>(Number, Number) = default;

 private:
  constexpr explicit Number(std::int64_t m) : micro_(m) {}
  std::int64_t micro_ = 0;
};

}  // namespace secu::law

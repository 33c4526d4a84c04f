// NISS/INSZ (Belgian national register number) and IBAN validation.
//
// Each validator returns the cleaned value or an invalid_argument error that says why.
//
//   validate_niss("85.07.30-033.28")  -> Niss{"85073003328", birth 1985-07-30, ...}
//   validate_iban("BE68 5390 0754 7034") -> "BE68539007547034"
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/result.h"

namespace secu::core {

/// A valid national register number (or BIS number).
struct Niss {
  std::string digits;            // 11 digits, no separators
  std::optional<Date> birth;     // absent when the number does not carry a full date
  bool born_from_2000 = false;   // the check digit used the 2000+ rule
  bool bis = false;              // BIS number (month + 20 or + 40)
  /// "85.07.30-033.28".
  std::string formatted() const;
};

/// Validates a NISS/INSZ: 11 digits (separators ' ', '.', '-' allowed), check digit
/// 97 - (first 9 digits mod 97), or with 2 prefixed for births from 2000 on.
Result<Niss> validate_niss(std::string_view text);

/// Validates an IBAN: country code, ISO 13616 mod-97 check digits, length for the
/// country (BE: 16), and for Belgium the BBAN's own check (last 2 digits = first 10 mod 97,
/// 97 when that is 0). Returns the electronic form (no spaces, upper case).
Result<std::string> validate_iban(std::string_view text);

}  // namespace secu::core

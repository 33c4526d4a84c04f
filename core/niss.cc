// NISS/INSZ and IBAN check digits.
//
// NISS (national register number, or BIS number of the Crossroads Bank for Social
// Security): YYMMDD, a 3-digit serial number, and 97 - (first 9 digits mod 97); for births
// from 2000 on the check is computed on the number with 2 prefixed. BIS numbers add 20 or
// 40 to the month.
// IBAN: ISO 13616 (mod 97 = 1); Belgian BBAN: last 2 digits = first 10 mod 97 (97 for 0).
#include "core/niss.h"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

namespace secu::core {
namespace {

constexpr std::int64_t kFrom2000Prefix = 2'000'000'000;  // "2" before the 9 digits

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

int two_digits(std::string_view s, std::size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

std::int64_t digits_value(std::string_view s) {
  std::int64_t v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// ---- NISS --------------------------------------------------------------------------

std::unexpected<Error> bad_niss(std::string_view text, std::string_view why) {
  return fail(ErrorCode::invalid_argument, fmt::format("NISS \"{}\": {}", text, why));
}

// The 11 digits without the separators ' ', '.' and '-'.
Result<std::string> niss_digits(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c == ' ' || c == '.' || c == '-') continue;
    if (!is_digit(c)) {
      return bad_niss(text, fmt::format("unexpected character '{}'; expected 11 digits such as "
                                        "85.07.30-033.28", c));
    }
    digits += c;
  }
  if (digits.size() != 11) return bad_niss(text, fmt::format("expected 11 digits, got {}", digits.size()));
  return digits;
}

// Sets n.bis and n.birth from YYMMDD; a month or day of 00 means "not known".
Status read_birth(Niss& n, int century, std::string_view text) {
  const int yy = two_digits(n.digits, 0);
  const int coded_month = two_digits(n.digits, 2);
  const int dd = two_digits(n.digits, 4);
  n.bis = coded_month >= 20;
  const int mm = coded_month >= 40 ? coded_month - 40 : coded_month >= 20 ? coded_month - 20 : coded_month;
  if (mm > 12) {
    return bad_niss(text,
                    fmt::format("{:02d} is not a month (1-12, +20 or +40 for a BIS number)", coded_month));
  }
  if (mm == 0 || dd == 0) return {};  // the birth date is not (fully) known
  const Result<Date> birth =
      Date::from_ymd(century + yy, static_cast<unsigned>(mm), static_cast<unsigned>(dd));
  if (!birth) return bad_niss(text, fmt::format("birth date {}", birth.error().message));
  n.birth = *birth;
  return {};
}

// ---- IBAN --------------------------------------------------------------------------

struct IbanLength {
  std::string_view country;
  std::size_t length;
};

// ISO 13616 registry lengths of the countries secu meets most.
constexpr IbanLength kIbanLengths[] = {
    {"AT", 20}, {"BE", 16}, {"CH", 21}, {"DE", 22}, {"DK", 18}, {"ES", 24}, {"FI", 18}, {"FR", 27},
    {"GB", 22}, {"IE", 22}, {"IT", 27}, {"LU", 20}, {"NL", 18}, {"PL", 28}, {"PT", 25}, {"SE", 24},
};
constexpr std::size_t kIbanMinLength = 15;
constexpr std::size_t kIbanMaxLength = 34;

std::unexpected<Error> bad_iban(std::string_view text, std::string_view why) {
  return fail(ErrorCode::invalid_argument, fmt::format("IBAN \"{}\": {}", text, why));
}

// Without spaces, in upper case.
std::string iban_compact(std::string_view text) {
  std::string s;
  for (char c : text) {
    if (c != ' ') s += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return s;
}

Status check_iban_shape(const std::string& s, std::string_view text) {
  const bool head = s.size() >= 4 && is_upper(s[0]) && is_upper(s[1]) && is_digit(s[2]) && is_digit(s[3]);
  if (!head) return bad_iban(text, "expected a country code and 2 check digits, such as BE68 5390 0754 7034");
  const bool alnum = std::all_of(s.begin() + 4, s.end(), [](char c) { return is_digit(c) || is_upper(c); });
  if (!alnum) return bad_iban(text, "the account number may hold only letters and digits");
  return {};
}

Status check_iban_length(const std::string& s, std::string_view text) {
  const std::string_view country = std::string_view(s).substr(0, 2);
  for (const IbanLength& l : kIbanLengths) {
    if (l.country != country) continue;
    if (s.size() == l.length) return {};
    return bad_iban(text, fmt::format("length check failed: a {} IBAN has {} characters, not {}", country,
                                      l.length, s.size()));
  }
  if (s.size() >= kIbanMinLength && s.size() <= kIbanMaxLength) return {};
  return bad_iban(text, fmt::format("length check failed: an IBAN has {}-{} characters, not {}",
                                    kIbanMinLength, kIbanMaxLength, s.size()));
}

// The ISO 13616 remainder: the first 4 characters moved to the end, A = 10 … Z = 35.
int iban_mod97(const std::string& s) {
  const std::string moved = s.substr(4) + s.substr(0, 4);
  int rest = 0;
  for (char c : moved) {
    rest = is_digit(c) ? (rest * 10 + (c - '0')) % 97 : (rest * 100 + (c - 'A' + 10)) % 97;
  }
  return rest;
}

// Belgian account number: 10 digits and 2 check digits (first 10 mod 97, 97 for 0).
Status check_belgian_bban(const std::string& s, std::string_view text) {
  const std::string_view bban = std::string_view(s).substr(4);
  if (!std::all_of(bban.begin(), bban.end(), is_digit)) {
    return bad_iban(text, "a Belgian account number has only digits");
  }
  const std::int64_t rest = digits_value(bban.substr(0, 10)) % 97;
  const int expected = rest == 0 ? 97 : static_cast<int>(rest);
  if (two_digits(bban, 10) == expected) return {};
  return bad_iban(text,
                  fmt::format("Belgian account check failed: the last 2 digits should be {:02d}", expected));
}

}  // namespace

std::string Niss::formatted() const {
  if (digits.size() != 11) return digits;
  const std::string_view d = digits;
  return fmt::format("{}.{}.{}-{}.{}", d.substr(0, 2), d.substr(2, 2), d.substr(4, 2), d.substr(6, 3),
                     d.substr(9, 2));
}

Result<Niss> validate_niss(std::string_view text) {
  SECU_TRY(std::string digits, niss_digits(text));
  const std::int64_t first9 = digits_value(std::string_view(digits).substr(0, 9));
  const int check = two_digits(digits, 9);
  const int before_2000 = static_cast<int>(97 - first9 % 97);
  const int from_2000 = static_cast<int>(97 - (kFrom2000Prefix + first9) % 97);
  if (check != before_2000 && check != from_2000) {
    return bad_niss(text, fmt::format("check digit {:02d} is wrong: expected {:02d} (born before 2000) "
                                      "or {:02d} (born from 2000 on)",
                                      check, before_2000, from_2000));
  }
  Niss n;
  n.digits = std::move(digits);
  n.born_from_2000 = check != before_2000;
  SECU_RETURN_IF_ERROR(read_birth(n, n.born_from_2000 ? 2000 : 1900, text));
  return n;
}

Result<std::string> validate_iban(std::string_view text) {
  std::string s = iban_compact(text);
  SECU_RETURN_IF_ERROR(check_iban_shape(s, text));
  SECU_RETURN_IF_ERROR(check_iban_length(s, text));
  if (const int rest = iban_mod97(s); rest != 1) {
    return bad_iban(text, fmt::format("mod-97 check failed: the remainder is {}, not 1", rest));
  }
  if (s.starts_with("BE")) SECU_RETURN_IF_ERROR(check_belgian_bban(s, text));
  return s;
}

}  // namespace secu::core

#include "core/niss.h"

#include <string>

#include <gtest/gtest.h>

namespace secu::core {
namespace {

// Every check digit below was computed by hand from 97 - (n mod 97) and re-checked with an
// independent script; the arithmetic is in the comment next to each vector.

Date d(std::string_view iso) { return Date::parse(iso).value(); }

std::string error_of(std::string_view niss) {
  const Result<Niss> r = validate_niss(niss);
  EXPECT_FALSE(r.has_value()) << niss;
  if (r.has_value()) return "";
  EXPECT_EQ(r.error().code, ErrorCode::invalid_argument) << niss;
  return r.error().message;
}

// ---- NISS --------------------------------------------------------------------------

TEST(NissTest, BornBefore2000) {
  // 850730033 mod 97 = 69, 97 - 69 = 28.
  const Niss n = validate_niss("85.07.30-033.28").value();
  EXPECT_EQ(n.digits, "85073003328");
  EXPECT_EQ(n.birth, d("1985-07-30"));
  EXPECT_FALSE(n.born_from_2000);
  EXPECT_FALSE(n.bis);
  EXPECT_EQ(n.formatted(), "85.07.30-033.28");
  EXPECT_EQ(validate_niss("85073003328").value().digits, "85073003328");
  EXPECT_EQ(validate_niss("850730 033 28").value().digits, "85073003328");
}

TEST(NissTest, BornFrom2000) {
  // 2000101123 mod 97 = 20, 97 - 20 = 77 (without the 2: 101123 mod 97 = 49 -> 48).
  const Niss n = validate_niss("00.01.01-123.77").value();
  EXPECT_EQ(n.birth, d("2000-01-01"));
  EXPECT_TRUE(n.born_from_2000);
  // The same first 9 digits with the pre-2000 check digit: born on 1 January 1900.
  const Niss old = validate_niss("00010112348").value();
  EXPECT_EQ(old.birth, d("1900-01-01"));
  EXPECT_FALSE(old.born_from_2000);
}

TEST(NissTest, TwentyNinthFebruaryDependsOnTheCentury) {
  // 080229001: 97 - (80229001 mod 97) = 87 (1908, a leap year);
  // 97 - (2080229001 mod 97) = 19 (2008, a leap year).
  EXPECT_EQ(validate_niss("08022900187").value().birth, d("1908-02-29"));
  EXPECT_EQ(validate_niss("08022900119").value().birth, d("2008-02-29"));
  // 310229001: checks 85 (1931) and 17 (2031): neither year has a 29 February.
  EXPECT_NE(error_of("31022900185").find("birth date 1931-02-29 is not a calendar date"), std::string::npos);
  EXPECT_NE(error_of("31022900117").find("birth date 2031-02-29 is not a calendar date"), std::string::npos);
}

TEST(NissTest, BisNumbers) {
  // 852730033: 97 - (852730033 mod 97) = 71; 854730033: 97 - (854730033 mod 97) = 17.
  const Niss plus20 = validate_niss("85.27.30-033.71").value();
  EXPECT_TRUE(plus20.bis);
  EXPECT_EQ(plus20.birth, d("1985-07-30"));
  const Niss plus40 = validate_niss("85473003317").value();
  EXPECT_TRUE(plus40.bis);
  EXPECT_EQ(plus40.birth, d("1985-07-30"));
}

TEST(NissTest, UnknownBirthDateIsStillValid) {
  // 850000001: 97 - 59 = 38 (month and day unknown); 850700001: 97 - 10 = 87 (day unknown).
  const Niss unknown = validate_niss("85000000138").value();
  EXPECT_EQ(unknown.birth, std::nullopt);
  EXPECT_FALSE(unknown.bis);
  EXPECT_EQ(validate_niss("85070000187").value().birth, std::nullopt);
}

TEST(NissTest, WrongCheckDigit) {
  const std::string message = error_of("85.07.30-033.29");
  EXPECT_NE(message.find("check digit 29 is wrong"), std::string::npos) << message;
  EXPECT_NE(message.find("expected 28"), std::string::npos) << message;
  EXPECT_NE(message.find("57 (born from 2000 on)"), std::string::npos) << message;
}

TEST(NissTest, WrongShape) {
  EXPECT_NE(error_of("8507300332").find("expected 11 digits, got 10"), std::string::npos);
  EXPECT_NE(error_of("850730033280").find("expected 11 digits, got 12"), std::string::npos);
  EXPECT_NE(error_of("").find("expected 11 digits, got 0"), std::string::npos);
  EXPECT_NE(error_of("85.07.30-O33.28").find("unexpected character 'O'"), std::string::npos);
  EXPECT_NE(error_of("85/07/30-033.28").find("unexpected character '/'"), std::string::npos);
  // 851330001: 97 - 92 = 05, but month 13 is not a month (nor 33, a BIS month 13).
  EXPECT_NE(error_of("85133000105").find("13 is not a month"), std::string::npos);
}

// ---- IBAN --------------------------------------------------------------------------

TEST(IbanTest, ValidNumbers) {
  EXPECT_EQ(validate_iban("BE68 5390 0754 7034").value(), "BE68539007547034");
  EXPECT_EQ(validate_iban("BE71 0961 2345 6769").value(), "BE71096123456769");
  EXPECT_EQ(validate_iban("GB82 WEST 1234 5698 7654 32").value(), "GB82WEST12345698765432");
  EXPECT_EQ(validate_iban("NL91 ABNA 0417 1643 00").value(), "NL91ABNA0417164300");
  EXPECT_EQ(validate_iban("be68539007547034").value(), "BE68539007547034");
  // 0538888835 = 97 × 5555555: remainder 0, so the Belgian check digits are 97.
  EXPECT_EQ(validate_iban("BE54 0538 8888 3597").value(), "BE54053888883597");
}

std::string iban_error(std::string_view iban) {
  const Result<std::string> r = validate_iban(iban);
  EXPECT_FALSE(r.has_value()) << iban;
  if (r.has_value()) return "";
  EXPECT_EQ(r.error().code, ErrorCode::invalid_argument) << iban;
  return r.error().message;
}

TEST(IbanTest, AlteredNumbersFailTheMod97Check) {
  for (const char* bad : {"BE68 5390 0754 7035", "BE69 5390 0754 7034", "BE68 5390 0745 7034",
                          "GB82 WEST 1234 5698 7654 33", "GB82 WEST 1234 5698 7654 23",
                          "NL91 ABNA 0417 1643 01", "NL91 ABNB 0417 1643 00"}) {
    EXPECT_NE(iban_error(bad).find("mod-97 check failed"), std::string::npos) << bad;
  }
}

TEST(IbanTest, BelgianAccountCheck) {
  // BE41 5390 0754 7035 passes mod 97 but 5390075470 mod 97 = 34, not 35.
  const std::string message = iban_error("BE41 5390 0754 7035");
  EXPECT_NE(message.find("Belgian account check failed"), std::string::npos) << message;
  EXPECT_NE(message.find("should be 34"), std::string::npos) << message;
}

TEST(IbanTest, LengthAndShape) {
  EXPECT_NE(iban_error("BE68 5390 0754 703").find("a BE IBAN has 16 characters, not 15"), std::string::npos);
  EXPECT_NE(iban_error("NL91 ABNA 0417 1643 0").find("a NL IBAN has 18 characters"), std::string::npos);
  EXPECT_NE(iban_error("FR76 3000 6000 0112 3456 7890 18").find("a FR IBAN has 27"), std::string::npos);
  EXPECT_NE(iban_error("DE89 3704 0044 0532 0130 0").find("a DE IBAN has 22"), std::string::npos);
  EXPECT_NE(iban_error("LU28 0019 4006 4475 000").find("a LU IBAN has 20"), std::string::npos);
  EXPECT_NE(iban_error("XX12 3456").find("an IBAN has 15-34 characters, not 8"), std::string::npos);
  EXPECT_NE(iban_error("6868 5390 0754 7034").find("expected a country code"), std::string::npos);
  EXPECT_NE(iban_error("BEAB 5390 0754 7034").find("expected a country code"), std::string::npos);
  EXPECT_NE(iban_error("").find("expected a country code"), std::string::npos);
  EXPECT_NE(iban_error("BE68-5390-0754-7034").find("only letters and digits"), std::string::npos);
}

TEST(IbanTest, OtherCountriesAndUnknownCountries) {
  // Standard examples of the ISO 13616 registry.
  EXPECT_TRUE(validate_iban("FR14 2004 1010 0505 0001 3M02 606").has_value());
  EXPECT_TRUE(validate_iban("DE89 3704 0044 0532 0130 00").has_value());
  EXPECT_TRUE(validate_iban("LU28 0019 4006 4475 0000").has_value());
  // A country not in the length table: only the mod-97 check and 15-34 characters.
  EXPECT_TRUE(validate_iban("MT84 MALT 0110 0001 2345 MTLC AST0 01S").has_value());
  EXPECT_NE(iban_error("MT84 MALT 0110 0001 2345 MTLC AST0 01T").find("mod-97"), std::string::npos);
}

}  // namespace
}  // namespace secu::core

#include "core/money.h"

#include <cstdint>
#include <limits>
#include <string>

#include <gtest/gtest.h>

#include "core/lang.h"
#include "core/result.h"

namespace secu::core {
namespace {

Money tt(std::int64_t v) { return Money::from_ten_thousandths(v); }
Rate pct(std::string_view text) { return Rate::from_percent_text(text).value(); }

// ---- Result and Lang (the other small pieces of core) -------------------------------

TEST(ResultTest, CodeNames) {
  EXPECT_EQ(to_string(ErrorCode::invalid_argument), "invalid_argument");
  EXPECT_EQ(to_string(ErrorCode::failed_precondition), "failed_precondition");
  EXPECT_EQ(to_string(ErrorCode::not_found), "not_found");
  EXPECT_EQ(to_string(ErrorCode::out_of_range), "out_of_range");
  EXPECT_EQ(to_string(ErrorCode::internal), "internal");
}

TEST(ResultTest, DescribeAndInField) {
  Error e{ErrorCode::invalid_argument, "expected a date", ""};
  EXPECT_EQ(e.describe(), "expected a date");
  e = in_field(e, "birth");
  EXPECT_EQ(e.describe(), "birth: expected a date");
  EXPECT_EQ(in_field(e, "/person").field, "/person/birth");
}

Result<std::int64_t> doubled_amount(std::string_view text) {
  SECU_TRY(const Money m, parse_money(text));
  return (m * 2).ten_thousandths();
}

TEST(ResultTest, TryPropagatesTheError) {
  EXPECT_EQ(doubled_amount("1.50").value(), 30000);
  const Result<std::int64_t> r = doubled_amount("x");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
}

TEST(LangTest, RoundTrip) {
  for (Lang l : {Lang::en, Lang::fr, Lang::nl}) EXPECT_EQ(parse_lang(to_string(l)), l);
  EXPECT_EQ(parse_lang("FR"), std::nullopt);
  EXPECT_EQ(parse_lang("de"), std::nullopt);
  EXPECT_EQ(parse_lang(""), std::nullopt);
}

// ---- Rate --------------------------------------------------------------------------

TEST(RateTest, FromPercentText) {
  EXPECT_EQ(pct("60").ppm(), 600000);
  EXPECT_EQ(pct("85.88").ppm(), 858800);
  EXPECT_EQ(pct("2.6875").ppm(), 26875);
  EXPECT_EQ(pct("0").ppm(), 0);
  EXPECT_EQ(pct("100").ppm(), 1000000);
  EXPECT_EQ(pct("-5.5").ppm(), -55000);
}

TEST(RateTest, FromPercentTextErrors) {
  for (const char* bad : {"", "-", "60.", ".5", "6O", "60 %", "85,88", "1.23456", "1e3",
                          "99999999999999999999"}) {
    const Result<Rate> r = Rate::from_percent_text(bad);
    ASSERT_FALSE(r.has_value()) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument) << bad;
    EXPECT_NE(r.error().message.find("expected a percentage"), std::string::npos) << bad;
  }
  EXPECT_NE(Rate::from_percent_text("1.23456").error().message.find("more than 4 decimals"),
            std::string::npos);
}

TEST(RateTest, PercentTextDropsTrailingZeros) {
  EXPECT_EQ(Rate::from_ppm(600000).percent_text(), "60");
  EXPECT_EQ(Rate::from_ppm(858800).percent_text(), "85.88");
  EXPECT_EQ(Rate::from_ppm(26875).percent_text(), "2.6875");
  EXPECT_EQ(Rate::from_ppm(5).percent_text(), "0.0005");
  EXPECT_EQ(Rate::from_ppm(-55000).percent_text(), "-5.5");
  for (const char* t : {"60", "85.88", "2.6875", "0.0005"}) EXPECT_EQ(pct(t).percent_text(), t);
}

// ---- arithmetic and rounding -------------------------------------------------------

TEST(MoneyTest, Constructors) {
  EXPECT_EQ(Money::from_euros(12).ten_thousandths(), 120000);
  EXPECT_EQ(Money::from_cents(106845).ten_thousandths(), 10684500);
  EXPECT_EQ(Money::from_euros(3) - Money::from_cents(50), Money::from_cents(250));
  EXPECT_EQ(Money::from_cents(150) * 26, Money::from_euros(39));
  EXPECT_EQ(min(tt(1), tt(2)), tt(1));
  EXPECT_EQ(max(tt(1), tt(2)), tt(2));
}

TEST(MoneyTest, SixtyPercentOfTheCeiling) {
  const Money ceiling = tt(1264894);  // 126.4894: exactly 75.89364 at 60 %
  EXPECT_EQ(ceiling.times(pct("60"), kTenThousandthHalfUp), tt(758936));
  EXPECT_EQ(ceiling.times(pct("60"), kCentHalfUp), Money::from_cents(7589));
  EXPECT_EQ(ceiling.times(pct("60"), kCentDown), Money::from_cents(7589));
}

TEST(MoneyTest, EightyFiveEightyEightPercent) {
  const Money ceiling = tt(1264894);  // × 0.8588 = 108.62909672 exactly
  EXPECT_EQ(ceiling.times(pct("85.88"), kTenThousandthHalfUp), tt(1086291));
  EXPECT_EQ(ceiling.times(pct("85.88"), kCentHalfUp), Money::from_cents(10863));
  EXPECT_EQ(ceiling.times(pct("85.88"), kCentDown), Money::from_cents(10862));
  EXPECT_EQ(Money::from_euros(2000).times(pct("85.88"), kCentHalfUp), Money::from_cents(171760));
}

TEST(MoneyTest, TiesHalfUpAgainstHalfEven) {
  const Money eighth = tt(1250);  // 0.125 €
  EXPECT_EQ(eighth.rounded(kCentHalfUp), Money::from_cents(13));
  EXPECT_EQ(eighth.rounded(kCentHalfEven), Money::from_cents(12));
  EXPECT_EQ(eighth.rounded(kCentDown), Money::from_cents(12));
  EXPECT_EQ(tt(1350).rounded(kCentHalfEven), Money::from_cents(14));  // 0.135: 13 is odd
  EXPECT_EQ(tt(1251).rounded(kCentHalfEven), Money::from_cents(13));  // not a tie
  EXPECT_EQ(tt(1249).rounded(kCentHalfUp), Money::from_cents(12));
  // The same tie reached through a product: 0.25 × 50 %.
  EXPECT_EQ(Money::from_cents(25).times(pct("50"), kCentHalfUp), Money::from_cents(13));
  EXPECT_EQ(Money::from_cents(25).times(pct("50"), kCentHalfEven), Money::from_cents(12));
}

TEST(MoneyTest, NegativeAmountsRoundSymmetrically) {
  EXPECT_EQ(tt(-1250).rounded(kCentHalfUp), Money::from_cents(-13));
  EXPECT_EQ(tt(-1250).rounded(kCentHalfEven), Money::from_cents(-12));
  EXPECT_EQ(tt(-1299).rounded(kCentDown), Money::from_cents(-12));  // toward zero
  EXPECT_EQ(tt(-1264894).times(pct("60"), kCentHalfUp), Money::from_cents(-7589));
  EXPECT_EQ(tt(-1264894).times(pct("85.88"), kTenThousandthHalfUp), tt(-1086291));
  for (std::int64_t v : {1250, 1251, 1349, 1350, 99995, 7}) {
    for (Rounding r : {kCentHalfUp, kCentHalfEven, kCentDown, kTenThousandthHalfUp}) {
      EXPECT_EQ(tt(-v).rounded(r), -tt(v).rounded(r)) << v;
    }
  }
}

TEST(MoneyTest, RoundsOnceFromTheExactProduct) {
  // 0.0099 × 50 % = 0.00495: to the cent that is 0.00. Rounding first to 0.0050 and then
  // to the cent would give 0.01.
  EXPECT_EQ(tt(99).times(pct("50"), kCentHalfUp), Money());
  EXPECT_EQ(tt(99).times(pct("50"), kTenThousandthHalfUp), tt(50));
}

TEST(MoneyTest, MulDivOneFortyFifth) {
  EXPECT_EQ(Money::from_euros(45000).mul_div(1, 45, kCentHalfUp), Money::from_euros(1000));
  EXPECT_EQ(Money::from_euros(100).mul_div(1, 45, kTenThousandthHalfUp), tt(22222));
  EXPECT_EQ(Money::from_euros(100).mul_div(1, 45, kCentHalfUp), Money::from_cents(222));
  EXPECT_EQ(tt(4567890).mul_div(1, 45, kTenThousandthHalfUp), tt(101509));  // 10.150866…
  EXPECT_EQ(tt(4567890).mul_div(1, 45, kCentDown), Money::from_cents(1015));
  EXPECT_EQ(Money::from_euros(-100).mul_div(1, 45, kCentHalfUp), Money::from_cents(-222));
  EXPECT_EQ(Money::from_cents(25).mul_div(1, 2, kCentHalfEven), Money::from_cents(12));
}

TEST(MoneyTest, LargeProductsAreExactOrSaturate) {
  const Money big = Money::from_euros(900'000'000'000'000);  // 9e18 ten-thousandths
  EXPECT_EQ(big.mul_div(7, 7, kCentHalfUp), big);  // the product overflows int64, not int128
  EXPECT_EQ(big.times(pct("50"), kCentHalfUp), Money::from_euros(450'000'000'000'000));
  const auto hi = std::numeric_limits<std::int64_t>::max();
  EXPECT_EQ(big.times(pct("200"), kTenThousandthHalfUp).ten_thousandths(), hi);
  EXPECT_EQ((-big).times(pct("200"), kTenThousandthHalfUp).ten_thousandths(),
            std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(tt(hi).rounded(kCentHalfUp).ten_thousandths(), hi - 7);
}

// ---- text and parsing --------------------------------------------------------------

TEST(MoneyTest, Text) {
  EXPECT_EQ(tt(1264894).text4(), "126.4894");
  EXPECT_EQ(tt(-35000).text4(), "-3.5000");
  EXPECT_EQ(tt(5).text4(), "0.0005");
  EXPECT_EQ(tt(-5).text4(), "-0.0005");
  EXPECT_EQ(Money::from_euros(90).text(), "90.00");
  EXPECT_EQ(tt(1264894).text(), "126.4894");
  EXPECT_EQ(tt(15000).text(), "1.50");
  EXPECT_EQ(tt(11250).text(), "1.1250");  // never 3 decimals
  EXPECT_EQ(tt(-35000).text(), "-3.50");
  EXPECT_EQ(tt(std::numeric_limits<std::int64_t>::min()).text4(), "-922337203685477.5808");
}

TEST(MoneyTest, ParsesTheAcceptedShapes) {
  const struct {
    const char* text;
    std::int64_t value;
  } cases[] = {
      {"126.4894", 1264894},
      {"1,068.45", 10684500},
      {"1.068,45 \xE2\x82\xAC", 10684500},
      {"1 068,45", 10684500},
      {"\xE2\x82\xAC 12.5", 125000},
      {"-3", -30000},
      {"12", 120000},
      {"0,5", 5000},
      {"0.125", 1250},            // 3 decimals after 0: not a thousands separator
      {"-0,125", -1250},
      {"1,0685", 10685},          // 4 digits: a decimal mark
      {"1234,567", 12345670},     // 1234 cannot open a group of thousands
      {"1 068,450", 10684500},    // spaces group, so ',' is the decimal mark
      {"1 068.450", 10684500},
      {"1.068.450", 10684500000}, // repeated: grouping
      {"12,345,678.9", 123456789000},
      {"1\xC2\xA0" "068,45", 10684500},      // U+00A0
      {"1\xE2\x80\xAF" "068,45", 10684500},  // U+202F
      {"EUR 12.50", 125000},
      {"12.50 EUR", 125000},
      {"12.50EUR", 125000},
      {"\xE2\x82\xAC" "1,068.45", 10684500},
      {"-\xE2\x82\xAC" "3.00", -30000},
      {"\xE2\x82\xAC -3.00", -30000},
      {"  7  ", 70000},
      {"-0", 0},
      {"007.10", 71000},
      {"922337203685477.5807", std::numeric_limits<std::int64_t>::max()},
  };
  for (const auto& c : cases) {
    const Result<Money> r = parse_money(c.text);
    ASSERT_TRUE(r.has_value()) << c.text << ": " << r.error().describe();
    EXPECT_EQ(r->ten_thousandths(), c.value) << c.text;
  }
}

TEST(MoneyTest, RejectsBadAmounts) {
  const struct {
    const char* text;
    const char* why;
  } cases[] = {
      {"", "no digits"},
      {"   ", "no digits"},
      {"\xE2\x82\xAC", "no digits"},
      {"abc", "unexpected character 'a'"},
      {"12.34567", "more than 4 decimals"},
      {"0,00001", "more than 4 decimals"},
      {"1,068", "ambiguous separator"},
      {"1.068", "ambiguous separator"},
      {"1.068.45", "group the digits by three"},
      {"1,068.450.5", "may appear only once"},
      {"12.", "between digits"},
      {".5", "between digits"},
      {"1..5", "between digits"},
      {"1e5", "unexpected character 'e'"},
      {"--3", "unexpected character '-'"},
      {"\xE2\x82\xAC 3 \xE2\x82\xAC", "unexpected character"},
      {"1.000.000 000", "mixed thousands separators"},
      {"1 000.000 000", "only digits may follow the decimal mark"},
      {"12 34", "group the digits by three"},
      {"922337203685477.5808", "too large"},
      {"99999999999999999999", "too large"},
  };
  for (const auto& c : cases) {
    const Result<Money> r = parse_money(c.text);
    ASSERT_FALSE(r.has_value()) << c.text << " parsed as " << r->text4();
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument) << c.text;
    EXPECT_NE(r.error().message.find(c.why), std::string::npos) << c.text << ": " << r.error().message;
    EXPECT_NE(r.error().message.find("expected a number of euros"), std::string::npos) << c.text;
  }
}

TEST(MoneyTest, FormatsForPeople) {
  const Money m = Money::from_cents(106845);
  EXPECT_EQ(format_money(m, Lang::en), "\xE2\x82\xAC" "1,068.45");
  EXPECT_EQ(format_money(m, Lang::fr), "1.068,45 \xE2\x82\xAC");
  EXPECT_EQ(format_money(m, Lang::nl), "1.068,45 \xE2\x82\xAC");
  EXPECT_EQ(format_money(Money::from_euros(-3), Lang::en), "-\xE2\x82\xAC" "3.00");
  EXPECT_EQ(format_money(Money::from_euros(-3), Lang::fr), "-3,00 \xE2\x82\xAC");
  EXPECT_EQ(format_money(Money(), Lang::en), "\xE2\x82\xAC" "0.00");
  EXPECT_EQ(format_money(Money::from_cents(123456789), Lang::en), "\xE2\x82\xAC" "1,234,567.89");
  EXPECT_EQ(format_money(Money::from_cents(123456789), Lang::nl), "1.234.567,89 \xE2\x82\xAC");
  EXPECT_EQ(format_money(tt(1264894), Lang::en, 4), "\xE2\x82\xAC" "126.4894");
  EXPECT_EQ(format_money(tt(1264894), Lang::fr, 4), "126,4894 \xE2\x82\xAC");
  EXPECT_EQ(format_money(tt(1264894), Lang::en), "\xE2\x82\xAC" "126.49");
  EXPECT_EQ(format_money(tt(1250), Lang::en), "\xE2\x82\xAC" "0.13");     // half-up
  EXPECT_EQ(format_money(tt(-1250), Lang::fr), "-0,13 \xE2\x82\xAC");     // symmetric
}

TEST(MoneyTest, FormatAndTextRoundTrip) {
  for (std::int64_t v : {0LL, 10684500LL, -30000LL, 1264894LL, 11250LL, 5LL, 123456789000LL, -9999LL}) {
    const Money m = tt(v);
    EXPECT_EQ(parse_money(m.text4()).value(), m) << v;
    EXPECT_EQ(parse_money(m.text()).value(), m) << v;
    for (Lang l : {Lang::en, Lang::fr, Lang::nl}) {
      EXPECT_EQ(parse_money(format_money(m, l, 4)).value(), m) << v;
      EXPECT_EQ(parse_money(format_money(m, l, 2)).value(), m.rounded(kCentHalfUp)) << v;
    }
  }
}

}  // namespace
}  // namespace secu::core

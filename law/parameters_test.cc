#include "law/parameters.h"

#include <gtest/gtest.h>

#include "law/institutions.h"
#include "law/parameter_loader.h"
#include "law/testing.h"

namespace secu::law {
namespace {

using core::Date;
using core::ErrorCode;
using core::Money;

Date D(const char* s) { return *Date::parse(s); }

constexpr const char* kCeiling = R"(
description: Daily wage ceiling
label: {en: Wage ceiling, fr: Plafond, nl: Loongrens}
unit: EUR/day
values:
  2012-09-01:
    value: 126.4894
    source: {seed: "004", chapter: "III", quote: "The ceiling"}
  2014-01-01:
    value: 130
    source: {url: "https://example.org/x", reliability: official}
  2016-01-01: null
)";

Parameters one(const char* text, const char* id = "sickness.ceiling") {
  auto p = parse_parameter(text, id, "test.yaml");
  EXPECT_TRUE(p) << p.error().describe();
  return *Parameters::from({*p});
}

TEST(Parameters, ValueInForceOnEachSideOfAChange) {
  Parameters law = one(kCeiling);
  EXPECT_EQ(law.money("sickness.ceiling", D("2013-12-31"))->value, Money::from_ten_thousandths(1264894));
  EXPECT_EQ(law.money("sickness.ceiling", D("2014-01-01"))->value, Money::from_euros(130));
  EXPECT_EQ(law.money("sickness.ceiling", D("2014-01-01"))->entry->start, D("2014-01-01"));
}

TEST(Parameters, OutsideCoverageIsOutOfRangeNeverZero) {
  Parameters law = one(kCeiling);
  auto before = law.money("sickness.ceiling", D("2012-08-31"));
  ASSERT_FALSE(before);
  EXPECT_EQ(before.error().code, ErrorCode::out_of_range);
  auto after_end = law.money("sickness.ceiling", D("2016-01-01"));
  ASSERT_FALSE(after_end);
  EXPECT_EQ(after_end.error().code, ErrorCode::out_of_range);
  EXPECT_TRUE(law.money("sickness.ceiling", D("2015-12-31")));
  EXPECT_EQ(law.money("nope", D("2015-01-01")).error().code, ErrorCode::not_found);
}

TEST(Parameters, WrongTypeIsInternalError) {
  Parameters law = one(kCeiling);
  EXPECT_EQ(law.rate("sickness.ceiling", D("2013-01-01")).error().code, ErrorCode::internal);
}

struct BadCase {
  const char* name;
  const char* text;
  const char* field;  // expected to appear in the error's field
};

class BadParameter : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadParameter, IsRejectedNamingFileAndKey) {
  auto p = parse_parameter(GetParam().text, "x", "bad.yaml");
  ASSERT_FALSE(p) << GetParam().name;
  EXPECT_EQ(p.error().code, ErrorCode::invalid_argument);
  EXPECT_NE(p.error().field.find("bad.yaml"), std::string::npos) << p.error().describe();
  EXPECT_NE(p.error().field.find(GetParam().field), std::string::npos) << p.error().describe();
}

INSTANTIATE_TEST_SUITE_P(
    Schema, BadParameter,
    ::testing::Values(
        BadCase{"missing citation", R"(
description: d
label: {en: a, fr: b, nl: c}
unit: EUR
values: {2013-01-01: {value: 1}}
)", "values/2013-01-01/source"},
        BadCase{"unknown key", R"(
description: d
label: {en: a, fr: b, nl: c}
unit: EUR
colour: red
values: {2013-01-01: {value: 1, source: {url: "https://x.be", reliability: official}}}
)", "colour"},
        BadCase{"unknown unit", R"(
description: d
label: {en: a, fr: b, nl: c}
unit: dollars
values: {2013-01-01: {value: 1, source: {url: "https://x.be", reliability: official}}}
)", "unit"},
        BadCase{"bad date", R"(
description: d
label: {en: a, fr: b, nl: c}
unit: EUR
values: {2013-02-29: {value: 1, source: {url: "https://x.be", reliability: official}}}
)", "values/2013-02-29"},
        BadCase{"missing label", R"(
description: d
label: {en: a, fr: b}
unit: EUR
values: {2013-01-01: {value: 1, source: {url: "https://x.be", reliability: official}}}
)", "label/nl"},
        BadCase{"seed without quote", R"(
description: d
label: {en: a, fr: b, nl: c}
unit: EUR
values: {2013-01-01: {value: 1, source: {seed: "004", chapter: "II"}}}
)", "source/quote"},
        BadCase{"too many decimals for money", R"(
description: d
label: {en: a, fr: b, nl: c}
unit: EUR
values: {2013-01-01: {value: 1.123456, source: {url: "https://x.be", reliability: official}}}
)", "values/2013-01-01/value"},
        BadCase{"dates out of order", R"(
description: d
label: {en: a, fr: b, nl: c}
unit: EUR
values:
  2014-01-01: {value: 1, source: {url: "https://x.be", reliability: official}}
  2013-01-01: {value: 2, source: {url: "https://x.be", reliability: official}}
)", "values/2013-01-01"},
        BadCase{"missing category", R"(
description: d
label: {en: a, fr: b, nl: c}
unit: EUR/day
kind: by_category
categories: [single, cohabitant]
values: {2013-01-01: {value: {single: 3}, source: {url: "https://x.be", reliability: official}}}
)", "values/2013-01-01/value/cohabitant"},
        BadCase{"yaml syntax", "description: [unclosed\n", "bad.yaml"}));

TEST(Parameters, CategoriesAndUnknownCategoryValue) {
  Parameters law = one(R"(
description: Minimum daily amount
label: {en: a, fr: b, nl: c}
unit: EUR/day
kind: by_category
categories: [with_dependants, single, cohabitant]
values:
  2022-12-01:
    value: {with_dependants: 73.10, single: 58.21, cohabitant: null}
    source: {url: "https://x.be", reliability: official}
)", "m");
  EXPECT_EQ(law.money_in("m", D("2023-01-01"), "single")->value, Money::from_cents(5821));
  EXPECT_EQ(law.money_in("m", D("2023-01-01"), "cohabitant").error().code, ErrorCode::out_of_range);
}

TEST(Parameters, ScaleOnDates) {
  Parameters law = one(R"(
description: Ceiling by start date, as published
label: {en: a, fr: b, nl: c}
unit: EUR/day
kind: scale
scale_on: date
values:
  2024-05-01:
    value:
      - {from: 2013-04-01, value: 166.8991}
      - {from: 2024-01-01, value: 179.5442}
    source: {url: "https://x.be", reliability: mutuality}
)", "s");
  EXPECT_EQ(law.money_on_date_scale("s", D("2025-01-01"), D("2023-12-31"))->value, Money::from_ten_thousandths(1668991));
  EXPECT_EQ(law.money_on_date_scale("s", D("2025-01-01"), D("2024-01-01"))->value, Money::from_ten_thousandths(1795442));
  EXPECT_EQ(law.money_on_date_scale("s", D("2025-01-01"), D("2013-03-31")).error().code, ErrorCode::out_of_range);
  EXPECT_EQ(law.money_on_date_scale("s", D("2024-04-30"), D("2024-01-01")).error().code, ErrorCode::out_of_range);
}

TEST(Reform, OverlayReplacesFromItsDateAndLeavesTheBase) {
  Parameters law = one(kCeiling);
  auto reform = parse_reform(R"(
reform: higher
changes:
  sickness.ceiling:
    2015-01-01:
      value: 150
      source: {url: "https://example.org/reform", reliability: press}
)", "r.yaml", law);
  ASSERT_TRUE(reform) << reform.error().describe();
  Parameters reformed = law.with(*reform);
  EXPECT_EQ(reformed.money("sickness.ceiling", D("2014-06-01"))->value, Money::from_euros(130));
  EXPECT_EQ(reformed.money("sickness.ceiling", D("2015-01-01"))->value, Money::from_euros(150));
  // The reform's open end replaces the base's null from 2016.
  EXPECT_EQ(reformed.money("sickness.ceiling", D("2020-01-01"))->value, Money::from_euros(150));
  EXPECT_EQ(law.money("sickness.ceiling", D("2015-01-01"))->value, Money::from_euros(130));
}

TEST(Reform, UnknownParameterIsNamed) {
  Parameters law = one(kCeiling);
  auto reform = parse_reform("reform: x\nchanges:\n  nope.x:\n    2015-01-01: {value: 1, source: {url: \"https://a.be\", reliability: press}}\n",
                             "r.yaml", law);
  ASSERT_FALSE(reform);
  EXPECT_NE(reform.error().field.find("changes/nope.x"), std::string::npos);
}

TEST(Institutions, ParsesNamesInFourLanguages) {
  auto i = parse_institution(R"Y(
id: onss
kind: federal_institution
name: {en: National Social Security Office, fr: Office national de sécurité sociale, nl: Rijksdienst voor sociale zekerheid, de: Landesamt für Soziale Sicherheit}
abbreviation: {fr: ONSS, nl: RSZ, de: LSS}
phone: ["+32 2 509 31 11"]
source: {seed: "004", chapter: "Annex", quote: "Office national de sécurité sociale (ONSS)"}
)Y", "onss.yaml", "onss");
  ASSERT_TRUE(i) << i.error().describe();
  EXPECT_EQ(i->name_in(core::Lang::nl), "Rijksdienst voor sociale zekerheid");
  EXPECT_EQ(i->abbreviation_in(core::Lang::en), "ONSS");
  EXPECT_FALSE(parse_institution("id: other\nkind: x\n", "onss.yaml", "onss"));
}

}  // namespace
}  // namespace secu::law

namespace secu::law {
namespace {

// Texts must be strict UTF-8 (RFC 3629): what the loaders accept, nlohmann::json can write.
// The fuzz target reform_fuzz found a 0xF6 lead byte (above U+10FFFF) that passed before.
TEST(YamlText, OnlyStrictUtf8IsRead) {
  EXPECT_TRUE(yaml::parse_text("a: \"R\xC3\xA9gime \xE2\x82\xAC \xF0\x9F\x98\x80\"", "ok.yaml"));  // é € 😀
  for (const char* bad : {"a: \"\xF6\x9B\x9A\x8A\"",   // lead byte above 0xF4
                          "a: \"\xF4\x90\x80\x80\"",   // U+110000
                          "a: \"\xED\xA0\x80\"",       // a UTF-16 surrogate
                          "a: \"\xE0\x80\xAF\"",       // overlong '/'
                          "a: \"\xF0\x80\x80\xAF\"",   // overlong '/'
                          "a: \"\xC1\xBF\"",           // overlong
                          "a: \"\xC3\""}) {            // cut short
    auto r = yaml::parse_text(bad, "bad.yaml");
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, core::ErrorCode::invalid_argument);
    EXPECT_NE(r.error().message.find("UTF-8"), std::string::npos);
  }
}

// Seed 004 ch. X: "after 48 months of unemployment, he or she receives a flat-rate amount of
// € 35.94" — the rate's category from_month_49 is written null; the others have a value.
TEST(Parameters, ACategoryWrittenNull) {
  const Parameters& p = source_law().params();
  const core::Date d = *core::Date::parse("2013-06-01");
  EXPECT_TRUE(p.category_is_null("unemployment.benefit.rate.single", d, "from_month_49"));
  EXPECT_FALSE(p.category_is_null("unemployment.benefit.rate.single", d, "months_1_3"));
  EXPECT_FALSE(p.category_is_null("unemployment.benefit.rate.single", d, "no_such_category"));
  EXPECT_FALSE(p.category_is_null("sickness.benefit.rate", d, "from_month_49"));   // not by category
  EXPECT_FALSE(p.category_is_null("no.such.parameter", d, "from_month_49"));
}

}  // namespace
}  // namespace secu::law

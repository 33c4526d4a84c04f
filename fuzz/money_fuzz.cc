// Fuzzes the core parsers on the bytes: parse_money, Date::parse, YearMonth::parse,
// validate_niss, validate_iban, Rate::from_percent_text; and the arithmetic of what parses.
//
// Round trips checked (a violation traps): parse_money(m.text()) == m, parse_money(m.text4())
// == m, parse_money(format_money(m, lang, 4)) == m in en/fr/nl; Date::parse(d.iso()) == d
// and iso() gives the input back; YearMonth::parse(ym.text()) == ym; a valid NISS validates
// again from its digits and from formatted(), with the same birth date and flags; a valid
// IBAN validates to itself; Rate::from_percent_text(r.percent_text()) == r. Arithmetic:
// x 100 % and mul_div(n, n) give the amount back; rounding moves it by less than a cent
// (unless it saturated); times() and mul_div() never overflow (they saturate).
//
// With a '|' in the input, the text before it is also read as an amount and the text after
// it as a rate, and the amount is multiplied by the rate.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/money.h"
#include "core/niss.h"
#include "fuzz/fuzz_env.h"

namespace {

using namespace secu::core;

constexpr Rounding kRoundings[] = {kCentHalfUp, kCentHalfEven, kTenThousandthHalfUp, kCentDown,
                                   Rounding{RoundTo::ten_thousandth, RoundMode::half_even},
                                   Rounding{RoundTo::ten_thousandth, RoundMode::down}};
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

std::string show(Money m) { return m.text4(); }

bool saturated(Money m) { return m.ten_thousandths() == kMax || m.ten_thousandths() == kMin; }

void check_money(Money m, std::uint64_t h) {
  const std::string t = m.text();
  auto back = parse_money(t);
  SECU_FUZZ_CHECK(back && *back == m, show(m) + " -> \"" + t + "\"");
  const std::size_t dot = t.find('.');
  SECU_FUZZ_CHECK(dot != std::string::npos && (t.size() - dot - 1 == 2 || t.size() - dot - 1 == 4), t);
  auto back4 = parse_money(m.text4());
  SECU_FUZZ_CHECK(back4 && *back4 == m, m.text4());
  for (Lang lang : {Lang::en, Lang::fr, Lang::nl}) {
    const std::string shown4 = format_money(m, lang, 4);
    auto read4 = parse_money(shown4);
    SECU_FUZZ_CHECK(read4 && *read4 == m, show(m) + " -> \"" + shown4 + "\"");
    const std::string shown2 = format_money(m, lang, 2);
    auto read2 = parse_money(shown2);
    SECU_FUZZ_CHECK(read2.has_value(), show(m) + " -> \"" + shown2 + "\"");
    const __int128 diff = static_cast<__int128>(read2->ten_thousandths()) - m.ten_thousandths();
    SECU_FUZZ_CHECK(diff <= 50 && diff >= -50, show(m) + " -> \"" + shown2 + "\"");
  }
  // Rounding: within half a cent (a whole cent going down), unless it saturated.
  for (const Rounding& r : kRoundings) {
    const Money rounded = m.rounded(r);
    if (saturated(rounded)) continue;
    const __int128 diff = static_cast<__int128>(rounded.ten_thousandths()) - m.ten_thousandths();
    const __int128 bound = r.to == RoundTo::ten_thousandth ? 0 : r.mode == RoundMode::down ? 99 : 50;
    SECU_FUZZ_CHECK(diff <= bound && diff >= -bound, show(m) + " rounded -> " + show(rounded));
    if (r.to == RoundTo::cent) SECU_FUZZ_CHECK(rounded.ten_thousandths() % 100 == 0, show(rounded));
  }
  // Identities: x 100 % and n / n.
  SECU_FUZZ_CHECK(m.times(Rate::from_ppm(1'000'000), kTenThousandthHalfUp) == m, show(m));
  const std::int64_t n = static_cast<std::int64_t>(h % 1'000'000) + 1;
  SECU_FUZZ_CHECK(m.mul_div(n, n, kTenThousandthHalfUp) == m, show(m) + " n=" + std::to_string(n));
  // Any rate, any ratio with a positive denominator: must not overflow (UBSan would say).
  const std::int64_t num = static_cast<std::int64_t>(h >> 1) * ((h & 1) ? -1 : 1);
  (void)m.mul_div(num, n, kCentHalfEven);
  (void)m.times(Rate::from_ppm(num), kCentHalfUp);
}

void check_rate(Rate r) {
  const std::string t = r.percent_text();
  auto back = Rate::from_percent_text(t);
  SECU_FUZZ_CHECK(back && *back == r, std::to_string(r.ppm()) + " ppm -> \"" + t + "\"");
}

void check_date(Date d, std::string_view text) {
  SECU_FUZZ_CHECK(d.iso() == text, d.iso() + " != " + std::string(text));
  auto back = Date::parse(d.iso());
  SECU_FUZZ_CHECK(back && *back == d, d.iso());
  auto ymd = Date::from_ymd(d.year(), d.month(), d.day());
  SECU_FUZZ_CHECK(ymd && *ymd == d, d.iso());
  SECU_FUZZ_CHECK(d.weekday() < 7, d.iso());
  const YearMonth ym = YearMonth::of(d);
  SECU_FUZZ_CHECK(ym.first_day() <= d && d <= ym.last_day(), d.iso());
  SECU_FUZZ_CHECK(first_of_month(d) == ym.first_day() && last_of_month(d) == ym.last_day(), d.iso());
  SECU_FUZZ_CHECK(first_of_quarter(d) <= d && d < first_day_of_next_quarter(d), d.iso());
  SECU_FUZZ_CHECK(quarter_of(d) >= 1 && quarter_of(d) <= 4, d.iso());
  SECU_FUZZ_CHECK(add_months(d, 12, EndOfMonth::clamp) == add_years(d, 1, EndOfMonth::clamp), d.iso());
}

void check_year_month(YearMonth ym) {
  auto back = YearMonth::parse(ym.text());
  SECU_FUZZ_CHECK(back && *back == ym, ym.text());
  SECU_FUZZ_CHECK(ym.first_day() <= ym.last_day() && YearMonth::of(ym.last_day()) == ym, ym.text());
  SECU_FUZZ_CHECK(ym.plus(1).plus(-1) == ym, ym.text());
}

void check_niss(const Niss& n) {
  SECU_FUZZ_CHECK(n.digits.size() == 11 && n.digits.find_first_not_of("0123456789") == std::string::npos, n.digits);
  for (const std::string& again : {n.digits, n.formatted()}) {
    auto back = validate_niss(again);
    SECU_FUZZ_CHECK(back.has_value(), again);
    SECU_FUZZ_CHECK(back->digits == n.digits && back->birth == n.birth && back->bis == n.bis &&
                        back->born_from_2000 == n.born_from_2000,
                    again);
  }
}

void check_iban(const std::string& iban) {
  auto back = validate_iban(iban);
  SECU_FUZZ_CHECK(back && *back == iban, iban);
  std::string spaced;  // the paper form: groups of four
  for (std::size_t i = 0; i < iban.size(); ++i) {
    if (i > 0 && i % 4 == 0) spaced += ' ';
    spaced += iban[i];
  }
  auto again = validate_iban(spaced);
  SECU_FUZZ_CHECK(again && *again == iban, spaced);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::uint64_t h = secu::fuzz::hash(text);

  if (auto m = parse_money(text)) check_money(*m, h);
  if (auto r = Rate::from_percent_text(text)) check_rate(*r);
  if (auto d = Date::parse(text)) check_date(*d, text);
  if (auto ym = YearMonth::parse(text)) check_year_month(*ym);
  if (auto n = validate_niss(text)) check_niss(*n);
  if (auto iban = validate_iban(text)) check_iban(*iban);

  if (const std::size_t bar = text.find('|'); bar != std::string_view::npos) {
    auto m = parse_money(text.substr(0, bar));
    auto r = Rate::from_percent_text(text.substr(bar + 1));
    if (m && r) {
      check_rate(*r);
      for (const Rounding& rd : kRoundings) (void)m->times(*r, rd);
    }
  }
  return 0;
}

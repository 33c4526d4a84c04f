// Fuzzes one parameter file: parse_parameter on the bytes (YAML, docs/data-format.md) and,
// when it parses, Parameters::from and every look-up (at, money, rate, integer, money_in,
// money_on_date_scale, number_on_scale) on dates around each entry and a few fixed ones.
//
// Contracts checked (besides the sanitizers): parse errors are invalid_argument; the numbers
// read back from their canonical text; a value found is the entry in force on that date; a
// date before the first entry is out_of_range, never a value.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "fuzz/fuzz_env.h"
#include "law/parameter_loader.h"
#include "law/parameters.h"

namespace {

using secu::core::Date;
using secu::core::ErrorCode;
using secu::law::Number;

constexpr std::string_view kId = "fuzz.param";

void check_number(Number n) {
  auto back = Number::parse(n.text());
  SECU_FUZZ_CHECK(back && *back == n, n.text());
}

void check_value(const secu::law::Value& v) {
  if (const auto* n = std::get_if<Number>(&v)) check_number(*n);
  if (const auto* cv = std::get_if<secu::law::CategoryValues>(&v))
    for (const auto& [name, value] : *cv)
      if (value) check_number(*value);
  if (const auto* scale = std::get_if<std::vector<secu::law::Bracket>>(&v))
    for (const auto& b : *scale)
      if (b.value) check_number(*b.value);
}

// A look-up either finds the entry in force on `d` or says why not; outside the dates the
// parameter covers it is out_of_range, never a value.
template <class T>
void check_fetched(const secu::core::Result<secu::law::Fetched<T>>& r, const secu::law::Parameter& p, Date d) {
  const secu::law::Entry* in_force = p.entry_at(d);
  if (in_force == nullptr) {
    SECU_FUZZ_CHECK(!r && r.error().code == ErrorCode::out_of_range, d.iso());
    return;
  }
  if (!r) return;  // a look-up of the wrong kind, or a category or bracket without a value
  SECU_FUZZ_CHECK(r->param == &p && r->entry == in_force, d.iso());
  SECU_FUZZ_CHECK(r->entry->start <= d && r->entry->value.has_value(), d.iso());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = secu::law::parse_parameter(text, std::string(kId), "fuzz/param.yaml");
  if (!parsed) {
    SECU_FUZZ_CHECK(parsed.error().code == ErrorCode::invalid_argument, parsed.error().describe());
    return 0;
  }
  SECU_FUZZ_CHECK(!parsed->entries.empty() && parsed->entries.front().value, "no first value");
  for (std::size_t i = 0; i < parsed->entries.size(); ++i) {
    if (i > 0) SECU_FUZZ_CHECK(parsed->entries[i - 1].start < parsed->entries[i].start, "entries not ascending");
    if (parsed->entries[i].value) check_value(*parsed->entries[i].value);
  }

  // The dates to ask: each entry's start, the day before and after, and a few fixed ones.
  std::vector<Date> dates{secu::fuzz::min_date(), *Date::from_ymd(1970, 1, 1), *Date::from_ymd(2024, 3, 6),
                          secu::fuzz::max_date()};
  for (const auto& e : parsed->entries) {
    dates.push_back(e.start);
    dates.push_back(e.start - 1);
    dates.push_back(e.start + 1);
  }
  // Keys for the scales: each bracket's threshold and the one below it.
  std::vector<std::int64_t> keys{0, -1};
  for (const auto& e : parsed->entries)
    if (e.value)
      if (const auto* scale = std::get_if<std::vector<secu::law::Bracket>>(&*e.value))
        for (const auto& b : *scale) {
          keys.push_back(b.from);
          if (b.from > std::numeric_limits<std::int64_t>::min()) keys.push_back(b.from - 1);
        }
  std::vector<std::string> categories = parsed->categories;
  categories.emplace_back("no_such_category");

  auto params = secu::law::Parameters::from({*parsed});
  SECU_FUZZ_CHECK(params.has_value(), params.error().describe());
  const secu::law::Parameter* p = params->find(kId);
  SECU_FUZZ_CHECK(p != nullptr, "parameter not found after from()");
  SECU_FUZZ_CHECK(params->size() == 1 && params->all().size() == 1, "");

  for (Date d : dates) {
    auto at = params->at(kId, d);
    check_fetched(at, *p, d);
    check_fetched(params->money(kId, d), *p, d);
    check_fetched(params->rate(kId, d), *p, d);
    check_fetched(params->integer(kId, d), *p, d);
    for (const auto& c : categories) check_fetched(params->money_in(kId, d, c), *p, d);
    for (std::int64_t k : keys) {
      if (k >= secu::fuzz::min_date().days_since_epoch() && k <= secu::fuzz::max_date().days_since_epoch()) {
        const Date key = Date() + static_cast<std::int32_t>(k);
        check_fetched(params->money_on_date_scale(kId, d, key), *p, d);
      }
      check_fetched(params->number_on_scale(kId, d, Number::from_micro(k)), *p, d);
    }
  }
  return 0;
}

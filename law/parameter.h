// Parameter: one legal figure with its values over time, each dated and cited.
//
// A parameter is read from data/params/<branch>/…/<name>.yaml (docs/data-format.md).
// Its timeline is a list of entries by start date; an entry without a value ends the
// parameter. Values are scalars, one value per category, or a scale of brackets.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/citation.h"
#include "core/date.h"
#include "core/lang.h"
#include "law/number.h"

namespace secu::law {

/// The units a parameter may have.
enum class Unit {
  eur, eur_per_day, eur_per_week, eur_per_month, eur_per_quarter, eur_per_year, percent,
  calendar_days, working_days, benefit_days, weeks, months, years, hours, count, boolean, index,
};
std::string_view to_string(Unit unit);
std::optional<Unit> parse_unit(std::string_view text);
/// True for the EUR units (values must be exact to 1/10000).
bool is_money(Unit unit);
/// True for units counted in whole numbers (days, weeks, months, hours, counts); years
/// may be fractional (an early retirement age of 60.5).
bool is_whole(Unit unit);

enum class Kind { scalar, by_category, scale };

/// One value of a category table; nullopt where the source gives no value.
using CategoryValues = std::vector<std::pair<std::string, std::optional<Number>>>;

/// A bracket of a scale: applies from `from` (inclusive) up to the next bracket.
/// For scales on dates, `from` holds days since the epoch.
struct Bracket {
  std::int64_t from = 0;
  std::optional<Number> value;  // nullopt: the source gives no value for this bracket
};

/// The value of an entry: a number (or 0/1 for boolean), categories, or brackets.
using Value = std::variant<Number, CategoryValues, std::vector<Bracket>>;

/// A dated value with its source. `value` is empty for an entry that ends the parameter.
struct Entry {
  core::Date start;
  std::optional<Value> value;
  core::Citation source;
};

/// A legal figure over time.
struct Parameter {
  std::string id;
  std::string description;
  std::array<std::string, 3> label;  // by core::Lang
  Unit unit = Unit::count;
  Kind kind = Kind::scalar;
  std::vector<std::string> categories;   // by_category
  bool scale_on_date = false;            // scale with date thresholds
  std::optional<Unit> scale_unit;        // scale with numeric thresholds
  std::vector<Entry> entries;            // ascending by start
  std::string file;                      // where it was read from

  const std::string& label_in(core::Lang lang) const { return label[static_cast<std::size_t>(lang)]; }
  /// The entry in force on `d` (nullptr before the first date or after an end).
  const Entry* entry_at(core::Date d) const;
};

}  // namespace secu::law

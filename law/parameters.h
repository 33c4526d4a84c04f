// Parameters: the whole tree of legal figures, with reform overlays, looked up by id and date.
//
//   SECU_TRY(Parameters law, Parameters::load("data/params"));
//   auto ceiling = law.money("sickness.benefit.wage_ceiling", date);   // Fetched<Money>
//   Parameters reformed = law.with(reform);                           // cheap: no reload
//
// Coverage is explicit: a date before the first value, or after a null that ends the
// parameter, is an out_of_range error (the rules turn it into "cannot tell"), never 0.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "law/parameter.h"

namespace secu::law {

/// A value found for a date, with the parameter and entry it came from (for the trace).
template <class T>
struct Fetched {
  T value;
  const Parameter* param = nullptr;
  const Entry* entry = nullptr;
};

/// A reform: replacement values by parameter id, from their dates.
struct Reform {
  std::string name;
  std::string description;
  std::map<std::string, std::vector<Entry>> changes;
};

/// Parses a reform file against the parameters it changes (units and kinds come from them).
class Parameters;
core::Result<Reform> parse_reform(std::string_view text, const std::string& file, const Parameters& base);

/// The parameter tree, possibly with reforms on top. Copies share the data.
class Parameters {
 public:
  Parameters() = default;
  /// Loads every .yaml file below `dir`; the first bad file stops the load.
  static core::Result<Parameters> load(const std::string& dir);
  /// Builds from already parsed parameters (tests, fuzzing).
  static core::Result<Parameters> from(std::vector<Parameter> params);

  /// A copy with `reform` on top (only the changed parameters are copied).
  Parameters with(const Reform& reform) const;

  /// The parameter with this id (reforms applied), or nullptr.
  const Parameter* find(std::string_view id) const;
  /// All parameters, sorted by id.
  std::vector<const Parameter*> all() const;
  std::size_t size() const;

  /// The entry in force: not_found for an unknown id, out_of_range outside coverage.
  core::Result<Fetched<const Value*>> at(std::string_view id, core::Date d) const;
  /// An amount (EUR units).
  core::Result<Fetched<core::Money>> money(std::string_view id, core::Date d) const;
  /// A percentage as a Rate.
  core::Result<Fetched<core::Rate>> rate(std::string_view id, core::Date d) const;
  /// A whole number (days, months, years, counts); true/false as 1/0.
  core::Result<Fetched<std::int64_t>> integer(std::string_view id, core::Date d) const;
  /// A category's amount of a by_category parameter.
  core::Result<Fetched<core::Money>> money_in(std::string_view id, core::Date d, std::string_view category) const;
  /// A category's percentage of a by_category parameter, as a Rate.
  core::Result<Fetched<core::Rate>> rate_in(std::string_view id, core::Date d, std::string_view category) const;
  /// A category's whole number (an age, a count of days or months) of a by_category parameter.
  core::Result<Fetched<std::int64_t>> integer_in(std::string_view id, core::Date d, std::string_view category) const;
  /// Whether a by_category parameter writes `category` as null on `d` (e.g. a flat phase with no
  /// rate); false when it gives a value, lacks the category or is not by category.
  bool category_is_null(std::string_view id, core::Date d, std::string_view category) const;
  /// The amount of the bracket containing `key` (a date) of a scale on dates.
  core::Result<Fetched<core::Money>> money_on_date_scale(std::string_view id, core::Date d, core::Date key) const;
  /// The raw number of the bracket containing `key` of a numeric scale.
  core::Result<Fetched<Number>> number_on_scale(std::string_view id, core::Date d, Number key) const;

 private:
  using Map = std::map<std::string, Parameter, std::less<>>;
  core::Result<Fetched<Number>> scalar(std::string_view id, core::Date d) const;
  std::shared_ptr<const Map> base_;
  std::shared_ptr<const Map> overlay_;
};

}  // namespace secu::law

// Context: what a rule evaluation reads (the law as data, the evaluation date) and the
// decision builder that records reasons, missing facts and the trace as the rule runs.
//
// Rules are pure: (facts, date, law) -> decisions. The builder only accumulates.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "explain/decision.h"
#include "law/institutions.h"

namespace secu::rules {

/// The inputs every rule shares.
struct Context {
  const law::LawData& law;
  core::Date at;        // the date of the question (today by default)
  bool trace = false;   // record the trace (off in batch runs)
};

/// Builds one Decision while a rule runs.
class DecisionBuilder {
 public:
  DecisionBuilder(const Context& ctx, std::string benefit, std::string person);

  const Context& ctx() const { return ctx_; }
  explain::Decision& decision() { return d_; }

  /// Adds a reason citing data/citations[citation_id]; an unknown id is an internal error.
  core::Status reason(std::string_view citation_id, explain::Message text);
  /// Adds a reason citing a parameter's entry (the figure's own source).
  void reason_from(const law::Entry& entry, std::string_view parameter, explain::Message text);
  /// Records a fact to ask for (kept in order: call the most decisive first).
  void missing(std::string fact, explain::Message question);
  /// Adds an obligation citing data/citations[citation_id].
  core::Status obligation(std::string_view citation_id, explain::Message text, std::optional<core::Date> deadline,
                          std::string institution);
  /// Adds an institution once.
  void institution(const std::string& id);
  /// Records a named intermediate value.
  void step(std::string name, std::string value);

  /// Parameter look-ups that record the version used in the trace.
  core::Result<core::Money> money(std::string_view id, core::Date d);
  core::Result<core::Rate> rate(std::string_view id, core::Date d);
  core::Result<std::int64_t> integer(std::string_view id, core::Date d);
  core::Result<core::Money> money_in(std::string_view id, core::Date d, std::string_view category);
  core::Result<core::Rate> rate_in(std::string_view id, core::Date d, std::string_view category);
  core::Result<std::int64_t> integer_in(std::string_view id, core::Date d, std::string_view category);
  core::Result<core::Money> money_on_date_scale(std::string_view id, core::Date d, core::Date key);
  /// The amount of the bracket containing `key` of an amount scale on amounts (a ceiling by income).
  core::Result<core::Money> money_on_scale(std::string_view id, core::Date d, core::Money key);

  /// Turns an out_of_range error (law not covered on that date) into a reason, so the
  /// decision says "cannot tell" with the gap named; other errors are returned.
  core::Status law_gap(const core::Error& e, core::Date d);

  explain::Decision finish(explain::Status status, explain::Message summary);

 private:
  template <class T>
  void record(const law::Fetched<T>& f, std::string_view id, std::string value);
  const Context& ctx_;
  explain::Decision d_;
};

/// A message with no arguments.
inline explain::Message msg(std::string key) { return explain::Message{std::move(key), {}}; }

}  // namespace secu::rules

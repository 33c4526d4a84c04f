#include "rules/pension/figures.h"

#include <variant>

#include <fmt/format.h>

namespace secu::rules::pension {

using core::Date;
using core::ErrorCode;
using core::fail;

void record(DecisionBuilder& b, std::string_view id, const law::Entry& e, std::string value) {
  if (!b.ctx().trace) return;
  auto& trace = b.decision().trace;
  for (const auto& t : trace)
    if (t.parameter == id && t.since == e.start && t.value == value) return;
  trace.push_back({std::string(id), std::move(value), std::string(id), e.start, e.source.short_ref()});
}

namespace {

// A number of years (6 decimals) in whole months; an age that is not a whole month is bad data.
core::Result<int> to_months(law::Number years, std::string_view id) {
  const std::int64_t micro = years.micro() * 12;
  if (micro % law::Number::kScale != 0) return fail(ErrorCode::internal, "an age that is not a whole number of months", std::string(id));
  return static_cast<int>(micro / law::Number::kScale);
}

}  // namespace

core::Result<Figure<int>> age_in_months(DecisionBuilder& b, std::string_view id, Date d) {
  SECU_TRY(auto f, b.ctx().law.params().at(id, d));
  const auto* n = std::get_if<law::Number>(f.value);
  if (!n) return fail(ErrorCode::internal, "parameter is not a scalar", std::string(id));
  SECU_TRY(int months, to_months(*n, id));
  record(b, id, *f.entry, n->text() + " years");
  return Figure<int>{months, f.entry};
}

core::Result<int> lowest_age_in_months(const Context& ctx, std::string_view id) {
  const law::Parameter* p = ctx.law.params().find(id);
  if (!p) return fail(ErrorCode::not_found, "unknown parameter", std::string(id));
  std::optional<law::Number> lowest;
  for (const auto& e : p->entries)
    if (e.value)
      if (const auto* n = std::get_if<law::Number>(&*e.value); n && (!lowest || *n < *lowest)) lowest = *n;
  if (!lowest) return fail(ErrorCode::out_of_range, "no value", std::string(id));
  return to_months(*lowest, id);
}

core::Result<Figure<std::int64_t>> on_age_scale(DecisionBuilder& b, std::string_view id, Date d, int age_months) {
  const auto key = law::Number::from_micro(std::int64_t{age_months} * law::Number::kScale / 12);
  SECU_TRY(auto f, b.ctx().law.params().number_on_scale(id, d, key));
  SECU_TRY(std::int64_t v, f.value.integer());
  record(b, id, *f.entry, fmt::format("at {}: {}", years_text(age_months), v));
  return Figure<std::int64_t>{v, f.entry};
}

core::Result<Figure<std::int64_t>> whole(DecisionBuilder& b, std::string_view id, Date d) {
  SECU_TRY(auto f, b.ctx().law.params().integer(id, d));
  record(b, id, *f.entry, std::to_string(f.value));
  return Figure<std::int64_t>{f.value, f.entry};
}

core::Result<Figure<core::Money>> money(DecisionBuilder& b, std::string_view id, Date d) {
  SECU_TRY(auto f, b.ctx().law.params().money(id, d));
  record(b, id, *f.entry, f.value.text());
  return Figure<core::Money>{f.value, f.entry};
}

core::Result<Figure<core::Money>> money_in(DecisionBuilder& b, std::string_view id, Date d, std::string_view category) {
  SECU_TRY(auto f, b.ctx().law.params().money_in(id, d, category));
  record(b, id, *f.entry, std::string(category) + ": " + f.value.text());
  return Figure<core::Money>{f.value, f.entry};
}

namespace {

// The number of `category` in a by_category parameter in force on `d`.
core::Result<law::Fetched<law::Number>> category_number(DecisionBuilder& b, std::string_view id, Date d, std::string_view category) {
  SECU_TRY(auto f, b.ctx().law.params().at(id, d));
  const auto* cv = std::get_if<law::CategoryValues>(f.value);
  if (!cv) return fail(ErrorCode::internal, "parameter is not by category", std::string(id));
  for (const auto& [name, value] : *cv) {
    if (name != category) continue;
    if (!value) return fail(ErrorCode::out_of_range, fmt::format("no value of {} for {} on {}", id, category, d.iso()), std::string(id));
    return law::Fetched<law::Number>{*value, f.param, f.entry};
  }
  return fail(ErrorCode::internal, fmt::format("unknown category '{}'", category), std::string(id));
}

}  // namespace

core::Result<Figure<core::Rate>> rate_in(DecisionBuilder& b, std::string_view id, Date d, std::string_view category) {
  SECU_TRY(auto f, category_number(b, id, d, category));
  record(b, id, *f.entry, std::string(category) + ": " + f.value.text() + " %");
  return Figure<core::Rate>{f.value.percent(), f.entry};
}

core::Result<Figure<std::int64_t>> whole_in(DecisionBuilder& b, std::string_view id, Date d, std::string_view category) {
  SECU_TRY(auto f, category_number(b, id, d, category));
  SECU_TRY(std::int64_t v, f.value.integer());
  record(b, id, *f.entry, std::string(category) + ": " + std::to_string(v));
  return Figure<std::int64_t>{v, f.entry};
}

Date reaching(Date birth, int months) { return core::add_months(birth, months, core::EndOfMonth::next_day); }

int months_of_age(Date birth, Date on) {
  int m = (on.year() - birth.year()) * 12 + (static_cast<int>(on.month()) - static_cast<int>(birth.month()));
  if (on.day() < birth.day()) --m;
  return m;
}

std::string years_text(int months) {
  if (months % 12 == 0) return std::to_string(months / 12);
  if (months % 6 == 0) return fmt::format("{}.5", months / 12);
  return fmt::format("{} years {} months", months / 12, months % 12);
}

}  // namespace secu::rules::pension

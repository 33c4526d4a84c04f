#include "rules/context.h"

#include <algorithm>

namespace secu::rules {

using core::ErrorCode;
using core::fail;

DecisionBuilder::DecisionBuilder(const Context& ctx, std::string benefit, std::string person) : ctx_(ctx) {
  d_.benefit = std::move(benefit);
  d_.person = std::move(person);
}

core::Status DecisionBuilder::reason(std::string_view citation_id, explain::Message text) {
  const core::Citation* c = ctx_.law.citation(citation_id);
  if (!c) return fail(ErrorCode::internal, "unknown citation id", std::string(citation_id));
  d_.reasons.push_back({std::string(citation_id), std::move(text), *c});
  return {};
}

void DecisionBuilder::reason_from(const law::Entry& entry, std::string_view parameter, explain::Message text) {
  d_.reasons.push_back({std::string(parameter), std::move(text), entry.source});
}

void DecisionBuilder::missing(std::string fact, explain::Message question) {
  for (const auto& m : d_.missing)
    if (m.fact == fact) return;
  d_.missing.push_back({std::move(fact), std::move(question)});
}

core::Status DecisionBuilder::obligation(std::string_view citation_id, explain::Message text,
                                         std::optional<core::Date> deadline, std::string institution) {
  const core::Citation* c = ctx_.law.citation(citation_id);
  if (!c) return fail(ErrorCode::internal, "unknown citation id", std::string(citation_id));
  d_.obligations.push_back({std::move(text), deadline, std::move(institution), *c});
  return {};
}

void DecisionBuilder::institution(const std::string& id) {
  if (std::find(d_.institutions.begin(), d_.institutions.end(), id) == d_.institutions.end()) d_.institutions.push_back(id);
}

void DecisionBuilder::step(std::string name, std::string value) {
  if (ctx_.trace) d_.trace.push_back({std::move(name), std::move(value), {}, std::nullopt, {}});
}

template <class T>
void DecisionBuilder::record(const law::Fetched<T>& f, std::string_view id, std::string value) {
  if (!ctx_.trace) return;
  for (const auto& t : d_.trace)
    if (t.parameter == id && t.since == f.entry->start && t.value == value) return;
  d_.trace.push_back({std::string(id), std::move(value), std::string(id), f.entry->start, f.entry->source.short_ref()});
}

core::Result<core::Money> DecisionBuilder::money(std::string_view id, core::Date d) {
  SECU_TRY(auto f, ctx_.law.params().money(id, d));
  record(f, id, f.value.text());
  return f.value;
}

core::Result<core::Rate> DecisionBuilder::rate(std::string_view id, core::Date d) {
  SECU_TRY(auto f, ctx_.law.params().rate(id, d));
  record(f, id, f.value.percent_text() + " %");
  return f.value;
}

core::Result<std::int64_t> DecisionBuilder::integer(std::string_view id, core::Date d) {
  SECU_TRY(auto f, ctx_.law.params().integer(id, d));
  record(f, id, std::to_string(f.value));
  return f.value;
}

core::Result<core::Money> DecisionBuilder::money_in(std::string_view id, core::Date d, std::string_view category) {
  SECU_TRY(auto f, ctx_.law.params().money_in(id, d, category));
  record(f, id, std::string(category) + ": " + f.value.text());
  return f.value;
}

core::Result<core::Rate> DecisionBuilder::rate_in(std::string_view id, core::Date d, std::string_view category) {
  SECU_TRY(auto f, ctx_.law.params().rate_in(id, d, category));
  record(f, id, std::string(category) + ": " + f.value.percent_text() + " %");
  return f.value;
}

core::Result<std::int64_t> DecisionBuilder::integer_in(std::string_view id, core::Date d, std::string_view category) {
  SECU_TRY(auto f, ctx_.law.params().integer_in(id, d, category));
  record(f, id, std::string(category) + ": " + std::to_string(f.value));
  return f.value;
}

core::Result<core::Money> DecisionBuilder::money_on_date_scale(std::string_view id, core::Date d, core::Date key) {
  SECU_TRY(auto f, ctx_.law.params().money_on_date_scale(id, d, key));
  record(f, id, "for " + key.iso() + ": " + f.value.text());
  return f.value;
}

core::Result<core::Money> DecisionBuilder::money_on_scale(std::string_view id, core::Date d, core::Money key) {
  SECU_TRY(auto f, ctx_.law.params().number_on_scale(id, d, law::Number::from_micro(key.ten_thousandths() * 100)));
  SECU_TRY(core::Money m, f.value.money());
  record(f, id, "for " + key.text() + ": " + m.text());
  return m;
}

core::Status DecisionBuilder::law_gap(const core::Error& e, core::Date d) {
  if (e.code != ErrorCode::out_of_range) return std::unexpected(e);
  for (const auto& r : d_.reasons)
    if (r.rule == e.field && r.text.key == "law.not_covered") return {};
  d_.reasons.push_back({e.field, explain::Message{"law.not_covered", {{"parameter", e.field}, {"date", d}}}, core::Citation{}});
  return {};
}

explain::Decision DecisionBuilder::finish(explain::Status status, explain::Message summary) {
  d_.status = status;
  d_.summary = std::move(summary);
  return std::move(d_);
}

}  // namespace secu::rules

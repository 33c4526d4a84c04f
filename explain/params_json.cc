#include "explain/params_json.h"

#include <fmt/format.h>

#include "explain/render.h"

namespace secu::explain {

using nlohmann::json;

std::string value_text(const law::Value& v, const law::Parameter& p) {
  if (const auto* n = std::get_if<law::Number>(&v)) {
    if (p.unit == law::Unit::boolean) return n->micro() ? "true" : "false";
    return n->text();
  }
  std::string out;
  if (const auto* cv = std::get_if<law::CategoryValues>(&v)) {
    for (const auto& [name, x] : *cv) out += fmt::format("{}{}: {}", out.empty() ? "" : ", ", name, x ? x->text() : "unknown");
    return out;
  }
  for (const auto& b : std::get<std::vector<law::Bracket>>(v)) {
    const std::string from = p.scale_on_date ? core::Date::from(std::chrono::sys_days(std::chrono::days(b.from))).iso()
                                             : law::Number::from_micro(b.from).text();
    out += fmt::format("{}from {}: {}", out.empty() ? "" : "; ", from, b.value ? b.value->text() : "unknown");
  }
  return out;
}

json entry_json(const law::Entry& e, const law::Parameter& p) {
  json j{{"since", e.start.iso()}};
  j["value"] = e.value ? json(value_text(*e.value, p)) : json(nullptr);
  if (e.value) j["source"] = citation_json(e.source);
  return j;
}

}  // namespace secu::explain

#include "cli/params_cmd.h"

#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "explain/render.h"

namespace secu::cli {

using nlohmann::json;

namespace {

std::string value_text(const law::Value& v, const law::Parameter& p) {
  if (const auto* n = std::get_if<law::Number>(&v)) {
    if (p.unit == law::Unit::boolean) return n->micro() ? "true" : "false";
    return n->text();
  }
  if (const auto* cv = std::get_if<law::CategoryValues>(&v)) {
    std::string out;
    for (const auto& [name, x] : *cv) out += fmt::format("{}{}: {}", out.empty() ? "" : ", ", name, x ? x->text() : "unknown");
    return out;
  }
  const auto& scale = std::get<std::vector<law::Bracket>>(v);
  std::string out;
  for (const auto& b : scale) {
    const std::string from = p.scale_on_date ? core::Date::from(core::Date::from_ymd(1970, 1, 1)->sys() + std::chrono::days(b.from)).iso()
                                             : law::Number::from_micro(b.from).text();
    out += fmt::format("{}from {}: {}", out.empty() ? "" : "; ", from, b.value ? b.value->text() : "unknown");
  }
  return out;
}

json entry_json(const law::Entry& e, const law::Parameter& p) {
  json j{{"since", e.start.iso()}};
  j["value"] = e.value ? json(value_text(*e.value, p)) : json(nullptr);
  if (e.value) j["source"] = explain::citation_json(e.source);
  return j;
}

int list(const App& app, core::Date at, core::Lang lang, bool as_json) {
  json all = json::array();
  for (const law::Parameter* p : app.law.params().all()) {
    const law::Entry* e = p->entry_at(at);
    if (as_json) {
      all.push_back({{"id", p->id}, {"label", p->label_in(lang)}, {"unit", law::to_string(p->unit)},
                     {"value", e ? json(value_text(*e->value, *p)) : json(nullptr)}, {"since", e ? json(e->start.iso()) : json(nullptr)}});
      continue;
    }
    std::cout << fmt::format("{:<62} {:>14} {:<13} {}\n", p->id, e ? value_text(*e->value, *p).substr(0, 40) : "—",
                             law::to_string(p->unit), e ? "since " + e->start.iso() : "not covered on " + at.iso());
  }
  if (as_json) std::cout << all.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
  return kOk;
}

}  // namespace

int run_params(const App& app, const std::string& name, core::Date at, core::Lang lang, bool as_json) {
  if (name.empty()) return list(app, at, lang, as_json);
  const law::Parameter* p = app.law.params().find(name);
  if (!p) {
    std::cerr << "secu params: no parameter '" << name << "' (run 'secu params' for the list)\n";
    return kBadInput;
  }
  const law::Entry* e = p->entry_at(at);
  json j{{"id", p->id}, {"description", p->description}, {"label", p->label_in(lang)}, {"unit", law::to_string(p->unit)},
         {"at", at.iso()}, {"file", p->file}};
  j["in_force"] = e ? entry_json(*e, *p) : json(nullptr);
  j["history"] = json::array();
  for (const auto& x : p->entries) j["history"].push_back(entry_json(x, *p));
  if (as_json) {
    std::cout << j.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
    return e ? kOk : kFailed;
  }
  std::cout << p->id << " — " << p->label_in(lang) << "\n  " << p->description << "\n  unit: " << law::to_string(p->unit) << "\n";
  if (!e) std::cout << "  on " << at.iso() << ": cannot tell (the data does not cover this date)\n";
  else std::cout << "  on " << at.iso() << ": " << value_text(*e->value, *p) << " (since " << e->start.iso() << ")\n  source: "
                 << (e->source.is_seed() ? "seed " + e->source.seed + ", ch. " + e->source.chapter + ": \"" + e->source.quote + "\"" : e->source.url)
                 << (e->source.note.empty() ? "" : "\n  note: " + e->source.note) << "\n";
  std::cout << "  history:\n";
  for (const auto& x : p->entries)
    std::cout << "    " << x.start.iso() << "  " << (x.value ? value_text(*x.value, *p) : "(ends)") << "\n";
  return e ? kOk : kFailed;
}

}  // namespace secu::cli

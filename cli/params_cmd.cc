#include "cli/params_cmd.h"

#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "explain/params_json.h"
#include "explain/render.h"

namespace secu::cli {

using nlohmann::json;
using explain::entry_json;
using explain::value_text;

namespace {

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

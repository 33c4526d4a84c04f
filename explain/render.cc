#include "explain/render.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace secu::explain {

using nlohmann::json;

json citation_json(const core::Citation& c) {
  json j = json::object();
  if (c.is_seed()) {
    j["seed"] = c.seed;
    j["chapter"] = c.chapter;
    j["quote"] = c.quote;
  } else if (!c.url.empty()) {
    j["url"] = c.url;
    j["reliability"] = c.reliability;
    if (!c.quote.empty()) j["quote"] = c.quote;
  }
  if (!c.note.empty()) j["note"] = c.note;
  return j;
}

namespace {

json institution_json(const std::string& id, const RenderOptions& o) {
  const law::Institution* inst = o.law.institution(id);
  return inst ? explain::institution_json(*inst, o.lang) : json{{"id", id}};
}

std::string payer_name(const std::string& id, const RenderOptions& o) {
  const law::Institution* inst = o.law.institution(id);
  return inst ? inst->name_in(o.lang) : id;
}

json period_json(const Period& p, const RenderOptions& o) {
  json j{{"from", p.days.first.iso()}, {"to", p.open_end ? json(nullptr) : json(p.days.last.iso())}, {"payer", p.payer},
         {"payer_name", payer_name(p.payer, o)}, {"per", to_string(p.per)},
         {"basis", o.catalog.render(p.basis, o.lang)}};
  j["amount"] = p.amount_known ? json(p.amount.text()) : json(nullptr);
  if (p.at_least) j["at_least"] = true;
  if (p.per == Per::day && !p.open_end) {
    j["benefit_days"] = p.benefit_days;
    if (p.amount_known) j["total"] = (p.amount * p.benefit_days).text();
  }
  return j;
}

json trace_json(const TraceStep& t) {
  json j{{"step", t.name}, {"value", t.value}};
  if (!t.parameter.empty()) j["parameter"] = t.parameter;
  if (t.since) j["since"] = t.since->iso();
  if (!t.source.empty()) j["source"] = t.source;
  return j;
}

}  // namespace

json to_json(const Decision& d, const RenderOptions& o) {
  const auto& cat = o.catalog;
  json j{{"benefit", d.benefit}, {"title", cat.render({"benefit." + d.benefit, {}}, o.lang)},
         {"person", d.person}, {"status", to_string(d.status)},
         {"status_text", cat.render({std::string("status.") + std::string(to_string(d.status)), {}}, o.lang)},
         {"summary", cat.render(d.summary, o.lang)}};
  if (!d.subject.empty()) j["subject"] = d.subject;
  j["amounts"] = json::array();
  for (const auto& a : d.amounts) {
    json aj{{"name", a.name}, {"label", cat.render(a.label, o.lang)}, {"value", a.value.text()}, {"per", to_string(a.per)}};
    if (a.at_least) aj["at_least"] = true;
    j["amounts"].push_back(aj);
  }
  j["schedule"] = json::array();
  for (const auto& p : d.schedule) j["schedule"].push_back(period_json(p, o));
  j["reasons"] = json::array();
  for (const auto& r : d.reasons)
    j["reasons"].push_back({{"rule", r.rule}, {"text", cat.render(r.text, o.lang)}, {"citation", citation_json(r.cite)}});
  j["missing_facts"] = json::array();
  for (const auto& m : d.missing) j["missing_facts"].push_back({{"fact", m.fact}, {"question", cat.render(m.question, o.lang)}});
  j["obligations"] = json::array();
  for (const auto& ob : d.obligations) {
    json oj{{"text", cat.render(ob.text, o.lang)}, {"institution", ob.institution}, {"citation", citation_json(ob.cite)}};
    oj["deadline"] = ob.deadline ? json(ob.deadline->iso()) : json(nullptr);
    j["obligations"].push_back(oj);
  }
  if (d.appeal) {
    j["appeal"] = {{"text", cat.render(d.appeal->text, o.lang)}, {"institution", d.appeal->institution},
                   {"citation", citation_json(d.appeal->cite)}};
    j["appeal"]["deadline"] = d.appeal->deadline ? json(d.appeal->deadline->iso()) : json(nullptr);
  }
  j["institutions"] = json::array();
  for (const auto& id : d.institutions) j["institutions"].push_back(institution_json(id, o));
  if (o.trace) {
    j["trace"] = json::array();
    for (const auto& t : d.trace) j["trace"].push_back(trace_json(t));
  }
  return j;
}

json institution_json(const law::Institution& inst, core::Lang lang) {
  json j{{"id", inst.id}, {"kind", inst.kind}, {"name", inst.name_in(lang)}};
  if (!inst.abbreviation_in(lang).empty()) j["abbreviation"] = inst.abbreviation_in(lang);
  if (!inst.street.empty()) j["address"] = fmt::format("{}, {} {}", inst.street, inst.postcode, inst.city);
  if (!inst.phone.empty()) j["phone"] = inst.phone;
  if (!inst.email.empty()) j["email"] = inst.email;
  if (!inst.website.empty()) j["website"] = inst.website;
  return j;
}

json to_json(const std::vector<Decision>& ds, const RenderOptions& o) {
  json j{{"lang", core::to_string(o.lang)}, {"decisions", json::array()}};
  for (const auto& d : ds) j["decisions"].push_back(to_json(d, o));
  return j;
}

namespace {

void text_schedule(std::string& out, const Decision& d, const RenderOptions& o) {
  if (d.schedule.empty()) return;
  out += "  " + o.catalog.render({"heading.schedule", {}}, o.lang) + "\n";
  for (const auto& p : d.schedule) {
    std::string amount = p.amount_known ? core::format_money(p.amount, o.lang, p.amount.ten_thousandths() % 100 ? 4 : 2)
                                        : o.catalog.render({"amount.unknown", {}}, o.lang);
    if (p.at_least) amount = o.catalog.render({"amount.at_least", {{"amount", amount}}}, o.lang);
    out += fmt::format("    {} → {}  {} / {}  {}  ({})\n", p.days.first.iso(), p.open_end ? "…" : p.days.last.iso(), amount,
                       o.catalog.render({std::string("per.") + std::string(to_string(p.per)), {}}, o.lang),
                       payer_name(p.payer, o), o.catalog.render(p.basis, o.lang));
  }
}

void text_lists(std::string& out, const Decision& d, const RenderOptions& o) {
  const auto& cat = o.catalog;
  if (!d.missing.empty()) {
    out += "  " + cat.render({"heading.missing", {}}, o.lang) + "\n";
    for (const auto& m : d.missing) out += "    ? " + cat.render(m.question, o.lang) + "  [" + m.fact + "]\n";
  }
  if (!d.reasons.empty()) {
    out += "  " + cat.render({"heading.reasons", {}}, o.lang) + "\n";
    for (const auto& r : d.reasons) {
      const std::string ref = r.cite.short_ref();
      out += "    - " + cat.render(r.text, o.lang) + (r.cite.empty() ? "" : "  [" + ref + "]") + "\n";
    }
  }
  if (!d.obligations.empty()) {
    out += "  " + cat.render({"heading.obligations", {}}, o.lang) + "\n";
    for (const auto& ob : d.obligations)
      out += "    ! " + (ob.deadline ? cat.date(*ob.deadline, o.lang) + ": " : "") + cat.render(ob.text, o.lang) + "\n";
  }
  if (d.appeal)
    out += "  " + cat.render({"heading.appeal", {}}, o.lang) + "\n    " +
           (d.appeal->deadline ? cat.date(*d.appeal->deadline, o.lang) + ": " : "") + cat.render(d.appeal->text, o.lang) + "\n";
  if (!d.institutions.empty()) {
    out += "  " + cat.render({"heading.institutions", {}}, o.lang) + "\n";
    for (const auto& id : d.institutions) {
      json ij = institution_json(id, o);
      out += "    * " + ij.value("name", id);
      if (ij.contains("address")) out += ", " + ij["address"].get<std::string>();
      if (ij.contains("phone")) out += ", " + ij["phone"][0].get<std::string>();
      if (ij.contains("website")) out += ", " + ij["website"][0].get<std::string>();
      out += "\n";
    }
  }
  if (o.trace && !d.trace.empty()) {
    out += "  " + cat.render({"heading.trace", {}}, o.lang) + "\n";
    for (const auto& t : d.trace)
      out += fmt::format("    {} = {}{}\n", t.name, t.value,
                         t.parameter.empty() ? "" : fmt::format("  (since {}; {})", t.since ? t.since->iso() : "?", t.source));
  }
}

}  // namespace

std::string to_text(const std::vector<Decision>& ds, const RenderOptions& o) {
  std::string out;
  for (const auto& d : ds) {
    out += fmt::format("{} — {}\n", o.catalog.render({"benefit." + d.benefit, {}}, o.lang),
                       o.catalog.render({std::string("status.") + std::string(to_string(d.status)), {}}, o.lang));
    out += "  " + o.catalog.render(d.summary, o.lang) + "\n";
    for (const auto& a : d.amounts)
      out += fmt::format("  {}{} {}{}\n", o.catalog.render(a.label, o.lang), o.lang == core::Lang::fr ? " :" : ":",
                         core::format_money(a.value, o.lang, a.value.ten_thousandths() % 100 ? 4 : 2),
                         a.at_least ? " (" + o.catalog.render({"amount.at_least_note", {}}, o.lang) + ")" : "");
    text_schedule(out, d, o);
    text_lists(out, d, o);
    out += "\n";
  }
  return out;
}

}  // namespace secu::explain

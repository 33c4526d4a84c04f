// GET /v1/params, /v1/params/{name} and the OpenFisca-style /parameters, /parameter/{id}:
// the law as data, each value with its date and its source.
#include <chrono>

#include <fmt/format.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "explain/params_json.h"
#include "explain/render.h"
#include "server/handlers.h"
#include "server/http_util.h"

namespace secu::server::handlers {

using nlohmann::json;
using explain::entry_json;
using explain::value_text;

namespace {

// Same text as `secu params` (cli/params_cmd.cc): one shared renderer belongs in explain/.
/// The parameter named by the path's first capture, or a 404 already replied.
const law::Parameter* find_param(const Api& api, const httplib::Request& req, httplib::Response& res) {
  const std::string name = req.matches.size() > 1 ? req.matches[1].str() : "";
  const law::Parameter* p = api.law.params().find(name);
  if (!p) reply_error(res, 404, "not_found", "no parameter '" + name + "' (GET /v1/params lists them)", "name");
  return p;
}

}  // namespace

void institutions(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto lang = query_lang(req);
  if (!lang) return reply_error(res, lang.error());
  const std::string kind = req.has_param("kind") ? req.get_param_value("kind") : "";
  json out = json::array();
  bool kind_known = kind.empty();
  for (const law::Institution* i : api.law.institutions()) {
    kind_known = kind_known || i->kind == kind;
    if (kind.empty() || i->kind == kind) out.push_back(explain::institution_json(*i, *lang));
  }
  if (!kind_known) return reply_error(res, 400, "invalid_argument", "no institution is of kind '" + kind + "'", "kind");
  reply_json(res, json{{"lang", core::to_string(*lang)}, {"institutions", std::move(out)}});
}

void params(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto at = query_date(req);
  if (!at) return reply_error(res, at.error());
  auto lang = query_lang(req);
  if (!lang) return reply_error(res, lang.error());
  json all = json::array();
  for (const law::Parameter* p : api.law.params().all()) {
    const law::Entry* e = p->entry_at(*at);
    all.push_back({{"id", p->id}, {"label", p->label_in(*lang)}, {"unit", law::to_string(p->unit)},
                   {"value", e && e->value ? json(value_text(*e->value, *p)) : json(nullptr)},
                   {"since", e ? json(e->start.iso()) : json(nullptr)}});
  }
  reply_json(res, json{{"at", at->iso()}, {"parameters", std::move(all)}});
}

namespace {

/// The parameter's file as the repository names it ("params/sickness/benefit/rate.yaml"),
/// not where this server's data directory happens to be.
std::string data_file(const law::Parameter& p) {
  const auto at = p.file.rfind("/params/");
  return at == std::string::npos ? p.file : p.file.substr(at + 1);
}

}  // namespace

void param(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto at = query_date(req);
  if (!at) return reply_error(res, at.error());
  auto lang = query_lang(req);
  if (!lang) return reply_error(res, lang.error());
  const law::Parameter* p = find_param(api, req, res);
  if (!p) return;
  const law::Entry* e = p->entry_at(*at);
  json j{{"id", p->id}, {"description", p->description}, {"label", p->label_in(*lang)},
         {"unit", law::to_string(p->unit)}, {"at", at->iso()}, {"file", data_file(*p)}};
  j["in_force"] = e ? entry_json(*e, *p) : json(nullptr);
  j["history"] = json::array();
  for (const auto& x : p->entries) j["history"].push_back(entry_json(x, *p));
  reply_json(res, j);
}

void openfisca_parameters(const Api& api, const httplib::Request& req, httplib::Response& res) {
  const std::string host = req.get_header_value("Host");
  json all = json::object();
  for (const law::Parameter* p : api.law.params().all())
    all[p->id] = {{"description", p->description}, {"href", fmt::format("http://{}/parameter/{}", host, p->id)}};
  reply_json(res, all);
}

void openfisca_parameter(const Api& api, const httplib::Request& req, httplib::Response& res) {
  const law::Parameter* p = find_param(api, req, res);
  if (!p) return;
  json values = json::object();
  json references = json::object();
  for (const auto& e : p->entries) {
    values[e.start.iso()] = e.value ? json(value_text(*e.value, *p)) : json(nullptr);
    if (e.value) references[e.start.iso()] = explain::citation_json(e.source);
  }
  reply_json(res, json{{"id", p->id}, {"description", p->description},
                       {"metadata", {{"unit", law::to_string(p->unit)}, {"file", data_file(*p)}}},
                       {"values", std::move(values)}, {"references", std::move(references)}});
}

}  // namespace secu::server::handlers

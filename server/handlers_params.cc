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

void param(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto at = query_date(req);
  if (!at) return reply_error(res, at.error());
  auto lang = query_lang(req);
  if (!lang) return reply_error(res, lang.error());
  const law::Parameter* p = find_param(api, req, res);
  if (!p) return;
  const law::Entry* e = p->entry_at(*at);
  json j{{"id", p->id}, {"description", p->description}, {"label", p->label_in(*lang)},
         {"unit", law::to_string(p->unit)}, {"at", at->iso()}, {"file", p->file}};
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
                       {"metadata", {{"unit", law::to_string(p->unit)}, {"file", p->file}}},
                       {"values", std::move(values)}, {"references", std::move(references)}});
}

}  // namespace secu::server::handlers

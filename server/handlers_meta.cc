// Operations (/health, /ready, /metrics) and documentation (/openapi.json, /spec, /docs).
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "server/handlers.h"
#include "server/http_util.h"
#include "server/metrics.h"
#include "store/migrations.h"

namespace secu::server::handlers {

void health(const Api&, const httplib::Request&, httplib::Response& res) {
  reply_json(res, nlohmann::json{{"status", "ok"}});
}

namespace {

/// The database's name in /ready: "sqlite" or "postgresql".
std::string engine_name(store::Engine e) { return e == store::Engine::sqlite ? "sqlite" : "postgresql"; }

}  // namespace

// Ready when the law data is loaded and the database answers a trivial query on a pooled
// connection (a broken one is replaced, so /ready turns green again once the database is back).
void ready(const Api& api, const httplib::Request&, httplib::Response& res) {
  const std::size_t params = api.law.params().size();
  const std::size_t messages = api.catalog.size();
  nlohmann::json body{{"status", "not_ready"}, {"parameters", params}, {"messages", messages}};
  if (params == 0 || messages == 0) {
    body["reason"] = "the law data or the message catalogs are empty";
    return reply_json(res, body, 503);
  }
  if (api.pool == nullptr) {
    body["reason"] = "no database is configured";
    return reply_json(res, body, 503);
  }
  body["database"] = engine_name(api.pool->engine());
  auto db = api.db();
  if (!db) {
    body["reason"] = db.error().message;
    return reply_json(res, body, 503);
  }
  auto probe = (*db)->query("SELECT 1");
  core::Result<std::int64_t> version = probe ? store::schema_version(**db) : std::unexpected(probe.error());
  if (!version) {
    body["reason"] = "the database does not answer: " + version.error().message;
    return reply_json(res, body, 503);
  }
  body["status"] = "ready";
  body["schema_version"] = *version;
  reply_json(res, body, 200);
}

void metrics(const Api& api, const httplib::Request&, httplib::Response& res) {
  res.status = 200;
  res.set_content(api.metrics.render(routes()), "text/plain; version=0.0.4");
}

void openapi(const Api&, const httplib::Request&, httplib::Response& res) {
  res.status = 200;
  res.set_content(std::string(openapi_document()), "application/json");
}

void docs(const Api&, const httplib::Request&, httplib::Response& res) {
  res.status = 200;
  res.set_content(docs_page(), "text/html; charset=utf-8");
}

}  // namespace secu::server::handlers

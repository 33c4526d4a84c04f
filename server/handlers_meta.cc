// Operations (/health, /ready, /metrics) and documentation (/openapi.json, /spec, /docs).
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "server/handlers.h"
#include "server/http_util.h"
#include "server/metrics.h"

namespace secu::server::handlers {

void health(const Api&, const httplib::Request&, httplib::Response& res) {
  reply_json(res, nlohmann::json{{"status", "ok"}});
}

void ready(const Api& api, const httplib::Request&, httplib::Response& res) {
  const std::size_t params = api.law.params().size();
  const std::size_t messages = api.catalog.size();
  const bool ok = params > 0 && messages > 0;
  reply_json(res, nlohmann::json{{"status", ok ? "ready" : "not_ready"}, {"parameters", params}, {"messages", messages}},
             ok ? 200 : 503);
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

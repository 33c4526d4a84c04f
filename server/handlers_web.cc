// The web page for citizens and clerks: GET / (web/index.html) and GET /app/{file} (the
// page's scripts and styles, embedded at build time: server/web_assets.h), and
// GET /v1/messages, the page's own texts in the asked language (data/messages/*/web.json,
// the same catalogs as the decisions). The page calls the public API like any client.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "server/handlers.h"
#include "server/http_util.h"
#include "server/web_assets.h"

namespace secu::server::handlers {

namespace {

using nlohmann::json;

constexpr std::string_view kPrefix = "web.";

std::string_view mime_of(std::string_view name) {
  if (name.ends_with(".html")) return "text/html; charset=utf-8";
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  return "application/octet-stream";
}

const WebAsset* asset(std::string_view name) {
  for (const WebAsset& a : web_assets())
    if (a.name == name) return &a;
  return nullptr;
}

// The file's bytes: from `secu serve --web-dir` when given (the name is a plain file name:
// the route's pattern allows no '/'), else the copy built in.
std::optional<std::string> read_asset(const Api& api, std::string_view name) {
  if (api.web_dir.empty()) {
    const WebAsset* a = asset(name);
    return a ? std::optional<std::string>(a->bytes) : std::nullopt;
  }
  std::ifstream in(std::filesystem::path(api.web_dir) / name, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void serve(const Api& api, std::string_view name, httplib::Response& res) {
  auto bytes = read_asset(api, name);
  if (!bytes) return reply_error(res, 404, "not_found", "no file '" + std::string(name) + "' in the web page", "file");
  res.set_header("Cache-Control", "no-cache");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_content(std::move(*bytes), std::string(mime_of(name)));
}

void index(const Api& api, const httplib::Request&, httplib::Response& res) { serve(api, "index.html", res); }

void file(const Api& api, const httplib::Request& req, httplib::Response& res) { serve(api, req.matches[1].str(), res); }

void messages(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto lang = query_lang(req);
  if (!lang) return reply_error(res, lang.error());
  json out = json::object();
  for (const auto& [key, text] : api.catalog.all(*lang))
    if (std::string_view(key).starts_with(kPrefix)) out[key] = text;
  reply_json(res, json{{"lang", core::to_string(*lang)}, {"messages", std::move(out)}});
}

}  // namespace

std::vector<Route> web_routes() {
  using M = Method;
  return {
      {M::get, "/", "/", "The web page: the citizen's adviser, the reimbursement calculator, the law browser and the fund's desk", "/", index},
      {M::get, "/app/{file}", R"(/app/([a-z0-9_\-]+\.(?:js|css|html)))", "A file of the web page (scripts, styles)",
       "/app/app.js", file},
      {M::get, "/v1/messages", "/v1/messages", "The web page's texts in ?lang= (en, fr, nl)", "/v1/messages?lang=nl", messages},
  };
}

}  // namespace secu::server::handlers

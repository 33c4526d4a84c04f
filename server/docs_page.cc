// GET /docs: one small page, no external resources, built from the same route list as the
// router, so it cannot drift from what is served.
#include <fmt/format.h>

#include "server/routes.h"

namespace secu::server {

namespace {

std::string escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string example(const Route& r) {
  const std::string auth = r.access == fund::kPublic ? "" : "-H \"Authorization: Bearer $TOKEN\" ";
  if (r.method == Method::get) return fmt::format("curl -s {}'http://localhost:8080{}'", auth, r.example);
  if (r.path == "/v1/login")
    return fmt::format("curl -s -X POST -d '{{\"name\":\"clerk\",\"password\":\"...\"}}' 'http://localhost:8080{}'", r.example);
  if (r.path == "/v1/simulations")
    return fmt::format(
        "curl -s -i -X POST -d '{{\"at\":\"2027-03-01\",\"population\":{{\"generate\":{{\"size\":1000,\"seed\":1}}}}}}' "
        "'http://localhost:8080{}'   # then GET the Location until \"status\": \"done\"",
        r.example);
  if (r.access == fund::kPublic)
    return fmt::format("curl -s -X POST --data @examples/sickness-blue-collar.json 'http://localhost:8080{}'", r.example);
  return fmt::format("curl -s {}-X POST --data @body.json 'http://localhost:8080{}'   # body: see /openapi.json", auth,
                     r.example);
}

/// Who may call the route: "anyone" or the roles.
std::string who(const Route& r) {
  if (r.access == fund::kPublic) return "anyone";
  std::string out;
  for (auto role : {fund::Role::clerk, fund::Role::medical_adviser, fund::Role::auditor, fund::Role::admin})
    if (fund::allowed(role, r.access)) out += (out.empty() ? "" : ", ") + std::string(fund::to_string(role));
  return out;
}

constexpr std::string_view kHead = R"(<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>secu HTTP API</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
code,pre{font:13px ui-monospace,monospace;background:#f4f4f4}pre{padding:.4rem;overflow-x:auto}
.m{display:inline-block;width:3.5rem;font-weight:bold}</style></head><body>
<h1>secu HTTP API</h1>
<p>The Belgian social security rules, as a JSON API, and a health-insurance fund's back office.
Bodies of the public <code>POST</code> routes are a <em>secu situation</em> (<a href="/v1/schema">its
JSON Schema</a>), also for the OpenFisca-style <code>/calculate</code> and <code>/trace</code>. The back
office's routes need a session: <code>POST /v1/login</code> gives a token to send as
<code>Authorization: Bearer TOKEN</code>; each route says which roles may call it (401 without a valid
token, 403 for another role). Query: <code>at=YYYY-MM-DD</code> (default today),
<code>lang=en|fr|nl</code>, <code>explain=true</code>. Errors: a 4xx with
<code>{"error": {"code", "message", "field"}}</code>, where <code>field</code> is the JSON pointer of the
offending value in the body, or the name of the query parameter. The machine-readable description is
<a href="/openapi.json">/openapi.json</a>.</p>
)";

}  // namespace

std::string docs_page() {
  std::string out(kHead);
  for (const Route& r : routes()) {
    out += fmt::format("<h3><span class=\"m\">{}</span> <code>{}</code></h3>\n<p>{} <em>({})</em></p>\n<pre>{}</pre>\n",
                       to_string(r.method), escape(r.path), escape(r.summary), escape(who(r)), escape(example(r)));
  }
  out += "</body></html>\n";
  return out;
}

}  // namespace secu::server

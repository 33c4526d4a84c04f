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
  if (r.method == Method::post)
    return fmt::format("curl -s -X POST --data @examples/sickness-blue-collar.json 'http://localhost:8080{}'", r.example);
  return fmt::format("curl -s 'http://localhost:8080{}'", r.example);
}

constexpr std::string_view kHead = R"(<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>secu HTTP API</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
code,pre{font:13px ui-monospace,monospace;background:#f4f4f4}pre{padding:.4rem;overflow-x:auto}
.m{display:inline-block;width:3.5rem;font-weight:bold}</style></head><body>
<h1>secu HTTP API</h1>
<p>The Belgian social security rules, as a JSON API. Bodies of <code>POST</code> routes are a
<em>secu situation</em> (<a href="/v1/schema">its JSON Schema</a>), also for the OpenFisca-style
<code>/calculate</code> and <code>/trace</code>. Query: <code>at=YYYY-MM-DD</code> (default today),
<code>lang=en|fr|nl</code>, <code>explain=true</code>. Errors: a 4xx with
<code>{"error": {"code", "message", "field"}}</code>, where <code>field</code> is the JSON pointer of the
offending value in the body, or the name of the query parameter. The machine-readable description is
<a href="/openapi.json">/openapi.json</a>.</p>
)";

}  // namespace

std::string docs_page() {
  std::string out(kHead);
  for (const Route& r : routes()) {
    out += fmt::format("<h3><span class=\"m\">{}</span> <code>{}</code></h3>\n<p>{}</p>\n<pre>{}</pre>\n",
                       to_string(r.method), escape(r.path), escape(r.summary), escape(example(r)));
  }
  out += "</body></html>\n";
  return out;
}

}  // namespace secu::server

// The public HTTP API's routes, in one list: the router registers them, the docs page
// lists them, and the OpenAPI test checks them against server/openapi.json.
//
//   for (const Route& r : routes()) svr.Get(std::string(r.pattern), ...);
#pragma once

#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "explain/catalog.h"
#include "law/institutions.h"
#include "store/store.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace secu::server {

class Metrics;

/// The server's database: for now one connection behind a mutex, which is enough for
/// /ready's trivial query. The back-office routes will want one connection per worker
/// thread (store::Database is not thread-safe) or a pool instead.
struct SharedDatabase {
  std::mutex mutex;
  std::unique_ptr<store::Database> db;  // null: none configured (/ready then answers 503)
};

/// What every handler reads: the law, the texts, the metrics, the database. The law and
/// texts are owned by the caller, the database by the Server.
struct Api {
  const law::LawData& law;
  const explain::Catalog& catalog;
  const Metrics& metrics;
  SharedDatabase& database;
};

enum class Method { get, post };

/// "GET", "POST".
std::string_view to_string(Method m);

/// One route: its method, its OpenAPI path, the regex httplib matches, and its handler.
struct Route {
  Method method;
  std::string_view path;     // as in OpenAPI: /v1/params/{name}
  std::string_view pattern;  // as httplib matches it (std::regex, whole path)
  std::string_view summary;  // one line, for the docs page
  std::string_view example;  // a request for the docs page: path?query (POST bodies: the example situation)
  void (*handle)(const Api&, const httplib::Request&, httplib::Response&);
};

/// Every public route, in the order of the docs page.
const std::vector<Route>& routes();

/// The OpenAPI 3.0 document (server/openapi.json, embedded at build time).
std::string_view openapi_document();

/// The documentation page (HTML, no external resources), built from routes().
std::string docs_page();

}  // namespace secu::server

// The HTTP API's routes, in one list: the router registers them (and checks the login of
// those that need one), the docs page lists them, and the OpenAPI test checks them against
// the OpenAPI document. Each part of the API keeps its routes beside its handlers
// (handlers_<part>.cc: `std::vector<Route> <part>_routes()`), and routes() joins them.
//
//   for (const Route& r : routes()) svr.Get(std::string(r.pattern), ...);
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "explain/catalog.h"
#include "fund/users.h"
#include "law/institutions.h"
#include "store/pool.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace secu::server {

class Metrics;
class SimulationJobs;

/// What every handler reads: the law, the texts, the metrics, the database connections, and
/// — on a route behind login — who asks. The law and texts are owned by the caller, the
/// pool by the Server; the router gives each request its own copy with `caller` set.
struct Api {
  const law::LawData& law;
  const explain::Catalog& catalog;
  const Metrics& metrics;
  store::Pool* pool;                      // null: no database configured (/ready answers 503)
  const fund::Caller* caller = nullptr;   // set on routes with access != kPublic
  std::string_view web_dir = {};          // non-empty: the web page's files are read from here
  SimulationJobs* simulations = nullptr;  // the population runs (POST /v1/simulations); owned by the Server

  /// A connection for this request; `unavailable` when there is no database or it does not answer.
  core::Result<store::Pool::Lease> db() const;
  /// The caller's name for the audit log ("anonymous" on public routes).
  std::string who() const { return caller ? caller->name : "anonymous"; }
};

enum class Method { get, post };

/// "GET", "POST".
std::string_view to_string(Method m);

/// One route: its method, its OpenAPI path, the regex httplib matches, its handler, and
/// who may call it (fund::kPublic: anyone; else a bearer token of a user with one of the roles).
struct Route {
  Method method;
  std::string_view path;     // as in OpenAPI: /v1/params/{name}
  std::string_view pattern;  // as httplib matches it (std::regex, whole path)
  std::string_view summary;  // one line, for the docs page
  std::string_view example;  // a request for the docs page: path?query (POST bodies: the example situation)
  void (*handle)(const Api&, const httplib::Request&, httplib::Response&);
  fund::Roles access = fund::kPublic;
  std::size_t max_body = 0;  // the largest body taken (413 beyond); 0: the server's Config::max_body
};

/// Every route, in the order of the docs page.
const std::vector<Route>& routes();

/// The OpenAPI 3.0 document: server/openapi.json with the paths and schemas of every
/// fragment in server/openapi/*.json merged in (embedded at build time, merged once).
std::string_view openapi_document();

/// The documentation page (HTML, no external resources), built from routes().
std::string docs_page();

}  // namespace secu::server

#include "server/routes.h"

#include "server/handlers.h"

namespace secu::server {

std::string_view to_string(Method m) { return m == Method::get ? "GET" : "POST"; }

core::Result<store::Pool::Lease> Api::db() const {
  if (pool == nullptr) return core::fail(core::ErrorCode::unavailable, "no database is configured (secu serve --db)", "db");
  return pool->acquire();
}

namespace {

// Evaluation, the law, the documentation and operations: no login.
std::vector<Route> public_routes() {
  using M = Method;
  namespace h = handlers;
  return {
      {M::post, "/v1/eval", "/v1/eval", "Evaluate a situation: the decisions, explained (as `secu eval --format json`)",
       "/v1/eval?at=2024-03-06&lang=fr&explain=true", h::eval},
      {M::get, "/v1/params", "/v1/params", "Every legal parameter with its value on ?at= (default today)",
       "/v1/params?at=2024-03-06", h::params},
      {M::get, "/v1/params/{name}", R"(/v1/params/([A-Za-z0-9_.\-]+))",
       "One parameter: value on ?at=, unit, since, source, history", "/v1/params/sickness.benefit.wage_ceiling?at=2024-03-06",
       h::param},
      {M::get, "/v1/institutions", "/v1/institutions",
       "The institutions (funds, ONEM/RVA, CPAS/OCMW, courts…) with names in ?lang= and how to reach them; ?kind= filters",
       "/v1/institutions?lang=fr&kind=fund_union", h::institutions},
      {M::get, "/v1/schema", "/v1/schema", "The JSON Schema (draft-07) of a situation", "/v1/schema", h::schema},
      {M::get, "/parameters", "/parameters", "OpenFisca-style: every parameter id with its description and link",
       "/parameters", h::openfisca_parameters},
      {M::get, "/parameter/{id}", R"(/parameter/([A-Za-z0-9_.\-]+))",
       "OpenFisca-style: one parameter's dated values and references", "/parameter/sickness.benefit.wage_ceiling",
       h::openfisca_parameter},
      {M::post, "/calculate", "/calculate",
       "OpenFisca-style: the decisions for a secu situation (not OpenFisca's entity format)",
       "/calculate?at=2024-03-06", h::calculate},
      {M::post, "/trace", "/trace", "OpenFisca-style: the decisions with the trace of every step", "/trace?at=2024-03-06",
       h::trace},
      {M::get, "/spec", "/spec", "OpenFisca-style: the OpenAPI document (same as /openapi.json)", "/spec", h::openapi},
      {M::get, "/openapi.json", "/openapi.json", "The OpenAPI 3.0 document of this API", "/openapi.json", h::openapi},
      {M::get, "/docs", "/docs", "This page", "/docs", h::docs},
      {M::get, "/health", "/health", "Liveness: the process answers", "/health", h::health},
      {M::get, "/ready", "/ready", "Readiness: the law data is loaded and the database answers", "/ready", h::ready},
      {M::get, "/metrics", "/metrics", "Prometheus metrics: requests by route and status, latency histogram",
       "/metrics", h::metrics},
  };
}

}  // namespace

const std::vector<Route>& routes() {
  static const std::vector<Route> kRoutes = [] {
    std::vector<Route> all;
    for (auto part : {public_routes, handlers::auth_routes, handlers::member_routes, handlers::files_routes,
                      handlers::payment_routes, handlers::appeal_routes, handlers::attestation_routes,
                      handlers::simulations_routes, handlers::web_routes}) {
      auto rs = part();
      all.insert(all.end(), rs.begin(), rs.end());
    }
    return all;
  }();
  return kRoutes;
}

}  // namespace secu::server

#include "server/server.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <regex>

#include <fmt/format.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "server/http_util.h"
#include "server/metrics.h"
#include "server/routes.h"
#include "server/simulation_jobs.h"

namespace secu::server {

namespace {

using Clock = std::chrono::steady_clock;
using HR = httplib::Server::HandlerResponse;

// The request being answered on this pool thread: httplib calls the pre-routing handler,
// the route handler and the logger on the same thread, one request at a time.
thread_local Clock::time_point tl_start{};
thread_local int tl_route = Metrics::kUnmatched;

std::string error_code_for(int status) {
  switch (status) {
    case 400: return "invalid_argument";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 413: return "payload_too_large";
    case 414: return "uri_too_long";
    default: return status >= 500 ? "internal" : "http_" + std::to_string(status);
  }
}

/// "64 MiB", "1000 bytes".
std::string size_text(std::size_t bytes) {
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return fmt::format("{} MiB", bytes >> 20);
  return fmt::format("{} bytes", bytes);
}

/// A POST's body read through httplib's ContentReader: at most `limit` bytes kept, the rest read
/// and dropped, so that memory stays bounded (chunked bodies too) and the connection stays in
/// step. nullopt when it could not be read (httplib has set the status) or was too large, or
/// is a form (both answered).
std::optional<std::string> read_body(const httplib::Request& req, httplib::Response& res,
                                     const httplib::ContentReader& reader, std::size_t limit) {
  std::string body;
  bool over = false;
  const auto keep = [&](const char* data, std::size_t n) {
    if (!over && n <= limit - body.size()) {
      body.append(data, n);
      return true;
    }
    over = true;
    std::string().swap(body);
    return true;
  };
  const bool form = req.is_multipart_form_data();
  const bool read = form ? reader([](const httplib::MultipartFormData&) { return true; },
                                  [](const char*, std::size_t) { return true; })
                         : reader(keep);
  if (!read) return std::nullopt;
  if (form) {
    reply_error(res, 400, "invalid_argument", "expected a JSON body, not multipart/form-data", "/");
    return std::nullopt;
  }
  if (over) {
    reply_error(res, 413, "payload_too_large",
                fmt::format("the body is larger than {}, the most {} {} takes", size_text(limit), req.method, req.path));
    return std::nullopt;
  }
  return body;
}

}  // namespace

struct Server::Impl {
  Config config;
  Metrics metrics{routes().size()};
  std::unique_ptr<store::Pool> pool;
  SimulationJobs simulations;
  Api api;
  std::vector<std::regex> patterns;
  httplib::Server http;
  bool bound = false;

  Impl(const law::LawData& law, const explain::Catalog& catalog, Config c, std::unique_ptr<store::Pool> p)
      : config(std::move(c)),
        pool(std::move(p)),
        simulations(law, {.queue = config.simulation_queue, .threads = config.simulation_threads, .log = config.log_requests}),
        api{law, catalog, metrics, pool.get(), nullptr, config.web_dir, &simulations} {
    for (const Route& r : routes()) patterns.emplace_back(std::string(r.pattern));
    configure();
    register_routes();
  }

  void configure() {
    const std::size_t n = config.threads == 0 ? 1 : config.threads;
    http.new_task_queue = [n] { return new httplib::ThreadPool(n); };
    http.set_tcp_nodelay(true);
    // SO_REUSEADDR only: httplib's default also sets SO_REUSEPORT, with which a second
    // `secu serve` on a busy port would bind silently and share the traffic.
    http.set_socket_options([](socket_t sock) {
      int yes = 1;
      setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    });
    http.set_payload_max_length(largest_body());
    http.set_keep_alive_max_count(1000);
    http.set_keep_alive_timeout(2);
    http.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
      tl_start = Clock::now();
      tl_route = Metrics::kUnmatched;
      return HR::Unhandled;
    });
    http.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request& req, httplib::Response& res) { return on_error(req, res); }));
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
      reply_error(res, 500, "internal", "the server failed to answer this request");
    });
    http.set_logger([this](const httplib::Request& req, const httplib::Response& res) { on_logged(req, res); });
  }

  /// The most a route takes (413 beyond).
  std::size_t body_limit(const Route& r) const { return r.max_body ? r.max_body : config.max_body; }
  /// The most any route takes: httplib's own limit (each POST route checks its own in read_body).
  std::size_t largest_body() const {
    std::size_t most = config.max_body;
    for (const Route& r : routes()) most = std::max(most, body_limit(r));
    return most;
  }

  void register_routes() {
    const auto& rs = routes();
    for (std::size_t i = 0; i < rs.size(); ++i) {
      auto handler = [this, i](const httplib::Request& req, httplib::Response& res) {
        tl_route = static_cast<int>(i);
        const Route& route = routes()[i];
        if (route.access == fund::kPublic) return route.handle(api, req, res);
        auto caller = authenticate(req);
        if (!caller) {
          if (caller.error().code == core::ErrorCode::unauthenticated) res.set_header("WWW-Authenticate", "Bearer");
          return reply_error(res, caller.error());
        }
        if (!fund::allowed(caller->role, route.access))
          return reply_error(res, 403, "permission_denied",
                             "a " + std::string(fund::to_string(caller->role)) + " may not " + req.method + " " + req.path);
        Api mine = api;
        mine.caller = &*caller;
        route.handle(mine, req, res);
      };
      const std::string pattern(rs[i].pattern);
      if (rs[i].method == Method::get) {
        http.Get(pattern, handler);
        continue;
      }
      http.Post(pattern, handler);  // a POST without a body
      http.Post(pattern, [this, i, handler](const httplib::Request& req, httplib::Response& res,
                                            const httplib::ContentReader& reader) {
        tl_route = static_cast<int>(i);
        auto body = read_body(req, res, reader, body_limit(routes()[i]));
        if (!body) return;
        httplib::Request with_body = req;
        with_body.body = std::move(*body);
        handler(with_body, res);
      });
    }
  }

  /// The user behind the request's bearer token.
  core::Result<fund::Caller> authenticate(const httplib::Request& req) const {
    const std::string header = req.get_header_value("Authorization");
    constexpr std::string_view kBearer = "Bearer ";
    if (!header.starts_with(kBearer))
      return core::fail(core::ErrorCode::unauthenticated, "expected the header Authorization: Bearer <token> (POST /v1/login)",
                        "Authorization");
    SECU_TRY(store::Pool::Lease db, api.db());
    return fund::authenticate(*db, std::string_view(header).substr(kBearer.size()), fund::Clock::now());
  }

  /// The methods served on this path, e.g. "GET" ("" when the path is unknown).
  std::string allowed_methods(const std::string& path) const {
    std::string allow;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
      if (!std::regex_match(path, patterns[i])) continue;
      allow += (allow.empty() ? "" : ", ") + std::string(to_string(routes()[i].method));
    }
    return allow;
  }

  /// Errors httplib raises itself (no route, body too large, bad request) as JSON.
  HR on_error(const httplib::Request& req, httplib::Response& res) const {
    if (!res.body.empty()) return HR::Unhandled;  // a handler's own JSON error
    if (res.status == 404) {
      if (const std::string allow = allowed_methods(req.path); !allow.empty()) {
        res.set_header("Allow", allow);
        reply_error(res, 405, "method_not_allowed", req.method + " is not served on " + req.path + " (allowed: " + allow + ")");
        return HR::Handled;
      }
      reply_error(res, 404, "not_found", "no route " + req.method + " " + req.path + " (see /docs)");
      return HR::Handled;
    }
    const std::size_t limit = tl_route >= 0 ? body_limit(routes()[static_cast<std::size_t>(tl_route)]) : largest_body();
    const std::string message = res.status == 413 ? "the body is larger than " + size_text(limit)
                                                  : "the request was refused (HTTP " + std::to_string(res.status) + ")";
    reply_error(res, res.status, error_code_for(res.status), message);
    return HR::Handled;
  }

  void on_logged(const httplib::Request& req, const httplib::Response& res) {
    const bool timed = tl_start != Clock::time_point{};
    const auto us = timed ? std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - tl_start).count() : 0;
    metrics.record(tl_route, res.status, static_cast<std::uint64_t>(us));
    tl_start = {};
    tl_route = Metrics::kUnmatched;
    if (!config.log_requests) return;
    const nlohmann::json line{{"method", req.method}, {"path", req.path}, {"status", res.status}, {"duration_us", us},
                              {"remote", req.remote_addr}};
    const std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    std::fwrite(text.data(), 1, text.size(), stderr);
  }
};

Server::Server(const law::LawData& law, const explain::Catalog& catalog, Config config,
               std::unique_ptr<store::Pool> pool)
    : impl_(std::make_unique<Impl>(law, catalog, std::move(config), std::move(pool))) {}

Server::~Server() = default;

core::Result<int> Server::bind() {
  Impl& i = *impl_;
  int port = i.config.port;
  if (port == 0) port = i.http.bind_to_any_port(i.config.host);
  else if (!i.http.bind_to_port(i.config.host, port)) port = -1;
  if (port < 0)
    return core::fail(core::ErrorCode::failed_precondition,
                      "cannot listen on " + i.config.host + ":" + std::to_string(i.config.port), "--port");
  i.bound = true;
  return port;
}

bool Server::listen() { return impl_->bound && impl_->http.listen_after_bind(); }

void Server::stop() {
  impl_->http.stop();
  impl_->simulations.stop();
}

bool Server::is_running() const { return impl_->http.is_running(); }

const Metrics& Server::metrics() const { return impl_->metrics; }

}  // namespace secu::server

// The public HTTP API of secu on cpp-httplib: the routes of routes.h, JSON in and out,
// one JSON log line per request, Prometheus metrics, graceful stop.
//
//   SECU_TRY(auto pool, store::Pool::open("sqlite:secu.db", 8));   // migrations applied
//   Server s(law, catalog, {.host = "127.0.0.1", .port = 0}, std::move(pool));
//   SECU_TRY(int port, s.bind());      // port 0: any free port
//   std::thread t([&] { s.listen(); });
//   ...; s.stop(); t.join();
//
// Or, for `secu serve`: return serve(law, catalog, config, std::move(pool));   // until SIGTERM/SIGINT
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "core/result.h"
#include "explain/catalog.h"
#include "law/institutions.h"
#include "store/pool.h"

namespace secu::server {

class Metrics;

/// How to serve.
struct Config {
  std::string host = "127.0.0.1";
  int port = 8080;                    // 0: any free port
  std::size_t threads = 32;           // one pooled thread per open keep-alive connection
  std::size_t max_body = 1 << 20;     // larger bodies get 413 (a route may take more: Route::max_body)
  std::string web_dir = {};           // non-empty: serve the web page's files from here (development)
  bool log_requests = true;           // one JSON line per request on stderr
  std::size_t simulation_queue = 8;   // simulations waiting for the worker (POST /v1/simulations: 503 beyond)
  unsigned simulation_threads = 0;    // threads of a simulation run; 0: std::thread::hardware_concurrency()
};

/// One HTTP server over loaded law data (which must outlive it) and a pool of database
/// connections (which it owns; null: none — /ready and the back office answer 503).
class Server {
 public:
  Server(const law::LawData& law, const explain::Catalog& catalog, Config config,
         std::unique_ptr<store::Pool> pool = nullptr);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds the socket; the port bound (the free one chosen when config.port is 0).
  [[nodiscard]] core::Result<int> bind();
  /// Serves until stop(); false if the server could not run (not bound, socket error).
  bool listen();
  /// Stops accepting, lets the running requests finish, ends the running simulation at its
  /// next block (the destructor joins its worker); safe from any thread.
  void stop();
  /// True while listen() is accepting connections.
  bool is_running() const;
  const Metrics& metrics() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Binds, serves until SIGTERM or SIGINT, stops gracefully; a process exit status.
/// Call it before starting any other thread: it blocks those signals for sigwait().
int serve(const law::LawData& law, const explain::Catalog& catalog, const Config& config,
          std::unique_ptr<store::Pool> pool);

}  // namespace secu::server

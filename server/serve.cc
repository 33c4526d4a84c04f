// serve(): `secu serve` until SIGTERM or SIGINT. The signals are blocked in every thread and
// taken by a watcher thread with sigwait(), which may call Server::stop() freely (a signal
// handler could not).
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include <fmt/format.h>

#include "server/server.h"

namespace secu::server {

namespace {

void log_event(const std::string& json_line) { std::fprintf(stderr, "%s\n", json_line.c_str()); }

}  // namespace

int serve(const law::LawData& law, const explain::Catalog& catalog, const Config& config,
          std::unique_ptr<store::Pool> pool) {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // inherited by the pool threads started later

  const std::string engine(pool ? store::to_string(pool->engine()) : "none");
  Server server(law, catalog, config, std::move(pool));
  auto port = server.bind();
  if (!port) {
    log_event(fmt::format(R"({{"event":"error","message":"{}"}})", port.error().message));
    return 1;
  }
  log_event(fmt::format(R"({{"event":"listening","url":"http://{}:{}","threads":{},"database":"{}"}})", config.host, *port,
                        config.threads, engine));

  std::atomic<bool> done{false};
  std::thread watcher([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    if (!done) log_event(fmt::format(R"({{"event":"stopping","signal":{}}})", sig));
    // stop() is a no-op until listen() runs: repeat until it has returned.
    while (!done) {
      server.stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  });
  const bool ok = server.listen();
  done = true;
  pthread_kill(watcher.native_handle(), SIGTERM);  // wakes the watcher if no signal came
  watcher.join();
  log_event(R"({"event":"stopped"})");
  return ok ? 0 : 1;
}

}  // namespace secu::server

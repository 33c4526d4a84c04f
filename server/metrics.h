// Prometheus metrics, hand-written on atomics (no client library is packaged for Debian 12):
// request counters by route and status, and a latency histogram by route.
//
//   Metrics m(routes().size());
//   m.record(route_index, 200, 850);        // 850 µs
//   std::string text = m.render(routes());  // text exposition format 0.0.4
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "server/routes.h"

namespace secu::server {

/// Counters and histograms, safe to record from any thread.
class Metrics {
 public:
  /// Route index used for requests that matched no route.
  static constexpr int kUnmatched = -1;

  explicit Metrics(std::size_t route_count);

  /// Counts one request: its route (an index in routes(), or kUnmatched), status, duration.
  void record(int route, int status, std::uint64_t micros);

  /// The text exposition (https://prometheus.io/docs/instrumenting/exposition_formats/).
  std::string render(const std::vector<Route>& rs) const;

 private:
  static constexpr std::array<int, 10> kStatuses{200, 204, 400, 404, 405, 413, 422, 500, 503, 0};  // 0: other
  static constexpr std::array<std::uint64_t, 12> kBucketsUs{100, 250, 500, 1000, 2500, 5000, 10000,
                                                            25000, 50000, 100000, 500000, 1000000};
  struct Series {
    std::array<std::atomic<std::uint64_t>, kStatuses.size()> by_status{};
    std::array<std::atomic<std::uint64_t>, kBucketsUs.size()> buckets{};  // not cumulative
    std::atomic<std::uint64_t> count{0};
    std::atomic<std::uint64_t> sum_us{0};
  };
  void render_counters(std::string& out, const Series& s, const std::string& labels) const;
  void render_histogram(std::string& out, const Series& s, const std::string& labels) const;
  std::size_t route_count_;
  std::unique_ptr<Series[]> series_;  // route_count_ + 1 (the last: unmatched)
};

}  // namespace secu::server

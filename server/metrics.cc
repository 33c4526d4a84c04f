#include "server/metrics.h"

#include <fmt/format.h>

namespace secu::server {

namespace {
constexpr auto kRelaxed = std::memory_order_relaxed;
}

Metrics::Metrics(std::size_t route_count)
    : route_count_(route_count), series_(std::make_unique<Series[]>(route_count + 1)) {}

void Metrics::record(int route, int status, std::uint64_t micros) {
  const bool known = route >= 0 && static_cast<std::size_t>(route) < route_count_;
  Series& s = series_[known ? static_cast<std::size_t>(route) : route_count_];
  std::size_t st = kStatuses.size() - 1;
  for (std::size_t i = 0; i + 1 < kStatuses.size(); ++i)
    if (kStatuses[i] == status) st = i;
  s.by_status[st].fetch_add(1, kRelaxed);
  for (std::size_t i = 0; i < kBucketsUs.size(); ++i) {
    if (micros <= kBucketsUs[i]) {
      s.buckets[i].fetch_add(1, kRelaxed);
      break;
    }
  }
  s.count.fetch_add(1, kRelaxed);
  s.sum_us.fetch_add(micros, kRelaxed);
}

void Metrics::render_counters(std::string& out, const Series& s, const std::string& labels) const {
  for (std::size_t i = 0; i < kStatuses.size(); ++i) {
    const std::uint64_t n = s.by_status[i].load(kRelaxed);
    if (n == 0) continue;
    const std::string status = kStatuses[i] == 0 ? "other" : std::to_string(kStatuses[i]);
    out += fmt::format("secu_http_requests_total{{{},status=\"{}\"}} {}\n", labels, status, n);
  }
}

void Metrics::render_histogram(std::string& out, const Series& s, const std::string& labels) const {
  const std::uint64_t count = s.count.load(kRelaxed);
  if (count == 0) return;
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i < kBucketsUs.size(); ++i) {
    cumulative += s.buckets[i].load(kRelaxed);
    out += fmt::format("secu_http_request_duration_seconds_bucket{{{},le=\"{}\"}} {}\n", labels,
                       static_cast<double>(kBucketsUs[i]) / 1e6, cumulative);
  }
  out += fmt::format("secu_http_request_duration_seconds_bucket{{{},le=\"+Inf\"}} {}\n", labels, count);
  out += fmt::format("secu_http_request_duration_seconds_sum{{{}}} {}\n", labels,
                     static_cast<double>(s.sum_us.load(kRelaxed)) / 1e6);
  out += fmt::format("secu_http_request_duration_seconds_count{{{}}} {}\n", labels, count);
}

std::string Metrics::render(const std::vector<Route>& rs) const {
  std::vector<std::string> labels;
  for (std::size_t i = 0; i < route_count_; ++i)
    labels.push_back(i < rs.size() ? fmt::format("method=\"{}\",route=\"{}\"", to_string(rs[i].method), rs[i].path)
                                   : fmt::format("route=\"{}\"", i));
  labels.emplace_back("method=\"\",route=\"unmatched\"");
  std::string out =
      "# HELP secu_http_requests_total HTTP requests answered, by route and status.\n"
      "# TYPE secu_http_requests_total counter\n";
  for (std::size_t i = 0; i <= route_count_; ++i) render_counters(out, series_[i], labels[i]);
  out +=
      "# HELP secu_http_request_duration_seconds Time from routing to the response, by route.\n"
      "# TYPE secu_http_request_duration_seconds histogram\n";
  for (std::size_t i = 0; i <= route_count_; ++i) render_histogram(out, series_[i], labels[i]);
  return out;
}

}  // namespace secu::server

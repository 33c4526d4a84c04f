// Population simulations as background jobs of the HTTP server (POST /v1/simulations): one
// worker thread runs one job at a time on every core through sim::simulate, a few more wait
// in a bounded queue, and finished jobs are kept in memory for a while to be read back.
// Stopping (the server's stop) ends the running job at its next block of households and fails
// the queued ones; the destructor joins the worker.
//
//   SimulationJobs jobs(law, {.queue = 8});
//   SECU_TRY(JobSnapshot queued, jobs.submit(std::move(job)));   // unavailable: the queue is full
//   std::optional<JobSnapshot> now = jobs.find(queued.id);       // status, progress, result
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/date.h"
#include "core/result.h"
#include "law/institutions.h"
#include "sim/simulate.h"

namespace secu::server {

/// What one job runs: the date, the population (generated from a seed, or uploaded JSON Lines),
/// and the reformed law with the reforms' names (none: the law alone).
struct SimulationJob {
  core::Date at;
  struct Generated {
    std::uint64_t size = 0;
    std::uint64_t seed = 0;
  };
  std::optional<Generated> generate = {};   // else the uploaded text `jsonl`, in `format`
  std::string jsonl = {};
  sim::Format format = sim::Format::jsonl;  // of the upload: JSON Lines or CSV (never guessed)
  std::vector<std::string> reform_names = {};
  std::optional<law::LawData> reformed = {};
};

enum class JobStatus { queued, running, done, failed };

/// "queued", "running", "done", "failed".
std::string_view to_string(JobStatus s);

/// A job as GET /v1/simulations/{id} shows it, taken under the lock at one moment.
struct JobSnapshot {
  std::string id;
  JobStatus status = JobStatus::queued;
  core::Date at;
  std::vector<std::string> reforms;   // their names
  std::int64_t households = 0;   // read so far (bad rows included)
  std::int64_t of = 0;           // in the population (non-blank lines)
  std::string created, started, finished;   // UTC, 2026-05-01T12:00:00Z; empty: not yet
  std::shared_ptr<const nlohmann::json> result;   // done: sim::report_json of the run
  std::int64_t bad_rows = 0;     // done: all of them (the result lists the first kMaxBadRows)
  std::optional<core::Error> error;   // failed: why
};

class SimulationJobs {
 public:
  struct Limits {
    std::size_t queue = 8;                      // jobs waiting (the running one apart)
    std::size_t kept = 32;                      // finished jobs kept, the oldest dropped first
    std::chrono::seconds keep_for{3600};        // how long a finished job is kept
    unsigned threads = 0;                       // per run; 0: std::thread::hardware_concurrency()
    bool log = false;                           // one JSON line on stderr when a job ends
  };
  /// The bad rows a finished job's result lists (the count of all is in JobSnapshot::bad_rows).
  static constexpr std::size_t kMaxBadRows = 1000;

  /// `law` must outlive the jobs.
  explicit SimulationJobs(const law::LawData& law, Limits limits);
  ~SimulationJobs();
  SimulationJobs(const SimulationJobs&) = delete;
  SimulationJobs& operator=(const SimulationJobs&) = delete;

  /// Queues a job: the job as queued, its id 32 hex digits (not guessable). `unavailable` when
  /// the queue is full or the jobs are stopping.
  [[nodiscard]] core::Result<JobSnapshot> submit(SimulationJob job);
  /// The job now; nullopt for an unknown (or no longer kept) id.
  std::optional<JobSnapshot> find(const std::string& id) const;
  /// Ends the running job at its next block and fails the queued ones; returns at once (the
  /// destructor joins the worker). Safe from any thread, idempotent; no job is taken after it.
  void stop();

 private:
  struct Entry;
  void work();
  void run(Entry& e);
  void forget_old();                              // under mu_
  JobSnapshot snapshot(const Entry& e) const;     // under mu_

  const law::LawData& law_;
  const Limits limits_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  std::map<std::string, std::shared_ptr<Entry>, std::less<>> jobs_;
  std::deque<std::shared_ptr<Entry>> queue_;
  std::atomic<bool> stopping_{false};   // read by the running job's input without the lock
  std::thread worker_;
};

}  // namespace secu::server

// simulation_jobs.h: the worker, its queue, the population streamed into sim::simulate.
#include "server/simulation_jobs.h"

#include <algorithm>
#include <cstdio>
#include <random>
#include <streambuf>

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/generate.h"
#include "sim/report.h"
#include "sim/simulate.h"

namespace secu::server {

namespace {

using Clock = std::chrono::system_clock;
using nlohmann::json;

std::string timestamp(Clock::time_point t) {
  if (t == Clock::time_point{}) return {};
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", std::chrono::floor<std::chrono::seconds>(t));
}

/// 128 random bits as 32 hex digits: a job's id is its only key (the route is public).
/// std::random_device reads the kernel's generator (getrandom) in libstdc++ on Linux.
std::string new_id() {
  std::random_device random;
  std::string out;
  for (int i = 0; i < 4; ++i) out += fmt::format("{:08x}", random());
  return out;
}

/// The rows sim::LineBlocks reads: the lines that are not blank (spaces, tabs, a final CR).
std::int64_t count_rows(std::string_view text) {
  std::int64_t rows = 0;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    if (text.substr(0, end).find_first_not_of(" \t\r") != std::string_view::npos) ++rows;
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  return rows;
}

/// The population as sim::simulate reads it, a chunk at a time: the households made on the fly
/// from the seed (the bytes of sim::generate, never all in memory), or the uploaded text. It
/// ends early when `stop` is set, so that the run ends at its next block.
class PopulationBuf : public std::streambuf {
 public:
  PopulationBuf(const SimulationJob& job, const std::atomic<bool>& stop) : job_(job), stop_(stop) {}

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (stop_.load(std::memory_order_relaxed) || !refill()) return traits_type::eof();
    setg(chunk_.data(), chunk_.data(), chunk_.data() + chunk_.size());
    return traits_type::to_int_type(*gptr());
  }

 private:
  static constexpr std::size_t kChunk = 64 * 1024;

  bool refill() {
    chunk_.clear();
    if (job_.generate) {
      while (next_ < job_.generate->size && chunk_.size() < kChunk) {
        chunk_ += sim::generate_household(job_.generate->seed, next_++, job_.at);
        chunk_ += '\n';
      }
    } else if (offset_ < job_.jsonl.size()) {
      const std::size_t n = std::min(kChunk, job_.jsonl.size() - offset_);
      chunk_.assign(job_.jsonl, offset_, n);
      offset_ += n;
    }
    return !chunk_.empty();
  }

  const SimulationJob& job_;
  const std::atomic<bool>& stop_;
  std::string chunk_;
  std::uint64_t next_ = 0;     // the next household to make
  std::size_t offset_ = 0;     // the next byte of the upload
};

/// Households read between two progress reports: about 2 % of the population, within the
/// simulator's usual block (the results do not depend on it).
std::size_t block_for(std::int64_t rows) {
  return static_cast<std::size_t>(std::clamp<std::int64_t>(rows / 50, 256, 4096));
}

}  // namespace

std::string_view to_string(JobStatus s) {
  switch (s) {
    case JobStatus::queued: return "queued";
    case JobStatus::running: return "running";
    case JobStatus::done: return "done";
    case JobStatus::failed: return "failed";
  }
  return "failed";
}

/// A job: what it runs (freed when it ends) and, under the jobs' lock, where it stands.
struct SimulationJobs::Entry {
  std::string id;
  SimulationJob job;
  core::Date at;
  std::vector<std::string> reforms;
  std::int64_t of = 0;
  std::atomic<std::int64_t> done{0};   // written by the run's progress callback
  JobStatus status = JobStatus::queued;
  Clock::time_point created{}, started{}, finished{};
  std::shared_ptr<const json> result;
  std::int64_t bad_rows = 0;
  std::optional<core::Error> error;

  bool over() const { return status == JobStatus::done || status == JobStatus::failed; }
};

SimulationJobs::SimulationJobs(const law::LawData& law, Limits limits) : law_(law), limits_(limits) {
  worker_ = std::thread([this] { work(); });
}

SimulationJobs::~SimulationJobs() {
  stop();
  if (worker_.joinable()) worker_.join();
}

core::Result<JobSnapshot> SimulationJobs::submit(SimulationJob job) {
  auto e = std::make_shared<Entry>();
  // CSV rows are persons, not households: the total is not known until the run has read them.
  e->of = job.generate ? static_cast<std::int64_t>(job.generate->size) : job.format == sim::Format::csv ? 0 : count_rows(job.jsonl);
  e->at = job.at;
  e->reforms = job.reform_names;
  e->job = std::move(job);
  e->created = Clock::now();
  std::lock_guard lock(mu_);
  if (stopping_) return core::fail(core::ErrorCode::unavailable, "the server is stopping; no simulation is taken");
  if (queue_.size() >= limits_.queue)
    return core::fail(core::ErrorCode::unavailable,
                      fmt::format("{} simulations are already waiting (the most this server keeps in line); try again "
                                  "when one has finished",
                                  queue_.size()));
  forget_old();
  do e->id = new_id();
  while (jobs_.contains(e->id));
  jobs_.emplace(e->id, e);
  queue_.push_back(e);
  wake_.notify_one();
  return snapshot(*e);
}

std::optional<JobSnapshot> SimulationJobs::find(const std::string& id) const {
  std::lock_guard lock(mu_);
  auto it = jobs_.find(id);
  if (it == jobs_.end()) return std::nullopt;
  const Entry& e = *it->second;
  if (e.over() && Clock::now() - e.finished > limits_.keep_for) return std::nullopt;
  return snapshot(e);
}

JobSnapshot SimulationJobs::snapshot(const Entry& e) const {
  return JobSnapshot{.id = e.id,
                     .status = e.status,
                     .at = e.at,
                     .reforms = e.reforms,
                     .households = e.done.load(),
                     .of = e.of,
                     .created = timestamp(e.created),
                     .started = timestamp(e.started),
                     .finished = timestamp(e.finished),
                     .result = e.result,
                     .bad_rows = e.bad_rows,
                     .error = e.error};
}

void SimulationJobs::stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
    for (const auto& e : queue_) {
      e->status = JobStatus::failed;
      e->finished = Clock::now();
      e->error = core::Error{core::ErrorCode::unavailable, "the server stopped before this simulation started", ""};
      e->job = {};
    }
    queue_.clear();
  }
  wake_.notify_all();
}

void SimulationJobs::work() {
  for (;;) {
    std::shared_ptr<Entry> e;
    {
      std::unique_lock lock(mu_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      e = queue_.front();
      queue_.pop_front();
      e->status = JobStatus::running;
      e->started = Clock::now();
    }
    run(*e);
  }
}

void SimulationJobs::run(Entry& e) {
  std::shared_ptr<const json> result;
  std::int64_t bad_rows = 0;
  std::optional<core::Error> error;
  try {
    PopulationBuf population(e.job, stopping_);
    std::istream in(&population);
    const unsigned threads = limits_.threads ? limits_.threads : std::max(1u, std::thread::hardware_concurrency());
    const sim::Options options{.at = e.job.at, .format = e.job.format, .threads = threads, .block = block_for(e.of),
                               .progress = [&e](std::int64_t rows, std::uint64_t) { e.done = rows; }};
    auto run = sim::simulate(in, options, law_, e.job.reformed ? &*e.job.reformed : nullptr);
    if (stopping_) {
      error = core::Error{core::ErrorCode::unavailable, "the server stopped before this simulation finished", ""};
    } else if (!run) {
      error = run.error();
    } else {
      bad_rows = static_cast<std::int64_t>(run->bad_rows.size());
      if (run->bad_rows.size() > kMaxBadRows) run->bad_rows.resize(kMaxBadRows);
      result = std::make_shared<const json>(sim::report_json(*run, e.job.reform_names));
    }
  } catch (const std::exception& x) {  // std::bad_alloc above all: the job fails, the server stays
    error = core::Error{core::ErrorCode::internal, std::string("the simulation failed: ") + x.what(), ""};
  }
  std::lock_guard lock(mu_);
  e.status = error ? JobStatus::failed : JobStatus::done;
  e.finished = Clock::now();
  e.result = std::move(result);
  e.bad_rows = bad_rows;
  e.error = std::move(error);
  e.job = {};  // the uploaded text and the reformed law are no longer needed
  forget_old();
  if (limits_.log) {
    const json line{{"event", "simulation"}, {"id", e.id}, {"status", to_string(e.status)}, {"households", e.done.load()},
                    {"duration_ms", std::chrono::duration_cast<std::chrono::milliseconds>(e.finished - e.started).count()}};
    std::fprintf(stderr, "%s\n", line.dump().c_str());
  }
}

void SimulationJobs::forget_old() {
  const auto now = Clock::now();
  std::erase_if(jobs_, [&](const auto& kv) { return kv.second->over() && now - kv.second->finished > limits_.keep_for; });
  std::vector<std::pair<Clock::time_point, std::string>> finished;
  for (const auto& [id, e] : jobs_)
    if (e->over()) finished.emplace_back(e->finished, id);
  if (finished.size() <= limits_.kept) return;
  std::sort(finished.begin(), finished.end());
  for (std::size_t i = 0; i + limits_.kept < finished.size(); ++i) jobs_.erase(finished[i].second);
}

}  // namespace secu::server

// For tests only: the engines a suite runs on — SQLite always, PostgreSQL when
// SECU_PG_URL names a throwaway database (scripts/pg-throwaway.sh sets it) — and a
// scratch database on either, empty and migrated.
//
//   class MyTest : public ::testing::TestWithParam<store::Engine> {
//     void SetUp() override { auto s = store::Scratch::open(GetParam()); ASSERT_TRUE(s) << s.error().describe();
//                             scratch_ = std::move(*s); }
//     store::Scratch scratch_;   // scratch_.db(), scratch_.url
//   };
//   INSTANTIATE_TEST_SUITE_P(Engines, MyTest, ::testing::ValuesIn(store::engines()), ...);
#pragma once

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "store/store.h"

namespace secu::store {

/// The PostgreSQL URL of the throwaway cluster, or nullptr.
inline const char* pg_url() {
  const char* u = std::getenv("SECU_PG_URL");
  return u && *u ? u : nullptr;
}

/// SQLite, and PostgreSQL when a cluster is there.
inline std::vector<Engine> engines() {
  std::vector<Engine> out{Engine::sqlite};
  if (pg_url()) out.push_back(Engine::postgres);
  return out;
}

/// An empty, migrated database for one test: a SQLite file in a fresh temporary folder
/// (removed at the end), or the throwaway PostgreSQL database with its schema dropped.
class Scratch {
 public:
  Scratch() = default;
  Scratch(Scratch&&) noexcept = default;
  Scratch& operator=(Scratch&& o) noexcept {
    cleanup();
    url = std::move(o.url);
    db_ = std::move(o.db_);
    dir_ = std::move(o.dir_);
    o.dir_.clear();
    return *this;
  }
  ~Scratch() { cleanup(); }

  static core::Result<Scratch> open(Engine e) {
    static std::atomic<int> counter{0};
    Scratch s;
    if (e == Engine::sqlite) {
      const char* tmp = std::getenv("TMPDIR");
      s.dir_ = std::filesystem::path(tmp && *tmp ? tmp : "/tmp") /
               ("secu-scratch-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
      std::filesystem::remove_all(s.dir_);
      std::filesystem::create_directories(s.dir_);
      s.url = "sqlite:" + (s.dir_ / "secu.db").string();
    } else {
      if (!pg_url()) return core::fail(core::ErrorCode::failed_precondition, "SECU_PG_URL is not set", "SECU_PG_URL");
      s.url = pg_url();
      SECU_TRY(auto c, connect(s.url));
      SECU_RETURN_IF_ERROR(c->exec_script("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"));
    }
    SECU_TRY(s.db_, store::open(s.url));
    return s;
  }

  Database& db() { return *db_; }
  std::string url{};

 private:
  void cleanup() {
    db_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
    dir_.clear();
  }
  std::unique_ptr<Database> db_{};
  std::filesystem::path dir_{};
};

}  // namespace secu::store

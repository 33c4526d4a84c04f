// store/pool: connections shared by the threads of a server. store::Database is not
// thread-safe, so each request borrows one connection for its duration and gives it back.
// Connections are opened on demand up to `size`; a PostgreSQL connection found broken (the
// server restarted, the network dropped) is closed when given back, and the next borrower
// gets a new one — so the service recovers by itself once the database is back.
//
//   SECU_TRY(auto pool, store::Pool::open("postgresql://…", 8));   // migrates once
//   SECU_TRY(store::Pool::Lease db, pool->acquire());
//   SECU_TRY(store::Rows r, db->query("SELECT 1"));
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/store.h"

namespace secu::store {

class Pool {
 public:
  /// A borrowed connection, given back when the lease ends.
  class Lease {
   public:
    Lease(Pool* pool, std::unique_ptr<Database> db) : pool_(pool), db_(std::move(db)) {}
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) noexcept = delete;
    Lease(const Lease&) = delete;
    ~Lease() {
      if (pool_ && db_) pool_->give_back(std::move(db_));
    }
    Database& operator*() const { return *db_; }
    Database* operator->() const { return db_.get(); }

   private:
    Pool* pool_;
    std::unique_ptr<Database> db_;
  };

  /// Connects once and applies the migrations; later connections skip them. An in-memory
  /// SQLite database ("sqlite::memory:") is one connection: the size is then 1.
  [[nodiscard]] static core::Result<std::unique_ptr<Pool>> open(std::string url, std::size_t size);
  /// Wraps an already open connection (tests, tools): a pool of exactly that one.
  static std::unique_ptr<Pool> of(std::unique_ptr<Database> db);

  /// A connection: an idle one, a new one while fewer than `size` are open, else waits up
  /// to `wait` for one to be given back. The database unreachable is `unavailable`.
  [[nodiscard]] core::Result<Lease> acquire(std::chrono::milliseconds wait = std::chrono::seconds(10));

  Engine engine() const { return engine_; }
  std::size_t size() const { return size_; }
  /// How many connections are open now (idle and borrowed).
  std::size_t open_connections() const;

 private:
  Pool(std::string url, std::size_t size, Engine engine) : url_(std::move(url)), size_(size), engine_(engine) {}
  void give_back(std::unique_ptr<Database> db);

  std::string url_;
  std::size_t size_;
  Engine engine_;
  mutable std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<Database>> idle_;
  std::size_t open_ = 0;
};

}  // namespace secu::store

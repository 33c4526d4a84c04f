// pool.h: connections borrowed per request, opened on demand, replaced when broken.
#include "store/pool.h"

namespace secu::store {

core::Result<std::unique_ptr<Pool>> Pool::open(std::string url, std::size_t size) {
  SECU_TRY(std::unique_ptr<Database> first, store::open(url));
  const bool memory = url == "sqlite::memory:";
  auto pool = std::unique_ptr<Pool>(new Pool(std::move(url), memory || size == 0 ? 1 : size, first->engine()));
  pool->idle_.push_back(std::move(first));
  pool->open_ = 1;
  return pool;
}

std::unique_ptr<Pool> Pool::of(std::unique_ptr<Database> db) {
  auto pool = std::unique_ptr<Pool>(new Pool("", 1, db->engine()));
  pool->idle_.push_back(std::move(db));
  pool->open_ = 1;
  return pool;
}

core::Result<Pool::Lease> Pool::acquire(std::chrono::milliseconds wait) {
  std::unique_lock lock(mutex_);
  const auto deadline = std::chrono::steady_clock::now() + wait;
  for (;;) {
    if (!idle_.empty()) {
      auto db = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(db));
    }
    if (open_ < size_ && !url_.empty()) {
      ++open_;  // reserved while connecting outside the lock
      lock.unlock();
      auto db = connect(url_);
      lock.lock();
      if (!db) {
        --open_;
        freed_.notify_one();
        return core::fail(core::ErrorCode::unavailable, "the database does not answer: " + db.error().message, "db");
      }
      return Lease(this, std::move(*db));
    }
    if (freed_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() &&
        (open_ >= size_ || url_.empty()))
      return core::fail(core::ErrorCode::unavailable,
                        "every database connection is busy (" + std::to_string(size_) + ")", "db");
  }
}

void Pool::give_back(std::unique_ptr<Database> db) {
  std::lock_guard lock(mutex_);
  if (db->healthy() || url_.empty()) idle_.push_back(std::move(db));
  else --open_;  // dropped: the next borrower opens a new one
  freed_.notify_one();
}

std::size_t Pool::open_connections() const {
  std::lock_guard lock(mutex_);
  return open_;
}

}  // namespace secu::store

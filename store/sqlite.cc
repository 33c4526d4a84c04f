// The SQLite engine: thin RAII over the C API (one connection, a statement cache).
//
// Opened with WAL (readers do not block the writer), foreign_keys=ON, a 5 s busy
// timeout, and synchronous=FULL: a commit is on disk before it returns, so a power cut
// cannot forget that a payment was exported (NORMAL could lose the last commits).
#include <sqlite3.h>

#include <chrono>
#include <thread>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "store/engine.h"

namespace secu::store {
namespace {

using core::ErrorCode;
using core::fail;

constexpr int kBusyTimeoutMs = 5000;

/// Resets a statement when the scope ends, so that it holds no lock.
struct ResetGuard {
  sqlite3_stmt* stmt;
  ~ResetGuard() {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  }
};

Value read_column(sqlite3_stmt* stmt, int i) {
  switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_NULL: return Value{};
    case SQLITE_INTEGER: return Value{static_cast<std::int64_t>(sqlite3_column_int64(stmt, i))};
    default: {
      const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
      return Value{std::string(p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)))};
    }
  }
}

Fault fault_of(int extended) {
  if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY) {
    return Fault::duplicate;
  }
  return (extended & 0xff) == SQLITE_CONSTRAINT ? Fault::constraint : Fault::other;
}

// One writer at a time per database file in this process: a write transaction takes the
// file's mutex before BEGIN IMMEDIATE, so the threads of one server queue for the write
// lock instead of sleeping and retrying in SQLite's busy handler (whose growing pauses made
// the intake's p99 reach a second under 8 connections). Other processes still meet the
// busy timeout.
std::shared_ptr<std::mutex> writer_lock_for(const std::string& path) {
  static std::mutex guard;
  static std::map<std::string, std::weak_ptr<std::mutex>> locks;
  std::error_code ec;
  const std::string key = std::filesystem::weakly_canonical(path, ec).string();
  std::lock_guard g(guard);
  auto& weak = locks[ec ? path : key];
  auto lock = weak.lock();
  if (!lock) weak = lock = std::make_shared<std::mutex>();
  return lock;
}

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(sqlite3* db, std::shared_ptr<std::mutex> writer) : db_(db), writer_(std::move(writer)) {}
  ~SqliteDatabase() override {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  Engine engine() const override { return Engine::sqlite; }

  core::Result<Rows> query(std::string_view sql, const std::vector<Value>& params) override {
    SECU_TRY(sqlite3_stmt* stmt, prepared(sql));
    ResetGuard guard{stmt};
    SECU_RETURN_IF_ERROR(bind_all(stmt, sql, params));
    return step_all(stmt, sql);
  }

  core::Status exec_script(std::string_view sql) override {
    std::string s(sql);
    char* msg = nullptr;
    int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &msg);
    if (rc == SQLITE_OK) return {};
    std::string what = msg ? msg : sqlite3_errstr(rc);
    sqlite3_free(msg);
    return std::unexpected(statement_error("sqlite", sql, what, fault_of(sqlite3_extended_errcode(db_))));
  }

  core::Status backup_to(const std::string& path) override { return copy(path, true); }
  core::Status restore_from(const std::string& path) override { return copy(path, false); }

 protected:
  core::Status begin_write() override {
    if (writer_) held_ = std::unique_lock(*writer_);
    auto begun = exec_script("BEGIN IMMEDIATE");
    if (!begun && held_.owns_lock()) held_.unlock();
    return begun;
  }
  void end_write() override {
    if (held_.owns_lock()) held_.unlock();
  }

 private:
  core::Result<sqlite3_stmt*> prepared(std::string_view sql) {
    std::string key(sql);
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(db_, key.c_str(), static_cast<int>(key.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) return std::unexpected(statement_error("sqlite", sql, sqlite3_errmsg(db_)));
    cache_.emplace(std::move(key), stmt);
    return stmt;
  }

  core::Status bind_all(sqlite3_stmt* stmt, std::string_view sql, const std::vector<Value>& params) {
    int count = sqlite3_bind_parameter_count(stmt);
    if (count != static_cast<int>(params.size())) {
      return std::unexpected(statement_error("sqlite", sql,
          "expects " + std::to_string(count) + " parameters, got " + std::to_string(params.size())));
    }
    for (int i = 0; i < count; ++i) {
      // "$1" is a named parameter to SQLite: find its slot by name.
      std::string name = "$" + std::to_string(i + 1);
      int slot = sqlite3_bind_parameter_index(stmt, name.c_str());
      if (slot == 0) slot = i + 1;  // "?" placeholders
      if (bind(stmt, slot, params[static_cast<std::size_t>(i)]) != SQLITE_OK) {
        return std::unexpected(statement_error("sqlite", sql, "cannot bind " + name));
      }
    }
    return {};
  }

  static int bind(sqlite3_stmt* stmt, int slot, const Value& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return sqlite3_bind_int64(stmt, slot, *i);
    if (const auto* s = std::get_if<std::string>(&v)) {
      return sqlite3_bind_text(stmt, slot, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
    }
    return sqlite3_bind_null(stmt, slot);
  }

  core::Result<Rows> step_all(sqlite3_stmt* stmt, std::string_view sql) {
    Rows out;
    int n = sqlite3_column_count(stmt);
    auto columns = std::make_shared<std::vector<std::string>>();
    for (int i = 0; i < n; ++i) columns->emplace_back(sqlite3_column_name(stmt, i));
    for (;;) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) return out;
      if (rc != SQLITE_ROW) {
        return std::unexpected(statement_error("sqlite", sql, sqlite3_errmsg(db_),
                                               fault_of(sqlite3_extended_errcode(db_))));
      }
      std::vector<Value> values;
      for (int i = 0; i < n; ++i) values.push_back(read_column(stmt, i));
      out.rows.emplace_back(columns, std::move(values));
    }
  }

  /// The online backup API: this database to `path` (to_file) or `path` into this one.
  core::Status copy(const std::string& path, bool to_file) {
    sqlite3* other = nullptr;
    int flags = to_file ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
    if (sqlite3_open_v2(path.c_str(), &other, flags, nullptr) != SQLITE_OK) {
      std::string what = other ? sqlite3_errmsg(other) : "out of memory";
      sqlite3_close_v2(other);
      return fail(ErrorCode::failed_precondition, "sqlite: cannot open " + path + ": " + what);
    }
    sqlite3* dest = to_file ? other : db_;
    sqlite3_backup* b = sqlite3_backup_init(dest, "main", to_file ? db_ : other, "main");
    int rc = b ? SQLITE_OK : sqlite3_errcode(dest);
    while (b && (rc = sqlite3_backup_step(b, -1)) != SQLITE_DONE) {
      if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED && rc != SQLITE_OK) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (b) sqlite3_backup_finish(b);
    std::string what = sqlite3_errmsg(dest);
    sqlite3_close_v2(other);
    if (rc == SQLITE_DONE) return {};
    return fail(ErrorCode::internal, "sqlite: backup " + std::string(to_file ? "to " : "from ") +
                                         path + " failed: " + what);
  }

  sqlite3* db_;
  std::shared_ptr<std::mutex> writer_;  // null for ":memory:" (one connection)
  std::unique_lock<std::mutex> held_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

core::Result<std::unique_ptr<Database>> open_sqlite(std::string_view path) {
  std::string p(path);
  if (p.empty()) return fail(ErrorCode::invalid_argument, "sqlite: expected sqlite:FILE", "db");
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(p.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string what = raw ? sqlite3_errmsg(raw) : "out of memory";
    sqlite3_close_v2(raw);
    return fail(ErrorCode::failed_precondition, "sqlite: cannot open " + p + ": " + what, "db");
  }
  sqlite3_busy_timeout(raw, kBusyTimeoutMs);
  auto db = std::make_unique<SqliteDatabase>(raw, p == ":memory:" ? nullptr : writer_lock_for(p));
  SECU_RETURN_IF_ERROR(db->exec_script(
      "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;"));
  return std::unique_ptr<Database>(std::move(db));
}

}  // namespace secu::store

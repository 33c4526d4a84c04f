// store: one small database interface, two engines (SQLite and PostgreSQL).
//
// Thin RAII over the SQLite C API and libpq: SQL in, typed rows out, errors as values.
// SQL is written once with PostgreSQL-style numbered parameters ($1, $2, …), which both
// engines accept. Money travels as int64 ten-thousandths, dates as ISO "YYYY-MM-DD" text.
//
//   SECU_TRY(auto db, store::open("sqlite:fund.db"));          // migrations applied
//   SECU_RETURN_IF_ERROR(db->transaction([&](store::Database& tx) -> core::Status {
//     return tx.exec("INSERT INTO audit_log (who, at, what) VALUES ($1, $2, $3)",
//                    {store::text("alice"), store::text(now), store::text("login")});
//   }));
//   SECU_TRY(store::Rows rows, db->query("SELECT amount FROM payments WHERE id = $1",
//                                        {store::int64(7)}));
//   SECU_TRY(core::Money m, rows.at(0).money(0));
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"

namespace secu::store {

/// A parameter or a column value: NULL, an integer or text.
using Value = std::variant<std::monostate, std::int64_t, std::string>;

/// Parameter builders, one per type the schema uses.
inline Value null() { return Value{}; }
inline Value int64(std::int64_t v) { return Value{v}; }
inline Value text(std::string v) { return Value{std::move(v)}; }
/// Money as int64 ten-thousandths of a euro (the unit of every monetary column).
inline Value money(core::Money m) { return Value{m.ten_thousandths()}; }
/// A date as ISO "YYYY-MM-DD" text (the form of every date column).
inline Value date(core::Date d) { return Value{d.iso()}; }
/// NULL when absent.
template <class T, class F>
Value optional(const std::optional<T>& v, F to_value) { return v ? to_value(*v) : null(); }

/// One result row with typed getters; a wrong type or a NULL where a value is needed
/// is an error naming the column.
class Row {
 public:
  Row(std::shared_ptr<const std::vector<std::string>> columns, std::vector<Value> values)
      : columns_(std::move(columns)), values_(std::move(values)) {}
  std::size_t size() const { return values_.size(); }
  bool is_null(std::size_t i) const;
  core::Result<std::int64_t> int64(std::size_t i) const;
  core::Result<std::string> text(std::size_t i) const;
  core::Result<core::Money> money(std::size_t i) const;
  core::Result<core::Date> date(std::size_t i) const;
  /// The same, NULL being nullopt (a nullable column).
  core::Result<std::optional<std::int64_t>> optional_int64(std::size_t i) const;
  core::Result<std::optional<std::string>> optional_text(std::size_t i) const;
  core::Result<std::optional<core::Money>> optional_money(std::size_t i) const;
  core::Result<std::optional<core::Date>> optional_date(std::size_t i) const;
  /// The column's name (for error messages).
  std::string_view column(std::size_t i) const;

 private:
  core::Error type_error(std::size_t i, std::string_view wanted) const;
  std::shared_ptr<const std::vector<std::string>> columns_;
  std::vector<Value> values_;
};

/// The rows of a query, in the order the engine returned them.
struct Rows {
  std::vector<Row> rows;
  std::size_t size() const { return rows.size(); }
  bool empty() const { return rows.empty(); }
  const Row& at(std::size_t i) const { return rows.at(i); }
  auto begin() const { return rows.begin(); }
  auto end() const { return rows.end(); }
};

enum class Engine { sqlite, postgres };
std::string_view to_string(Engine e);

/// A connection to one database. Not thread-safe: one connection per thread.
class Database {
 public:
  virtual ~Database() = default;
  virtual Engine engine() const = 0;

  /// Runs one statement (prepared once per connection and cached) with typed parameters.
  /// Errors say which statement failed; a unique-key violation is failed_precondition
  /// with the message "duplicate key: …" (see is_duplicate).
  virtual core::Result<Rows> query(std::string_view sql, const std::vector<Value>& params = {}) = 0;
  /// query() for statements whose rows are not wanted.
  core::Status exec(std::string_view sql, const std::vector<Value>& params = {});
  /// Runs a script of several statements without parameters (migrations).
  virtual core::Status exec_script(std::string_view sql) = 0;

  /// Runs fn in a write transaction: commit when it succeeds, roll back on an error or
  /// an exception (rethrown), so nothing is half-written. Not nestable. SQLite takes
  /// the write lock at once (BEGIN IMMEDIATE); PostgreSQL uses READ COMMITTED.
  core::Status transaction(const std::function<core::Status(Database&)>& fn);
  bool in_transaction() const { return in_tx_; }

  /// False once the connection is known to be broken (PostgreSQL: the server went away);
  /// a pool then closes it instead of lending it again.
  virtual bool healthy() const { return true; }

  /// Copies the whole database to `path`: SQLite's online backup API (a consistent
  /// snapshot while others write); PostgreSQL runs pg_dump -Fc (custom format).
  virtual core::Status backup_to(const std::string& path) = 0;
  /// Replaces the database's content with the backup at `path` (SQLite backup API in
  /// reverse; PostgreSQL: pg_restore --clean --if-exists).
  virtual core::Status restore_from(const std::string& path) = 0;

 protected:
  virtual core::Status begin_write() = 0;
  /// Called once the write transaction is over (committed or rolled back).
  virtual void end_write() {}

 private:
  bool in_tx_ = false;
};

/// Opens "sqlite:FILE", "sqlite::memory:" or "postgresql://…" (also "postgres://…")
/// and applies the schema migrations.
core::Result<std::unique_ptr<Database>> open(std::string_view url);
/// Opens without migrating (for tools and tests).
core::Result<std::unique_ptr<Database>> connect(std::string_view url);

/// True when the error is a refused duplicate of a unique key.
bool is_duplicate(const core::Error& e);

}  // namespace secu::store

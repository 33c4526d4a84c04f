// The PostgreSQL engine: thin RAII over libpq (one connection, named prepared statements).
//
// Parameters go as text and the server infers their types from the statement; integer
// and boolean columns come back as int64, everything else as text. Backups run Debian's
// pg_dump / pg_restore (custom format) on the same URL.
#include <libpq-fe.h>
#include <spawn.h>
#include <sys/wait.h>

#include <charconv>
#include <cstdlib>
#include <unordered_map>

#include "store/engine.h"

extern char** environ;

namespace secu::store {
namespace {

using core::ErrorCode;
using core::fail;

// Type OIDs from PostgreSQL's pg_type.dat (stable across versions).
constexpr Oid kBoolOid = 16, kInt8Oid = 20, kInt2Oid = 21, kInt4Oid = 23;

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

std::string field(const PGresult* r, int code) {
  const char* s = PQresultErrorField(r, code);
  return s ? s : "";
}

core::Error error_of(const PGresult* r, PGconn* conn, std::string_view sql) {
  std::string state = r ? field(r, PG_DIAG_SQLSTATE) : "";
  std::string what = r ? field(r, PG_DIAG_MESSAGE_PRIMARY) : "";
  if (what.empty()) what = PQerrorMessage(conn);
  while (!what.empty() && what.back() == '\n') what.pop_back();
  if (std::string detail = r ? field(r, PG_DIAG_MESSAGE_DETAIL) : ""; !detail.empty()) {
    what += " (" + detail + ")";
  }
  Fault fault = state == "23505" ? Fault::duplicate
                : state.starts_with("23") ? Fault::constraint : Fault::other;
  // Class 08 (connection exception), 57P01..03 (server shutting down or starting), or no
  // connection at all: the database is gone for now, not the statement's fault.
  if (PQstatus(conn) != CONNECTION_OK || state.starts_with("08") || state.starts_with("57P"))
    return core::Error{core::ErrorCode::unavailable, "postgres: the database does not answer: " + what, "db"};
  return statement_error("postgres", sql, what, fault);
}

Value read_value(const PGresult* r, int row, int col) {
  if (PQgetisnull(r, row, col)) return Value{};
  const char* s = PQgetvalue(r, row, col);
  std::string_view text(s, static_cast<std::size_t>(PQgetlength(r, row, col)));
  Oid type = PQftype(r, col);
  if (type == kBoolOid) return Value{std::int64_t{text == "t" ? 1 : 0}};
  if (type == kInt8Oid || type == kInt4Oid || type == kInt2Oid) {
    std::int64_t v = 0;
    std::from_chars(text.data(), text.data() + text.size(), v);
    return Value{v};
  }
  return Value{std::string(text)};
}

Rows rows_of(const PGresult* r) {
  Rows out;
  int n = PQnfields(r);
  auto columns = std::make_shared<std::vector<std::string>>();
  for (int c = 0; c < n; ++c) columns->emplace_back(PQfname(r, c));
  for (int row = 0; row < PQntuples(r); ++row) {
    std::vector<Value> values;
    for (int c = 0; c < n; ++c) values.push_back(read_value(r, row, c));
    out.rows.emplace_back(columns, std::move(values));
  }
  return out;
}

/// Runs a program (no shell) and waits for it; an error unless it exits with 0.
core::Status run(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) {
    return fail(ErrorCode::failed_precondition, "postgres: cannot run " + args[0]);
  }
  int status = 0;
  if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return fail(ErrorCode::internal, "postgres: " + args[0] + " failed (status " +
                                         std::to_string(status) + ")");
  }
  return {};
}

class PgDatabase final : public Database {
 public:
  PgDatabase(PGconn* conn, std::string url) : conn_(conn), url_(std::move(url)) {}
  ~PgDatabase() override { PQfinish(conn_); }
  PgDatabase(const PgDatabase&) = delete;
  PgDatabase& operator=(const PgDatabase&) = delete;

  Engine engine() const override { return Engine::postgres; }
  bool healthy() const override { return PQstatus(conn_) == CONNECTION_OK; }

  core::Result<Rows> query(std::string_view sql, const std::vector<Value>& params) override {
    SECU_TRY(std::string name, prepared(sql));
    std::vector<std::string> texts(params.size());
    std::vector<const char*> ptrs(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      if (const auto* v = std::get_if<std::int64_t>(&params[i])) texts[i] = std::to_string(*v);
      if (const auto* s = std::get_if<std::string>(&params[i])) texts[i] = *s;
      if (!std::holds_alternative<std::monostate>(params[i])) ptrs[i] = texts[i].c_str();
    }
    PgResult r(PQexecPrepared(conn_, name.c_str(), static_cast<int>(params.size()), ptrs.data(),
                              nullptr, nullptr, 0));
    auto st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
      return std::unexpected(error_of(r.get(), conn_, sql));
    }
    return rows_of(r.get());
  }

  core::Status exec_script(std::string_view sql) override {
    PgResult r(PQexec(conn_, std::string(sql).c_str()));
    auto st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK) return {};
    return std::unexpected(error_of(r.get(), conn_, sql));
  }

  core::Status backup_to(const std::string& path) override {
    return run({"pg_dump", "--format=custom", "--no-owner", "--file=" + path, "--dbname=" + url_});
  }
  core::Status restore_from(const std::string& path) override {
    return run({"pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
                "--dbname=" + url_, path});
  }

 protected:
  core::Status begin_write() override { return exec_script("BEGIN"); }

 private:
  /// The name of the server-side prepared statement for `sql`, prepared on first use.
  core::Result<std::string> prepared(std::string_view sql) {
    std::string key(sql);
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    std::string name = "secu_" + std::to_string(cache_.size() + 1);
    PgResult r(PQprepare(conn_, name.c_str(), key.c_str(), 0, nullptr));
    if (!r || PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
      return std::unexpected(error_of(r.get(), conn_, sql));
    }
    cache_.emplace(std::move(key), name);
    return name;
  }

  PGconn* conn_;
  std::string url_;
  std::unordered_map<std::string, std::string> cache_;
};

void ignore_notice(void*, const char*) {}

}  // namespace

core::Result<std::unique_ptr<Database>> open_postgres(std::string_view url) {
  std::string u(url);
  PGconn* conn = PQconnectdb(u.c_str());
  if (!conn || PQstatus(conn) != CONNECTION_OK) {
    std::string what = conn ? PQerrorMessage(conn) : "out of memory";
    while (!what.empty() && what.back() == '\n') what.pop_back();
    PQfinish(conn);
    return fail(ErrorCode::unavailable, "postgres: cannot connect: " + what, "db");
  }
  PQsetNoticeProcessor(conn, ignore_notice, nullptr);
  return std::unique_ptr<Database>(std::make_unique<PgDatabase>(conn, std::move(u)));
}

}  // namespace secu::store

// store.h: rows, transactions and the URL dispatch shared by both engines.
#include "store/store.h"

#include <charconv>
#include <exception>

#include "store/engine.h"
#include "store/migrations.h"

namespace secu::store {

using core::ErrorCode;
using core::fail;

std::string_view to_string(Engine e) { return e == Engine::sqlite ? "sqlite" : "postgres"; }

bool Row::is_null(std::size_t i) const {
  return i >= values_.size() || std::holds_alternative<std::monostate>(values_[i]);
}

std::string_view Row::column(std::size_t i) const {
  return columns_ && i < columns_->size() ? std::string_view((*columns_)[i]) : "?";
}

core::Error Row::type_error(std::size_t i, std::string_view wanted) const {
  std::string got = i >= values_.size() ? "no such column" : is_null(i) ? "NULL" : "another type";
  return core::Error{ErrorCode::invalid_argument,
                     "expected " + std::string(wanted) + ", got " + got, std::string(column(i))};
}

core::Result<std::int64_t> Row::int64(std::size_t i) const {
  if (i < values_.size()) {
    if (const auto* v = std::get_if<std::int64_t>(&values_[i])) return *v;
    // PostgreSQL sends numeric (e.g. sum() of bigint) as text.
    if (const auto* s = std::get_if<std::string>(&values_[i])) {
      std::int64_t v = 0;
      auto [end, ec] = std::from_chars(s->data(), s->data() + s->size(), v);
      if (ec == std::errc() && end == s->data() + s->size()) return v;
    }
  }
  return std::unexpected(type_error(i, "an integer"));
}

core::Result<std::string> Row::text(std::size_t i) const {
  if (i < values_.size()) {
    if (const auto* s = std::get_if<std::string>(&values_[i])) return *s;
  }
  return std::unexpected(type_error(i, "text"));
}

core::Result<core::Money> Row::money(std::size_t i) const {
  SECU_TRY(std::int64_t v, int64(i));
  return core::Money::from_ten_thousandths(v);
}

core::Result<core::Date> Row::date(std::size_t i) const {
  SECU_TRY(std::string s, text(i));
  auto d = core::Date::parse(s);
  if (!d) return std::unexpected(type_error(i, "an ISO date"));
  return *d;
}

namespace {
// The getter's value, or nullopt for NULL.
template <class T, class Get>
core::Result<std::optional<T>> nullable(const Row& r, std::size_t i, Get get) {
  if (r.is_null(i)) return std::optional<T>{};
  SECU_TRY(T v, (r.*get)(i));
  return std::optional<T>(std::move(v));
}
}  // namespace

core::Result<std::optional<std::int64_t>> Row::optional_int64(std::size_t i) const {
  return nullable<std::int64_t>(*this, i, &Row::int64);
}
core::Result<std::optional<std::string>> Row::optional_text(std::size_t i) const {
  return nullable<std::string>(*this, i, &Row::text);
}
core::Result<std::optional<core::Money>> Row::optional_money(std::size_t i) const {
  return nullable<core::Money>(*this, i, &Row::money);
}
core::Result<std::optional<core::Date>> Row::optional_date(std::size_t i) const {
  return nullable<core::Date>(*this, i, &Row::date);
}

core::Status Database::exec(std::string_view sql, const std::vector<Value>& params) {
  SECU_TRY(Rows ignored, query(sql, params));
  (void)ignored;
  return {};
}

core::Status Database::transaction(const std::function<core::Status(Database&)>& fn) {
  if (in_tx_) return fail(ErrorCode::internal, "transaction: already in a transaction");
  SECU_RETURN_IF_ERROR(begin_write());
  in_tx_ = true;
  core::Status result;
  try {
    result = fn(*this);
  } catch (...) {
    (void)exec_script("ROLLBACK");
    in_tx_ = false;
    end_write();
    throw;
  }
  in_tx_ = false;
  if (!result) {
    (void)exec_script("ROLLBACK");
  } else if (auto c = exec_script("COMMIT"); !c) {
    (void)exec_script("ROLLBACK");
    result = c;
  }
  end_write();
  return result;
}

core::Result<std::unique_ptr<Database>> connect(std::string_view url) {
  if (url.starts_with("sqlite:")) return open_sqlite(url.substr(7));
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) return open_postgres(url);
  return fail(ErrorCode::invalid_argument,
              "expected sqlite:FILE, sqlite::memory: or postgresql://…, got '" + std::string(url) + "'",
              "db");
}

core::Result<std::unique_ptr<Database>> open(std::string_view url) {
  SECU_TRY(auto db, connect(url));
  SECU_RETURN_IF_ERROR(migrate(*db));
  return db;
}

std::string statement_label(std::string_view sql) {
  std::string out;
  for (char c : sql) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > 90) out = out.substr(0, 87) + "...";
  return out;
}

core::Error statement_error(std::string_view engine, std::string_view sql, std::string_view what,
                            Fault fault) {
  std::string msg = fault == Fault::duplicate ? "duplicate key: " : "";
  msg += std::string(engine) + ": " + std::string(what) + " in `" + statement_label(sql) + "`";
  auto code = fault == Fault::other ? ErrorCode::internal : ErrorCode::failed_precondition;
  return core::Error{code, msg, {}};
}

bool is_duplicate(const core::Error& e) {
  return e.code == ErrorCode::failed_precondition && e.message.starts_with("duplicate key");
}

}  // namespace secu::store

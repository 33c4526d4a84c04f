// Internal to store/: the engines' constructors and the error helpers they share.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "store/store.h"

namespace secu::store {

/// "FILE" or ":memory:": WAL, foreign_keys=ON, busy_timeout (sqlite.cc).
core::Result<std::unique_ptr<Database>> open_sqlite(std::string_view path);
/// A libpq connection string or URL (postgres.cc).
core::Result<std::unique_ptr<Database>> open_postgres(std::string_view url);

/// The statement's text on one line, shortened: how errors name a statement.
std::string statement_label(std::string_view sql);
/// What kind of failure an engine reported.
enum class Fault { other, duplicate, constraint };
/// "engine: what in `statement`". A duplicate is failed_precondition "duplicate key: …",
/// another constraint failed_precondition, anything else internal.
core::Error statement_error(std::string_view engine, std::string_view sql, std::string_view what,
                            Fault fault = Fault::other);

}  // namespace secu::store

// `secu db migrate|backup|restore --db URL` and the opening of --db for `secu serve`.
#pragma once

#include <memory>
#include <string>

#include "store/store.h"

namespace secu::cli {

/// The database used when --db is not given: a SQLite file in the current directory.
inline constexpr const char* kDefaultDb = "sqlite:secu.db";

/// Opens --db with the migrations applied; on failure prints "secu WHAT: --db URL: …" on
/// stderr and sets `exit` (2 for a malformed URL, 3 for a database that cannot be opened
/// or migrated).
std::unique_ptr<store::Database> open_db(const std::string& url, const char* what, int& exit);

/// Prints "secu WHAT: --db URL: code: message" on stderr; the exit code (2 for a malformed
/// URL, 3 otherwise).
int db_error(const core::Error& e, const char* what, const std::string& url);

/// `secu db migrate`: applies the migrations, prints "schema version N (latest N)".
int db_migrate(const std::string& url);
/// `secu db backup FILE`: copies the database to FILE (SQLite backup API; PostgreSQL pg_dump -Fc).
int db_backup(const std::string& url, const std::string& file);
/// `secu db restore FILE`: replaces the database's content with FILE (SQLite backup API;
/// PostgreSQL pg_restore --clean), then prints the schema version restored.
int db_restore(const std::string& url, const std::string& file);

}  // namespace secu::cli

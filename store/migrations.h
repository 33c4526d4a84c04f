// Versioned schema migrations, applied by store::open in one transaction.
//
// Each migration has a version, SQL written once for both engines (with the few type
// words that differ as placeholders) and, where needed, SQL for one engine only.
// Applied versions are rows of schema_migrations, so running migrate twice changes nothing.
#pragma once

#include <cstdint>

#include "store/store.h"

namespace secu::store {

/// Applies every migration not yet applied (PostgreSQL: under an advisory lock, so that
/// several processes starting at once apply each migration once). A database with a
/// version this program does not know is refused (failed_precondition).
core::Status migrate(Database& db);

/// The highest version applied to `db` (0 when none).
core::Result<std::int64_t> schema_version(Database& db);

/// The highest version this program knows.
std::int64_t latest_schema_version();

/// The current time as ISO 8601 UTC text, "2024-06-01T12:00:00Z" (the form of every
/// timestamp column).
std::string now_utc();

}  // namespace secu::store

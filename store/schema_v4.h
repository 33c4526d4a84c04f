// Migration 4 (auth): see migrations.cc for the conventions and placeholders.
// Internal to store/; included by migrations.cc only. Never edit once released: add the next version.
#pragma once

#include <string_view>

namespace secu::store {

/// For both engines, with placeholders.
inline constexpr std::string_view kSchemaV4 = R"sql(
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,               -- BLAKE2b-256 of the token, hex; the token itself is never kept
  user_id {int} NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,                  -- timestamp
  expires_at TEXT NOT NULL                   -- timestamp; expired rows are refused, then purged
) {strict};
CREATE INDEX sessions_user ON sessions (user_id);
ALTER TABLE users ADD COLUMN disabled {int} NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1));
)sql";
/// SQLite only (may be empty).
inline constexpr std::string_view kSchemaV4Sqlite = "";
/// PostgreSQL only (may be empty).
inline constexpr std::string_view kSchemaV4Postgres = "";

}  // namespace secu::store

// Migration 8 (the medical adviser's recognition of the need of another person's help): see
// migrations.cc for the conventions. Internal to store/; included by migrations.cc only.
// Never edit once released: add the next version.
//
// A file event may now be 'adviser_third_party_help' (fund/files.h). The kinds are a CHECK
// constraint: PostgreSQL replaces it; SQLite cannot alter a CHECK, so the table is rebuilt
// (same columns, rows and ids, its index and append-only triggers again), in the migration's
// transaction.
#pragma once

#include <string_view>

namespace secu::store {

inline constexpr std::string_view kSchemaV8Sqlite = R"sql(
CREATE TABLE file_events_v8 (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files (id),
  kind TEXT NOT NULL CHECK (kind IN ('opened', 'certificate_received', 'resumption', 'facts_corrected', 'delivery',
    'adviser_recognition', 'adviser_end_date', 'adviser_control', 'adviser_third_party_help', 'handover_invalidity')),
  on_date TEXT,
  data TEXT NOT NULL,
  who TEXT NOT NULL,
  at TEXT NOT NULL,
  decisions TEXT
) STRICT;
INSERT INTO file_events_v8 (id, file_id, kind, on_date, data, who, at, decisions)
  SELECT id, file_id, kind, on_date, data, who, at, decisions FROM file_events;
DROP TABLE file_events;
ALTER TABLE file_events_v8 RENAME TO file_events;
CREATE INDEX file_events_file ON file_events (file_id, id);
CREATE TRIGGER file_events_no_update BEFORE UPDATE ON file_events
BEGIN SELECT RAISE(ABORT, 'file_events are append-only'); END;
CREATE TRIGGER file_events_no_delete BEFORE DELETE ON file_events
BEGIN SELECT RAISE(ABORT, 'file_events are append-only'); END;
)sql";

inline constexpr std::string_view kSchemaV8Postgres = R"sql(
ALTER TABLE file_events DROP CONSTRAINT file_events_kind_check;
ALTER TABLE file_events ADD CONSTRAINT file_events_kind_check CHECK (kind IN ('opened', 'certificate_received',
  'resumption', 'facts_corrected', 'delivery', 'adviser_recognition', 'adviser_end_date', 'adviser_control',
  'adviser_third_party_help', 'handover_invalidity'));
)sql";

}  // namespace secu::store

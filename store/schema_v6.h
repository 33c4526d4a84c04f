// Migration 6 (files): see migrations.cc for the conventions and placeholders.
// Internal to store/; included by migrations.cc only. Never edit once released: add the next version.
//
// An incapacity or maternity file (fund/files.h): the member, the kind, the facts the
// rules need that the member record does not keep (a situation fragment, JSON), and every
// change as an append-only event; the file's current facts are the opening facts with the
// events applied in order.
#pragma once

#include <string_view>

namespace secu::store {

/// For both engines, with placeholders.
inline constexpr std::string_view kSchemaV6 = R"sql(
CREATE TABLE files (
  id {id},
  member_id {int} NOT NULL REFERENCES members (id),
  kind TEXT NOT NULL CHECK (kind IN ('incapacity', 'maternity')),
  start_date TEXT NOT NULL,                  -- ISO date: the event's first day as opened (incapacity start,
                                             -- expected delivery, adoption registered): one file per start
  facts TEXT NOT NULL,                       -- JSON {"person": {...}, "event": {...}} as opened
  opened_at TEXT NOT NULL,                   -- timestamp
  opened_by TEXT NOT NULL,                   -- user name
  UNIQUE (member_id, kind, start_date)
) {strict};
CREATE INDEX files_member ON files (member_id);

CREATE TABLE file_events (
  id {id},
  file_id {int} NOT NULL REFERENCES files (id),
  kind TEXT NOT NULL CHECK (kind IN ('opened', 'certificate_received', 'resumption', 'facts_corrected', 'delivery',
    'adviser_recognition', 'adviser_end_date', 'adviser_control', 'handover_invalidity')),
  on_date TEXT,                              -- ISO date the event carries (receipt, resumption, delivery, end, control)
  data TEXT NOT NULL,                        -- JSON: what the event says
  who TEXT NOT NULL,                         -- user name
  at TEXT NOT NULL,                          -- timestamp
  decisions TEXT                             -- JSON [{"benefit", "decision_id"}]: the re-decision it led to, or NULL
) {strict};
CREATE INDEX file_events_file ON file_events (file_id, id);
)sql";

/// SQLite only: file events are append-only, like decisions.
inline constexpr std::string_view kSchemaV6Sqlite = R"sql(
CREATE TRIGGER file_events_no_update BEFORE UPDATE ON file_events
BEGIN SELECT RAISE(ABORT, 'file_events are append-only'); END;
CREATE TRIGGER file_events_no_delete BEFORE DELETE ON file_events
BEGIN SELECT RAISE(ABORT, 'file_events are append-only'); END;
)sql";

/// PostgreSQL only: the append-only trigger function of migration 2, on file events.
inline constexpr std::string_view kSchemaV6Postgres = R"sql(
CREATE TRIGGER file_events_append_only BEFORE UPDATE OR DELETE ON file_events
FOR EACH ROW EXECUTE FUNCTION secu_append_only();
)sql";

}  // namespace secu::store

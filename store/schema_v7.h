// Migration 7 (payments and appeals): see migrations.cc for the conventions and placeholders.
// Internal to store/; included by migrations.cc only. Never edit once released: add the next version.
//
// A debt is paid at most once: besides the unique debt_key of migration 1, a re-issue of a
// rejected payment is a new row keyed "<debt_key>:retry<n>", and a partial unique index
// allows, per debt (the key without its ":retry…" suffix), one payment that is not rejected.
#pragma once

#include <string_view>

namespace secu::store {

/// For both engines, with placeholders.
inline constexpr std::string_view kSchemaV7 = R"sql(
ALTER TABLE payment_batches ADD COLUMN until TEXT;            -- ISO date: what was due up to it
ALTER TABLE payment_batches ADD COLUMN message_id TEXT;       -- the pain.001 MsgId (and PmtInfId)
ALTER TABLE payment_batches ADD COLUMN execution_date TEXT;   -- ISO date asked of the bank, once exported
ALTER TABLE payment_batches ADD COLUMN exported_at TEXT;      -- timestamp of the export
ALTER TABLE payment_batches ADD COLUMN document TEXT;         -- the pain.001 as sent, returned again on re-export
ALTER TABLE payments ADD COLUMN status_at TEXT;               -- timestamp of the last change of status
ALTER TABLE payments ADD COLUMN reason TEXT;                  -- the bank's reason of a rejection (AC01, AC04, ...)
ALTER TABLE payments ADD COLUMN reissue_of {int} REFERENCES payments (id);  -- the rejected payment it replaces
CREATE INDEX payments_batch ON payments (batch_id);

ALTER TABLE appeals ADD COLUMN notified_on TEXT;              -- ISO date the decision was notified
ALTER TABLE appeals ADD COLUMN in_time {int} CHECK (in_time IN (0, 1));  -- lodged by the deadline
ALTER TABLE appeals ADD COLUMN court TEXT;                    -- institution id (data/institutions): labour_court
ALTER TABLE appeals ADD COLUMN recorded_at TEXT;              -- timestamp
ALTER TABLE appeals ADD COLUMN outcome_on TEXT;               -- ISO date of the outcome (upheld, dismissed, withdrawn)
CREATE INDEX appeals_decision ON appeals (decision_id);
)sql";

/// SQLite only: one live payment per debt (instr/substr: the key before ":retry").
inline constexpr std::string_view kSchemaV7Sqlite = R"sql(
CREATE UNIQUE INDEX payments_one_live_per_debt ON payments (
  (CASE WHEN instr(debt_key, ':retry') > 0 THEN substr(debt_key, 1, instr(debt_key, ':retry') - 1)
        ELSE debt_key END))
  WHERE status <> 'rejected';
)sql";

/// PostgreSQL only: the same index (split_part is immutable, so it may be indexed).
inline constexpr std::string_view kSchemaV7Postgres = R"sql(
CREATE UNIQUE INDEX payments_one_live_per_debt ON payments ((split_part(debt_key, ':retry', 1)))
  WHERE status <> 'rejected';
)sql";

}  // namespace secu::store

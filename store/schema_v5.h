// Migration 5 (attestations): see migrations.cc for the conventions and placeholders.
// Internal to store/; included by migrations.cc only. Never edit once released: add the next version.
//
// What the attestation intake (fund/attestations.h) keeps beyond migration 1's tables:
//  - on the attestation: the eAttest reference, the intake as canonical JSON (a replay of
//    the same idempotency key must carry the same content), the decision that settles it;
//    one paper sticker number and one electronic reference are booked once;
//  - on each line: the stored decision about it;
//  - the MAF (maximum à facturer / maximumfactuur) counters: the personal shares of the
//    reimbursed lines per member and calendar year of care, updated with the lines.
// An attestation still waiting for a fact keeps migration 1's status 'received'.
#pragma once

#include <string_view>

namespace secu::store {

/// For both engines, with placeholders.
inline constexpr std::string_view kSchemaV5 = R"sql(
ALTER TABLE attestations ADD COLUMN electronic_reference TEXT;  -- eAttest reference
ALTER TABLE attestations ADD COLUMN intake TEXT;                -- canonical JSON of the intake
ALTER TABLE attestations ADD COLUMN decision_id {int} REFERENCES decisions (id);
ALTER TABLE attestations ADD COLUMN created_at TEXT;            -- timestamp
CREATE UNIQUE INDEX attestations_sticker ON attestations (sticker_number);
CREATE UNIQUE INDEX attestations_electronic ON attestations (electronic_reference);

ALTER TABLE attestation_lines ADD COLUMN decision_id {int} REFERENCES decisions (id);
CREATE INDEX attestation_lines_care ON attestation_lines (care_date, code);

CREATE TABLE maf_counters (
  member_id {int} NOT NULL REFERENCES members (id),
  care_year {int} NOT NULL,                  -- calendar year of the care
  personal_shares {int} NOT NULL DEFAULT 0 CHECK (personal_shares >= 0),   -- money
  lines {int} NOT NULL DEFAULT 0 CHECK (lines >= 0),
  PRIMARY KEY (member_id, care_year)
) {strict};
)sql";
/// SQLite only (may be empty).
inline constexpr std::string_view kSchemaV5Sqlite = "";
/// PostgreSQL only (may be empty).
inline constexpr std::string_view kSchemaV5Postgres = "";

}  // namespace secu::store

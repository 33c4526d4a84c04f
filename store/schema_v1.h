// Migration 1: the back office's tables (conventions and placeholders in migrations.cc).
// Internal to store/; included by migrations.cc only.
#pragma once

#include <string_view>

namespace secu::store {

inline constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE members (
  id {id},
  niss TEXT NOT NULL UNIQUE,                 -- 11 digits, validated by core::validate_niss
  family_name TEXT NOT NULL,
  given_names TEXT NOT NULL,
  birth_date TEXT,                           -- ISO date
  language TEXT NOT NULL CHECK (language IN ('fr', 'nl', 'de', 'en')),
  street TEXT,
  postcode TEXT,
  city TEXT,
  country TEXT NOT NULL DEFAULT 'BE',
  iban TEXT,                                 -- electronic form, validated by core::validate_iban
  bim {int} NOT NULL DEFAULT 0 CHECK (bim IN (0, 1)),   -- increased reimbursement
  gmd_provider TEXT,                         -- holder of the DMG/GMD, when known
  created_at TEXT NOT NULL                   -- timestamp
) {strict};

CREATE TABLE affiliations (
  id {id},
  member_id {int} NOT NULL REFERENCES members (id),
  fund_code TEXT NOT NULL,
  valid_from TEXT NOT NULL,                  -- ISO date, inclusive
  valid_to TEXT,                             -- ISO date, inclusive; NULL = open
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
) {strict};
CREATE INDEX affiliations_member ON affiliations (member_id, valid_from);

CREATE TABLE dependants (
  id {id},
  member_id {int} NOT NULL REFERENCES members (id),   -- the dependant
  head_id {int} NOT NULL REFERENCES members (id),     -- the head of family (titular)
  relation TEXT NOT NULL CHECK (relation IN
    ('spouse', 'cohabitant', 'child', 'ascendant', 'parent_in_law', 'other')),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  CHECK (member_id <> head_id),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
) {strict};
CREATE INDEX dependants_head ON dependants (head_id);

CREATE TABLE attestations (
  id {id},
  member_id {int} NOT NULL REFERENCES members (id),
  sticker_number TEXT,                       -- identification sticker of a paper attestation
  form TEXT NOT NULL CHECK (form IN ('paper', 'electronic')),
  received_on TEXT NOT NULL,                 -- ISO date
  idempotency_key TEXT NOT NULL UNIQUE,      -- one attestation is booked once
  status TEXT NOT NULL DEFAULT 'received'
    CHECK (status IN ('received', 'validated', 'decided', 'rejected'))
) {strict};
CREATE INDEX attestations_member ON attestations (member_id);

CREATE TABLE attestation_lines (
  attestation_id {int} NOT NULL REFERENCES attestations (id),
  line_no {int} NOT NULL CHECK (line_no >= 1),
  care_date TEXT NOT NULL,                   -- ISO date
  code TEXT NOT NULL,                        -- INAMI/RIZIV nomenclature code
  asked {int} NOT NULL,                      -- money (ten-thousandths) from here on
  statutory {int},
  reimbursed {int},
  personal_share {int},
  supplement {int},
  decision_code TEXT,                        -- closed list, texts in the message catalogs
  PRIMARY KEY (attestation_id, line_no)
) {strict};

CREATE TABLE decisions (
  id {id},
  subject TEXT NOT NULL,                     -- what it decides on: 'attestation:12', 'file:3'
  member_id {int} REFERENCES members (id),
  benefit TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('entitled', 'not_entitled', 'cannot_tell')),
  decided_at TEXT NOT NULL,                  -- timestamp
  as_of TEXT NOT NULL,                       -- ISO date the decision is about
  explanation TEXT NOT NULL,                 -- JSON
  parameter_versions TEXT NOT NULL,          -- JSON
  supersedes {int} UNIQUE REFERENCES decisions (id)   -- a correction; each row at most once
) {strict};
CREATE INDEX decisions_subject ON decisions (subject, decided_at);

CREATE TABLE payment_batches (
  id {id},
  created_at TEXT NOT NULL,                  -- timestamp
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'exported', 'closed')),
  file_name TEXT                             -- the pain.001 file, once exported
) {strict};

CREATE TABLE payments (
  id {id},
  member_id {int} NOT NULL REFERENCES members (id),
  amount {int} NOT NULL CHECK (amount > 0),  -- money
  debt_key TEXT NOT NULL UNIQUE,             -- what is paid ('attestation:12'): never twice
  decision_id {int} REFERENCES decisions (id),
  iban TEXT NOT NULL,
  due_on TEXT NOT NULL,                      -- ISO date
  batch_id {int} REFERENCES payment_batches (id),
  status TEXT NOT NULL DEFAULT 'due'
    CHECK (status IN ('due', 'claimed', 'exported', 'executed', 'rejected'))
) {strict};
CREATE INDEX payments_due ON payments (status, due_on);
CREATE INDEX payments_member ON payments (member_id);

CREATE TABLE appeals (
  id {id},
  decision_id {int} NOT NULL REFERENCES decisions (id),
  lodged_on TEXT NOT NULL,                   -- ISO date
  deadline TEXT NOT NULL,                    -- ISO date, computed by the rules
  status TEXT NOT NULL DEFAULT 'lodged' CHECK (status IN ('lodged', 'upheld', 'dismissed', 'withdrawn'))
) {strict};

CREATE TABLE users (
  id {id},
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('clerk', 'medical_adviser', 'auditor', 'admin')),
  password_hash TEXT NOT NULL,               -- argon2id, libsodium's encoded form
  created_at TEXT NOT NULL
) {strict};

CREATE TABLE audit_log (
  id {id},
  who TEXT NOT NULL,                         -- user name, or 'system'
  at TEXT NOT NULL,                          -- timestamp
  what TEXT NOT NULL,                        -- the action: 'payment.claim', 'member.create'
  subject TEXT,                              -- 'member:7'
  detail TEXT                                -- JSON
) {strict};
)sql";

}  // namespace secu::store

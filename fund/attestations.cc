// attestations.h: booking an intake — replays, duplicates, then one transaction that keeps
// the attestation, its lines, every decision, the MAF counters, the due payment and the
// audit entry together.
#include "fund/attestations.h"

#include <array>
#include <utility>

#include <nlohmann/json.hpp>

#include "fund/attestation_internal.h"
#include "fund/audit.h"
#include "fund/decisions.h"
#include "fund/due.h"
#include "store/migrations.h"

namespace secu::fund {

using core::ErrorCode;
using core::fail;
using core::Money;
namespace st = store;

namespace {

constexpr std::array<std::pair<LineCode, std::string_view>, 8> kLineCodes{{
    {LineCode::reimbursed, "reimbursed"},
    {LineCode::reimbursed_reduced, "reimbursed_reduced"},
    {LineCode::not_reimbursable, "not_reimbursable"},
    {LineCode::late, "late"},
    {LineCode::not_insured, "not_insured"},
    {LineCode::duplicate_line, "duplicate_line"},
    {LineCode::pending_fact, "pending_fact"},
    {LineCode::tariff_unknown, "tariff_unknown"},
}};

constexpr std::array<std::pair<AttestationStatus, std::string_view>, 3> kStatuses{{
    {AttestationStatus::decided, "decided"}, {AttestationStatus::rejected, "rejected"}, {AttestationStatus::pending, "pending"}}};

// The status column keeps migration 1's words: a pending attestation is 'received'.
std::string stored_status(AttestationStatus s) {
  return s == AttestationStatus::pending ? "received" : std::string(to_string(s));
}

// The attestation booked under this key, and the content it was booked with.
core::Result<std::optional<std::pair<std::int64_t, std::string>>> by_key(st::Database& db, const std::string& key) {
  using Found = std::optional<std::pair<std::int64_t, std::string>>;
  SECU_TRY(st::Rows rows, db.query("SELECT id, COALESCE(intake, '') FROM attestations WHERE idempotency_key = $1", {st::text(key)}));
  if (rows.empty()) return Found{};
  SECU_TRY(std::int64_t id, rows.at(0).int64(0));
  SECU_TRY(std::string intake, rows.at(0).text(1));
  return Found{{id, std::move(intake)}};
}

core::Result<IntakeResult> replay(st::Database& db, std::int64_t id, const std::string& stored, const Intake& in) {
  if (stored != in.canonical)
    return fail(ErrorCode::failed_precondition,
                "this idempotency key was used for attestation " + std::to_string(id) + " with another content", "/idempotency_key");
  SECU_TRY(Attestation a, find_attestation(db, id));
  return IntakeResult{std::move(a), true};
}

// One paper sticker, one eAttest reference: booked once, whatever the key.
core::Status not_booked_yet(st::Database& db, const Intake& in) {
  const bool paper = in.form == "paper";
  const std::string column = paper ? "sticker_number" : "electronic_reference";
  const std::string value = paper ? in.sticker_number.value_or("") : in.electronic_reference.value_or("");
  SECU_TRY(st::Rows rows, db.query("SELECT id FROM attestations WHERE " + column + " = $1", {st::text(value)}));
  if (rows.empty()) return {};
  SECU_TRY(std::int64_t id, rows.at(0).int64(0));
  return fail(ErrorCode::failed_precondition,
              "duplicate_attestation: " + std::string(paper ? "sticker number " : "electronic reference ") + value +
                  " is already booked on attestation " + std::to_string(id),
              "/" + column);
}

core::Result<std::int64_t> insert_attestation(st::Database& tx, const Intake& in, std::int64_t member, AttestationStatus s) {
  SECU_TRY(st::Rows rows,
           tx.query("INSERT INTO attestations (member_id, sticker_number, form, received_on, idempotency_key, status, "
                    "electronic_reference, intake, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                    {st::int64(member), st::optional(in.sticker_number, st::text), st::text(in.form), st::date(in.received_on),
                     st::text(in.idempotency_key), st::text(stored_status(s)),
                     st::optional(in.electronic_reference, st::text), st::text(in.canonical), st::text(st::now_utc())}));
  return rows.at(0).int64(0);
}

core::Status insert_line(st::Database& tx, std::int64_t id, std::size_t i, const rules::CareLine& l,
                         const internal::LineOutcome& o, std::int64_t decision) {
  return tx.exec("INSERT INTO attestation_lines (attestation_id, line_no, care_date, code, asked, statutory, reimbursed, "
                 "personal_share, supplement, decision_code, decision_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                 {st::int64(id), st::int64(static_cast<std::int64_t>(i + 1)), st::date(l.date), st::text(*l.code),
                  st::money(*l.fee_charged), st::optional(o.statutory, st::money), st::optional(o.reimbursed, st::money),
                  st::optional(o.personal_share, st::money), st::optional(o.supplement, st::money),
                  st::text(std::string(to_string(o.code))), st::int64(decision)});
}

struct Booking {
  const law::LawData& law;
  const explain::Catalog& catalog;
  const Intake& in;
  std::string_view who;
};

// The lines, their decisions and MAF counters, the attestation's decision, the payment, the audit.
core::Status keep(st::Database& tx, const Booking& b, const Member& m, std::int64_t id, internal::Outcome& out) {
  const DecisionKey key{.subject = "attestation:" + std::to_string(id), .member_id = m.id, .as_of = b.in.received_on};
  for (std::size_t i = 0; i < out.lines.size(); ++i) {
    const internal::LineOutcome& o = out.lines[i];
    SECU_TRY(std::int64_t decision, record_decision(tx, b.law, b.catalog, key, o.decision));
    SECU_RETURN_IF_ERROR(insert_line(tx, id, i, b.in.lines[i], o, decision));
    if (internal::is_reimbursed(o.code))
      SECU_RETURN_IF_ERROR(internal::add_to_maf_counter(tx, m.id, b.in.lines[i].date.year(), o.personal_share.value_or(Money{})));
  }
  SECU_TRY(std::int64_t decision, record_decision(tx, b.law, b.catalog, key, out.attestation));
  SECU_RETURN_IF_ERROR(tx.exec("UPDATE attestations SET decision_id = $1 WHERE id = $2", {st::int64(decision), st::int64(id)}));
  const bool pay = out.status == AttestationStatus::decided && out.reimbursed > Money{} && m.iban;
  if (pay)
    SECU_RETURN_IF_ERROR(book_due_payment(tx, {.member_id = m.id, .amount = out.reimbursed, .debt_key = key.subject,
                                               .decision_id = decision, .due_on = b.in.received_on}));
  return audit(tx, b.who, "attestation.intake", key.subject,
               {{"status", to_string(out.status)}, {"reimbursed", out.reimbursed.text()}, {"lines", out.lines.size()},
                {"payment", pay ? "due" : "none"}});
}

core::Result<std::int64_t> book(st::Database& tx, const Booking& b) {
  auto found = find_member(tx, b.in.niss);
  if (!found && found.error().code == ErrorCode::not_found) return fail(ErrorCode::not_found, found.error().message, "/niss");
  if (!found) return std::unexpected(found.error());
  const Member& m = *found;
  // Intakes of one member are taken one at a time (SQLite: BEGIN IMMEDIATE already does),
  // so two attestations never both reimburse the same care.
  if (tx.engine() == st::Engine::postgres)
    SECU_RETURN_IF_ERROR(tx.exec("SELECT id FROM members WHERE id = $1 FOR UPDATE", {st::int64(m.id)}));
  SECU_RETURN_IF_ERROR(not_booked_yet(tx, b.in));
  SECU_TRY(auto already, internal::already_reimbursed(tx, m.id, b.in, std::nullopt));
  SECU_TRY(internal::Outcome out, internal::decide(tx, b.law, b.in, m, already));
  SECU_TRY(std::int64_t id, insert_attestation(tx, b.in, m.id, out.status));
  SECU_RETURN_IF_ERROR(keep(tx, b, m, id, out));
  return id;
}

}  // namespace

namespace internal {

core::Result<std::vector<std::optional<std::int64_t>>> already_reimbursed(st::Database& db, std::int64_t member, const Intake& in,
                                                                         std::optional<std::int64_t> except) {
  std::vector<std::optional<std::int64_t>> out;
  for (const auto& l : in.lines) {
    SECU_TRY(st::Rows rows, db.query("SELECT a.id FROM attestation_lines l JOIN attestations a ON a.id = l.attestation_id "
                                     "WHERE a.member_id = $1 AND l.care_date = $2 AND l.code = $3 AND a.id <> $4 "
                                     "AND l.decision_code IN ('reimbursed', 'reimbursed_reduced') ORDER BY a.id LIMIT 1",
                                     {st::int64(member), st::date(l.date), st::text(*l.code), st::int64(except.value_or(0))}));
    std::optional<std::int64_t> id;
    if (!rows.empty()) {
      SECU_TRY(id, rows.at(0).int64(0));
    }
    out.push_back(id);
  }
  return out;
}

}  // namespace internal

std::string_view to_string(LineCode c) {
  for (const auto& [code, name] : kLineCodes)
    if (code == c) return name;
  return "pending_fact";
}

std::optional<LineCode> parse_line_code(std::string_view s) {
  for (const auto& [code, name] : kLineCodes)
    if (name == s) return code;
  return std::nullopt;
}

std::string_view to_string(AttestationStatus s) {
  for (const auto& [status, name] : kStatuses)
    if (status == s) return name;
  return "pending";
}

std::optional<AttestationStatus> parse_attestation_status(std::string_view s) {
  for (const auto& [status, name] : kStatuses)
    if (name == s) return status;
  return std::nullopt;
}

core::Result<IntakeResult> intake_attestation(st::Database& db, const law::LawData& law, const explain::Catalog& catalog,
                                              const Intake& in, std::string_view who) {
  SECU_TRY(auto before, by_key(db, in.idempotency_key));
  if (before) return replay(db, before->first, before->second, in);
  std::int64_t id = 0;
  const Booking b{law, catalog, in, who};
  auto done = db.transaction([&](st::Database& tx) -> core::Status {
    SECU_TRY(id, book(tx, b));
    return {};
  });
  if (!done && st::is_duplicate(done.error())) {
    // Another intake committed the same key or sticker meanwhile: answer as if it came first.
    SECU_TRY(auto again, by_key(db, in.idempotency_key));
    if (again) return replay(db, again->first, again->second, in);
    SECU_RETURN_IF_ERROR(not_booked_yet(db, in));
  }
  if (!done) return std::unexpected(done.error());
  SECU_TRY(Attestation a, find_attestation(db, id));
  return IntakeResult{std::move(a), false};
}

}  // namespace secu::fund

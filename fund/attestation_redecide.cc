// redecide_attestation (attestations.h): a pending attestation decided again once its
// questions are answered. The intake as received stays as it was (a replay of its key must
// still match); the answers are kept beside it and applied on a copy before each decision.
#include <algorithm>
#include <regex>
#include <set>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "fund/attestation_internal.h"
#include "fund/attestations.h"
#include "fund/audit.h"
#include "fund/decisions.h"
#include "fund/due.h"

namespace secu::fund {

using core::ErrorCode;
using core::fail;
using core::Money;
using nlohmann::json;
namespace st = store;

namespace {

constexpr std::size_t kMaxBody = 64 * 1024;

// What is stored about the attestation, read in the transaction.
struct Stored {
  std::int64_t member_id = 0;
  std::string status;
  std::string intake;
  json answers = json::object();
  std::optional<std::int64_t> decision_id;
  std::vector<AttestationLine> lines;  // code, amounts and decision id; no questions
};

core::Result<Stored> read_stored(st::Database& tx, std::int64_t id) {
  SECU_TRY(st::Rows rows, tx.query("SELECT member_id, status, COALESCE(intake, ''), COALESCE(answers, '{}'), decision_id "
                                   "FROM attestations WHERE id = $1", {st::int64(id)}));
  if (rows.empty()) return fail(ErrorCode::not_found, "no attestation " + std::to_string(id), "id");
  Stored s;
  SECU_TRY(s.member_id, rows.at(0).int64(0));
  SECU_TRY(s.status, rows.at(0).text(1));
  SECU_TRY(s.intake, rows.at(0).text(2));
  SECU_TRY(std::string answers, rows.at(0).text(3));
  SECU_TRY(s.decision_id, rows.at(0).optional_int64(4));
  s.answers = json::parse(answers, nullptr, false);
  if (!s.answers.is_object()) return fail(ErrorCode::internal, "stored answers are not a JSON object", "answers");
  SECU_TRY(st::Rows lines, tx.query("SELECT line_no, decision_code, reimbursed, decision_id FROM attestation_lines "
                                    "WHERE attestation_id = $1 ORDER BY line_no", {st::int64(id)}));
  for (const st::Row& r : lines) {
    AttestationLine l;
    SECU_TRY(l.line_no, r.int64(0));
    SECU_TRY(std::string code, r.text(1));
    auto parsed = parse_line_code(code);
    if (!parsed) return fail(ErrorCode::internal, "unknown line code '" + code + "' in the store", "decision_code");
    l.decision = *parsed;
    SECU_TRY(l.reimbursed, r.optional_money(2));
    SECU_TRY(l.decision_id, r.optional_int64(3));
    s.lines.push_back(std::move(l));
  }
  return s;
}

// "/answers/" + the pointer with '~' and '/' escaped (RFC 6901), for an error's field.
std::string answer_field(const std::string& pointer) {
  std::string out = "/answers/";
  for (char c : pointer) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

// The body's answers, each a fact of one of the intake's `lines` lines.
core::Result<json> parse_answers(std::string_view body, std::size_t lines) {
  if (body.size() > kMaxBody) return fail(ErrorCode::invalid_argument, "the body is larger than 64 KiB", "/");
  const json j = json::parse(body, nullptr, false);
  if (!j.is_object()) return fail(ErrorCode::invalid_argument, "expected a JSON object {\"answers\": {...}}", "/");
  for (const auto& [key, value] : j.items())
    if (key != "answers") return fail(ErrorCode::invalid_argument, "unknown field", "/" + key);
  if (!j.contains("answers")) return json::object();
  const json& a = j["answers"];
  if (!a.is_object()) return fail(ErrorCode::invalid_argument, "expected an object from the questions' pointers to the answers", "/answers");
  static const std::regex kPointer(R"(^/lines/(0|[1-9][0-9]{0,2})/((provider/)?[a-z_]{1,40})$)");
  static const std::set<std::string> kFixed{"date", "code", "fee_charged", "provider"};
  for (const auto& [pointer, value] : a.items()) {
    std::smatch m;
    if (!std::regex_match(pointer, m, kPointer) || (!m[3].matched && kFixed.contains(m[2].str())))
      return fail(ErrorCode::invalid_argument,
                  "expected a fact of a line, as a question names it (\"/lines/1/provider/holds_dmg\"), not its date, code or fee",
                  answer_field(pointer));
    if (std::stoul(m[1].str()) >= lines)
      return fail(ErrorCode::invalid_argument, "no such line: the attestation has " + std::to_string(lines) + " lines", answer_field(pointer));
    if (value.is_null() || value.is_structured())
      return fail(ErrorCode::invalid_argument, "expected a value (true, false, a date, a text)", answer_field(pointer));
  }
  return a;
}

// The intake as received with all the answers applied, checked as an intake.
core::Result<Intake> answered_intake(const std::string& received, const json& answers) {
  json j = json::parse(received, nullptr, false);
  if (!j.is_object() || !j.contains("lines")) return fail(ErrorCode::internal, "the stored intake is not an intake", "intake");
  for (const auto& [pointer, value] : answers.items()) j[json::json_pointer(pointer)] = value;
  return parse_intake(j.dump());
}

bool waits(LineCode c) { return c == LineCode::pending_fact || c == LineCode::tariff_unknown; }

core::Status update_line(st::Database& tx, std::int64_t id, std::int64_t line_no, const internal::LineOutcome& o, std::int64_t decision) {
  return tx.exec("UPDATE attestation_lines SET statutory = $1, reimbursed = $2, personal_share = $3, supplement = $4, "
                 "decision_code = $5, decision_id = $6 WHERE attestation_id = $7 AND line_no = $8",
                 {st::optional(o.statutory, st::money), st::optional(o.reimbursed, st::money), st::optional(o.personal_share, st::money),
                  st::optional(o.supplement, st::money), st::text(std::string(to_string(o.code))), st::int64(decision), st::int64(id),
                  st::int64(line_no)});
}

struct Redecide {
  const law::LawData& law;
  const explain::Catalog& catalog;
  std::int64_t id;
  std::string_view body;
  std::string_view who;
};

core::Status redecide(st::Database& tx, const Redecide& r) {
  SECU_TRY(Stored s, read_stored(tx, r.id));
  if (s.status != "received")
    return fail(ErrorCode::failed_precondition, "only a pending attestation is decided again; this one is " + s.status, "status");
  SECU_TRY(json given, parse_answers(r.body, s.lines.size()));
  for (const auto& [pointer, value] : given.items()) s.answers[pointer] = value;
  SECU_TRY(Intake in, answered_intake(s.intake, s.answers));
  SECU_TRY(Member m, find_member(tx, in.niss));
  if (tx.engine() == st::Engine::postgres)  // one member's attestations are decided one at a time
    SECU_RETURN_IF_ERROR(tx.exec("SELECT id FROM members WHERE id = $1 FOR UPDATE", {st::int64(m.id)}));
  SECU_TRY(auto already, internal::already_reimbursed(tx, m.id, in, r.id));
  SECU_TRY(internal::Outcome out, internal::decide(tx, r.law, in, m, already));
  const std::string subject = "attestation:" + std::to_string(r.id);
  bool pending = false, paid = false;
  Money reimbursed;
  std::size_t decided_now = 0;
  for (std::size_t i = 0; i < s.lines.size() && i < out.lines.size(); ++i) {
    const AttestationLine& before = s.lines[i];
    LineCode code = before.decision;
    std::optional<Money> amount = before.reimbursed;
    if (waits(before.decision)) {
      const internal::LineOutcome& o = out.lines[i];
      const DecisionKey key{.subject = subject, .member_id = m.id, .as_of = in.received_on, .supersedes = before.decision_id};
      SECU_TRY(std::int64_t decision, record_decision(tx, r.law, r.catalog, key, o.decision));
      SECU_RETURN_IF_ERROR(update_line(tx, r.id, before.line_no, o, decision));
      if (internal::is_reimbursed(o.code))
        SECU_RETURN_IF_ERROR(internal::add_to_maf_counter(tx, m.id, in.lines[i].date.year(), o.personal_share.value_or(Money{})));
      code = o.code;
      amount = o.reimbursed;
      if (!waits(o.code)) ++decided_now;
    }
    pending = pending || waits(code);
    if (internal::is_reimbursed(code)) {
      paid = true;
      reimbursed += amount.value_or(Money{});
    }
  }
  const AttestationStatus status = pending ? AttestationStatus::pending : paid ? AttestationStatus::decided : AttestationStatus::rejected;
  const DecisionKey key{.subject = subject, .member_id = m.id, .as_of = in.received_on, .supersedes = s.decision_id};
  SECU_TRY(std::int64_t decision, record_decision(tx, r.law, r.catalog, key, out.attestation));
  SECU_RETURN_IF_ERROR(tx.exec("UPDATE attestations SET status = $1, decision_id = $2, answers = $3 WHERE id = $4",
                               {st::text(status == AttestationStatus::pending ? "received" : std::string(to_string(status))),
                                st::int64(decision), st::text(s.answers.dump()), st::int64(r.id)}));
  const bool pay = status == AttestationStatus::decided && reimbursed > Money{} && m.iban;
  if (pay)
    SECU_RETURN_IF_ERROR(book_due_payment(tx, {.member_id = m.id, .amount = reimbursed, .debt_key = subject, .decision_id = decision,
                                               .due_on = in.received_on}));
  return audit(tx, r.who, "attestation.redecide", subject,
               {{"status", to_string(status)}, {"answers", given.size()}, {"lines_decided", decided_now},
                {"reimbursed", reimbursed.text()}, {"payment", pay ? "due" : "none"}});
}

}  // namespace

core::Result<Attestation> redecide_attestation(st::Database& db, const law::LawData& law, const explain::Catalog& catalog, std::int64_t id,
                                               std::string_view body, std::string_view who) {
  const Redecide r{law, catalog, id, body, who};
  SECU_RETURN_IF_ERROR(db.transaction([&](st::Database& tx) { return redecide(tx, r); }));
  return find_attestation(db, id);
}

}  // namespace secu::fund

// attestations.h: reading an attestation back — its lines with each stage's amount, the
// questions of a pending line (from its stored decision, in each language), the payment.
#include <nlohmann/json.hpp>

#include "fund/attestation_internal.h"
#include "fund/attestations.h"
#include "fund/decisions.h"
#include "fund/members.h"

namespace secu::fund {

using core::ErrorCode;
using core::fail;
using core::Money;
using nlohmann::json;
namespace st = store;

namespace {

// The questions of the stored decision, as rendered in en, fr and nl when it was kept.
core::Result<std::vector<Question>> questions(st::Database& db, std::int64_t decision_id) {
  SECU_TRY(StoredDecision d, find_decision(db, decision_id));
  const json e = json::parse(d.explanation, nullptr, false);
  std::vector<Question> out;
  for (core::Lang lang : {core::Lang::en, core::Lang::fr, core::Lang::nl}) {
    const std::string l(core::to_string(lang));
    if (!e.is_object() || !e.contains(l) || !e[l].contains("missing_facts")) continue;
    const json& facts = e[l]["missing_facts"];
    if (out.empty()) out.resize(facts.size());
    for (std::size_t i = 0; i < facts.size() && i < out.size(); ++i) {
      out[i].fact = facts[i].value("fact", "");
      out[i].text[static_cast<std::size_t>(lang)] = facts[i].value("question", "");
    }
  }
  return out;
}

core::Result<AttestationLine> read_line(st::Database& db, const st::Row& r) {
  AttestationLine l;
  SECU_TRY(l.line_no, r.int64(0));
  SECU_TRY(l.care_date, r.date(1));
  SECU_TRY(l.code, r.text(2));
  SECU_TRY(l.asked, r.money(3));
  SECU_TRY(l.statutory, r.optional_money(4));
  SECU_TRY(l.reimbursed, r.optional_money(5));
  SECU_TRY(l.personal_share, r.optional_money(6));
  SECU_TRY(l.supplement, r.optional_money(7));
  SECU_TRY(std::string code, r.text(8));
  auto parsed = parse_line_code(code);
  if (!parsed) return fail(ErrorCode::internal, "unknown line code '" + code + "' in the store", "decision_code");
  l.decision = *parsed;
  SECU_TRY(l.decision_id, r.optional_int64(9));
  if (l.decision == LineCode::pending_fact && l.decision_id) {
    SECU_TRY(l.questions, questions(db, *l.decision_id));
  }
  return l;
}

core::Status read_lines(st::Database& db, Attestation& a) {
  SECU_TRY(st::Rows rows, db.query("SELECT line_no, care_date, code, asked, statutory, reimbursed, personal_share, supplement, "
                                   "decision_code, decision_id FROM attestation_lines WHERE attestation_id = $1 ORDER BY line_no",
                                   {st::int64(a.id)}));
  for (const st::Row& r : rows) {
    SECU_TRY(AttestationLine l, read_line(db, r));
    if (internal::is_reimbursed(l.decision)) {
      a.reimbursed += l.reimbursed.value_or(Money{});
      a.personal_share += l.personal_share.value_or(Money{});
    }
    a.supplement += l.supplement.value_or(Money{});
    a.lines.push_back(std::move(l));
  }
  return {};
}

core::Status read_payment(st::Database& db, Attestation& a) {
  SECU_TRY(st::Rows rows, db.query("SELECT id, amount, status FROM payments WHERE debt_key = $1",
                                   {st::text("attestation:" + std::to_string(a.id))}));
  if (!rows.empty()) {
    AttestationPayment p;
    SECU_TRY(p.id, rows.at(0).int64(0));
    SECU_TRY(p.amount, rows.at(0).money(1));
    SECU_TRY(p.status, rows.at(0).text(2));
    a.payment = p;
  }
  a.waits_for_bank_account = a.status == AttestationStatus::decided && a.reimbursed > Money{} && !a.payment;
  return {};
}

core::Result<AttestationStatus> status_of(const std::string& stored) {
  if (stored == "received") return AttestationStatus::pending;
  auto s = parse_attestation_status(stored);
  if (!s) return fail(ErrorCode::internal, "unknown attestation status '" + stored + "' in the store", "status");
  return *s;
}

json money_json(const std::optional<Money>& m) { return m ? json(m->text()) : json(nullptr); }

json line_json(const AttestationLine& l, const explain::Catalog& catalog, core::Lang lang) {
  json j{{"line_no", l.line_no},         {"care_date", l.care_date.iso()},         {"code", l.code},
         {"asked", l.asked.text()},      {"statutory", money_json(l.statutory)},   {"reimbursed", money_json(l.reimbursed)},
         {"personal_share", money_json(l.personal_share)}, {"supplement", money_json(l.supplement)},
         {"decision", to_string(l.decision)},
         {"decision_text", catalog.render({"attestations.code." + std::string(to_string(l.decision)), {}}, lang)},
         {"decision_id", l.decision_id ? json(*l.decision_id) : json(nullptr)}};
  j["questions"] = json::array();
  for (const auto& q : l.questions)
    j["questions"].push_back({{"fact", q.fact}, {"question", q.text[static_cast<std::size_t>(lang)]}});
  return j;
}

}  // namespace

core::Result<Attestation> find_attestation(st::Database& db, std::int64_t id) {
  SECU_TRY(st::Rows rows, db.query("SELECT a.id, m.niss, a.form, a.sticker_number, a.electronic_reference, a.received_on, "
                                   "a.status, a.decision_id, COALESCE(a.created_at, '') FROM attestations a "
                                   "JOIN members m ON m.id = a.member_id WHERE a.id = $1",
                                   {st::int64(id)}));
  if (rows.empty()) return fail(ErrorCode::not_found, "no attestation " + std::to_string(id), "id");
  const st::Row& r = rows.at(0);
  Attestation a;
  SECU_TRY(a.id, r.int64(0));
  SECU_TRY(a.niss, r.text(1));
  SECU_TRY(a.form, r.text(2));
  SECU_TRY(a.sticker_number, r.optional_text(3));
  SECU_TRY(a.electronic_reference, r.optional_text(4));
  SECU_TRY(a.received_on, r.date(5));
  SECU_TRY(std::string status, r.text(6));
  SECU_TRY(a.status, status_of(status));
  SECU_TRY(a.decision_id, r.optional_int64(7));
  SECU_TRY(a.created_at, r.text(8));
  SECU_RETURN_IF_ERROR(read_lines(db, a));
  SECU_RETURN_IF_ERROR(read_payment(db, a));
  return a;
}

core::Result<std::vector<Attestation>> member_attestations(st::Database& db, std::string_view niss) {
  SECU_TRY(Member m, find_member(db, niss));
  SECU_TRY(st::Rows rows, db.query("SELECT id FROM attestations WHERE member_id = $1 ORDER BY id DESC", {st::int64(m.id)}));
  std::vector<Attestation> out;
  for (const st::Row& r : rows) {
    SECU_TRY(std::int64_t id, r.int64(0));
    SECU_TRY(Attestation a, find_attestation(db, id));
    out.push_back(std::move(a));
  }
  return out;
}

json to_json(const Attestation& a, const explain::Catalog& catalog, core::Lang lang) {
  const std::string status(to_string(a.status));
  json j{{"id", a.id},
         {"niss", a.niss},
         {"form", a.form},
         {"sticker_number", a.sticker_number ? json(*a.sticker_number) : json(nullptr)},
         {"electronic_reference", a.electronic_reference ? json(*a.electronic_reference) : json(nullptr)},
         {"received_on", a.received_on.iso()},
         {"status", status},
         {"status_text", catalog.render({"attestations.status." + status, {}}, lang)},
         {"decision_id", a.decision_id ? json(*a.decision_id) : json(nullptr)},
         {"reimbursed", a.reimbursed.text()},
         {"personal_share", a.personal_share.text()},
         {"supplement", a.supplement.text()},
         {"created_at", a.created_at}};
  j["lines"] = json::array();
  for (const auto& l : a.lines) j["lines"].push_back(line_json(l, catalog, lang));
  j["payment"] = a.payment ? json{{"id", a.payment->id}, {"amount", a.payment->amount.text()}, {"status", a.payment->status}}
                           : json(nullptr);
  if (a.waits_for_bank_account) j["payment_note"] = catalog.render({"attestations.payment.waits_for_bank_account", {}}, lang);
  return j;
}

}  // namespace secu::fund

// payments.h: batches, their export, the bank's report, the history and re-issues.
#include "fund/payments.h"

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "fund/audit.h"
#include "fund/due.h"
#include "fund/members.h"
#include "store/migrations.h"
#include "store/payments.h"

namespace secu::fund {
namespace {

namespace st = store;
using core::ErrorCode;
using core::fail;
using nlohmann::json;

constexpr std::string_view kRetry = ":retry";

constexpr std::string_view kPaymentColumns =
    "SELECT p.id, p.member_id, m.niss, p.amount, p.debt_key, p.decision_id, p.iban, p.due_on, p.batch_id, "
    "p.status, p.status_at, p.reason, p.reissue_of, b.execution_date "
    "FROM payments p JOIN members m ON m.id = p.member_id LEFT JOIN payment_batches b ON b.id = p.batch_id ";

core::Result<std::string> opt_text(const st::Row& r, std::size_t i) {
  if (r.is_null(i)) return std::string{};
  return r.text(i);
}

core::Result<Payment> read_payment(const st::Row& r) {
  Payment p;
  SECU_TRY(p.id, r.int64(0));
  SECU_TRY(p.member_id, r.int64(1));
  SECU_TRY(p.niss, r.text(2));
  SECU_TRY(p.amount, r.money(3));
  SECU_TRY(p.debt_key, r.text(4));
  SECU_TRY(p.decision_id, r.optional_int64(5));
  SECU_TRY(p.iban, r.text(6));
  SECU_TRY(p.due_on, r.date(7));
  SECU_TRY(p.batch_id, r.optional_int64(8));
  SECU_TRY(p.status, r.text(9));
  SECU_TRY(p.status_at, opt_text(r, 10));
  SECU_TRY(p.reason, opt_text(r, 11));
  SECU_TRY(p.reissue_of, r.optional_int64(12));
  SECU_TRY(p.execution_date, r.optional_date(13));
  return p;
}

core::Result<std::vector<Payment>> payments_where(st::Database& db, std::string_view where, std::int64_t key) {
  SECU_TRY(st::Rows rows, db.query(std::string(kPaymentColumns) + std::string(where) + " ORDER BY p.id", {st::int64(key)}));
  std::vector<Payment> out;
  for (const st::Row& r : rows) {
    SECU_TRY(Payment p, read_payment(r));
    out.push_back(std::move(p));
  }
  return out;
}

core::Result<Payment> find_payment(st::Database& db, std::int64_t id) {
  SECU_TRY(auto found, payments_where(db, "WHERE p.id = $1", id));
  if (found.empty()) return fail(ErrorCode::not_found, "no payment " + std::to_string(id), "payment_id");
  return found.front();
}

// "SECU-B12-20240307100000": unique per batch, and across databases by its time.
std::string message_id(std::int64_t batch, std::string_view created_at) {
  std::string digits;
  for (char c : created_at)
    if (c >= '0' && c <= '9') digits.push_back(c);
  return "SECU-B" + std::to_string(batch) + "-" + digits;
}

std::string subject(std::string_view kind, std::int64_t id) { return std::string(kind) + ":" + std::to_string(id); }

/// The debt a key names: the key without its ":retry<n>" suffix.
std::string_view base_debt(std::string_view key) { return key.substr(0, key.find(kRetry)); }

// ---- prepare ------------------------------------------------------------------------

core::Status check_whole_cents(st::Database& tx, std::int64_t batch) {
  SECU_TRY(st::Rows odd, tx.query("SELECT id, debt_key, amount FROM payments WHERE batch_id = $1 AND amount % 100 <> 0 "
                                  "ORDER BY id LIMIT 1",
                                  {st::int64(batch)}));
  if (odd.empty()) return {};
  SECU_TRY(std::int64_t id, odd.at(0).int64(0));
  SECU_TRY(std::string key, odd.at(0).text(1));
  SECU_TRY(core::Money amount, odd.at(0).money(2));
  return fail(ErrorCode::failed_precondition,
              "payment " + std::to_string(id) + " (" + key + ") is " + amount.text4() +
                  " EUR, not a whole number of cents: a bank transfer is in cents (the booking must round)",
              "amount");
}

// ---- export -------------------------------------------------------------------------

core::Result<Export> stored_export(st::Database& db, std::int64_t batch) {
  SECU_TRY(st::Rows rows, db.query("SELECT file_name, document FROM payment_batches WHERE id = $1", {st::int64(batch)}));
  if (rows.empty() || rows.at(0).is_null(1))
    return fail(ErrorCode::internal, "batch " + std::to_string(batch) + " is exported without its file", "batch");
  Export out;
  SECU_TRY(out.file_name, rows.at(0).text(0));
  SECU_TRY(out.document, rows.at(0).text(1));
  return out;
}

// The remittance text: what is paid, in the member's language ("Remboursement soins 2024-03-06 ...").
std::string remittance(const explain::Catalog& catalog, std::string_view debt_key, std::string_view language,
                       core::Date about) {
  const core::Lang lang = core::parse_lang(language).value_or(core::Lang::en);  // German: not in the catalogs yet
  const std::string_view debt = base_debt(debt_key);
  std::string key = "payments.remittance." + std::string(debt.substr(0, debt.find(':')));
  if (!catalog.text(key, lang)) key = "payments.remittance.other";
  return catalog.render(explain::Message{key, {{"date", about.iso()}, {"reference", std::string(debt)}}}, lang);
}

core::Result<std::vector<sepa::Transfer>> transfers(st::Database& tx, const explain::Catalog& catalog, std::int64_t batch,
                                                    std::vector<std::int64_t>& ids) {
  SECU_TRY(st::Rows rows,
           tx.query("SELECT p.id, p.amount, p.iban, p.debt_key, p.due_on, m.given_names, m.family_name, m.language, d.as_of "
                    "FROM payments p JOIN members m ON m.id = p.member_id LEFT JOIN decisions d ON d.id = p.decision_id "
                    "WHERE p.batch_id = $1 AND p.status = 'claimed' ORDER BY p.id",
                    {st::int64(batch)}));
  std::vector<sepa::Transfer> out;
  for (const st::Row& r : rows) {
    sepa::Transfer t;
    SECU_TRY(t.payment_id, r.int64(0));
    SECU_TRY(t.amount, r.money(1));
    SECU_TRY(t.creditor_iban, r.text(2));
    SECU_TRY(std::string key, r.text(3));
    SECU_TRY(core::Date due, r.date(4));
    SECU_TRY(std::string given, r.text(5));
    SECU_TRY(std::string family, r.text(6));
    SECU_TRY(std::string language, r.text(7));
    SECU_TRY(std::optional<core::Date> about, r.optional_date(8));
    t.creditor_name = given + " " + family;
    t.remittance = remittance(catalog, key, language, about.value_or(due));
    ids.push_back(t.payment_id);
    out.push_back(std::move(t));
  }
  return out;
}

// The writer's complaint about transfer i, said of the stored payment.
core::Error about_payment(core::Error e, const std::vector<std::int64_t>& ids) {
  constexpr std::string_view kTransfers = "transfers/";
  if (!e.field.starts_with(kTransfers)) return e;
  const std::string rest = e.field.substr(kTransfers.size());
  const std::size_t i = std::stoul(rest.substr(0, rest.find('/')));
  e.code = ErrorCode::failed_precondition;
  e.field = "payments/" + std::to_string(ids.at(i)) + rest.substr(rest.find('/'));
  e.message = "payment " + std::to_string(ids.at(i)) + ": " + e.message;
  return e;
}

core::Result<bool> export_open_batch(st::Database& tx, const explain::Catalog& catalog, const Batch& b,
                                     const ExportRequest& req, std::string_view who, Export& out) {
  std::vector<std::int64_t> ids;
  SECU_TRY(auto list, transfers(tx, catalog, b.id, ids));
  if (list.empty()) return fail(ErrorCode::failed_precondition, "the batch has no payment to export", "batch");
  const std::string now = st::now_utc();
  const std::string msg = b.message_id.empty() ? message_id(b.id, b.created_at) : b.message_id;
  auto doc = sepa::write_pain001({.message_id = msg, .created_at = now, .execution_date = req.execution_date,
                                  .debtor = req.debtor, .transfers = std::move(list)});
  if (!doc) return std::unexpected(about_payment(doc.error(), ids));
  out = {.file_name = msg + ".pain.001.xml", .document = std::move(*doc), .first_time = true};
  // Only from 'open': a process that exported it meanwhile wins, and its file is returned.
  SECU_TRY(st::Rows won, tx.query("UPDATE payment_batches SET status = 'exported', file_name = $2, execution_date = $3, "
                                  "exported_at = $4, document = $5, message_id = $6 WHERE id = $1 AND status = 'open' "
                                  "RETURNING id",
                                  {st::int64(b.id), st::text(out.file_name), st::date(req.execution_date), st::text(now),
                                   st::text(out.document), st::text(msg)}));
  if (won.empty()) return false;
  SECU_RETURN_IF_ERROR(tx.exec("UPDATE payments SET status = 'exported', status_at = $2 WHERE batch_id = $1 AND status = 'claimed'",
                               {st::int64(b.id), st::text(now)}));
  SECU_RETURN_IF_ERROR(audit(tx, who, "payment_batch.export", subject("payment_batch", b.id),
                             {{"file_name", out.file_name}, {"message_id", msg}, {"execution_date", req.execution_date.iso()},
                              {"count", ids.size()}, {"debtor_iban", req.debtor.iban}}));
  return true;
}

// ---- the bank's report --------------------------------------------------------------

struct Stored {
  std::string status;
  std::string reason;
};

bool account_reason(std::string_view code) { return code.starts_with("AC") || code == "BE01"; }

class ReportApplier {
 public:
  ReportApplier(st::Database& tx, std::map<std::int64_t, Stored> payments) : tx_(tx), payments_(std::move(payments)) {}

  bool has(std::int64_t id) const { return payments_.contains(id); }
  const std::map<std::int64_t, Stored>& payments() const { return payments_; }
  bool changed() const { return changed_; }

  core::Status apply(std::int64_t id, std::string_view e2e, const std::string& code, const std::string& reason,
                     ReportOutcome& out) {
    Stored& p = payments_.at(id);
    Marked m{.payment_id = id, .end_to_end_id = std::string(e2e), .status = code, .reason = reason};
    const BankVerdict v = verdict_of(code);
    if (v == BankVerdict::pending) {
      out.pending.push_back(std::move(m));
      return {};
    }
    const std::string target = v == BankVerdict::executed ? "executed" : "rejected";
    if (p.status != "exported") {
      const bool same = p.status == target && (v == BankVerdict::executed || p.reason == reason);
      (same ? out.unchanged : out.conflicting).push_back(std::move(m));
      return {};
    }
    SECU_RETURN_IF_ERROR(tx_.exec("UPDATE payments SET status = $2, reason = $3, status_at = $4 WHERE id = $1",
                                  {st::int64(id), st::text(target),
                                   v == BankVerdict::rejected && !reason.empty() ? st::text(reason) : st::null(),
                                   st::text(st::now_utc())}));
    p = {target, v == BankVerdict::rejected ? reason : ""};
    changed_ = true;
    (v == BankVerdict::executed ? out.executed : out.rejected).push_back(std::move(m));
    return {};
  }

 private:
  st::Database& tx_;
  std::map<std::int64_t, Stored> payments_;
  bool changed_ = false;
};

core::Result<std::map<std::int64_t, Stored>> batch_statuses(st::Database& tx, std::int64_t batch) {
  SECU_TRY(st::Rows rows, tx.query("SELECT id, status, reason FROM payments WHERE batch_id = $1", {st::int64(batch)}));
  std::map<std::int64_t, Stored> out;
  for (const st::Row& r : rows) {
    SECU_TRY(std::int64_t id, r.int64(0));
    SECU_TRY(std::string status, r.text(1));
    SECU_TRY(std::string reason, opt_text(r, 2));
    out.emplace(id, Stored{std::move(status), std::move(reason)});
  }
  return out;
}

core::Status apply_report(st::Database& tx, std::int64_t batch, const sepa::StatusReport& report, std::string_view who,
                          ReportOutcome& out) {
  SECU_TRY(st::Rows b, tx.query("SELECT status, message_id FROM payment_batches WHERE id = $1", {st::int64(batch)}));
  if (b.empty()) return fail(ErrorCode::not_found, "no payment batch " + std::to_string(batch), "batch");
  SECU_TRY(std::string status, b.at(0).text(0));
  SECU_TRY(std::string msg, opt_text(b.at(0), 1));
  if (status != "exported" && status != "closed")
    return fail(ErrorCode::failed_precondition, "batch " + std::to_string(batch) + " is " + status + ", not exported", "batch");
  if (report.original_message_id != msg)
    return fail(ErrorCode::invalid_argument, "the report is about message '" + report.original_message_id +
                                                 "', this batch's file is '" + msg + "'", "OrgnlMsgId");
  SECU_TRY(auto stored, batch_statuses(tx, batch));
  ReportApplier applier(tx, std::move(stored));
  std::set<std::int64_t> listed;
  for (const sepa::TxStatus& t : report.transactions) {
    const auto id = sepa::payment_id_of(t.end_to_end_id);
    if (!id || !applier.has(*id)) {
      out.unknown.push_back(t.end_to_end_id);
      continue;
    }
    listed.insert(*id);
    SECU_RETURN_IF_ERROR(applier.apply(*id, t.end_to_end_id, t.status, t.reason, out));
  }
  // A status of the whole file (or payment information) speaks for the payments not listed.
  if (!report.group_status.empty() && verdict_of(report.group_status) != BankVerdict::pending) {
    std::vector<std::int64_t> rest;
    for (const auto& [id, p] : applier.payments())
      if (!listed.contains(id)) rest.push_back(id);
    for (std::int64_t id : rest)
      SECU_RETURN_IF_ERROR(applier.apply(id, sepa::end_to_end_id(id), report.group_status, report.group_reason, out));
  }
  if (!applier.changed()) return {};
  bool open = false;
  for (const auto& [id, p] : applier.payments()) open = open || p.status == "exported";
  if (!open) SECU_RETURN_IF_ERROR(tx.exec("UPDATE payment_batches SET status = 'closed' WHERE id = $1", {st::int64(batch)}));
  return audit(tx, who, "payment_batch.report", subject("payment_batch", batch),
               {{"report", report.message_id}, {"outcome", to_json(out)}});
}

// ---- re-issue -----------------------------------------------------------------------

core::Status check_reissue(st::Database& tx, const Payment& p) {
  if (p.status != "rejected")
    return fail(ErrorCode::failed_precondition, "payment " + std::to_string(p.id) + " is " + p.status + ", not rejected", "status");
  const std::string debt(base_debt(p.debt_key));
  const std::string prefix = debt + std::string(kRetry);
  SECU_TRY(st::Rows live, tx.query("SELECT id, status FROM payments WHERE (debt_key = $1 OR substr(debt_key, 1, $2) = $3) "
                                   "AND status <> 'rejected' ORDER BY id LIMIT 1",
                                   {st::text(debt), st::int64(static_cast<std::int64_t>(prefix.size())), st::text(prefix)}));
  if (!live.empty()) {
    SECU_TRY(std::int64_t id, live.at(0).int64(0));
    SECU_TRY(std::string status, live.at(0).text(1));
    return fail(ErrorCode::failed_precondition,
                "payment " + std::to_string(id) + " of the debt " + debt + " is " + status + ": a debt is paid once", "debt_key");
  }
  SECU_TRY(st::Rows m, tx.query("SELECT iban FROM members WHERE id = $1", {st::int64(p.member_id)}));
  if (m.empty() || m.at(0).is_null(0))
    return fail(ErrorCode::failed_precondition, "the member has no bank account (IBAN) to pay to", "iban");
  SECU_TRY(std::string iban, m.at(0).text(0));
  if (iban == p.iban && account_reason(p.reason))
    return fail(ErrorCode::failed_precondition,
                "the bank rejected the account " + p.iban + " (" + p.reason + "): correct the member's IBAN first", "iban");
  return {};
}

// The next retry number of a debt: one more than the highest used.
core::Result<int> next_retry(st::Database& tx, const std::string& debt) {
  const std::string prefix = debt + std::string(kRetry);
  SECU_TRY(st::Rows rows, tx.query("SELECT debt_key FROM payments WHERE substr(debt_key, 1, $1) = $2",
                                   {st::int64(static_cast<std::int64_t>(prefix.size())), st::text(prefix)}));
  int n = 0;
  for (const st::Row& r : rows) {
    SECU_TRY(std::string key, r.text(0));
    const std::string digits = key.substr(prefix.size());
    if (!digits.empty() && digits.size() < 9 && digits.find_first_not_of("0123456789") == std::string::npos)
      n = std::max(n, std::stoi(digits));
  }
  return n + 1;
}

}  // namespace

BankVerdict verdict_of(std::string_view s) {
  if (s == "ACSC" || s == "ACCP") return BankVerdict::executed;
  if (s == "RJCT") return BankVerdict::rejected;
  return BankVerdict::pending;
}

core::Result<Batch> prepare_batch(st::Database& db, const BatchRequest& req, std::string_view who) {
  if (req.limit < 1 || req.limit > 10000)
    return fail(ErrorCode::invalid_argument, "expected a limit from 1 to 10000", "limit");
  std::int64_t id = 0;
  const core::Status done = db.transaction([&](st::Database& tx) -> core::Status {
    const std::string now = st::now_utc();
    SECU_TRY(id, st::create_batch(tx, now));
    SECU_TRY(auto ids, st::claim_due_payments(tx, id, req.until, req.limit));
    if (ids.empty())
      return fail(ErrorCode::failed_precondition, "no payment is due on or before " + req.until.iso(), "until");
    SECU_RETURN_IF_ERROR(check_whole_cents(tx, id));
    SECU_RETURN_IF_ERROR(tx.exec("UPDATE payment_batches SET until = $2, message_id = $3 WHERE id = $1",
                                 {st::int64(id), st::date(req.until), st::text(message_id(id, now))}));
    SECU_RETURN_IF_ERROR(tx.exec("UPDATE payments SET status_at = $2 WHERE batch_id = $1", {st::int64(id), st::text(now)}));
    return audit(tx, who, "payment_batch.prepare", subject("payment_batch", id),
                 {{"until", req.until.iso()}, {"limit", req.limit}, {"payments", ids}});
  });
  SECU_RETURN_IF_ERROR(done);
  return find_batch(db, id);
}

namespace {

constexpr std::string_view kBatchColumns =
    "b.id, b.created_at, b.status, b.until, b.message_id, b.file_name, b.execution_date, b.exported_at";

/// A batch's own columns (kBatchColumns, in that order), without its payments.
core::Result<Batch> batch_from(const st::Row& r) {
  Batch b;
  SECU_TRY(b.id, r.int64(0));
  SECU_TRY(b.created_at, r.text(1));
  SECU_TRY(b.status, r.text(2));
  SECU_TRY(b.until, r.optional_date(3));
  SECU_TRY(b.message_id, opt_text(r, 4));
  SECU_TRY(b.file_name, opt_text(r, 5));
  SECU_TRY(b.execution_date, r.optional_date(6));
  SECU_TRY(b.exported_at, opt_text(r, 7));
  return b;
}

}  // namespace

core::Result<Batch> find_batch(st::Database& db, std::int64_t id) {
  SECU_TRY(st::Rows rows, db.query("SELECT " + std::string(kBatchColumns) + " FROM payment_batches b WHERE b.id = $1",
                                   {st::int64(id)}));
  if (rows.empty()) return fail(ErrorCode::not_found, "no payment batch " + std::to_string(id), "batch");
  SECU_TRY(Batch b, batch_from(rows.at(0)));
  SECU_TRY(b.payments, payments_where(db, "WHERE p.batch_id = $1", id));
  b.count = static_cast<std::int64_t>(b.payments.size());
  for (const Payment& p : b.payments) b.total += p.amount;
  return b;
}

core::Result<std::vector<Batch>> list_batches(st::Database& db, int limit) {
  if (limit < 1 || limit > 1000)
    return fail(ErrorCode::invalid_argument, "expected a limit from 1 to 1000, got " + std::to_string(limit), "limit");
  SECU_TRY(st::Rows rows,
           db.query("SELECT " + std::string(kBatchColumns) + ", COUNT(p.id), CAST(COALESCE(SUM(p.amount), 0) AS BIGINT) "
                    "FROM payment_batches b LEFT JOIN payments p ON p.batch_id = b.id GROUP BY " + std::string(kBatchColumns) +
                    " ORDER BY b.id DESC LIMIT $1",
                    {st::int64(limit)}));
  std::vector<Batch> out;
  for (const st::Row& r : rows) {
    SECU_TRY(Batch b, batch_from(r));
    SECU_TRY(b.count, r.int64(8));
    SECU_TRY(b.total, r.money(9));
    out.push_back(std::move(b));
  }
  return out;
}

core::Result<Export> export_batch(st::Database& db, const explain::Catalog& catalog, std::int64_t batch_id,
                                  const ExportRequest& req, std::string_view who) {
  Export out;
  const core::Status done = db.transaction([&](st::Database& tx) -> core::Status {
    // Lock the batch row first: a concurrent export (another server) waits for it, then finds the batch exported.
    SECU_RETURN_IF_ERROR(tx.exec("UPDATE payment_batches SET status = status WHERE id = $1", {st::int64(batch_id)}));
    SECU_TRY(Batch b, find_batch(tx, batch_id));
    bool first = false;
    if (b.status == "open") {
      SECU_TRY(first, export_open_batch(tx, catalog, b, req, who, out));
    }
    if (!first) {
      SECU_TRY(out, stored_export(tx, batch_id));
    }
    return {};
  });
  SECU_RETURN_IF_ERROR(done);
  return out;
}

core::Result<ReportOutcome> apply_bank_report(st::Database& db, std::int64_t batch_id, std::string_view pain002,
                                              std::string_view who) {
  SECU_TRY(sepa::StatusReport report, sepa::read_pain002(pain002));
  if (report.original_message_id.empty())
    return fail(ErrorCode::invalid_argument, "expected the original message id", "OrgnlMsgId");
  ReportOutcome out;
  const core::Status done = db.transaction([&](st::Database& tx) -> core::Status {
    out = {};
    return apply_report(tx, batch_id, report, who, out);
  });
  SECU_RETURN_IF_ERROR(done);
  return out;
}

core::Result<std::vector<Payment>> member_payments(st::Database& db, std::string_view niss) {
  SECU_TRY(Member m, find_member(db, niss));
  return payments_where(db, "WHERE p.member_id = $1", m.id);
}

core::Result<Payment> reissue_payment(st::Database& db, std::int64_t payment_id, std::string_view who) {
  std::int64_t id = 0;
  auto done = db.transaction([&](st::Database& tx) -> core::Status {
    SECU_TRY(Payment p, find_payment(tx, payment_id));
    SECU_RETURN_IF_ERROR(check_reissue(tx, p));
    const std::string debt(base_debt(p.debt_key));
    SECU_TRY(int n, next_retry(tx, debt));
    const std::string key = debt + std::string(kRetry) + std::to_string(n);
    SECU_TRY(id, book_due_payment(tx, {.member_id = p.member_id, .amount = p.amount, .debt_key = key,
                                       .decision_id = p.decision_id, .due_on = p.due_on}));
    SECU_RETURN_IF_ERROR(tx.exec("UPDATE payments SET reissue_of = $2, status_at = $3 WHERE id = $1",
                                 {st::int64(id), st::int64(p.id), st::text(st::now_utc())}));
    return audit(tx, who, "payment.reissue", subject("payment", id),
                 {{"reissue_of", p.id}, {"debt_key", key}, {"rejected_for", p.reason}});
  });
  if (!done && st::is_duplicate(done.error()))  // another process re-issued it at the same moment
    return fail(ErrorCode::failed_precondition, "another payment of this debt is pending: a debt is paid once", "debt_key");
  SECU_RETURN_IF_ERROR(done);
  return find_payment(db, id);
}

json to_json(const Payment& p) {
  auto opt = [](const auto& v) { return v ? json(*v) : json(nullptr); };
  auto text = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
  return {{"id", p.id},
          {"member_niss", p.niss},
          {"amount", p.amount.text()},
          {"debt_key", p.debt_key},
          {"decision_id", opt(p.decision_id)},
          {"iban", p.iban},
          {"due_on", p.due_on.iso()},
          {"batch_id", opt(p.batch_id)},
          {"status", p.status},
          {"status_at", text(p.status_at)},
          {"reason", text(p.reason)},
          {"reissue_of", opt(p.reissue_of)},
          {"execution_date", p.execution_date ? json(p.execution_date->iso()) : json(nullptr)},
          {"end_to_end_id", sepa::end_to_end_id(p.id)}};
}

json to_json(const Batch& b) {
  auto date = [](const std::optional<core::Date>& d) { return d ? json(d->iso()) : json(nullptr); };
  auto text = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
  json payments = json::array();
  for (const Payment& p : b.payments) payments.push_back(to_json(p));
  return {{"id", b.id},           {"created_at", b.created_at}, {"status", b.status},
          {"until", date(b.until)}, {"message_id", text(b.message_id)}, {"file_name", text(b.file_name)},
          {"execution_date", date(b.execution_date)}, {"exported_at", text(b.exported_at)},
          {"count", b.count},     {"total", b.total.text()},    {"payments", std::move(payments)}};
}

json to_json(const ReportOutcome& r) {
  auto list = [](const std::vector<Marked>& ms) {
    json out = json::array();
    for (const Marked& m : ms)
      out.push_back({{"payment_id", m.payment_id}, {"end_to_end_id", m.end_to_end_id}, {"status", m.status},
                     {"reason", m.reason.empty() ? json(nullptr) : json(m.reason)}});
    return out;
  };
  return {{"executed", list(r.executed)}, {"rejected", list(r.rejected)},     {"unchanged", list(r.unchanged)},
          {"pending", list(r.pending)},   {"conflicting", list(r.conflicting)}, {"unknown", r.unknown}};
}

}  // namespace secu::fund

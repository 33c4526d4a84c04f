// fund/payments: paying what the fund owes, each debt once.
//
// Debts are booked as 'due' payments (fund/due.h). A clerk prepares a batch of what is due
// up to a date: the payments are claimed for it (store::claim_due_payments: FOR UPDATE SKIP
// LOCKED on PostgreSQL, so several servers preparing batches at once take disjoint
// payments). The batch is exported as a SEPA pain.001 file for the bank (sepa.h); the
// bank's status report (pain.002) marks each payment executed or rejected. A rejected
// payment can be re-issued (a new payment "<debt_key>:retry<n>") once the account is
// corrected; the schema allows one payment that is not rejected per debt (store migration 7).
//
// Statuses: payment due -> claimed (in an open batch) -> exported -> executed | rejected;
// batch open -> exported -> closed (once the bank reported on every payment).
// Every change is one transaction with its audit entry (audit.h).
//
//   SECU_TRY(Batch b, prepare_batch(*db, {.until = day, .limit = 500}, "alice"));
//   SECU_TRY(Export x, export_batch(*db, catalog, b.id, {.debtor = fund_account, .execution_date = day}, "alice"));
//   SECU_TRY(ReportOutcome r, apply_bank_report(*db, b.id, pain002_bytes, "alice"));
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "explain/catalog.h"
#include "fund/sepa.h"
#include "store/store.h"

namespace secu::fund {

/// One payment as stored.
struct Payment {
  std::int64_t id = 0;
  std::int64_t member_id = 0;
  std::string niss{};
  core::Money amount{};
  std::string debt_key{};                  // 'attestation:12', 'attestation:12:retry1'
  std::optional<std::int64_t> decision_id{};
  std::string iban{};                      // the account paid to
  core::Date due_on{};
  std::optional<std::int64_t> batch_id{};
  std::string status{};                    // due | claimed | exported | executed | rejected
  std::string status_at{};                 // UTC timestamp of the last change ("" if never changed here)
  std::string reason{};                    // the bank's rejection reason (AC01, AC04, ...)
  std::optional<std::int64_t> reissue_of{};
  std::optional<core::Date> execution_date{};  // asked of the bank (the batch's)
};

/// A batch with its payments.
struct Batch {
  std::int64_t id = 0;
  std::string created_at{};
  std::string status{};                    // open | exported | closed
  std::optional<core::Date> until{};
  std::string message_id{};                // pain.001 MsgId
  std::string file_name{};                 // once exported
  std::optional<core::Date> execution_date{};
  std::string exported_at{};
  std::int64_t count = 0;
  core::Money total{};
  std::vector<Payment> payments{};         // by id
};

/// What to prepare.
struct BatchRequest {
  core::Date until{};   // payments due on or before this date
  int limit = 1000;     // at most this many (1..10000)
};

/// Creates a batch and claims the payments due up to `until` (oldest first, at most
/// `limit`), in one transaction. Refused: nothing due (failed_precondition "until"), a
/// claimed amount that is not a whole number of cents (failed_precondition "amount": the
/// booking side rounds), a limit out of range (invalid_argument "limit").
[[nodiscard]] core::Result<Batch> prepare_batch(store::Database& db, const BatchRequest& req, std::string_view who);

/// The batch with its payments, count and total; not_found otherwise.
[[nodiscard]] core::Result<Batch> find_batch(store::Database& db, std::int64_t id);

/// The latest batches, newest first, at most `limit` (1..1000; invalid_argument "limit"),
/// each with its count and total but without its payments.
[[nodiscard]] core::Result<std::vector<Batch>> list_batches(store::Database& db, int limit);

/// How to export.
struct ExportRequest {
  sepa::Debtor debtor{};         // the fund's account (configuration of the caller)
  core::Date execution_date{};   // the date asked of the bank
};

/// The file for the bank.
struct Export {
  std::string file_name{};
  std::string document{};        // pain.001.001.09, UTF-8
  bool first_time = false;       // false: the batch was already exported, same bytes again
};

/// Writes the pain.001 of an open batch (remittance texts in each member's language from
/// data/messages/<lang>/payments.json) and marks the batch and its payments 'exported'
/// with the file, in one transaction. An exported batch returns the stored file again
/// (never a new one, never new payments; the request's values are then not used).
[[nodiscard]] core::Result<Export> export_batch(store::Database& db, const explain::Catalog& catalog, std::int64_t batch_id,
                                                const ExportRequest& req, std::string_view who);

/// One payment the bank's report speaks of.
struct Marked {
  std::int64_t payment_id = 0;
  std::string end_to_end_id{};
  std::string status{};          // the bank's code (ACSC, RJCT, ...)
  std::string reason{};
};

/// What a report did.
struct ReportOutcome {
  std::vector<Marked> executed{};     // now executed
  std::vector<Marked> rejected{};     // now rejected (with the reason)
  std::vector<Marked> unchanged{};    // already so (a report applied again)
  std::vector<Marked> pending{};      // not final yet (ACSP, ACTC, PDNG, ...): left exported
  std::vector<Marked> conflicting{};  // contradicts the stored final status: left as it is
  std::vector<std::string> unknown{}; // end-to-end ids that are not payments of this batch
};

/// ACSC and ACCP: executed; RJCT: rejected; others: not final.
enum class BankVerdict { executed, rejected, pending };
BankVerdict verdict_of(std::string_view tx_status);

/// Applies the bank's pain.002 to an exported batch in one transaction. Statuses given for
/// the group (or the payment information) apply to the batch's payments the report does not
/// list one by one. Applying a report again changes nothing. Refused: a report that does not
/// read (invalid_argument naming the element), one for another message (invalid_argument
/// "OrgnlMsgId"), a batch not exported (failed_precondition "batch").
[[nodiscard]] core::Result<ReportOutcome> apply_bank_report(store::Database& db, std::int64_t batch_id,
                                                            std::string_view pain002, std::string_view who);

/// Every payment of the member (by NISS, any form), oldest first; not_found for an unknown NISS.
[[nodiscard]] core::Result<std::vector<Payment>> member_payments(store::Database& db, std::string_view niss);

/// Re-issues a rejected payment to the member's current account: a new 'due' payment of
/// the same debt ("<debt>:retry<n>"), the rejected one kept. Refused (failed_precondition):
/// the payment is not rejected ("status"); another payment of the debt is not rejected
/// ("debt_key"); the member has no account, or — when the bank rejected the account (AC…,
/// BE01) — the same account as the rejected payment ("iban"). not_found for an unknown id.
[[nodiscard]] core::Result<Payment> reissue_payment(store::Database& db, std::int64_t payment_id, std::string_view who);

nlohmann::json to_json(const Payment& p);
nlohmann::json to_json(const Batch& b);
nlohmann::json to_json(const ReportOutcome& r);

}  // namespace secu::fund

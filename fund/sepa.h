// fund/sepa: the files the fund exchanges with its bank, as pure functions (no database).
//
//  - write_pain001: a SEPA credit transfer initiation, ISO 20022 pain.001.001.09 — the
//    2019 version of the message that the EPC SEPA Credit Transfer rulebook requires since
//    November 2023 and the Belgian banks (Febelfin guidelines) accept; .03 is being phased
//    out. One PmtInf (one debtor account, one execution date), one CdtTrfTxInf per payment.
//  - read_pain002: the bank's payment status report (pain.002, any version: elements are
//    matched by local name, the namespace must be a pain.002 one).
//
// Texts are reduced to the EPC basic Latin character set (a-z A-Z 0-9 / - ? : ( ) . , ' +
// space), which every SEPA bank must accept: accented letters are transliterated (é -> e,
// ß -> ss, œ -> oe), other characters become spaces. '&' is kept, written as "&amp;"
// (it is outside the basic set: a bank that refuses it would need it mapped to '+').
// Names are cut at 70 characters, the remittance text at 140 (the EPC limits).
//
//   SECU_TRY(std::string xml, sepa::write_pain001({.message_id = "SECU-B1-20240307100000", ...}));
//   SECU_TRY(sepa::StatusReport r, sepa::read_pain002(bank_bytes));
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"

namespace secu::fund::sepa {

/// Who pays: the fund's own account (given by the caller: configuration, never guessed).
struct Debtor {
  std::string name{};                // the fund's name
  std::string iban{};                // validated with core::validate_iban
  std::optional<std::string> bic{};  // the fund's bank (8 or 11 characters); absent: NOTPROVIDED
};

/// One payment to one member.
struct Transfer {
  std::int64_t payment_id = 0;       // gives the EndToEndId
  core::Money amount{};              // a whole number of cents, > 0
  std::string creditor_name{};
  std::string creditor_iban{};
  std::string remittance{};          // what is paid, in the member's language
};

/// A whole file: one message, one batch.
struct CreditTransfer {
  std::string message_id{};          // MsgId and PmtInfId: at most 35 characters
  std::string created_at{};          // CreDtTm: UTC timestamp "YYYY-MM-DDTHH:MM:SSZ"
  core::Date execution_date{};       // ReqdExctnDt
  Debtor debtor{};
  std::vector<Transfer> transfers{};  // at least one
};

/// The namespace of the messages written.
inline constexpr std::string_view kPain001Namespace = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

/// The pain.001 document (UTF-8, indented), the same bytes for the same input. Refused
/// (invalid_argument naming the field, e.g. "transfers/2/amount"): no transfer, an amount
/// that is not a positive whole number of cents, an invalid IBAN or BIC, an empty name.
[[nodiscard]] core::Result<std::string> write_pain001(const CreditTransfer& ct);

/// "SECU-P<id>": the EndToEndId of a payment (unique per payment, at most 35 characters).
std::string end_to_end_id(std::int64_t payment_id);
/// The payment id an EndToEndId names; nullopt when it is not one of ours.
std::optional<std::int64_t> payment_id_of(std::string_view end_to_end_id);

/// The text in the EPC basic Latin set plus '&', spaces collapsed, cut at `max_chars`.
std::string sepa_text(std::string_view utf8, std::size_t max_chars);

/// The status of one transaction in the bank's report.
struct TxStatus {
  std::string end_to_end_id{};   // OrgnlEndToEndId
  std::string status{};          // TxSts: ACSC, ACCP, RJCT, PDNG, ...
  std::string reason{};          // StsRsnInf/Rsn/Cd (or Prtry): AC01, AC04, ...; may be empty
};

/// A pain.002 as read.
struct StatusReport {
  std::string message_id{};            // GrpHdr/MsgId of the report
  std::string original_message_id{};   // OrgnlGrpInfAndSts/OrgnlMsgId: our MsgId
  std::string group_status{};          // GrpSts, or a PmtInfSts: for transactions not listed
  std::string group_reason{};
  std::vector<TxStatus> transactions{};
};

/// Largest report read (bytes).
inline constexpr std::size_t kMaxReportBytes = 16 * 1024 * 1024;

/// Reads a pain.002. Refused (invalid_argument): not well-formed XML, a DTD, not a pain.002
/// Document, a transaction without OrgnlEndToEndId or TxSts (the field names the element,
/// e.g. "/Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts[1]/TxInfAndSts[2]/TxSts").
[[nodiscard]] core::Result<StatusReport> read_pain002(std::string_view xml);

}  // namespace secu::fund::sepa

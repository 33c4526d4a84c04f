// fund/attestations: an attestation of care (attestation de soins donnés / getuigschrift
// voor verstrekte hulp) keyed in from paper with its sticker number, or received as an
// eAttest, turned into a reimbursement line by line.
//
// Nothing is decided here: the stored member becomes a rules::Situation with one "care"
// event made of the intake's lines, and rules::healthcare decides each line (tariff, DMG,
// BIM, supplement, the two-year deadline counted to `received_on`). The fund adds what only
// it knows: whether the member was insured on each care date (fund::insurability), a line
// already reimbursed on another attestation, a sticker number booked twice. One transaction
// keeps the attestation, its lines with each stage's amount and a code from a closed list,
// every decision (fund::record_decision), the MAF counters and the due payment.
//
//   SECU_TRY(Intake in, parse_intake(body));                  // pure: errors name "/lines/1/date"
//   SECU_TRY(IntakeResult r, intake_attestation(*db, law, catalog, in, "alice"));
//   nlohmann::json j = to_json(r.attestation, catalog, core::Lang::fr);
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/date.h"
#include "core/lang.h"
#include "core/money.h"
#include "core/result.h"
#include "explain/catalog.h"
#include "law/institutions.h"
#include "rules/situation.h"
#include "store/store.h"

namespace secu::fund {

/// Why a line got its amounts: a closed list, texts "attestations.code.<name>".
enum class LineCode {
  reimbursed,          // reimbursed at the full rate for the member's scheme
  reimbursed_reduced,  // reimbursed at a lower rate: no DMG at the GP, no referral, non-contracted nurse
  not_reimbursable,    // a condition of the nomenclature is not met (prescription, yearly dentist visit...)
  late,                // received after the two-year deadline
  not_insured,         // the member was not insured on the care date
  duplicate_line,      // the same member, day and code already reimbursed on another attestation
  pending_fact,        // a fact is missing: the decision asks for it
  tariff_unknown,      // secu's nomenclature table has no figure for that code on that day
};
/// "reimbursed", "reimbursed_reduced", ...
std::string_view to_string(LineCode c);
/// The code named `s`; nullopt when it is not in the list.
std::optional<LineCode> parse_line_code(std::string_view s);

/// Where an attestation stands: decided (paid or to be paid), rejected (nothing to pay),
/// pending (a line waits for a fact or a figure; nothing is paid yet).
enum class AttestationStatus { decided, rejected, pending };
std::string_view to_string(AttestationStatus s);
std::optional<AttestationStatus> parse_attestation_status(std::string_view s);

/// An attestation as keyed in or received, validated (see parse_intake).
struct Intake {
  std::string idempotency_key{};
  std::string niss{};                                 // 11 digits
  std::string form{};                                 // "paper" | "electronic"
  std::optional<std::string> sticker_number{};        // paper only
  std::optional<std::string> electronic_reference{};  // electronic only
  core::Date received_on{};                           // the sending date the deadline is counted to
  std::vector<rules::CareLine> lines{};               // as the situation schema's care lines
  std::string canonical{};                            // canonical JSON: a replay must carry the same
};

/// Parses and validates an intake (no database): the JSON shape, the NISS, the form with
/// its sticker number (6 to 20 digits) or electronic reference, the dates, and each line by
/// the situation schema's care line, with a code and the fee charged required. Errors are
/// invalid_argument whose field is a JSON pointer into the intake ("/lines/1/date").
[[nodiscard]] core::Result<Intake> parse_intake(std::string_view json_text);

/// A fact the rules need before a pending line can be decided, with the question in en/fr/nl.
struct Question {
  std::string fact{};                  // JSON pointer: "/lines/0/provider/holds_dmg", "/member/legal_residence"
  std::array<std::string, 3> text{};   // by core::Lang
};

/// One line as stored: each stage's amount (absent: not decided) and why.
struct AttestationLine {
  std::int64_t line_no = 0;  // 1-based
  core::Date care_date{};
  std::string code{};
  core::Money asked{};                       // the fee charged
  std::optional<core::Money> statutory{};    // the tariff's fee
  std::optional<core::Money> reimbursed{};
  std::optional<core::Money> personal_share{};  // ticket modérateur / remgeld
  std::optional<core::Money> supplement{};      // asked - statutory when positive, never covered
  LineCode decision = LineCode::pending_fact;
  std::optional<std::int64_t> decision_id{};
  std::vector<Question> questions{};         // pending_fact only
};

/// The due payment booked for an attestation.
struct AttestationPayment {
  std::int64_t id = 0;
  core::Money amount{};
  std::string status{};  // due | claimed | exported | executed | rejected
};

/// An attestation as stored, with its lines.
struct Attestation {
  std::int64_t id = 0;
  std::string niss{};
  std::string form{};
  std::optional<std::string> sticker_number{};
  std::optional<std::string> electronic_reference{};
  core::Date received_on{};
  AttestationStatus status = AttestationStatus::pending;
  std::optional<std::int64_t> decision_id{};
  std::vector<AttestationLine> lines{};
  core::Money reimbursed{};      // sums over the lines
  core::Money personal_share{};
  core::Money supplement{};
  std::optional<AttestationPayment> payment{};
  bool waits_for_bank_account = false;  // decided with an amount to pay, no IBAN on the member
  std::string created_at{};
};

/// What an intake did.
struct IntakeResult {
  Attestation attestation{};
  bool replayed = false;  // the same idempotency key and content: the attestation kept before
};

/// Books the attestation in one transaction and returns it as stored. The same key with
/// the same content is a replay (nothing written); with another content, failed_precondition
/// ("/idempotency_key"). A sticker number or electronic reference already booked under
/// another key is failed_precondition "duplicate_attestation: …" ("/sticker_number",
/// "/electronic_reference"). An unknown member is not_found ("/niss"). `who` goes to the
/// audit log.
[[nodiscard]] core::Result<IntakeResult> intake_attestation(store::Database& db, const law::LawData& law,
                                                           const explain::Catalog& catalog, const Intake& in,
                                                           std::string_view who);

/// Decides a pending attestation again, after a clerk answered its questions. `body` is
/// {"answers": {"/lines/1/provider/holds_dmg": true, ...}}: facts of the intake's lines (JSON
/// pointers as the questions give them; not a line's date, code or fee), added to the answers
/// given before and applied on the intake as received, which is checked again as an intake
/// is (an error names the line's pointer). Facts about the member are answered on the member;
/// `{}` then decides again with them. The lines that waited (pending_fact, tariff_unknown) are
/// decided again — each new decision supersedes the old one — the MAF counters take the newly
/// reimbursed lines, and a now decided attestation books its due payment; lines decided before
/// keep their decision. One transaction, with the audit log. not_found ("id"); an attestation
/// that is not pending is failed_precondition ("status"); a bad answer invalid_argument
/// ("/answers/..." or the line's pointer).
[[nodiscard]] core::Result<Attestation> redecide_attestation(store::Database& db, const law::LawData& law,
                                                            const explain::Catalog& catalog, std::int64_t id,
                                                            std::string_view body, std::string_view who);

/// One attestation with its lines; not_found ("id") otherwise.
[[nodiscard]] core::Result<Attestation> find_attestation(store::Database& db, std::int64_t id);

/// A member's attestations, newest first; not_found ("niss") for an unknown member.
[[nodiscard]] core::Result<std::vector<Attestation>> member_attestations(store::Database& db, std::string_view niss);

/// Books the due payments of the member's decided attestations that waited for a bank
/// account (the intake decides them without one), in one transaction with the audit log;
/// the payments' ids, none when nothing waited. No IBAN yet is failed_precondition ("iban").
[[nodiscard]] core::Result<std::vector<std::int64_t>> book_waiting_payments(store::Database& db, std::string_view niss,
                                                                            std::string_view who);

/// The attestation for the API: amounts as decimal text, code and status texts in `lang`.
nlohmann::json to_json(const Attestation& a, const explain::Catalog& catalog, core::Lang lang);

}  // namespace secu::fund

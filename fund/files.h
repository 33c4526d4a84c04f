// fund/files: incapacity and maternity files — the certificate and its receipt, the
// medical adviser's decisions (recognition, end date, control, hand-over to invalidity),
// the schedule of daily benefits decided by the rules, and the fund's share of it booked
// as due payments, month by month. Nothing is decided here: the rules decide.
//
// A file is a member (by NISS), a kind (incapacity | maternity) and the facts the rules
// need that the member record does not keep, as a situation fragment checked against the
// situation schema:
//   {"person": {"status": "employee", "worker_class": "white_collar", "daily_wage": "150.00", ...},
//    "event":  {"type": "incapacity", "start": "2024-03-04", "certificate_received": "2024-03-05"}}
// (a maternity file's event is a "birth" or an "adoption" of the situation schema)
// The person is the member (the fund sets its id; the stored member's birth date, fund and
// insurance fill what the fragment leaves out); the event is the file's own (the fund sets
// its person). Every change is an event, append-only, with who and when; the current facts
// are the opening facts with the events applied in order. After each change of the facts
// the fund re-decides: the kind's branch of the rules (rules/registry.h) runs on the
// situation, and each decision is stored (fund/decisions.h, subject "incapacity:<id>" or
// "maternity:<id>") superseding the one of the same benefit — with the event and the audit
// log, in one transaction.
//
//   const FileRules rules{law, catalog, today};
//   SECU_TRY(File f, open_file(*db, rules, clerk, {.niss = "85073003328", .kind = "incapacity", .facts = facts}));
//   SECU_TRY(f, record_event(*db, rules, adviser, f.id, {.kind = "adviser_end_date", .date = last_day}));
//   SECU_TRY(Booking b, book_benefits_due(*db, f.id, *core::Date::parse("2024-06-30"), clerk.name));
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/date.h"
#include "core/lang.h"
#include "core/money.h"
#include "core/result.h"
#include "explain/catalog.h"
#include "fund/decisions.h"
#include "fund/users.h"
#include "law/institutions.h"
#include "rules/situation.h"
#include "store/store.h"

namespace secu::fund {

/// What re-deciding a file needs: the law, the texts, and the date of the question (today).
struct FileRules {
  const law::LawData& law;
  const explain::Catalog& catalog;
  core::Date today{};
};

/// What a clerk keys in to open a file.
struct OpenFile {
  std::string niss{};            // the member, any NISS form
  std::string kind{};            // "incapacity" or "maternity"
  nlohmann::json facts{};        // {"person": {...}, "event": {...}}: see the header comment
};

/// A change to a file. Clerk kinds: certificate_received (date of receipt), resumption
/// (first day back at work: the incapacity ends the day before), delivery (a birth's file:
/// the date of delivery), facts_corrected (facts: a JSON merge patch, RFC 7396, of
/// {"person", "event"}). Medical adviser kinds: adviser_recognition (certified),
/// adviser_end_date (date: last day of incapacity), adviser_control (date of the control
/// convocation), adviser_third_party_help (date, certified: true = the need of another
/// person's help recognised from that day, false = it ended on that day), handover_invalidity
/// (the Medical Council for Invalidity's recognition, at the rules' hand-over date; only when
/// the rules hand the file over). An incapacity file takes them all but delivery; a maternity file
/// (event "birth" or "adoption") takes delivery, facts_corrected and adviser_control.
struct FileEvent {
  std::string kind{};
  std::optional<core::Date> date{};
  std::optional<bool> certified{};
  nlohmann::json facts{};        // facts_corrected only
  std::string note{};            // free text for people
};

/// An event as kept.
struct StoredFileEvent {
  std::int64_t id = 0;
  std::string kind{};
  std::optional<core::Date> date{};
  nlohmann::json data{};         // what the event says (date, certified, facts, note, from)
  std::string who{};
  std::string at{};              // UTC timestamp
  nlohmann::json decisions{};    // [{"benefit", "decision_id"}] of the re-decision it led to, or null
};

/// A due payment booked for the file.
struct FilePayment {
  std::int64_t id = 0;
  std::string debt_key{};        // "incapacity:3:2024-05", a correction "incapacity:3:2024-05:c1"
  core::Money amount{};
  core::Date due_on{};
  std::string status{};          // due | claimed | exported | executed | rejected
};

/// A file as read: the current facts, its events, its current decisions and its payments.
struct File {
  std::int64_t id = 0;
  std::int64_t member_id = 0;
  std::string niss{};
  std::string kind{};
  std::string opened_at{};
  std::string opened_by{};
  nlohmann::json facts{};                  // current: the opening facts with the events applied
  std::vector<StoredFileEvent> events{};   // oldest first, "opened" first
  std::vector<StoredDecision> decisions{}; // current: those of the latest re-decision
  std::vector<FilePayment> payments{};
  std::string status{};                    // open | ended | invalidity (handed over)

  /// The decisions' subject and the debt keys' prefix: "incapacity:<id>", "maternity:<id>".
  std::string subject() const { return kind + ":" + std::to_string(id); }
};

/// Opens a file (a clerk or an admin): the facts checked (invalid_argument naming the field
/// as "/facts/person/daily_wage"…, nothing written), the rules run, the decisions stored.
/// A second file of the same kind and start for the member is failed_precondition ("facts").
[[nodiscard]] core::Result<File> open_file(store::Database& db, const FileRules& rules, const Caller& by,
                                           const OpenFile& in);

/// Records a change and re-decides when the facts changed. Adviser kinds need the
/// medical_adviser role, clerk kinds a clerk or an admin: others get permission_denied and
/// nothing is written. An unknown file is not_found.
[[nodiscard]] core::Result<File> record_event(store::Database& db, const FileRules& rules, const Caller& by,
                                              std::int64_t file_id, const FileEvent& e);

/// One file by id; not_found otherwise.
[[nodiscard]] core::Result<File> find_file(store::Database& db, std::int64_t file_id);

/// The member's files, oldest first; not_found for an unknown NISS.
[[nodiscard]] core::Result<std::vector<File>> member_files(store::Database& db, std::string_view niss);

/// The situation the rules see for a file: the stored member on the event's first day
/// (situation_on) completed by the file's facts (which win where both say something).
[[nodiscard]] core::Result<rules::Situation> file_situation(store::Database& db, std::string_view niss,
                                                            std::string_view kind, const nlohmann::json& facts);

// ---- The facts of a file, pure (file_events.cc): used by the functions above, exposed for tests.

/// True for "incapacity" and "maternity".
bool known_kind(std::string_view kind);
/// The branch of the rules (rules/registry.cc) that decides a file of this kind.
std::string_view branch_of(std::string_view kind);
/// True for the events only a medical adviser may record.
bool adviser_event(std::string_view event_kind);

/// Checks a clerk's facts for a file of this kind and returns them normalised (the event's
/// type set when left out). Shape errors are invalid_argument naming "/facts/…"; the fields
/// the fund sets (person id and niss, the event's person) and those only the medical
/// adviser decides (the event's certified and end) are refused. The schema is checked by
/// file_situation.
[[nodiscard]] core::Result<nlohmann::json> check_facts(std::string_view kind, nlohmann::json facts);

/// The event as it will be kept, checked against the current facts (dates named "date").
[[nodiscard]] core::Result<StoredFileEvent> prepare_event(std::string_view kind, const nlohmann::json& facts,
                                                          const FileEvent& e);

/// The facts after the event (unchanged by a control or a hand-over).
[[nodiscard]] core::Result<nlohmann::json> apply_event(nlohmann::json facts, const StoredFileEvent& e);

/// True when the event changes the facts, so the rules decide again.
bool changes_facts(std::string_view event_kind);

/// The first day of the file's event, when the facts give it: an incapacity's start, a
/// birth's expected delivery, an adoption's registration.
std::optional<core::Date> file_start(const nlohmann::json& facts);

/// A month booked for the file.
struct BookedMonth {
  core::YearMonth month{};
  core::Money amount{};
  std::string debt_key{};
  std::int64_t payment_id = 0;
};

/// What book_benefits_due did.
struct Booking {
  std::vector<BookedMonth> booked{};      // new payments (months first booked, and corrections)
  std::vector<BookedMonth> overpaid{};    // months now owed less than booked: not booked, to recover
                                          // (payment_id 0, debt_key the month's key)
};

/// Books, for each calendar month completed by `until`, the fund's daily benefits of the
/// file's current decisions (entitled, payer the member's fund, amount known; never the
/// employer's periods): amount × benefit days (Sundays excluded) in that month, as a due
/// payment with debt key "<subject>:<YYYY-MM>". A month already booked is booked once: a
/// second call books nothing new; a month whose amount rose since books the difference under
/// "<subject>:<YYYY-MM>:c<n>"; a month whose amount fell is reported as overpaid (and in the
/// audit log), not booked. One transaction with the audit log.
[[nodiscard]] core::Result<Booking> book_benefits_due(store::Database& db, std::int64_t file_id, core::Date until,
                                                      std::string_view who);

/// The file for the API: its facts, events, current decisions (explanations in `lang`), the
/// history of its decisions, its payments, and — when the rules hand it over to invalidity —
/// the hand-over with its date (the invalidity amounts are not decided by secu yet).
nlohmann::json to_json(const File& f, core::Lang lang, const std::vector<StoredDecision>& history = {});

/// A booking for the API.
nlohmann::json to_json(const Booking& b);

}  // namespace secu::fund

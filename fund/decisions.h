// fund/decisions: every decision the fund takes, kept with its explanation and the
// parameter versions it used, append-only. A correction is a new record that names the
// one it supersedes (store migration 2 forbids UPDATE and DELETE on the table); the
// history of a subject reads "as of" a moment: the records taken until then, the last
// one in force.
//
//   SECU_TRY(std::int64_t id, record_decision(tx, law, catalog, {.subject = "attestation:12",
//                                                             .member_id = m.id, .as_of = day}, d));
//   SECU_TRY(auto current, decision_in_force(*db, "attestation:12"));
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/date.h"
#include "core/result.h"
#include "explain/catalog.h"
#include "explain/decision.h"
#include "law/institutions.h"
#include "store/store.h"

namespace secu::fund {

/// What a stored decision is about.
struct DecisionKey {
  std::string subject{};                  // 'attestation:12', 'incapacity:3', 'maternity:1'
  std::optional<std::int64_t> member_id{};
  core::Date as_of{};                     // the date the decision is about
  std::optional<std::int64_t> supersedes{};  // the record this one corrects
};

/// A decision as kept.
struct StoredDecision {
  std::int64_t id = 0;
  std::string subject{};
  std::optional<std::int64_t> member_id{};
  std::string benefit{};
  std::string status{};        // entitled | not_entitled | cannot_tell
  std::string decided_at{};    // UTC timestamp
  core::Date as_of{};
  std::string explanation{};   // JSON: the rendered decision with its trace (English texts and keys)
  std::string parameter_versions{};  // JSON: [{"parameter", "since", "source"}]
  std::optional<std::int64_t> supersedes{};
};

/// Stores the decision (run it inside the caller's transaction to keep it with what it
/// decides); returns the record's id. A record superseded twice is refused (failed_precondition).
[[nodiscard]] core::Result<std::int64_t> record_decision(store::Database& db, const law::LawData& law,
                                                         const explain::Catalog& catalog, const DecisionKey& key,
                                                         const explain::Decision& d);

/// One record by id; not_found otherwise.
[[nodiscard]] core::Result<StoredDecision> find_decision(store::Database& db, std::int64_t id);

/// Every record about the subject taken at or before `as_of_timestamp` (UTC ISO text;
/// empty: all), oldest first — corrections included.
[[nodiscard]] core::Result<std::vector<StoredDecision>> decision_history(store::Database& db, std::string_view subject,
                                                                         std::string_view as_of_timestamp = "");

/// The records in force for the subject at that moment: those not superseded by a record
/// taken by then (one per benefit and person), oldest first.
[[nodiscard]] core::Result<std::vector<StoredDecision>> decisions_in_force(store::Database& db, std::string_view subject,
                                                                           std::string_view as_of_timestamp = "");

/// The parameter versions a decision used, from its trace: [{"parameter", "since", "source"}].
nlohmann::json parameter_versions(const explain::Decision& d);

/// The stored record as JSON for the API (explanation and versions parsed).
nlohmann::json to_json(const StoredDecision& d);

}  // namespace secu::fund

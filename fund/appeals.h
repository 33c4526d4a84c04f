// fund/appeals: appeals lodged against the fund's stored decisions.
//
// Seed 004 ch. I: a written appeal to the labour court (tribunal du travail /
// arbeidsrechtbank) "within three months from the date on which you were notified of the
// decision". The deadline is the appeals rule's (rules/appeals: the months are the
// parameter appeals.labour_court.deadline_months, added with the end-of-month clamp, so a
// decision notified on 30 November has its deadline on 28 or 29 February). An appeal
// lodged after it is still recorded, flagged late: admissibility is for the court to decide.
// The outcome (upheld, dismissed, withdrawn) is recorded later, once. Every change writes
// the audit log in the same transaction.
//
//   SECU_TRY(Appeal a, record_appeal(*db, law, {.decision_id = 7, .lodged_on = day}, "alice"));
//   if (!a.in_time) ...   // late: recorded, flagged
//   SECU_TRY(a, record_outcome(*db, a.id, {.outcome = "dismissed", .decided_on = later}, "alice"));
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/date.h"
#include "core/result.h"
#include "law/institutions.h"
#include "store/store.h"

namespace secu::fund {

/// The deadline and the court for a decision notified on a date, from the appeals rule.
struct AppealTerms {
  core::Date deadline{};      // the last day to lodge the appeal
  std::int64_t months = 0;    // the parameter's value used
  std::string court{};        // institution id (data/institutions): labour_court
};

/// The rule's answer; out_of_range when the law data has no deadline for that date.
[[nodiscard]] core::Result<AppealTerms> appeal_terms(const law::LawData& law, core::Date notified_on);

/// What a clerk records.
struct AppealInput {
  std::int64_t decision_id = 0;
  core::Date lodged_on{};
  std::optional<core::Date> notified_on{};  // default: the day the decision was taken
};

/// An appeal as stored.
struct Appeal {
  std::int64_t id = 0;
  std::int64_t decision_id = 0;
  std::optional<std::int64_t> member_id{};  // the decision's member
  std::string niss{};                        // "" when the decision names no member
  core::Date notified_on{};
  core::Date lodged_on{};
  core::Date deadline{};
  bool in_time = false;                      // lodged on or before the deadline
  std::string court{};
  std::string status{};                      // lodged | upheld | dismissed | withdrawn
  std::optional<core::Date> outcome_on{};
  std::string recorded_at{};
};

/// Records an appeal. Refused: an unknown decision (not_found "decision_id"); lodged before
/// the notification (invalid_argument "lodged_on"); no deadline in the law data for the
/// notification date (out_of_range "notified_on").
[[nodiscard]] core::Result<Appeal> record_appeal(store::Database& db, const law::LawData& law, const AppealInput& in,
                                                 std::string_view who);

/// The outcome of an appeal, given by the court (or the member's withdrawal).
struct OutcomeInput {
  std::string outcome{};   // upheld (the member is right) | dismissed | withdrawn
  core::Date decided_on{};
};

/// Records the outcome once. Refused: another word (invalid_argument "outcome"); a date
/// before the appeal (invalid_argument "decided_on"); an outcome already recorded
/// (failed_precondition "status"); an unknown appeal (not_found "appeal_id").
[[nodiscard]] core::Result<Appeal> record_outcome(store::Database& db, std::int64_t appeal_id, const OutcomeInput& in,
                                                  std::string_view who);

/// One appeal; not_found otherwise.
[[nodiscard]] core::Result<Appeal> find_appeal(store::Database& db, std::int64_t id);
/// The appeals against decisions about the member (NISS, any form), oldest first.
[[nodiscard]] core::Result<std::vector<Appeal>> member_appeals(store::Database& db, std::string_view niss);
/// The appeals against one decision, oldest first (not_found for an unknown decision).
[[nodiscard]] core::Result<std::vector<Appeal>> decision_appeals(store::Database& db, std::int64_t decision_id);

/// The appeal as JSON for the API, the court's name in en, fr and nl from `law`.
nlohmann::json to_json(const Appeal& a, const law::LawData& law);

}  // namespace secu::fund

// Internal to the attestations part (fund/attestation_*.cc, maf_counters.cc): the
// decisions of one intake before they are stored, and the helpers the files share.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/money.h"
#include "core/result.h"
#include "explain/decision.h"
#include "fund/attestations.h"
#include "fund/members.h"
#include "law/institutions.h"
#include "store/store.h"

namespace secu::fund::internal {

/// What the fund decided on one line of the intake, before it is stored.
struct LineOutcome {
  LineCode code = LineCode::pending_fact;
  std::optional<core::Money> statutory{}, reimbursed{}, personal_share{}, supplement{};
  explain::Decision decision{};  // kept with record_decision; pointers into the intake
};

/// What the fund decided on the whole intake.
struct Outcome {
  std::vector<LineOutcome> lines{};   // in the intake's order
  explain::Decision attestation{};    // the attestation's decision (the rules', or the fund's)
  AttestationStatus status = AttestationStatus::pending;
  core::Money reimbursed{};
};

/// Decides each line: insurability on each care date, a line already reimbursed on another
/// attestation (`already[i]`: that attestation's id), then rules::healthcare on the rest.
/// Reads only; runs inside the intake's transaction.
[[nodiscard]] core::Result<Outcome> decide(store::Database& db, const law::LawData& law, const Intake& in,
                                           const Member& member, const std::vector<std::optional<std::int64_t>>& already);

/// For each line, the attestation (other than `except`) on which the same member, day and
/// code was already reimbursed.
[[nodiscard]] core::Result<std::vector<std::optional<std::int64_t>>> already_reimbursed(store::Database& db, std::int64_t member,
                                                                                       const Intake& in,
                                                                                       std::optional<std::int64_t> except);

/// True for the codes of a reimbursed line (reimbursed, reimbursed_reduced).
bool is_reimbursed(LineCode c);

/// Adds a reimbursed line's personal share to the member's MAF counter of that year.
[[nodiscard]] core::Status add_to_maf_counter(store::Database& tx, std::int64_t member_id, int year, core::Money share);

/// "/events/0/lines/2/provider" -> "/lines/<index_of[2]>/provider", "/persons/0/x" -> "/member/x",
/// "/events/0/attestation/sent" -> "/received_on": the rules' pointers into the intake's.
std::string intake_pointer(std::string_view situation_pointer, const std::vector<std::size_t>& index_of);

}  // namespace secu::fund::internal

// fund/audit: who did what, when — one row per change, written in the same transaction as
// the change itself, so the log never claims a change that was rolled back nor misses one
// that was kept.
//
//   SECU_RETURN_IF_ERROR(audit(tx, actor, "member.create", "member:" + std::to_string(id), {{"niss", niss}}));
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "store/store.h"

namespace secu::fund {

/// Appends one entry: `who` is the user's name (or "system"), `what` the action
/// ("attestation.intake"), `subject` what it touched ("attestation:12"), `detail` any JSON.
[[nodiscard]] core::Status audit(store::Database& tx, std::string_view who, std::string_view what,
                                 std::string_view subject, const nlohmann::json& detail = nullptr);

/// One entry as stored.
struct AuditEntry {
  std::int64_t id = 0;
  std::string who{};
  std::string at{};  // UTC timestamp
  std::string what{};
  std::string subject{};
  std::string detail{};  // JSON text, or empty
};

/// The entries, newest first: all of them, or those about one subject (when not empty);
/// at most `limit`, before the entry `before_id` (0: from the newest) for paging.
[[nodiscard]] core::Result<std::vector<AuditEntry>> audit_entries(store::Database& db, std::string_view subject = "",
                                                                  int limit = 100, std::int64_t before_id = 0);

nlohmann::json to_json(const AuditEntry& e);

}  // namespace secu::fund

// audit.h: the audit log, written with the change it records.
#include "fund/audit.h"

#include <cstdint>

#include "store/migrations.h"

namespace secu::fund {

namespace st = store;

core::Status audit(st::Database& tx, std::string_view who, std::string_view what, std::string_view subject,
                   const nlohmann::json& detail) {
  return tx.exec("INSERT INTO audit_log (who, at, what, subject, detail) VALUES ($1, $2, $3, $4, $5)",
                 {st::text(std::string(who)), st::text(st::now_utc()), st::text(std::string(what)),
                  subject.empty() ? st::null() : st::text(std::string(subject)),
                  detail.is_null() ? st::null() : st::text(detail.dump())});
}

core::Result<std::vector<AuditEntry>> audit_entries(st::Database& db, std::string_view subject, int limit,
                                                    std::int64_t before_id) {
  if (limit < 1 || limit > 1000) limit = 100;
  const std::int64_t before = before_id > 0 ? before_id : INT64_MAX;
  SECU_TRY(st::Rows rows,
           subject.empty()
               ? db.query("SELECT id, who, at, what, subject, detail FROM audit_log WHERE id < $1 "
                          "ORDER BY id DESC LIMIT $2",
                          {st::int64(before), st::int64(limit)})
               : db.query("SELECT id, who, at, what, subject, detail FROM audit_log WHERE subject = $1 AND id < $2 "
                          "ORDER BY id DESC LIMIT $3",
                          {st::text(std::string(subject)), st::int64(before), st::int64(limit)}));
  std::vector<AuditEntry> out;
  for (const st::Row& r : rows) {
    AuditEntry e;
    SECU_TRY(e.id, r.int64(0));
    SECU_TRY(e.who, r.text(1));
    SECU_TRY(e.at, r.text(2));
    SECU_TRY(e.what, r.text(3));
    SECU_TRY(auto about, r.optional_text(4));
    SECU_TRY(auto detail, r.optional_text(5));
    e.subject = about.value_or("");
    e.detail = detail.value_or("");
    out.push_back(std::move(e));
  }
  return out;
}

nlohmann::json to_json(const AuditEntry& e) {
  nlohmann::json j = {{"id", e.id}, {"who", e.who}, {"at", e.at}, {"what", e.what},
                      {"subject", e.subject.empty() ? nlohmann::json() : nlohmann::json(e.subject)}};
  j["detail"] = e.detail.empty() ? nlohmann::json() : nlohmann::json::parse(e.detail, nullptr, false);
  return j;
}

}  // namespace secu::fund

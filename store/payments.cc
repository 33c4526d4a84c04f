// payments.h: claiming due payments for a batch, each payment once.
#include "store/payments.h"

#include <algorithm>

namespace secu::store {
namespace {

// The inner SELECT picks the rows; on PostgreSQL it locks them and skips rows that
// another transaction holds, so two claimers never wait for, or get, the same row.
constexpr std::string_view kClaimPostgres =
    "UPDATE payments SET status = 'claimed', batch_id = $1 WHERE id IN ("
    "SELECT id FROM payments WHERE status = 'due' AND due_on <= $2 "
    "ORDER BY due_on, id LIMIT $3 FOR UPDATE SKIP LOCKED) RETURNING id";
// SQLite has no row locks: BEGIN IMMEDIATE already makes this the only writer.
constexpr std::string_view kClaimSqlite =
    "UPDATE payments SET status = 'claimed', batch_id = $1 WHERE id IN ("
    "SELECT id FROM payments WHERE status = 'due' AND due_on <= $2 "
    "ORDER BY due_on, id LIMIT $3) RETURNING id";

}  // namespace

core::Result<std::int64_t> create_batch(Database& db, std::string_view created_at) {
  SECU_TRY(Rows rows, db.query("INSERT INTO payment_batches (created_at, status) "
                               "VALUES ($1, 'open') RETURNING id",
                               {text(std::string(created_at))}));
  return rows.at(0).int64(0);
}

core::Result<std::vector<std::int64_t>> claim_due_payments(Database& db, std::int64_t batch_id,
                                                           core::Date as_of, int limit) {
  if (!db.in_transaction()) {
    std::vector<std::int64_t> ids;
    SECU_RETURN_IF_ERROR(db.transaction([&](Database& tx) -> core::Status {
      SECU_TRY(ids, claim_due_payments(tx, batch_id, as_of, limit));
      return {};
    }));
    return ids;
  }
  auto sql = db.engine() == Engine::postgres ? kClaimPostgres : kClaimSqlite;
  SECU_TRY(Rows rows, db.query(sql, {int64(batch_id), date(as_of), int64(limit)}));
  std::vector<std::int64_t> ids;
  for (const Row& row : rows) {
    SECU_TRY(std::int64_t id, row.int64(0));
    ids.push_back(id);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace secu::store

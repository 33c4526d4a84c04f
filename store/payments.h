// Payment batches shared between processes: each due payment is claimed by one batch only.
//
//   SECU_TRY(std::int64_t batch, store::create_batch(db, store::now_utc()));
//   SECU_TRY(auto ids, store::claim_due_payments(db, batch, as_of, 500));
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "store/store.h"

namespace secu::store {

/// Creates an open payment batch; returns its id.
core::Result<std::int64_t> create_batch(Database& db, std::string_view created_at);

/// Claims up to `limit` payments due on or before `as_of` (status 'due') for `batch_id`,
/// oldest first, and marks them 'claimed'; returns their ids, ascending. Runs in the
/// caller's transaction if there is one (to create the batch in the same one), else in
/// its own. PostgreSQL: SELECT … FOR UPDATE SKIP LOCKED, so concurrent claimers
/// take disjoint rows without waiting; SQLite: BEGIN IMMEDIATE, one writer at a time.
core::Result<std::vector<std::int64_t>> claim_due_payments(Database& db, std::int64_t batch_id,
                                                           core::Date as_of, int limit);

}  // namespace secu::store

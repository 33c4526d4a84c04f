// fund/schema: which optional columns the store's schema has.
//
// The fund layer reads facts the rules need (a dependant's income, a member's ground of
// cover) from columns that a later store migration adds; until then they are unknown and
// the rules answer "cannot tell" with the question to ask.
#pragma once

#include <string_view>

#include "core/result.h"
#include "store/store.h"

namespace secu::fund {

/// True when `table` has `column` (catalog look-up; never a failing statement, so it is
/// safe inside a PostgreSQL transaction).
[[nodiscard]] core::Result<bool> has_column(store::Database& db, std::string_view table, std::string_view column);

/// The error returned when a value is given for a column the schema does not have yet.
core::Error missing_column(std::string_view table, std::string_view column, std::string field);

}  // namespace secu::fund

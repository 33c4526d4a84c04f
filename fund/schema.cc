#include "fund/schema.h"

#include <string>

namespace secu::fund {

core::Result<bool> has_column(store::Database& db, std::string_view table, std::string_view column) {
  const bool lite = db.engine() == store::Engine::sqlite;
  const char* sql = lite ? "SELECT COUNT(*) FROM pragma_table_info($1) WHERE name = $2"
                         : "SELECT COUNT(*) FROM information_schema.columns "
                           "WHERE table_schema = current_schema() AND table_name = $1 AND column_name = $2";
  SECU_TRY(store::Rows rows, db.query(sql, {store::text(std::string(table)), store::text(std::string(column))}));
  SECU_TRY(std::int64_t n, rows.at(0).int64(0));
  return n > 0;
}

core::Error missing_column(std::string_view table, std::string_view column, std::string field) {
  return core::Error{core::ErrorCode::failed_precondition,
                     "the database cannot keep this yet: " + std::string(table) + "." + std::string(column) +
                         " is not in the schema (a store migration is needed)",
                     std::move(field)};
}

}  // namespace secu::fund

// due.h: booking a debt as a due payment, once.
#include "fund/due.h"

namespace secu::fund {

namespace st = store;

core::Result<std::int64_t> book_due_payment(st::Database& tx, const Due& due) {
  if (due.amount <= core::Money{}) return core::fail(core::ErrorCode::invalid_argument, "expected an amount above 0", "amount");
  if (due.debt_key.empty()) return core::fail(core::ErrorCode::invalid_argument, "expected the debt's key", "debt_key");
  SECU_TRY(st::Rows m, tx.query("SELECT iban FROM members WHERE id = $1", {st::int64(due.member_id)}));
  if (m.empty()) return core::fail(core::ErrorCode::not_found, "no member " + std::to_string(due.member_id), "member_id");
  if (m.at(0).is_null(0))
    return core::fail(core::ErrorCode::failed_precondition, "the member has no bank account (IBAN) to pay to", "iban");
  SECU_TRY(std::string iban, m.at(0).text(0));
  SECU_TRY(st::Rows rows, tx.query("INSERT INTO payments (member_id, amount, debt_key, decision_id, iban, due_on) "
                                   "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                                   {st::int64(due.member_id), st::money(due.amount), st::text(due.debt_key),
                                    st::optional(due.decision_id, st::int64), st::text(iban), st::date(due.due_on)}));
  return rows.at(0).int64(0);
}

}  // namespace secu::fund

// attestations.h: the reimbursements that waited for a bank account, booked once it is there.
#include "fund/attestations.h"

#include "fund/audit.h"
#include "fund/due.h"
#include "fund/members.h"

namespace secu::fund {

namespace st = store;

core::Result<std::vector<std::int64_t>> book_waiting_payments(st::Database& db, std::string_view niss, std::string_view who) {
  std::vector<std::int64_t> booked;
  const core::Status done = db.transaction([&](st::Database& tx) -> core::Status {
    SECU_TRY(Member m, find_member(tx, niss));
    if (!m.iban) return core::fail(core::ErrorCode::failed_precondition, "the member has no bank account (IBAN) yet", "iban");
    // Decided attestations with an amount reimbursed and no payment of their debt yet.
    SECU_TRY(st::Rows rows,
             tx.query("SELECT a.id, a.decision_id, a.received_on, SUM(COALESCE(l.reimbursed, 0)) FROM attestations a "
                      "JOIN attestation_lines l ON l.attestation_id = a.id "
                      "WHERE a.member_id = $1 AND a.status = 'decided' AND NOT EXISTS "
                      "(SELECT 1 FROM payments p WHERE p.debt_key = 'attestation:' || a.id) "
                      "GROUP BY a.id, a.decision_id, a.received_on ORDER BY a.id",
                      {st::int64(m.id)}));
    for (const st::Row& r : rows) {
      SECU_TRY(std::int64_t id, r.int64(0));
      SECU_TRY(core::Date received, r.date(2));
      SECU_TRY(std::int64_t amount, r.int64(3));
      if (amount <= 0) continue;
      SECU_TRY(std::optional<std::int64_t> decision, r.optional_int64(1));
      const std::string debt = "attestation:" + std::to_string(id);
      SECU_TRY(std::int64_t payment, book_due_payment(tx, {.member_id = m.id, .amount = core::Money::from_ten_thousandths(amount),
                                                          .debt_key = debt, .decision_id = decision, .due_on = received}));
      SECU_RETURN_IF_ERROR(audit(tx, who, "attestation.payment", debt, {{"payment", payment}, {"iban", *m.iban}}));
      booked.push_back(payment);
    }
    return {};
  });
  SECU_RETURN_IF_ERROR(done);
  return booked;
}

}  // namespace secu::fund

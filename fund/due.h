// fund/due: what the fund owes a member, booked once as a due payment. The debt key
// names the debt ("attestation:12", "incapacity:3:2024-05"); the payments table's unique
// key on it makes paying one debt twice impossible, whichever process books it.
//
//   SECU_TRY(auto id, book_due_payment(tx, {.member_id = m, .amount = total,
//                                          .debt_key = "attestation:12", .due_on = day}));
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "store/store.h"

namespace secu::fund {

/// One debt to pay.
struct Due {
  std::int64_t member_id = 0;
  core::Money amount{};                   // > 0
  std::string debt_key{};
  std::optional<std::int64_t> decision_id{};  // the stored decision it comes from
  core::Date due_on{};
};

/// Books the debt as a payment 'due' to the member's bank account, inside the caller's
/// transaction. Refused: amount <= 0 (invalid_argument "amount"); the member without a
/// bank account (failed_precondition "iban"); the debt already booked
/// (failed_precondition, store::is_duplicate). Returns the payment's id.
[[nodiscard]] core::Result<std::int64_t> book_due_payment(store::Database& tx, const Due& due);

}  // namespace secu::fund

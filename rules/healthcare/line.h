// One line of an attestation of care (one service, one day) and the decision
// "healthcare.reimbursement" about it: what the fund reimburses, what the person pays
// (personal share / ticket modérateur / remgeld) and the supplement never covered.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/money.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::healthcare {

/// A line with the facts around it.
struct Line {
  const Person& person;
  const Care& care;
  const CareLine& line;
  std::size_t index = 0;  // position in the attestation's "lines"
  /// "/events/3/lines/0" + suffix.
  std::string pointer(std::string_view suffix = "") const;
};

/// The decision about one line; its subject is the line's JSON pointer.
core::Result<explain::Decision> reimburse(const Line& l, const Context& ctx);

/// The institution id of the person's health insurance fund (their fund, or the generic one).
std::string fund_of(const Person& p);

/// The line's price once the table and the exceptions have spoken.
struct Priced {
  std::optional<core::Money> fee;  // the statutory fee; nullopt where the table gives none
  core::Money reimbursed;
  bool known = false;     // false: a fact or a figure is missing
  bool in_table = true;   // false: the table has no figure for the code on that date
};

}  // namespace secu::rules::healthcare

// What the three minimum-resources decisions share: a condition's outcome, the claimant's
// age on the claim, figures looked up with law gaps turned into "cannot tell", and the
// monthly schedule cut where the amounts change.
//
//   SECU_TRY(auto amount, covered(b.money_in(kAmount, on, "single"), on, b));  // nullopt: law gap noted
//   if (!amount) return Check::unknown;
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/check.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::minimum_income {

using rules::both;
using rules::Check;
using rules::covered;
using rules::status_of;

/// The entry of a parameter in force on `d` (for a reason citing the figure), or nullptr.
const law::Entry* entry_on(const DecisionBuilder& b, std::string_view id, core::Date d);

/// The claimant's age on the claim date, asking for the claim date and the birth date when
/// they are not known.
std::optional<int> age_on_claim(const Person& p, const IncomeClaim& c, DecisionBuilder& b);

/// The claimant's monthly means, asking for them when they are not known.
std::optional<core::Money> means_of(const IncomeClaim& c, DecisionBuilder& b);

/// One piece of a schedule: the amount due from a day on.
struct Piece {
  core::Money amount;
  explain::Per per = explain::Per::month;
  explain::Message basis;
  bool known = true;
  bool at_least = false;
};

/// A piece whose amount is not known (a law gap, or an amount the guide does not give).
Piece unknown_piece(explain::Message basis);

/// The periods from `from` on, cut on the days (after `from`, up to `until`) where one of the
/// parameters `ids` changes; each piece's amount from `piece(first day)`; the last runs on.
core::Result<std::vector<explain::Period>> schedule(DecisionBuilder& b, std::initializer_list<const char*> ids, core::Date from,
                                                    core::Date until, const std::string& payer,
                                                    const std::function<core::Result<Piece>(core::Date)>& piece);

}  // namespace secu::rules::minimum_income

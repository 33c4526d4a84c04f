// The conditions a line must meet to be reimbursed at all (physiotherapy prescribed, a
// dentist visit in the previous calendar year, the orthodontic request before 15), and the
// exceptions that change its price (specialist referral, young people with the increased
// reimbursement at their GP, nursing by a non-contracted nurse).
#pragma once

#include <string>

#include "core/result.h"
#include "rules/check.h"
#include "rules/context.h"
#include "rules/healthcare/line.h"
#include "rules/healthcare/nomenclature.h"

namespace secu::rules::healthcare {

using rules::Check;

/// Whether the line can be reimbursed; `summary` names the refusal when not met.
struct Condition {
  Check check = Check::met;
  std::string summary;
};

/// The conditions of the code's group, each with its reason (or its question when unknown).
core::Result<Condition> conditions(const Code& c, const Line& l, DecisionBuilder& b);

/// Applies the exceptions of the code's group to the table's price.
core::Status exceptions(const Code& c, const Line& l, bool bim, bool dmg, Priced& p, DecisionBuilder& b);

}  // namespace secu::rules::healthcare

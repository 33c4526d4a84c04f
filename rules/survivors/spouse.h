// The surviving spouse (seed 004 ch. VII): the survivor's pension (survivors.pension) and
// the tide-over pension (survivors.tide_over).
//
// The survivor's pension starts on the first day of the month after the death: the guide
// does not say when it starts; the month of the death is the month the deceased's own pay
// or pension covers (citation survivors.start says so). With sickness, invalidity,
// unemployment or company-supplement benefits it is paid for 12 months at most. The
// tide-over pension ("a 12-month grant can be provided to spouses who do not qualify for
// a survivor's pension") is granted, from the same day for 12 months, to a spouse who
// does not qualify only because of the age condition — the guide's own example ("being
// under 45"); its amount is computed as the survivor's pension (the reference figures give
// one minimum for both: "survivor / transitional allowance 1,308.20"). "An application ...
// must be made within 12 months from the date on which the spouse died": by the same day
// 12 months later (a period in months runs "de quantième à veille de quantième" from the
// day after the death; a 29 February death: 28 February). The spouse of a pensioner needs
// no application.
//
//   SECU_TRY(auto ds, spouse_decisions(situation, death, ctx));   // pension, tide_over
#pragma once

#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::survivors {

/// survivors.pension and survivors.tide_over for a surviving spouse.
core::Result<std::vector<explain::Decision>> spouse_decisions(const Situation& s, const Death& d, const Context& ctx);

}  // namespace secu::rules::survivors

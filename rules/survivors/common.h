// What the survivors' decisions share: the builder, the pension start, the deceased's
// scheme, the application, the summaries, and the decision when data/ has a gap.
//
//   DecisionBuilder b = builder(ctx, death, "survivors.pension");
//   const core::Date start = pension_start(death);   // 2014-03-10 -> 2014-04-01
#pragma once

#include <optional>
#include <string_view>

#include "core/date.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/pension/figures.h"
#include "rules/situation.h"

namespace secu::rules::survivors {

/// A builder for `benefit` about the survivor of `d`, its subject the event, paid by the pension service.
DecisionBuilder builder(const Context& ctx, const Death& d, std::string_view benefit);

/// The first day of the month after the death.
core::Date pension_start(const Death& d);

/// The deceased was an employee: unknown (asked) when the status is not given, unknown
/// with the reason when self-employed ("special provisions may apply").
core::Result<pension::Check> deceased_employee(const Person& deceased, DecisionBuilder& b);

/// Where to apply (the pension service or the municipality; an EU resident to the local
/// institution), by `deadline` when given; nothing to do for the spouse of a pensioner.
core::Status application(const Death& d, std::optional<core::Date> deadline, DecisionBuilder& b);

/// The summary of a decision that grants (or may grant) `which` ("pension", "tide_over").
explain::Message entitled_summary(const explain::Decision& d, explain::Status status, std::string_view which);

/// A cannot-tell decision naming the gap when `e` is out_of_range; else `e` itself.
core::Result<explain::Decision> gap_decision(const core::Error& e, const Context& ctx, const Death& d, std::string_view benefit);

}  // namespace secu::rules::survivors

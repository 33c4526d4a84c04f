// The attestation of care (attestation de soins donnés / getuigschrift voor verstrekte
// hulp): the deadline to send it and the decision "healthcare.attestation" with the totals
// and what the person must do.
#pragma once

#include <span>

#include "core/date.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/healthcare/line.h"
#include "rules/situation.h"

namespace secu::rules::healthcare {

/// Whether the attestation reached the fund in time for a line.
enum class Sent { on_time, late, not_yet, unknown };

struct Deadline {
  core::Date last_day;  // the last day to send it for this line
  Sent sent = Sent::unknown;
};

/// The line's deadline and whether it was met, with its reason (or the question when the
/// sending date is needed: not given and the deadline has passed on the date asked).
core::Result<Deadline> deadline(const Line& l, DecisionBuilder& b);

/// The decision about the whole attestation, from its lines' decisions (`first_care` is
/// the earliest care date among them: its deadline is the attestation's).
core::Result<explain::Decision> attestation(const Person& p, const Care& c, core::Date first_care,
                                            std::span<const explain::Decision> lines, const Context& ctx);

}  // namespace secu::rules::healthcare

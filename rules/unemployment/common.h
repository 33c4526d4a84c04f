// What the unemployment decisions share: a condition's outcome, figures looked up with law
// gaps turned into "cannot tell", the claimant's age, the day the benefit starts and ends,
// and who decides (ONEM/RVA), who pays (the body the person chose) and where the person
// registers as a job-seeker (by region).
//
//   SECU_TRY(auto max_age, covered(b.integer(kMaxAge, day), day, b));   // nullopt: law gap noted
//   if (!max_age) return Check::unknown;
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/check.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::unemployment {

using rules::both;
using rules::Check;
using rules::covered;
using rules::status_of;

/// Adds a reason citing the entry of parameter `id` in force on `d` (nothing when none is).
void cite_figure(DecisionBuilder& b, std::string_view id, core::Date d, explain::Message text);


/// A yes/no fact of the claim: asks `question.unemployment.<field>` when it is unknown;
/// `good` is the value that meets the condition; once known, a reason citing `citation`
/// says `unemployment.reason.<field>_met` or `unemployment.reason.<field>_not_met`.
core::Result<Check> fact(const std::optional<bool>& value, bool good, const UnemploymentClaim& c, const char* field,
                         const char* citation, DecisionBuilder& b);

/// The claimant's age on `d`, asking for the birth date when it is not known.
std::optional<int> age_on(const Person& p, core::Date d, DecisionBuilder& b);

/// The start of the unemployment, asking for it when it is not known.
std::optional<core::Date> start_of(const UnemploymentClaim& c, DecisionBuilder& b);

/// The first day of benefit: the start, or the day after the last day a severance payment covers.
core::Date first_paid_day(const UnemploymentClaim& c);

/// The last day before the age limit (the day before the 65th birthday), or nullopt after a law gap.
core::Result<std::optional<core::Date>> last_day_before_age_limit(const Person& p, core::Date on, DecisionBuilder& b);

/// The payment body the person chose (capac, csc, fgtb, cgslb), asking when it is not known;
/// records ONEM/RVA as the deciding institution and the payer as an institution.
std::optional<std::string> payment_body(const UnemploymentClaim& c, DecisionBuilder& b);

/// The regional employment service of the person's region (vdab, actiris, forem, adg), or
/// nullopt (asking for the region) when it is not known.
std::optional<std::string> employment_service(const Person& p, DecisionBuilder& b);

/// The obligations of a job-seeker: register with the regional employment service and reply
/// to every suitable offer (from 45 on the start, also retraining offers); apply to the
/// payment body.
core::Status job_seeker_obligations(const Person& p, std::optional<core::Date> start, const std::optional<std::string>& payer,
                                    DecisionBuilder& b);

/// A period of the schedule from `first` to `last` (open when nullopt) paid by `payer`.
explain::Period period(core::Date first, std::optional<core::Date> last, const std::string& payer, explain::Per per,
                       explain::Message basis);

}  // namespace secu::rules::unemployment

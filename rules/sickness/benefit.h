// The fund's daily sickness benefit over time (004 ch. III; 002; later figures).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::sickness {

/// How a late certificate changes the fund's days (set by the certificate rule).
struct LateCertificate {
  std::optional<core::Date> unpaid_before;   // 2013: entitlement starts at the later date
  std::optional<core::Date> reduced_before;  // later: reduced until receipt
  core::Rate reduction;
};

/// The fund's periods over `days` for an incapacity that began on `start`.
core::Result<std::vector<explain::Period>> fund_benefit(const Person& p, core::Date start, core::DayRange days,
                                                        const LateCertificate& late, DecisionBuilder& b);

/// Which month of the incapacity `d` falls in (1 for the first month).
int month_of_incapacity(core::Date start, core::Date d);

/// The dates in `days` where one of the parameters changes value (entry starts).
std::vector<core::Date> change_dates(const law::Parameters& law, std::initializer_list<const char*> ids, core::DayRange days);

/// What a daily benefit amounts to from one day: the amount (nullopt: not known), whether
/// it is only a floor ("at least": a minimum missing from data/), and its basis.
struct DayAmount {
  std::optional<core::Money> amount;
  bool at_least = false;
  explain::Message basis;
  friend bool operator==(const DayAmount& a, const DayAmount& b) {
    return a.amount == b.amount && a.at_least == b.at_least && a.basis == b.basis;
  }
};

/// The per-day periods of `days` paid by `payer`: cut at `cuts` (those inside `days`) and at
/// its first day, each piece valued from its first day by `amount_on`, neighbours with the
/// same amount merged.
///
///   SECU_TRY(auto ps, segments(days, change_dates(law, {kRate}, days), "fund", amount_on));
core::Result<std::vector<explain::Period>> segments(core::DayRange days, std::vector<core::Date> cuts, const std::string& payer,
                                                    const std::function<core::Result<DayAmount>(core::Date)>& amount_on);

}  // namespace secu::rules::sickness

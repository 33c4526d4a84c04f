// The unemployment event of a situation (seed 004 ch. X), and its reader (internal to
// rules/situation*.cc).
//
//   {"type": "unemployment_claim", "person": "an", "kind": "full", "start": "2013-03-01",
//    "involuntary": true, "registered_job_seeker": true, "available": true,
//    "able_to_work": true, "resident": true, "payment_body": "fgtb"}
//
// One claim asks for one scheme (`kind`): full unemployment after work (decided as
// unemployment.full), unemployment with company supplement (unemployment.company_supplement),
// the professional integration benefit of school-leavers (unemployment.integration_benefit),
// or temporary unemployment (unemployment.temporary). The previous earnings are the person's
// `daily_wage`, the days worked the person's `work_months`, the family situation the person's
// `family_situation`. Every fact is optional: unknown means "ask", never zero or false. The
// reader checks what the schema cannot: the person named, real dates in order, amounts, hours.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"

namespace secu::rules {

/// The scheme a claim asks for.
enum class UnemploymentKind { full, company_supplement, integration, temporary };

/// The kind of enterprise that made an older worker redundant (company supplement ages).
enum class Enterprise { ordinary, in_difficulty, in_reorganisation };

/// Days of casual activity during one month of unemployment (the benefit is lost for them).
struct CasualActivity {
  core::YearMonth month;
  int days = 0;
};

/// A claim for an unemployment benefit (event "unemployment_claim").
struct UnemploymentClaim {
  std::string person;
  std::size_t index = 0;  // position in "events"
  UnemploymentKind kind = UnemploymentKind::full;
  std::optional<core::Date> start;               // first day without work (or of the claim)
  std::optional<core::Date> compensation_until;  // last day covered by a severance payment
  std::optional<bool> admitted;                  // ONEM/RVA already admitted the claim (days of work checked)
  std::optional<bool> involuntary;               // lost the job through no fault of one's own
  std::optional<bool> registered_job_seeker;     // with VDAB, Actiris, Le Forem or the ADG
  std::optional<bool> available;                 // replies to every suitable job or training offer
  std::optional<bool> able_to_work;
  std::optional<bool> resident;                  // usual residence in Belgium, actually living there
  std::optional<bool> refused_suitable_work;
  std::optional<bool> insufficient_search;
  std::optional<std::string> payment_body;       // capac | csc | fgtb | cgslb (the person's choice)
  std::optional<int> weekly_hours;               // of the lost part-time job
  std::optional<int> full_time_weekly_hours;     // of a full-time worker in the same job
  std::optional<int> years_worked;               // for the seniority supplement
  // Company supplement.
  std::optional<Enterprise> enterprise;
  std::optional<bool> committee_opinion;         // favourable opinion of the consulting committee
  std::optional<core::Money> monthly_gross_pay;  // most recent gross pay, a month
  std::optional<core::Money> monthly_net_pay;    // net reference pay within its ceiling, a month
  // Professional integration benefit.
  std::optional<bool> unemployed_since_school;
  std::optional<core::Date> integration_programme_completed;
  // Accumulation with income from work.
  std::optional<core::Money> continued_activity_daily_income;  // subordinate activity going on during unemployment
  std::optional<int> continued_activity_months_before;         // how long it was carried out before
  std::vector<CasualActivity> casual_activity;                 // days of casual activity by month
  // Temporary unemployment.
  std::optional<int> suspension_days;            // full days of suspension in the period
  std::optional<core::Date> suspension_end;      // last day of the suspension period
  /// "/events/3" + suffix.
  std::string pointer(std::string_view suffix = "") const;
};

struct Situation;

/// Reads an "unemployment_claim" event (already checked against the schema) into
/// s.unemployment_claims; the person must be a person already read.
core::Status read_unemployment_claim(const nlohmann::json& j, std::size_t index, Situation& s);

}  // namespace secu::rules

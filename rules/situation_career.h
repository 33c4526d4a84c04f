// The facts of a career and of a pension claim (seed 004 ch. VI), read from a situation.
//
// A career is a list of calendar years, each with its days, its kind (work, or a period
// assimilated to work: paid leave, sickness, unemployment) and its earnings; in JSON a
// stretch of identical years may be written once as a period (`from`, `to`):
//
//   "career": [{"from": 1968, "to": 2012, "days": 312, "kind": "work", "earnings": "30000.00"},
//              {"year": 2013, "days": 200, "kind": "assimilated_sickness", "earnings": "20000.00"}]
//
// Each year may be listed once. The pension claim is an event:
//
//   {"type": "pension_claim", "person": "jan", "requested_start": "2013-03-01",
//    "work_while_retired": {"status": "employee", "start": "2013-06-01",
//                           "earnings": [{"year": 2013, "amount": "7570.00"}]}}
//
// The types are used by rules/situation.h (Person::pension, Situation::pension_claims).
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

struct Person;
struct Situation;

/// What a career year was (seed 004 ch. VI: "including paid leave, sickness absence and any
/// periods of unemployment").
enum class CareerKind { work, paid_leave, assimilated_sickness, assimilated_unemployment };

/// One calendar year of a career.
struct CareerYear {
  int year = 0;
  int days = 0;                          // days worked or assimilated in the year (6-day week)
  CareerKind kind = CareerKind::work;
  std::optional<core::Money> earnings;   // gross earnings of the year; absent = unknown
  std::string pointer;                   // JSON pointer of the item it was read from
};

/// The special pension schemes of seed 004 ch. VI ("miners, seamen and aircrew of civil aviation").
enum class SpecialScheme { none, miner, seaman, aircrew };

/// A benefit that rules out the retirement pension while it is received (seed 004 ch. VI).
enum class OtherBenefit { sickness, invalidity, involuntary_unemployment, company_supplement };

/// A person's facts for the old-age pension; each optional fact absent = unknown.
struct PensionFacts {
  std::optional<std::vector<CareerYear>> career;  // sorted by year, each year once
  std::optional<bool> earnings_revalued;          // career earnings already adjusted to the cost of living
  std::optional<bool> spouse_dependent;           // household rate
  std::optional<SpecialScheme> special_scheme;
  std::optional<bool> company_supplement_unemployment;
  std::optional<std::vector<OtherBenefit>> other_benefits;  // still received from the pension start
};

/// How a pensioner works.
enum class RetiredWork { employee, self_employed };

/// An amount earned in one calendar year while retired.
struct RetiredEarnings {
  int year = 0;
  core::Money amount;
};

/// Work while retired, as declared in the claim.
struct WorkWhileRetired {
  std::optional<RetiredWork> status;
  std::optional<core::Date> start;
  std::vector<RetiredEarnings> earnings;  // by year, each year once
};

/// Where the claimant lives (where to apply).
enum class ClaimResidence { belgium, other_eu_state };

/// A claim for the retirement pension (event "pension_claim").
struct PensionClaim {
  std::string person;
  std::size_t index = 0;  // position in "events"
  std::optional<core::Date> requested_start;
  std::optional<core::Date> application_date;
  std::optional<ClaimResidence> lives_in;
  std::optional<bool> child_dependent;
  std::optional<WorkWhileRetired> work;
  /// "/events/3" + suffix.
  std::string pointer(std::string_view suffix = "") const;
};

/// Reads the pension facts of persons[index] (`j`, checked against the schema) into p.pension;
/// errors name the JSON pointer (a year listed twice, days beyond the year, a period backwards).
core::Status read_pension_facts(const nlohmann::json& j, Person& p);

/// Reads a "pension_claim" event into s.pension_claims; the person must be already read.
core::Status read_pension_claim(const nlohmann::json& j, std::size_t index, Situation& s);

}  // namespace secu::rules

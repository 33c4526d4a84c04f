// The death event of a situation (seed 004 ch. VII, survivors' benefits), and its reader
// (internal to rules/situation*.cc).
//
//   {"type": "death", "person": "jan", "date": "2014-03-10", "survivor": "mia",
//    "relation": "spouse", "marriage_date": "1990-06-02", "dependent_child": false,
//    "incapacity_66": false, "remarried": false, "earnings_yearly": "0.00"}
//
// One event per survivor: the deceased is `person` (career and status read from persons),
// the survivor `survivor` (birth date read from persons); the survivor's other facts are
// those at the death and sit on the event. Every fact is optional: absent = unknown (a
// question), never false or zero. The reader checks what the schema cannot: real dates in
// order, the persons named, and facts that belong to the relation (the error names the
// JSON pointer).
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

struct Situation;

/// What the survivor was to the deceased at the death.
enum class SurvivorRelation { spouse, divorced_spouse, legal_partner, cohabitant };

/// Where the survivor lives (where to apply).
enum class SurvivorResidence { belgium, other_eu_state };

/// A death and one survivor (event "death").
struct Death {
  std::string person;    // the deceased
  std::size_t index = 0;  // position in "events"
  core::Date date;
  std::string survivor;
  SurvivorRelation relation = SurvivorRelation::spouse;
  std::optional<core::Date> marriage_date;
  std::optional<core::Date> divorce_date;
  std::optional<bool> child_of_marriage;
  std::optional<bool> dependent_child;          // with family benefits, at the death
  std::optional<core::Date> dependent_child_until;  // the last day a child is dependent (absent: still is, or not known yet)
  std::optional<bool> death_by_accident;        // accident or occupational disease after the marriage
  std::optional<bool> deceased_retired;
  std::optional<int> deceased_miner_years;
  std::optional<bool> incapacity_66;
  std::optional<bool> remarried;
  std::optional<bool> replacement_income;       // sickness, invalidity, unemployment, company supplement
  std::optional<core::Money> earnings_yearly;   // the survivor's gross earnings a year
  std::optional<bool> lost_parental_authority;  // divorced spouse
  std::optional<bool> convicted_attempt_on_life;  // divorced spouse
  std::optional<std::vector<int>> personal_pension_years;  // divorced spouse: marriage years in a personal pension elsewhere
  std::optional<core::Date> application_date;
  std::optional<SurvivorResidence> lives_in;
  /// "/events/3" + suffix.
  std::string pointer(std::string_view suffix = "") const;
};

/// Reads a "death" event (already checked against the schema) into s.deaths; the persons
/// must be already read.
core::Status read_death(const nlohmann::json& j, std::size_t index, Situation& s);

}  // namespace secu::rules

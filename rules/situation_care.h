// The long-term care event of a situation (seed 004 ch. XII), and its reader (internal to
// rules/situation*.cc).
//
//   {"type": "care_need", "person": "an", "from": "2024-03-01", "request_date": "2024-03-10",
//    "reduced_autonomy": true, "setting": "home", "care_fund_member": true,
//    "flemish_residence_since": "2010-01-01", "contributions_paid": true}
//
// The schema checks the shape; the reader checks what it cannot: real dates, the person
// named, and that no date of the need comes before the person's birth (the error names the
// JSON pointer). Every fact is optional: unknown means "ask", never false.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "core/date.h"
#include "core/result.h"

namespace secu::rules {

/// Where the care is given (the Flemish care insurance pays for home care 36 months at most,
/// for residential care without limit, and not in a service flat).
enum class CareSetting { home, residential, service_flat };

/// A lack or reduction of autonomy of `person`, and what was asked for it (event "care_need").
struct CareNeed {
  std::string person;
  std::size_t index = 0;  // position in "events"
  core::Date from;        // start of the reduced autonomy (or of the care asked for)
  std::optional<core::Date> request_date;            // request for the integration / elderly allowance
  std::optional<bool> reduced_autonomy;              // serious and prolonged, as assessed
  std::optional<CareSetting> setting;
  std::optional<bool> care_fund_member;              // member of a recognised care fund (zorgkas)
  std::optional<core::Date> flemish_residence_since; // continuous residence in Flanders or Brussels-Capital
  std::optional<bool> contributions_paid;            // the care insurance's annual contributions
  std::optional<bool> third_party_need_recognised;   // by the medical adviser and INAMI/RIZIV
  std::optional<bool> income_below_ceiling;          // income within the allowances' ceilings
  std::optional<bool> public_institution;            // stay in an institution funded by public funds
  std::optional<bool> receives_income_replacement;   // income replacement allowance received
  std::optional<bool> receives_integration_allowance;
  /// "/events/3" + suffix.
  std::string pointer(std::string_view suffix = "") const;
};

struct Situation;

/// Reads a "care_need" event (already checked against the schema) into s.care_needs; the
/// person must be a person already read.
core::Status read_care_need(const nlohmann::json& j, std::size_t index, Situation& s);

}  // namespace secu::rules

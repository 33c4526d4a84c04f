// The accident-at-work and occupational-disease events of a situation (seed 004 ch. VIII),
// and their readers (internal to rules/situation*.cc).
//
//   {"type": "work_accident", "person": "jan", "date": "2024-03-04",
//    "average_daily_pay": "120.00", "temporary_total": {"from": "2024-03-05", "to": "2024-04-30"},
//    "consolidation": "2024-05-01", "permanent_degree": 20, "basic_annual_pay": "43800.00"}
//
// The schema checks the shape; the readers check what it cannot: real dates, their order
// (the error names the JSON pointer), the persons named, one spouse, survivors only after
// a death. Every fact is optional: unknown means "ask", never zero.
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

/// A stretch of days whose end may not be known yet.
struct AccidentPeriod {
  core::Date from;
  std::optional<core::Date> to;  // unknown: still going on
};

/// Temporary partial incapacity: back at work part-time, at a lower daily pay.
struct PartialIncapacity {
  core::Date from;
  std::optional<core::Date> to;
  std::optional<core::Money> daily_pay_after;
};

/// A hospital stay of the victim (for the third-party allowance).
struct AccidentStay {
  core::Date admission;
  std::optional<core::Date> discharge;  // unknown: still in hospital
};

enum class AccidentSurvivorRelation { spouse, child };

/// A survivor of a victim who died: a person of the situation.
struct AccidentSurvivor {
  std::string person;
  AccidentSurvivorRelation relation = AccidentSurvivorRelation::spouse;
  std::optional<bool> full_orphan;                   // a child who lost both parents
  std::optional<core::Date> family_benefits_until;   // a child's family benefits past 18
};

/// What followed an accident at work or an occupational disease: the same benefits for both.
struct AccidentFacts {
  std::optional<core::Money> average_daily_pay;
  std::optional<core::Money> basic_annual_pay;
  std::optional<AccidentPeriod> temporary_total;
  std::optional<PartialIncapacity> temporary_partial;
  std::optional<core::Date> consolidation;
  std::optional<core::Rate> permanent_degree;
  std::optional<core::Rate> third_party_need;
  std::vector<AccidentStay> hospital_stays;  // sorted by admission, not overlapping
  std::optional<core::Date> died;
  std::vector<AccidentSurvivor> survivors;
};

/// An accident at work (or on the way to or from work) of the employee `person`.
struct WorkAccident {
  std::string person;
  std::size_t index = 0;  // position in "events"
  core::Date date;
  std::optional<bool> on_the_way;
  std::optional<core::Date> employer_notified;
  std::optional<bool> capital_requested;
  std::optional<bool> agreement_certified;
  AccidentFacts facts;
  /// "/events/3" + suffix.
  std::string pointer(std::string_view suffix = "") const;
};

/// An occupational disease of `person` and its claim to FMP/FBZ (Fedris).
struct OccupationalDisease {
  std::string person;
  std::size_t index = 0;
  std::optional<bool> listed;
  std::optional<bool> exposed;
  std::optional<bool> cause_proven;
  std::optional<core::Date> claim_submitted;
  std::optional<AccidentPeriod> preventive_cessation;
  AccidentFacts facts;
  /// "/events/3" + suffix.
  std::string pointer(std::string_view suffix = "") const;
};

struct Situation;

/// Reads a "work_accident" event (already checked against the schema) into s.work_accidents;
/// the persons it names must be persons already read.
core::Status read_work_accident(const nlohmann::json& j, std::size_t index, Situation& s);

/// Reads an "occupational_disease" event into s.occupational_diseases.
core::Status read_occupational_disease(const nlohmann::json& j, std::size_t index, Situation& s);

}  // namespace secu::rules

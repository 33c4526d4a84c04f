// Situation: the facts secu reasons about, read from JSON (schema/situation.schema.json).
//
// Every fact is optional: absent means unknown, and a rule that needs it answers "cannot
// tell yet" with the question to ask — never a silent zero or false.
//
//   SECU_TRY(Situation s, parse_situation(json_text));   // errors name the JSON pointer
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"

namespace secu::rules {

enum class FamilySituation { with_dependants, single, cohabitant };
enum class WorkStatus { employee, self_employed };
enum class WorkerClass { white_collar, blue_collar };

/// The category names used in data/ for a family situation.
std::string_view to_string(FamilySituation f);

struct Insurance {
  std::optional<std::string> fund;
  std::optional<core::Date> insured_since;
  std::optional<bool> waiting_period_completed;
  std::optional<bool> contributions_sufficient;
  std::optional<bool> still_insured;
  std::optional<core::Date> last_insured_day;
};

/// Days and hours worked or assimilated in one calendar month.
struct WorkMonth {
  core::YearMonth month;
  int days = 0;
  int hours = 0;
  std::string kind = "work";
  std::string country;
};

struct SelfEmployed {
  std::optional<core::Date> contributions_since;
  std::optional<bool> contributions_sufficient;
  std::optional<core::Date> last_contribution_quarter_end;
  std::optional<bool> stopped_working;
};

struct Person {
  std::string id;
  std::size_t index = 0;  // position in the JSON array, for JSON pointers
  std::optional<std::string> niss;
  std::optional<core::Date> birth_date;
  std::optional<FamilySituation> family_situation;
  std::optional<WorkStatus> status;
  std::optional<WorkerClass> worker_class;
  std::optional<bool> regular_worker;
  std::optional<core::Money> daily_wage;
  std::optional<std::string> head_of_family;
  std::optional<bool> fiscally_independent;
  Insurance insurance;
  std::vector<WorkMonth> work_months;  // sorted by month, each month once
  std::optional<SelfEmployed> self_employed;

  /// "/persons/3" + suffix.
  std::string pointer(std::string_view suffix = "") const;
};

struct Incapacity {
  std::string person;
  std::size_t index = 0;  // position in "events"
  core::Date start;
  std::optional<core::Date> end;
  std::optional<bool> certified;
  std::optional<core::Date> certificate_received;
  std::string pointer(std::string_view suffix = "") const;
};

struct Situation {
  std::vector<Person> persons;
  std::vector<Incapacity> incapacities;
  const Person* person(std::string_view id) const;
};

/// The published JSON Schema (draft-07) of a situation.
std::string_view situation_schema();

/// Parses and validates a situation: JSON syntax, the schema, then what a schema cannot
/// say (real dates, NISS check digits, ids that exist, months listed once). Errors are
/// invalid_argument with `field` set to the JSON pointer of the offending value.
core::Result<Situation> parse_situation(std::string_view json_text);

}  // namespace secu::rules

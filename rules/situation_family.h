// The family-benefit events of a situation (seed 004 ch. IX), and their readers (internal
// to rules/situation*.cc).
//
//   {"type": "child", "person": "lea", "claimant": "anna", "claimant_status": "employee",
//    "related": true, "raised_by": "anna", "rank": 1, "brought_up_in": "belgium"}
//   {"type": "parental_leave", "person": "anna", "child": "lea", "start": "2013-03-01",
//    "end": "2013-05-31", "employment": "private_sector", "working_time": "full_time",
//    "interruption": "full", "notice_date": "2013-01-15", "months_worked": 12}
//
// The child is a Person (its birth_date and region are read there). The schema checks the
// shape; the readers check what it cannot: real dates, the persons named, no date of the
// child's life before its birth, an end not before its start (the error names the JSON
// pointer). Every fact is optional: unknown means "ask", never false.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "core/date.h"
#include "core/result.h"

namespace secu::rules {

/// The ground on which the claimant is entitled to family benefits (seed 004 ch. IX).
enum class ClaimantStatus { employee, unemployed, disabled, pensioner, self_employed, none };
/// Where the child is brought up (the territoriality condition).
enum class BroughtUpIn { belgium, eea, agreement_country, other };

/// A child for whom family benefits are claimed (event "child"); `person` is the child.
struct ChildClaim {
  std::string person;     // the child
  std::size_t index = 0;  // position in "events"
  std::optional<std::string> claimant;            // the person entitled (allocataire/bijslagtrekkende)
  std::optional<ClaimantStatus> claimant_status;
  std::optional<core::Date> claimant_status_since;  // start of the unemployment, incapacity, pension
  std::optional<bool> related;                    // family or legal relationship claimant-child
  std::optional<bool> competing_claimants;        // several persons could claim for this child
  std::optional<bool> claimant_has_priority;      // by the rules of priority
  std::optional<std::string> raised_by;           // who raises the child (the payee)
  std::optional<int> rank;                        // rank of the child in the family (1 = first)
  std::optional<BroughtUpIn> brought_up_in;
  std::optional<bool> apprentice;                 // recognised apprenticeship contract
  std::optional<bool> student;                    // student, thesis, trainee for public office
  std::optional<bool> job_seeker;                 // registered as job-seeker after the studies
  std::optional<core::Date> studies_ended;        // end of studies/training or thesis submitted
  std::optional<bool> disabled;                   // complaint affecting the child (or family circle)
  std::optional<core::Date> disabled_until;       // last day the disability conditions are met
  std::optional<bool> married;
  std::optional<bool> independent;                // the child has become independent
  std::optional<bool> own_residence;              // own residence, outside the household
  std::optional<bool> own_children_benefits;      // receives family benefits for own children
  std::optional<core::Date> expected_birth;       // for the birth grant before the birth
  std::optional<core::Date> adopted;              // adoption (adoption grant)
  std::optional<bool> half_orphan;                // surviving parent not remarried, no de facto household
  std::optional<core::Date> orphan_since;
  std::optional<core::Date> orphan_until;         // last day the orphan's conditions are met
  std::optional<bool> household_income_within_limit;  // the means test of the social supplements
  std::optional<core::Date> new_activity_since;   // former unemployed/invalid resumed work
  std::optional<bool> new_activity_conditions_met;
  /// "/events/3" + suffix.
  std::string pointer(std::string_view suffix = "") const;
};

/// The parent's job and how it is interrupted (parental leave).
enum class Employment { private_sector, public_sector, self_employed, none };
enum class WorkingTime { full_time, part_time };
enum class Interruption { full, half_time };

/// A parental leave (career interruption) of `person` for the child `child` (event "parental_leave").
struct ParentalLeave {
  std::string person;
  std::size_t index = 0;
  std::string child;                          // a person id
  core::Date start;
  std::optional<core::Date> end;
  std::optional<Employment> employment;
  std::optional<WorkingTime> working_time;
  std::optional<Interruption> interruption;
  std::optional<core::Date> notice_date;      // announcement to the employer
  std::optional<int> months_worked;           // months of work in the reference period before the notice
  std::optional<core::Date> adopted;          // the child's adoption
  std::optional<int> child_incapacity_percent;
  /// "/events/3" + suffix.
  std::string pointer(std::string_view suffix = "") const;
};

struct Situation;

/// Reads a "child" event (already checked against the schema) into s.child_claims.
core::Status read_child_claim(const nlohmann::json& j, std::size_t index, Situation& s);
/// Reads a "parental_leave" event into s.parental_leaves.
core::Status read_parental_leave(const nlohmann::json& j, std::size_t index, Situation& s);

}  // namespace secu::rules

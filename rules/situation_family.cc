// The family-benefit events (seed 004 ch. IX): what the schema cannot check — real dates,
// the persons named, no date of the child's life before its birth, an end after its start.
#include "rules/situation_family.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rules/situation.h"
#include "rules/situation_read.h"

namespace secu::rules {

using core::Date;
using core::ErrorCode;
using core::fail;
using nlohmann::json;
using namespace read;

std::string ChildClaim::pointer(std::string_view suffix) const { return fmt::format("/events/{}{}", index, suffix); }
std::string ParentalLeave::pointer(std::string_view suffix) const { return fmt::format("/events/{}{}", index, suffix); }

namespace {

core::Result<const Person*> known_person(const Situation& s, const std::string& id, const std::string& field) {
  const Person* p = s.person(id);
  if (!p) return fail(ErrorCode::invalid_argument, "no person with id '" + id + "'", field);
  return p;
}

// A person named beside the child: must exist and not be the child.
core::Status other_person(const Situation& s, const std::optional<std::string>& id, const std::string& child, const std::string& field) {
  if (!id) return {};
  if (!s.person(*id)) return fail(ErrorCode::invalid_argument, "no person with id '" + *id + "'", field);
  if (*id == child) return fail(ErrorCode::invalid_argument, "expected the id of another person than the child", field);
  return {};
}

core::Status not_before_birth(const Person& child, const std::optional<Date>& d, const std::string& field) {
  if (child.birth_date && d && *d < *child.birth_date) return fail(ErrorCode::invalid_argument, "cannot be before the child's birth_date", field);
  return {};
}

std::optional<ClaimantStatus> status_at(const json& j) {
  return enum_at<ClaimantStatus>(j, "claimant_status", {{"employee", ClaimantStatus::employee}, {"unemployed", ClaimantStatus::unemployed},
      {"disabled", ClaimantStatus::disabled}, {"pensioner", ClaimantStatus::pensioner}, {"self_employed", ClaimantStatus::self_employed},
      {"none", ClaimantStatus::none}});
}

core::Status read_child_dates(const json& j, const Person& child, ChildClaim& c) {
  const std::string ptr = c.pointer();
  SECU_TRY(c.claimant_status_since, date_at(j, "claimant_status_since", ptr));
  SECU_TRY(c.studies_ended, date_at(j, "studies_ended", ptr));
  SECU_TRY(c.disabled_until, date_at(j, "disabled_until", ptr));
  SECU_TRY(c.expected_birth, date_at(j, "expected_birth", ptr));
  SECU_TRY(c.adopted, date_at(j, "adopted", ptr));
  SECU_TRY(c.orphan_since, date_at(j, "orphan_since", ptr));
  SECU_TRY(c.orphan_until, date_at(j, "orphan_until", ptr));
  SECU_TRY(c.new_activity_since, date_at(j, "new_activity_since", ptr));
  for (const auto& [d, key] : {std::pair{c.studies_ended, "/studies_ended"}, {c.disabled_until, "/disabled_until"}, {c.adopted, "/adopted"},
                               {c.orphan_since, "/orphan_since"}, {c.orphan_until, "/orphan_until"}})
    SECU_RETURN_IF_ERROR(not_before_birth(child, d, c.pointer(key)));
  if (c.orphan_since && c.orphan_until && *c.orphan_until < *c.orphan_since)
    return fail(ErrorCode::invalid_argument, "the end of the orphan's conditions cannot be before their start", c.pointer("/orphan_until"));
  return {};
}

}  // namespace

core::Status read_child_claim(const json& j, std::size_t index, Situation& s) {
  ChildClaim c;
  c.index = index;
  c.person = j["person"].get<std::string>();
  SECU_TRY(const Person* child, known_person(s, c.person, c.pointer("/person")));
  c.claimant = string_at(j, "claimant");
  SECU_RETURN_IF_ERROR(other_person(s, c.claimant, c.person, c.pointer("/claimant")));
  c.raised_by = string_at(j, "raised_by");
  SECU_RETURN_IF_ERROR(other_person(s, c.raised_by, c.person, c.pointer("/raised_by")));
  c.claimant_status = status_at(j);
  c.related = bool_at(j, "related");
  c.competing_claimants = bool_at(j, "competing_claimants");
  c.claimant_has_priority = bool_at(j, "claimant_has_priority");
  if (j.contains("rank")) c.rank = j["rank"].get<int>();
  c.brought_up_in = enum_at<BroughtUpIn>(j, "brought_up_in", {{"belgium", BroughtUpIn::belgium}, {"eea", BroughtUpIn::eea},
      {"agreement_country", BroughtUpIn::agreement_country}, {"other", BroughtUpIn::other}});
  c.apprentice = bool_at(j, "apprentice");
  c.student = bool_at(j, "student");
  c.job_seeker = bool_at(j, "job_seeker");
  c.disabled = bool_at(j, "disabled");
  c.married = bool_at(j, "married");
  c.independent = bool_at(j, "independent");
  c.own_residence = bool_at(j, "own_residence");
  c.own_children_benefits = bool_at(j, "own_children_benefits");
  c.half_orphan = bool_at(j, "half_orphan");
  c.household_income_within_limit = bool_at(j, "household_income_within_limit");
  c.new_activity_conditions_met = bool_at(j, "new_activity_conditions_met");
  SECU_RETURN_IF_ERROR(read_child_dates(j, *child, c));
  s.child_claims.push_back(std::move(c));
  return {};
}

core::Status read_parental_leave(const json& j, std::size_t index, Situation& s) {
  ParentalLeave l;
  l.index = index;
  l.person = j["person"].get<std::string>();
  if (!s.person(l.person)) return fail(ErrorCode::invalid_argument, "no person with id '" + l.person + "'", l.pointer("/person"));
  l.child = j["child"].get<std::string>();
  SECU_TRY(const Person* child, known_person(s, l.child, l.pointer("/child")));
  if (l.child == l.person) return fail(ErrorCode::invalid_argument, "expected the id of another person than the parent", l.pointer("/child"));
  const std::string ptr = l.pointer();
  SECU_TRY(std::optional<Date> start, date_at(j, "start", ptr));
  l.start = *start;
  SECU_TRY(l.end, date_at(j, "end", ptr));
  if (l.end && *l.end < l.start) return fail(ErrorCode::invalid_argument, "the end cannot be before the start", l.pointer("/end"));
  SECU_RETURN_IF_ERROR(not_before_birth(*child, start, l.pointer("/start")));
  SECU_TRY(l.notice_date, date_at(j, "notice_date", ptr));
  SECU_TRY(l.adopted, date_at(j, "adopted", ptr));
  SECU_RETURN_IF_ERROR(not_before_birth(*child, l.adopted, l.pointer("/adopted")));
  l.employment = enum_at<Employment>(j, "employment", {{"private_sector", Employment::private_sector},
      {"public_sector", Employment::public_sector}, {"self_employed", Employment::self_employed}, {"none", Employment::none}});
  l.working_time = enum_at<WorkingTime>(j, "working_time", {{"full_time", WorkingTime::full_time}, {"part_time", WorkingTime::part_time}});
  l.interruption = enum_at<Interruption>(j, "interruption", {{"full", Interruption::full}, {"half_time", Interruption::half_time}});
  if (j.contains("months_worked")) l.months_worked = j["months_worked"].get<int>();
  if (j.contains("child_incapacity_percent")) l.child_incapacity_percent = j["child_incapacity_percent"].get<int>();
  s.parental_leaves.push_back(std::move(l));
  return {};
}

}  // namespace secu::rules

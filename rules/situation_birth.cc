// The birth and adoption events (seed 004 ch. IV): the mother's maternity rest, the
// co-parent's birth leave and conversion, the adoption leave. The schema has checked the
// shape; this checks what it cannot: real dates, their order, and the persons named.
#include "rules/situation_birth.h"

#include <fmt/format.h>

#include "rules/situation_read.h"

namespace secu::rules {

using core::Date;
using core::ErrorCode;
using core::fail;
using nlohmann::json;
using namespace read;

std::string Birth::pointer(std::string_view suffix) const { return fmt::format("/events/{}{}", index, suffix); }
std::string Adoption::pointer(std::string_view suffix) const { return fmt::format("/events/{}{}", index, suffix); }

namespace {

core::Status known_person(const Situation& s, const std::string& id, const std::string& field) {
  if (!s.person(id)) return fail(ErrorCode::invalid_argument, "no person with id '" + id + "'", field);
  return {};
}

core::Status not_before(const std::optional<Date>& later, Date earlier, const std::string& field, const char* what) {
  if (later && *later < earlier) return fail(ErrorCode::invalid_argument, what, field);
  return {};
}

core::Status read_mother_stay(const json& j, Birth& b) {
  if (!j.contains("mother_hospital_stay")) return {};
  const std::string ptr = b.pointer("/mother_hospital_stay");
  SECU_TRY(b.mother_admission, date_at(j["mother_hospital_stay"], "admission", ptr));
  SECU_TRY(b.mother_discharge, date_at(j["mother_hospital_stay"], "discharge", ptr));
  return not_before(b.mother_discharge, *b.mother_admission, ptr + "/discharge", "the discharge cannot be before the admission");
}

// Dates after the birth cannot come before it.
core::Status check_after_delivery(const Birth& b) {
  if (!b.delivery) return {};
  constexpr const char* kBefore = "cannot be before the delivery";
  SECU_RETURN_IF_ERROR(not_before(b.newborn_discharge, *b.delivery, b.pointer("/newborn_discharge"), kBefore));
  SECU_RETURN_IF_ERROR(not_before(b.mother_died, *b.delivery, b.pointer("/mother_died"), kBefore));
  return not_before(b.co_parent_leave_start, *b.delivery, b.pointer("/co_parent_leave_start"), kBefore);
}

}  // namespace

core::Status read_birth(const json& j, std::size_t index, Situation& s) {
  Birth b;
  b.index = index;
  b.person = j["person"].get<std::string>();
  SECU_RETURN_IF_ERROR(known_person(s, b.person, b.pointer("/person")));
  const std::string ptr = b.pointer();
  SECU_TRY(std::optional<Date> expected, date_at(j, "expected_delivery", ptr));
  b.expected_delivery = *expected;
  SECU_TRY(b.delivery, date_at(j, "delivery", ptr));
  b.multiple = bool_at(j, "multiple");
  SECU_TRY(b.leave_start, date_at(j, "leave_start", ptr));
  b.mother_status = enum_at<MotherStatus>(j, "mother_status", {{"employee", MotherStatus::employee},
      {"unemployed", MotherStatus::unemployed}, {"invalid", MotherStatus::invalid}, {"self_employed", MotherStatus::self_employed}});
  SECU_TRY(b.unemployment_daily_benefit, money_at(j, "unemployment_daily_benefit", ptr));
  b.multiple_birth_extension = bool_at(j, "multiple_birth_extension");
  SECU_TRY(b.newborn_discharge, date_at(j, "newborn_discharge", ptr));
  b.rest_at_homecoming = bool_at(j, "rest_at_homecoming");
  SECU_TRY(b.mother_died, date_at(j, "mother_died", ptr));
  SECU_RETURN_IF_ERROR(read_mother_stay(j, b));
  b.co_parent = string_at(j, "co_parent");
  if (b.co_parent) {
    SECU_RETURN_IF_ERROR(known_person(s, *b.co_parent, b.pointer("/co_parent")));
    if (*b.co_parent == b.person) return fail(ErrorCode::invalid_argument, "expected the id of another person than the mother", b.pointer("/co_parent"));
  }
  SECU_TRY(b.co_parent_leave_start, date_at(j, "co_parent_leave_start", ptr));
  b.conversion_requested = bool_at(j, "conversion_requested");
  SECU_RETURN_IF_ERROR(check_after_delivery(b));
  s.births.push_back(std::move(b));
  return {};
}

core::Status read_adoption(const json& j, std::size_t index, Situation& s) {
  Adoption a;
  a.index = index;
  a.person = j["person"].get<std::string>();
  SECU_RETURN_IF_ERROR(known_person(s, a.person, a.pointer("/person")));
  const std::string ptr = a.pointer();
  SECU_TRY(std::optional<Date> registered, date_at(j, "registered", ptr));
  a.registered = *registered;
  SECU_TRY(a.child_birth_date, date_at(j, "child_birth_date", ptr));
  SECU_RETURN_IF_ERROR(not_before(std::optional<Date>(a.registered), a.child_birth_date.value_or(a.registered), a.pointer("/registered"),
                                  "the child cannot be registered before its birth"));
  SECU_TRY(a.leave_start, date_at(j, "leave_start", ptr));
  if (j.contains("extension_weeks")) a.extension_weeks = j["extension_weeks"].get<int>();
  s.adoptions.push_back(std::move(a));
  return {};
}

}  // namespace secu::rules

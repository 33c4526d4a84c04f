// Reading the "death" event. The schema has checked the shape; this checks the persons
// named (the survivor another person than the deceased), real dates in order (marriage
// before divorce before death, application not before the death, the survivor born before
// the marriage) and that the divorce and the divorced spouse's facts belong to a divorced
// spouse.
#include "rules/situation_death.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rules/situation.h"
#include "rules/situation_read.h"

namespace secu::rules {

using core::ErrorCode;
using core::fail;
using nlohmann::json;
using namespace read;

std::string Death::pointer(std::string_view suffix) const { return fmt::format("/events/{}{}", index, suffix); }

namespace {

core::Status check_persons(const Death& d, const Situation& s) {
  if (!s.person(d.person)) return fail(ErrorCode::invalid_argument, "no person with id '" + d.person + "'", d.pointer("/person"));
  if (!s.person(d.survivor)) return fail(ErrorCode::invalid_argument, "no person with id '" + d.survivor + "'", d.pointer("/survivor"));
  if (d.survivor == d.person)
    return fail(ErrorCode::invalid_argument, "expected the id of another person than the deceased", d.pointer("/survivor"));
  for (const auto& other : s.deaths)
    if (other.person == d.person && other.date != d.date)
      return fail(ErrorCode::invalid_argument, "the same person cannot die on two days", d.pointer("/date"));
  return {};
}

core::Status check_dates(const Death& d, const Situation& s) {
  const Person* deceased = s.person(d.person);
  const Person* survivor = s.person(d.survivor);
  if (deceased->birth_date && d.date < *deceased->birth_date)
    return fail(ErrorCode::invalid_argument, "the death cannot come before the birth", d.pointer("/date"));
  if (d.marriage_date && *d.marriage_date > d.date)
    return fail(ErrorCode::invalid_argument, "the marriage cannot come after the death", d.pointer("/marriage_date"));
  if (d.marriage_date && survivor->birth_date && *d.marriage_date < *survivor->birth_date)
    return fail(ErrorCode::invalid_argument, "the marriage cannot come before the survivor's birth", d.pointer("/marriage_date"));
  if (d.divorce_date && d.relation != SurvivorRelation::divorced_spouse)
    return fail(ErrorCode::invalid_argument, "a divorce date belongs to a divorced spouse (relation divorced_spouse)", d.pointer("/divorce_date"));
  if (d.divorce_date && d.marriage_date && *d.divorce_date < *d.marriage_date)
    return fail(ErrorCode::invalid_argument, "the divorce cannot come before the marriage", d.pointer("/divorce_date"));
  if (d.divorce_date && *d.divorce_date > d.date)
    return fail(ErrorCode::invalid_argument, "the divorce cannot come after the death", d.pointer("/divorce_date"));
  if (d.dependent_child_until && d.dependent_child == false)
    return fail(ErrorCode::invalid_argument, "a day the child stops being dependent needs dependent_child true", d.pointer("/dependent_child_until"));
  if (d.dependent_child_until && *d.dependent_child_until < d.date)
    return fail(ErrorCode::invalid_argument, "expected a day on or after the death (the child is dependent at the death)", d.pointer("/dependent_child_until"));
  if (d.application_date && *d.application_date < d.date)
    return fail(ErrorCode::invalid_argument, "the application cannot come before the death", d.pointer("/application_date"));
  if (d.earnings_yearly && *d.earnings_yearly < core::Money{})
    return fail(ErrorCode::invalid_argument, "expected earnings of zero or more", d.pointer("/earnings_yearly"));
  return {};
}

core::Status facts_of_relation(const json& j, const Death& d) {
  if (d.relation == SurvivorRelation::divorced_spouse) return {};
  for (const char* name : {"lost_parental_authority", "convicted_attempt_on_life", "personal_pension_years"})
    if (j.contains(name))
      return fail(ErrorCode::invalid_argument, fmt::format("{} is a fact of a divorced spouse (relation divorced_spouse)", name), d.pointer("/") + name);
  return {};
}

}  // namespace

core::Status read_death(const json& j, std::size_t index, Situation& s) {
  Death d;
  d.index = index;
  d.person = j["person"].get<std::string>();
  d.survivor = j["survivor"].get<std::string>();
  const std::string ptr = d.pointer();
  SECU_TRY(std::optional<core::Date> date, date_at(j, "date", ptr));
  d.date = *date;
  d.relation = *enum_at<SurvivorRelation>(j, "relation", {{"spouse", SurvivorRelation::spouse},
      {"divorced_spouse", SurvivorRelation::divorced_spouse}, {"legal_partner", SurvivorRelation::legal_partner},
      {"cohabitant", SurvivorRelation::cohabitant}});
  SECU_TRY(d.marriage_date, date_at(j, "marriage_date", ptr));
  SECU_TRY(d.divorce_date, date_at(j, "divorce_date", ptr));
  SECU_TRY(d.application_date, date_at(j, "application_date", ptr));
  SECU_TRY(d.earnings_yearly, money_at(j, "earnings_yearly", ptr));
  d.child_of_marriage = bool_at(j, "child_of_marriage");
  d.dependent_child = bool_at(j, "dependent_child");
  SECU_TRY(d.dependent_child_until, date_at(j, "dependent_child_until", ptr));
  if (j.contains("personal_pension_years")) d.personal_pension_years = j["personal_pension_years"].get<std::vector<int>>();
  d.death_by_accident = bool_at(j, "death_by_accident_or_occupational_disease");
  d.deceased_retired = bool_at(j, "deceased_retired");
  if (j.contains("deceased_miner_years")) d.deceased_miner_years = j["deceased_miner_years"].get<int>();
  d.incapacity_66 = bool_at(j, "incapacity_66");
  d.remarried = bool_at(j, "remarried");
  d.replacement_income = bool_at(j, "replacement_income");
  d.lost_parental_authority = bool_at(j, "lost_parental_authority");
  d.convicted_attempt_on_life = bool_at(j, "convicted_attempt_on_life");
  d.lives_in = enum_at<SurvivorResidence>(j, "lives_in", {{"belgium", SurvivorResidence::belgium}, {"other_eu_state", SurvivorResidence::other_eu_state}});
  SECU_RETURN_IF_ERROR(check_persons(d, s));
  SECU_RETURN_IF_ERROR(facts_of_relation(j, d));
  SECU_RETURN_IF_ERROR(check_dates(d, s));
  s.deaths.push_back(std::move(d));
  return {};
}

}  // namespace secu::rules

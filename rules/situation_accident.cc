// Readers of the accident-at-work and occupational-disease events (seed 004 ch. VIII). The
// schema has checked the shape; this checks real dates, their order, percentages (at most
// 4 decimals), the persons named and the survivors. Every access goes through .at() or
// contains(), so a shape the schema let through can only end in an error, never a crash.
#include "rules/situation_accident.h"

#include <algorithm>

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

std::string WorkAccident::pointer(std::string_view suffix) const { return fmt::format("/events/{}{}", index, suffix); }
std::string OccupationalDisease::pointer(std::string_view suffix) const { return fmt::format("/events/{}{}", index, suffix); }

namespace {

core::Status known_person(const Situation& s, const std::string& id, const std::string& field) {
  if (!s.person(id)) return fail(ErrorCode::invalid_argument, "no person with id '" + id + "'", field);
  return {};
}

core::Status not_before(const std::optional<Date>& later, std::optional<Date> earlier, const std::string& field, const std::string& what) {
  if (later && earlier && *later < *earlier) return fail(ErrorCode::invalid_argument, "cannot be before " + what, field);
  return {};
}

core::Result<std::optional<core::Rate>> percent_at(const json& obj, const char* key, const std::string& ptr) {
  if (!obj.contains(key)) return std::optional<core::Rate>{};
  const json& v = obj.at(key);  // a number, or decimal text (exact)
  auto r = core::Rate::from_percent_text(v.is_string() ? v.get<std::string>() : v.is_number() ? v.dump() : std::string("x"));
  if (!r || *r < core::Rate() || *r > core::Rate::from_ppm(1'000'000))
    return fail(ErrorCode::invalid_argument, "expected a percentage from 0 to 100 with at most 4 decimals", ptr + "/" + key);
  return std::optional<core::Rate>(*r);
}

core::Result<std::optional<AccidentPeriod>> period_at(const json& obj, const char* key, const std::string& ptr) {
  if (!obj.contains(key)) return std::optional<AccidentPeriod>{};
  const json& p = obj.at(key);
  const std::string at = ptr + "/" + key;
  SECU_TRY(std::optional<Date> from, date_at(p, "from", at));
  if (!from) return fail(ErrorCode::invalid_argument, "expected the first day (from)", at);
  AccidentPeriod out{*from, std::nullopt};
  SECU_TRY(out.to, date_at(p, "to", at));
  SECU_RETURN_IF_ERROR(not_before(out.to, out.from, at + "/to", "the first day (from)"));
  return std::optional<AccidentPeriod>(out);
}

core::Status read_partial(const json& j, const std::string& ptr, AccidentFacts& f) {
  SECU_TRY(std::optional<AccidentPeriod> days, period_at(j, "temporary_partial", ptr));
  if (!days) return {};
  PartialIncapacity p{days->from, days->to, std::nullopt};
  SECU_TRY(p.daily_pay_after, money_at(j.at("temporary_partial"), "daily_pay_after", ptr + "/temporary_partial"));
  f.temporary_partial = p;
  return {};
}

core::Status read_stays(const json& j, const std::string& ptr, AccidentFacts& f) {
  if (!j.contains("hospital_stays")) return {};
  const json& arr = j.at("hospital_stays");
  for (std::size_t i = 0; i < arr.size(); ++i) {
    const std::string at = fmt::format("{}/hospital_stays/{}", ptr, i);
    SECU_TRY(std::optional<Date> admission, date_at(arr.at(i), "admission", at));
    if (!admission) return fail(ErrorCode::invalid_argument, "expected the day of admission", at);
    AccidentStay stay{*admission, std::nullopt};
    SECU_TRY(stay.discharge, date_at(arr.at(i), "discharge", at));
    SECU_RETURN_IF_ERROR(not_before(stay.discharge, stay.admission, at + "/discharge", "the admission"));
    if (f.died && stay.admission > *f.died) return fail(ErrorCode::invalid_argument, "cannot be after the death (died)", at + "/admission");
    f.hospital_stays.push_back(stay);
  }
  std::sort(f.hospital_stays.begin(), f.hospital_stays.end(), [](const AccidentStay& a, const AccidentStay& b) { return a.admission < b.admission; });
  for (std::size_t i = 1; i < f.hospital_stays.size(); ++i) {
    const auto& prev = f.hospital_stays[i - 1];
    if (!prev.discharge || prev.discharge >= f.hospital_stays[i].admission)
      return fail(ErrorCode::invalid_argument, "hospital stays overlap: a stay begins before the previous one ends", ptr + "/hospital_stays");
  }
  return {};
}

core::Result<AccidentSurvivor> read_survivor(const json& j, const std::string& at, const std::string& victim, const Situation& s) {
  AccidentSurvivor v;
  v.person = j.at("person").get<std::string>();
  SECU_RETURN_IF_ERROR(known_person(s, v.person, at + "/person"));
  if (v.person == victim) return fail(ErrorCode::invalid_argument, "expected another person than the victim", at + "/person");
  v.relation = j.at("relation").get<std::string>() == "child" ? AccidentSurvivorRelation::child : AccidentSurvivorRelation::spouse;
  v.full_orphan = bool_at(j, "full_orphan");
  SECU_TRY(v.family_benefits_until, date_at(j, "family_benefits_until", at));
  if (v.relation == AccidentSurvivorRelation::spouse && (v.full_orphan || v.family_benefits_until))
    return fail(ErrorCode::invalid_argument, "full_orphan and family_benefits_until are for a child only", at + "/relation");
  return v;
}

core::Status read_survivors(const json& j, const std::string& ptr, const std::string& victim, const Situation& s, AccidentFacts& f) {
  if (!j.contains("survivors")) return {};
  const json& arr = j.at("survivors");
  if (!arr.empty() && !f.died) return fail(ErrorCode::invalid_argument, "survivors need the day the victim died (died)", ptr + "/survivors");
  bool spouse = false;
  for (std::size_t i = 0; i < arr.size(); ++i) {
    const std::string at = fmt::format("{}/survivors/{}", ptr, i);
    SECU_TRY(AccidentSurvivor v, read_survivor(arr.at(i), at, victim, s));
    for (const auto& seen : f.survivors)
      if (seen.person == v.person) return fail(ErrorCode::invalid_argument, "person '" + v.person + "' is listed twice", at + "/person");
    if (v.relation == AccidentSurvivorRelation::spouse && spouse) return fail(ErrorCode::invalid_argument, "only one spouse", at + "/relation");
    spouse = spouse || v.relation == AccidentSurvivorRelation::spouse;
    SECU_RETURN_IF_ERROR(not_before(v.family_benefits_until, f.died, at + "/family_benefits_until", "the death"));
    f.survivors.push_back(std::move(v));
  }
  return {};
}

// Nothing of the victim's own can start after the death.
core::Status check_death(const AccidentFacts& f, const std::string& ptr) {
  if (!f.died) return {};
  auto after = [&](std::optional<Date> d, const std::string& field) -> core::Status {
    if (d && *d > *f.died) return fail(ErrorCode::invalid_argument, "cannot be after the death (died)", field);
    return {};
  };
  SECU_RETURN_IF_ERROR(after(f.temporary_total ? std::optional<Date>(f.temporary_total->from) : std::nullopt, ptr + "/temporary_total/from"));
  SECU_RETURN_IF_ERROR(after(f.temporary_partial ? std::optional<Date>(f.temporary_partial->from) : std::nullopt, ptr + "/temporary_partial/from"));
  return after(f.consolidation, ptr + "/consolidation");
}

// The facts both events share, then their order against `start` (the accident), when known.
core::Status read_facts(const json& j, const std::string& ptr, const std::string& victim, std::optional<Date> start, const Situation& s,
                        AccidentFacts& f) {
  SECU_TRY(f.average_daily_pay, money_at(j, "average_daily_pay", ptr));
  SECU_TRY(f.basic_annual_pay, money_at(j, "basic_annual_pay", ptr));
  SECU_TRY(f.temporary_total, period_at(j, "temporary_total", ptr));
  SECU_RETURN_IF_ERROR(read_partial(j, ptr, f));
  SECU_TRY(f.consolidation, date_at(j, "consolidation", ptr));
  SECU_TRY(f.permanent_degree, percent_at(j, "permanent_degree", ptr));
  SECU_TRY(f.third_party_need, percent_at(j, "third_party_need", ptr));
  SECU_TRY(f.died, date_at(j, "died", ptr));
  SECU_RETURN_IF_ERROR(read_stays(j, ptr, f));
  SECU_RETURN_IF_ERROR(read_survivors(j, ptr, victim, s, f));
  const std::string accident = "the accident (date)";
  if (f.temporary_total) SECU_RETURN_IF_ERROR(not_before(f.temporary_total->from, start, ptr + "/temporary_total/from", accident));
  if (f.temporary_partial) SECU_RETURN_IF_ERROR(not_before(f.temporary_partial->from, start, ptr + "/temporary_partial/from", accident));
  SECU_RETURN_IF_ERROR(not_before(f.consolidation, start, ptr + "/consolidation", accident));
  SECU_RETURN_IF_ERROR(not_before(f.died, start, ptr + "/died", accident));
  return check_death(f, ptr);
}

}  // namespace

core::Status read_work_accident(const json& j, std::size_t index, Situation& s) {
  WorkAccident a;
  a.index = index;
  a.person = j.at("person").get<std::string>();
  SECU_RETURN_IF_ERROR(known_person(s, a.person, a.pointer("/person")));
  const std::string ptr = a.pointer();
  SECU_TRY(std::optional<Date> date, date_at(j, "date", ptr));
  if (!date) return fail(ErrorCode::invalid_argument, "expected the day of the accident (date)", ptr);
  a.date = *date;
  a.on_the_way = bool_at(j, "on_the_way");
  SECU_TRY(a.employer_notified, date_at(j, "employer_notified", ptr));
  SECU_RETURN_IF_ERROR(not_before(a.employer_notified, a.date, ptr + "/employer_notified", "the accident (date)"));
  a.capital_requested = bool_at(j, "capital_requested");
  a.agreement_certified = bool_at(j, "agreement_certified");
  SECU_RETURN_IF_ERROR(read_facts(j, ptr, a.person, a.date, s, a.facts));
  s.work_accidents.push_back(std::move(a));
  return {};
}

core::Status read_occupational_disease(const json& j, std::size_t index, Situation& s) {
  OccupationalDisease d;
  d.index = index;
  d.person = j.at("person").get<std::string>();
  SECU_RETURN_IF_ERROR(known_person(s, d.person, d.pointer("/person")));
  const std::string ptr = d.pointer();
  d.listed = bool_at(j, "listed");
  d.exposed = bool_at(j, "exposed");
  d.cause_proven = bool_at(j, "cause_proven");
  SECU_TRY(d.claim_submitted, date_at(j, "claim_submitted", ptr));
  SECU_TRY(d.preventive_cessation, period_at(j, "preventive_cessation", ptr));
  SECU_RETURN_IF_ERROR(read_facts(j, ptr, d.person, std::nullopt, s, d.facts));
  if (d.facts.died && d.preventive_cessation && d.preventive_cessation->from > *d.facts.died)
    return fail(ErrorCode::invalid_argument, "cannot be after the death (died)", ptr + "/preventive_cessation/from");
  s.occupational_diseases.push_back(std::move(d));
  return {};
}

}  // namespace secu::rules

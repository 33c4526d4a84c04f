// Reading the "unemployment_claim" event. The schema has checked the shape; this checks what
// it cannot: the person named, real dates in order (nothing before the person's birth, a
// severance period not before the start... of the job loss), amounts, and hours that fit.
#include "rules/situation_unemployment.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rules/situation.h"
#include "rules/situation_read.h"

namespace secu::rules {

using core::ErrorCode;
using core::fail;
using nlohmann::json;
using namespace read;

std::string UnemploymentClaim::pointer(std::string_view suffix) const { return fmt::format("/events/{}{}", index, suffix); }

namespace {

std::optional<int> int_at(const json& j, const char* key) {
  if (!j.contains(key)) return std::nullopt;
  return j[key].get<int>();
}

core::Status read_dates(const json& j, const Person& p, UnemploymentClaim& c) {
  const std::string ptr = c.pointer();
  SECU_TRY(c.start, date_at(j, "start", ptr));
  SECU_TRY(c.compensation_until, date_at(j, "compensation_until", ptr));
  SECU_TRY(c.integration_programme_completed, date_at(j, "integration_programme_completed", ptr));
  SECU_TRY(c.suspension_end, date_at(j, "suspension_end", ptr));
  if (c.start && p.birth_date && *c.start < *p.birth_date)
    return fail(ErrorCode::invalid_argument, "the unemployment cannot start before the person's birth", c.pointer("/start"));
  if (c.compensation_until && !c.start)
    return fail(ErrorCode::invalid_argument, "a severance period needs the start of the unemployment (start)", c.pointer("/compensation_until"));
  if (c.compensation_until && *c.compensation_until < *c.start - 1)
    return fail(ErrorCode::invalid_argument, "the severance period cannot end before the unemployment starts", c.pointer("/compensation_until"));
  if (c.suspension_end && !c.start)
    return fail(ErrorCode::invalid_argument, "the end of a suspension needs its start (start)", c.pointer("/suspension_end"));
  if (c.suspension_end && *c.suspension_end < *c.start)
    return fail(ErrorCode::invalid_argument, "the suspension cannot end before it starts", c.pointer("/suspension_end"));
  return {};
}

core::Status read_casual(const json& j, UnemploymentClaim& c) {
  if (!j.contains("casual_activity")) return {};
  const json& arr = j["casual_activity"];
  for (std::size_t i = 0; i < arr.size(); ++i) {
    const std::string ip = c.pointer(fmt::format("/casual_activity/{}", i));
    auto ym = core::YearMonth::parse(arr[i]["month"].get<std::string>());
    if (!ym) return fail(ErrorCode::invalid_argument, "expected a month YYYY-MM", ip + "/month");
    const int days = arr[i]["days"].get<int>();
    if (days > static_cast<int>(ym->last_day().day()))
      return fail(ErrorCode::invalid_argument, fmt::format("a month of {} days cannot hold {} days", ym->last_day().day(), days), ip + "/days");
    for (const auto& other : c.casual_activity)
      if (other.month == *ym) return fail(ErrorCode::invalid_argument, "month " + ym->text() + " is listed twice", ip + "/month");
    if (c.start && ym->last_day() < *c.start)
      return fail(ErrorCode::invalid_argument, "casual activity before the unemployment started", ip + "/month");
    c.casual_activity.push_back({*ym, days});
  }
  return {};
}

core::Status check_hours(const UnemploymentClaim& c) {
  if (c.weekly_hours && !c.full_time_weekly_hours)
    return fail(ErrorCode::invalid_argument, "part-time hours need the hours of a full-time worker (full_time_weekly_hours)", c.pointer("/weekly_hours"));
  if (c.weekly_hours && *c.weekly_hours > *c.full_time_weekly_hours)
    return fail(ErrorCode::invalid_argument, "the part-time hours cannot exceed the full-time hours", c.pointer("/weekly_hours"));
  if (c.suspension_days && c.suspension_end && *c.suspension_days > (*c.suspension_end - *c.start) + 1)
    return fail(ErrorCode::invalid_argument, "more days of suspension than days in the period", c.pointer("/suspension_days"));
  return {};
}

}  // namespace

core::Status read_unemployment_claim(const json& j, std::size_t index, Situation& s) {
  UnemploymentClaim c;
  c.index = index;
  c.person = j["person"].get<std::string>();
  const Person* p = s.person(c.person);
  if (!p) return fail(ErrorCode::invalid_argument, "no person with id '" + c.person + "'", c.pointer("/person"));
  c.kind = enum_at<UnemploymentKind>(j, "kind", {{"full", UnemploymentKind::full}, {"company_supplement", UnemploymentKind::company_supplement},
      {"integration", UnemploymentKind::integration}, {"temporary", UnemploymentKind::temporary}}).value_or(UnemploymentKind::full);
  SECU_RETURN_IF_ERROR(read_dates(j, *p, c));
  c.admitted = bool_at(j, "admitted");
  c.involuntary = bool_at(j, "involuntary");
  c.registered_job_seeker = bool_at(j, "registered_job_seeker");
  c.available = bool_at(j, "available");
  c.able_to_work = bool_at(j, "able_to_work");
  c.resident = bool_at(j, "resident");
  c.refused_suitable_work = bool_at(j, "refused_suitable_work");
  c.insufficient_search = bool_at(j, "insufficient_search");
  c.payment_body = string_at(j, "payment_body");
  c.weekly_hours = int_at(j, "weekly_hours");
  c.full_time_weekly_hours = int_at(j, "full_time_weekly_hours");
  c.years_worked = int_at(j, "years_worked");
  c.enterprise = enum_at<Enterprise>(j, "enterprise", {{"ordinary", Enterprise::ordinary}, {"in_difficulty", Enterprise::in_difficulty},
      {"in_reorganisation", Enterprise::in_reorganisation}});
  c.committee_opinion = bool_at(j, "committee_opinion");
  SECU_TRY(c.monthly_gross_pay, money_at(j, "monthly_gross_pay", c.pointer()));
  SECU_TRY(c.monthly_net_pay, money_at(j, "monthly_net_pay", c.pointer()));
  c.unemployed_since_school = bool_at(j, "unemployed_since_school");
  c.suspension_days = int_at(j, "suspension_days");
  SECU_TRY(c.continued_activity_daily_income, money_at(j, "continued_activity_daily_income", c.pointer()));
  c.continued_activity_months_before = int_at(j, "continued_activity_months_before");
  SECU_RETURN_IF_ERROR(read_casual(j, c));
  SECU_RETURN_IF_ERROR(check_hours(c));
  s.unemployment_claims.push_back(std::move(c));
  return {};
}

}  // namespace secu::rules

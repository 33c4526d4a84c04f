// The long-term care event (seed 004 ch. XII): what the schema cannot check — real dates,
// the person named, no date of the need before the person's birth.
#include "rules/situation_care.h"

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

std::string CareNeed::pointer(std::string_view suffix) const { return fmt::format("/events/{}{}", index, suffix); }

namespace {

core::Status not_before_birth(const Person& p, const std::optional<Date>& d, const std::string& field) {
  if (p.birth_date && d && *d < *p.birth_date) return fail(ErrorCode::invalid_argument, "cannot be before the person's birth_date", field);
  return {};
}

}  // namespace

core::Status read_care_need(const json& j, std::size_t index, Situation& s) {
  CareNeed c;
  c.index = index;
  c.person = j["person"].get<std::string>();
  const Person* p = s.person(c.person);
  if (!p) return fail(ErrorCode::invalid_argument, "no person with id '" + c.person + "'", c.pointer("/person"));
  const std::string ptr = c.pointer();
  SECU_TRY(std::optional<Date> from, date_at(j, "from", ptr));
  c.from = *from;
  SECU_TRY(c.request_date, date_at(j, "request_date", ptr));
  SECU_TRY(c.flemish_residence_since, date_at(j, "flemish_residence_since", ptr));
  SECU_RETURN_IF_ERROR(not_before_birth(*p, from, c.pointer("/from")));
  SECU_RETURN_IF_ERROR(not_before_birth(*p, c.request_date, c.pointer("/request_date")));
  SECU_RETURN_IF_ERROR(not_before_birth(*p, c.flemish_residence_since, c.pointer("/flemish_residence_since")));
  c.reduced_autonomy = bool_at(j, "reduced_autonomy");
  c.setting = enum_at<CareSetting>(j, "setting", {{"home", CareSetting::home}, {"residential", CareSetting::residential},
                                                  {"service_flat", CareSetting::service_flat}});
  c.care_fund_member = bool_at(j, "care_fund_member");
  c.contributions_paid = bool_at(j, "contributions_paid");
  c.third_party_need_recognised = bool_at(j, "third_party_need_recognised");
  c.income_below_ceiling = bool_at(j, "income_below_ceiling");
  c.public_institution = bool_at(j, "public_institution");
  c.receives_income_replacement = bool_at(j, "receives_income_replacement");
  c.receives_integration_allowance = bool_at(j, "receives_integration_allowance");
  s.care_needs.push_back(std::move(c));
  return {};
}

}  // namespace secu::rules

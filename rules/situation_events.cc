// The events of a situation: incapacities, attestations of care, hospital stays, changes
// of fund. Each reader gets an object the schema has checked.
#include "rules/situation_events.h"

#include <fmt/format.h>

#include "rules/situation_birth.h"
#include "rules/situation_care.h"
#include "rules/situation_death.h"
#include "rules/situation_family.h"
#include "rules/situation_minimum_income.h"
#include "rules/situation_read.h"
#include "rules/situation_unemployment.h"

namespace secu::rules {

using core::ErrorCode;
using core::fail;
using nlohmann::json;
using namespace read;

std::string Incapacity::pointer(std::string_view suffix) const { return fmt::format("/events/{}{}", index, suffix); }
std::string Care::pointer(std::string_view suffix) const { return fmt::format("/events/{}{}", index, suffix); }
std::string HospitalStay::pointer(std::string_view suffix) const { return fmt::format("/events/{}{}", index, suffix); }
std::string FundChange::pointer(std::string_view suffix) const { return fmt::format("/events/{}{}", index, suffix); }

namespace {

core::Result<Incapacity> read_incapacity(const json& j, std::size_t index) {
  Incapacity inc;
  inc.index = index;
  inc.person = j["person"].get<std::string>();
  const std::string ptr = inc.pointer();
  SECU_TRY(std::optional<core::Date> start, date_at(j, "start", ptr));
  inc.start = *start;
  SECU_TRY(inc.end, date_at(j, "end", ptr));
  if (inc.end && *inc.end < inc.start) return fail(ErrorCode::invalid_argument, "the end cannot be before the start", ptr + "/end");
  inc.certified = bool_at(j, "certified");
  SECU_TRY(inc.certificate_received, date_at(j, "certificate_received", ptr));
  inc.invalidity_recognised = bool_at(j, "invalidity_recognised");
  SECU_TRY(inc.third_party_help_from, date_at(j, "third_party_help_from", ptr));
  SECU_TRY(inc.third_party_help_until, date_at(j, "third_party_help_until", ptr));
  if (inc.third_party_help_until && !inc.third_party_help_from)
    return fail(ErrorCode::invalid_argument, "an end of the need of help needs its start (third_party_help_from)", ptr + "/third_party_help_until");
  if (inc.third_party_help_until && *inc.third_party_help_until < *inc.third_party_help_from)
    return fail(ErrorCode::invalid_argument, "the end of the need of help cannot be before its start", ptr + "/third_party_help_until");
  return inc;
}

std::optional<Provider> read_provider(const json& line) {
  if (!line.contains("provider")) return std::nullopt;
  const json& j = line["provider"];
  Provider p;
  p.kind = *enum_at<ProviderKind>(j, "kind", {{"gp", ProviderKind::gp}, {"specialist", ProviderKind::specialist},
      {"dentist", ProviderKind::dentist}, {"physiotherapist", ProviderKind::physiotherapist}, {"nurse", ProviderKind::nurse},
      {"pharmacist", ProviderKind::pharmacist}, {"hospital", ProviderKind::hospital}});
  p.conventioned = bool_at(j, "conventioned");
  p.holds_dmg = bool_at(j, "holds_dmg");
  p.specialty = string_at(j, "specialty").value_or("");
  return p;
}

core::Result<CareLine> read_line(const json& j, const std::string& ptr) {
  CareLine l;
  SECU_TRY(std::optional<core::Date> date, date_at(j, "date", ptr));
  l.date = *date;
  l.code = string_at(j, "code");
  SECU_TRY(l.fee_charged, money_at(j, "fee_charged", ptr));
  l.provider = read_provider(j);
  l.referral = bool_at(j, "referral");
  l.prescription = bool_at(j, "prescription");
  l.dentist_visit_previous_year = bool_at(j, "dentist_visit_previous_year");
  SECU_TRY(l.orthodontic_request_received, date_at(j, "orthodontic_request_received", ptr));
  l.medicine_category = enum_at<MedicineCategory>(j, "medicine_category", {{"A", MedicineCategory::A}, {"B", MedicineCategory::B},
      {"C", MedicineCategory::C}, {"Cs", MedicineCategory::Cs}, {"Cx", MedicineCategory::Cx}, {"Fa", MedicineCategory::Fa},
      {"Fb", MedicineCategory::Fb}, {"preparation", MedicineCategory::preparation}});
  SECU_TRY(l.price, money_at(j, "price", ptr));
  return l;
}

core::Result<Care> read_care(const json& j, std::size_t index) {
  Care c;
  c.index = index;
  c.person = j["person"].get<std::string>();
  if (j.contains("attestation")) {
    const json& a = j["attestation"];
    c.form = string_at(a, "form");
    c.sticker = bool_at(a, "sticker");
    SECU_TRY(c.sent, date_at(a, "sent", c.pointer("/attestation")));
  }
  for (std::size_t i = 0; i < j["lines"].size(); ++i) {
    SECU_TRY(CareLine l, read_line(j["lines"][i], c.pointer(fmt::format("/lines/{}", i))));
    c.lines.push_back(std::move(l));
  }
  return c;
}

core::Result<HospitalStay> read_stay(const json& j, std::size_t index) {
  HospitalStay h;
  h.index = index;
  h.person = j["person"].get<std::string>();
  SECU_TRY(std::optional<core::Date> admission, date_at(j, "admission", h.pointer()));
  h.admission = *admission;
  SECU_TRY(h.discharge, date_at(j, "discharge", h.pointer()));
  if (h.discharge && *h.discharge < h.admission)
    return fail(ErrorCode::invalid_argument, "the discharge cannot be before the admission", h.pointer("/discharge"));
  h.setting = enum_at<HospitalSetting>(j, "setting", {{"general_hospital", HospitalSetting::general_hospital},
      {"psychiatric_hospital", HospitalSetting::psychiatric_hospital}, {"psychiatric_home", HospitalSetting::psychiatric_home}});
  h.emergency = bool_at(j, "emergency");
  if (j.contains("years_in_psychiatric_home")) h.years_in_psychiatric_home = j["years_in_psychiatric_home"].get<int>();
  h.admitted_before_noon = bool_at(j, "admitted_before_noon");
  h.discharged_after_2pm = bool_at(j, "discharged_after_2pm");
  return h;
}

core::Result<FundChange> read_fund_change(const json& j, std::size_t index) {
  FundChange f;
  f.index = index;
  f.person = j["person"].get<std::string>();
  SECU_TRY(std::optional<core::Date> requested, date_at(j, "requested", f.pointer()));
  f.requested = *requested;
  f.new_fund = string_at(j, "new_fund");
  return f;
}

}  // namespace

core::Status read_event(const json& j, std::size_t index, Situation& s) {
  const std::string type = j["type"].get<std::string>();
  if (type == "incapacity") {
    SECU_TRY(Incapacity e, read_incapacity(j, index));
    s.incapacities.push_back(std::move(e));
  } else if (type == "care") {
    SECU_TRY(Care e, read_care(j, index));
    s.cares.push_back(std::move(e));
  } else if (type == "hospital_stay") {
    SECU_TRY(HospitalStay e, read_stay(j, index));
    s.hospital_stays.push_back(std::move(e));
  } else if (type == "birth") {
    SECU_RETURN_IF_ERROR(read_birth(j, index, s));
  } else if (type == "adoption") {
    SECU_RETURN_IF_ERROR(read_adoption(j, index, s));
  } else if (type == "work_accident") {
    SECU_RETURN_IF_ERROR(read_work_accident(j, index, s));
  } else if (type == "occupational_disease") {
    SECU_RETURN_IF_ERROR(read_occupational_disease(j, index, s));
  } else if (type == "care_need") {
    SECU_RETURN_IF_ERROR(read_care_need(j, index, s));
  } else if (type == "income_claim") {
    SECU_RETURN_IF_ERROR(read_income_claim(j, index, s));
  } else if (type == "pension_claim") {
    SECU_RETURN_IF_ERROR(read_pension_claim(j, index, s));
  } else if (type == "death") {
    SECU_RETURN_IF_ERROR(read_death(j, index, s));
  } else if (type == "child") {
    SECU_RETURN_IF_ERROR(read_child_claim(j, index, s));
  } else if (type == "parental_leave") {
    SECU_RETURN_IF_ERROR(read_parental_leave(j, index, s));
  } else if (type == "unemployment_claim") {
    SECU_RETURN_IF_ERROR(read_unemployment_claim(j, index, s));
  } else {
    SECU_TRY(FundChange e, read_fund_change(j, index));
    s.fund_changes.push_back(std::move(e));
  }
  return {};
}

}  // namespace secu::rules

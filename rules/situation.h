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

#include <nlohmann/json_fwd.hpp>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "rules/situation_accident.h"
#include "rules/situation_career.h"
#include "rules/situation_care.h"
#include "rules/situation_death.h"
#include "rules/situation_family.h"
#include "rules/situation_minimum_income.h"
#include "rules/situation_unemployment.h"

namespace secu::rules {

enum class FamilySituation { with_dependants, single, cohabitant };
enum class WorkStatus { employee, self_employed };
enum class WorkerClass { white_collar, blue_collar };
enum class Region { flanders, wallonia, brussels, east_belgium };
/// The ground on which a person is covered for healthcare (seed 004 ch. II).
enum class InsuredAs {
  employee, unemployed, pensioner, self_employed, civil_servant, disabled, domestic_worker, student,
  national_register, dependant,
};
enum class Relation { spouse, cohabitant, child, ascendant, parent_in_law };
enum class MigrationStatus {
  belgian_or_resident, irregular, asylum_seeker, temporary_protection, recognised_refugee, subsidiary_protection,
};
enum class ResidenceDocument { none, annex_15, a_card, temporary_protection_certificate, other };
enum class ProviderKind { gp, specialist, dentist, physiotherapist, nurse, pharmacist, hospital };
enum class MedicineCategory { A, B, C, Cs, Cx, Fa, Fb, preparation };
enum class HospitalSetting { general_hospital, psychiatric_hospital, psychiatric_home };
/// The mother's situation when the maternity rest begins (seed 004 ch. IV).
enum class MotherStatus { employee, unemployed, invalid, self_employed };

/// The category names used in data/ for a family situation.
std::string_view to_string(FamilySituation f);
/// The names used in the schema (and in message keys) for these enums.
std::string_view to_string(InsuredAs a);
std::string_view to_string(Relation r);

struct Insurance {
  std::optional<bool> registered;
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

/// An amount for one calendar year (the household's net taxable income of that year).
struct YearAmount {
  int year = 0;
  core::Money amount;
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
  std::optional<Relation> relation_to_head;
  std::optional<core::Money> quarterly_income;
  std::optional<bool> fiscally_independent;
  std::optional<bool> legal_residence;
  std::optional<Region> region;
  std::optional<InsuredAs> insured_as;
  std::optional<bool> railway_employee;
  std::optional<bool> preferential_scheme;
  std::optional<bool> long_term_unemployed;
  std::vector<YearAmount> household_net_taxable_income;  // by year, each year once
  std::vector<YearAmount> contributions_paid;  // social contributions paid, by year, each year once
  std::optional<MigrationStatus> migration_status;
  std::optional<ResidenceDocument> residence_document;
  Insurance insurance;
  std::vector<WorkMonth> work_months;  // sorted by month, each month once
  std::optional<SelfEmployed> self_employed;
  PensionFacts pension;  // career and old-age pension facts (rules/situation_career.cc)

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
  std::optional<bool> invalidity_recognised;            // by the Medical Council for Invalidity
  std::optional<core::Date> third_party_help_from;       // need of another person's help recognised from
  std::optional<core::Date> third_party_help_until;
  std::string pointer(std::string_view suffix = "") const;
};

/// Who gave the care.
struct Provider {
  ProviderKind kind = ProviderKind::gp;
  std::optional<bool> conventioned;
  std::optional<bool> holds_dmg;
  std::string specialty;
};

/// One line of an attestation of care (one service, one day).
struct CareLine {
  core::Date date;
  std::optional<std::string> code;  // INAMI/RIZIV nomenclature code
  std::optional<core::Money> fee_charged;
  std::optional<Provider> provider;
  std::optional<bool> referral;
  std::optional<bool> prescription;
  std::optional<bool> dentist_visit_previous_year;
  std::optional<core::Date> orthodontic_request_received;
  std::optional<MedicineCategory> medicine_category;
  std::optional<core::Money> price;
};

/// An attestation of care sent (or to be sent) to the fund.
struct Care {
  std::string person;
  std::size_t index = 0;
  std::optional<std::string> form;  // paper | electronic
  std::optional<bool> sticker;
  std::optional<core::Date> sent;
  std::vector<CareLine> lines;
  std::string pointer(std::string_view suffix = "") const;
};

struct HospitalStay {
  std::string person;
  std::size_t index = 0;
  core::Date admission;
  std::optional<core::Date> discharge;
  std::optional<HospitalSetting> setting;
  std::optional<bool> emergency;
  std::optional<int> years_in_psychiatric_home;
  std::optional<bool> admitted_before_noon;
  std::optional<bool> discharged_after_2pm;
  std::string pointer(std::string_view suffix = "") const;
};

/// A request to move to another health insurance fund.
struct FundChange {
  std::string person;
  std::size_t index = 0;
  core::Date requested;
  std::optional<std::string> new_fund;
  std::string pointer(std::string_view suffix = "") const;
};

/// A pregnancy and birth: the mother's maternity rest, the co-parent's birth leave and the
/// conversion of the rest to the co-parent (read in rules/situation_birth.cc).
struct Birth {
  std::string person;  // the mother
  std::size_t index = 0;
  core::Date expected_delivery;
  std::optional<core::Date> delivery;
  std::optional<bool> multiple;
  std::optional<core::Date> leave_start;
  std::optional<MotherStatus> mother_status;
  std::optional<core::Money> unemployment_daily_benefit;
  std::optional<bool> multiple_birth_extension;
  std::optional<core::Date> newborn_discharge;
  std::optional<bool> rest_at_homecoming;
  std::optional<core::Date> mother_died;
  std::optional<core::Date> mother_admission;   // mother_hospital_stay
  std::optional<core::Date> mother_discharge;
  std::optional<std::string> co_parent;
  std::optional<core::Date> co_parent_leave_start;
  std::optional<bool> conversion_requested;
  std::string pointer(std::string_view suffix = "") const;
};

/// The adoption of a child by `person`.
struct Adoption {
  std::string person;
  std::size_t index = 0;
  core::Date registered;
  std::optional<core::Date> child_birth_date;
  std::optional<core::Date> leave_start;
  std::optional<int> extension_weeks;
  std::string pointer(std::string_view suffix = "") const;
};

struct Situation {
  std::vector<Person> persons;
  std::vector<Incapacity> incapacities;
  std::vector<Care> cares;
  std::vector<HospitalStay> hospital_stays;
  std::vector<FundChange> fund_changes;
  std::vector<Birth> births;
  std::vector<Adoption> adoptions;
  std::vector<WorkAccident> work_accidents;              // rules/situation_accident.h
  std::vector<OccupationalDisease> occupational_diseases;
  std::vector<PensionClaim> pension_claims;
  std::vector<CareNeed> care_needs;                      // rules/situation_care.h
  std::vector<ChildClaim> child_claims;                  // rules/situation_family.h
  std::vector<ParentalLeave> parental_leaves;            // rules/situation_family.h
  std::vector<IncomeClaim> income_claims;                // rules/situation_minimum_income.h
  std::vector<Death> deaths;                             // rules/situation_death.h
  std::vector<UnemploymentClaim> unemployment_claims;    // rules/situation_unemployment.h
  const Person* person(std::string_view id) const;
};

/// The published JSON Schema (draft-07) of a situation.
std::string_view situation_schema();

/// Parses and validates a situation: JSON syntax, the schema, then what a schema cannot
/// say (real dates, NISS check digits, ids that exist, months listed once). Errors are
/// invalid_argument with `field` set to the JSON pointer of the offending value.
core::Result<Situation> parse_situation(std::string_view json_text);

/// The same from a parsed document (a population's rows: sim/population.h).
core::Result<Situation> situation_from_json(const nlohmann::json& doc);

}  // namespace secu::rules

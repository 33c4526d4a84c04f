#include "rules/situation.h"

#include <algorithm>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "core/niss.h"
#include "rules/situation_events.h"
#include "rules/situation_read.h"

namespace secu::rules {

using core::ErrorCode;
using core::fail;
using nlohmann::json;
using namespace read;

std::string_view to_string(FamilySituation f) {
  switch (f) {
    case FamilySituation::with_dependants: return "with_dependants";
    case FamilySituation::single: return "single";
    case FamilySituation::cohabitant: return "cohabitant";
  }
  return "?";
}

std::string_view to_string(InsuredAs a) {
  constexpr std::string_view names[] = {"employee", "unemployed", "pensioner", "self_employed", "civil_servant",
                                        "disabled", "domestic_worker", "student", "national_register", "dependant"};
  return names[static_cast<std::size_t>(a)];
}

std::string_view to_string(Relation r) {
  constexpr std::string_view names[] = {"spouse", "cohabitant", "child", "ascendant", "parent_in_law"};
  return names[static_cast<std::size_t>(r)];
}

std::string Person::pointer(std::string_view suffix) const { return fmt::format("/persons/{}{}", index, suffix); }

const Person* Situation::person(std::string_view id) const {
  for (const auto& p : persons)
    if (p.id == id) return &p;
  return nullptr;
}

namespace {

const valijson::Schema& compiled_schema() {
  static const std::unique_ptr<valijson::Schema> schema = [] {
    auto s = std::make_unique<valijson::Schema>();
    const json doc = json::parse(situation_schema());
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(doc);
    parser.populateSchema(adapter, *s);
    return s;
  }();
  return *schema;
}

std::string pointer_of(const std::vector<std::string>& context) {
  std::string p;
  for (const auto& c : context) {
    if (c == "<root>") continue;
    std::string part = c;
    if (part.size() >= 2 && part.front() == '[' && part.back() == ']') part = part.substr(1, part.size() - 2);
    if (part.size() >= 2 && part.front() == '"' && part.back() == '"') part = part.substr(1, part.size() - 2);
    p += "/" + part;
  }
  return p.empty() ? "/" : p;
}

core::Status validate_schema(const json& doc) {
  // One validator per thread: it caches the schema's compiled regular expressions
  // (a new one per call cost ~140 µs of the ~210 µs of an eval; docs/performance.md).
  thread_local valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(doc);
  if (validator.validate(compiled_schema(), adapter, &results)) return {};
  valijson::ValidationResults::Error best;
  for (const auto& e : results)
    if (e.context.size() > best.context.size() || best.description.empty()) best = e;
  return fail(ErrorCode::invalid_argument, "does not match the situation schema: " + best.description, pointer_of(best.context));
}

core::Status read_insurance(const json& j, const std::string& ptr, Insurance& ins) {
  ins.registered = bool_at(j, "registered");
  ins.fund = string_at(j, "fund");
  SECU_TRY(ins.insured_since, date_at(j, "insured_since", ptr));
  ins.waiting_period_completed = bool_at(j, "waiting_period_completed");
  ins.contributions_sufficient = bool_at(j, "contributions_sufficient");
  ins.still_insured = bool_at(j, "still_insured");
  SECU_TRY(ins.last_insured_day, date_at(j, "last_insured_day", ptr));
  return {};
}

core::Status read_self_employed(const json& j, const std::string& ptr, SelfEmployed& se) {
  SECU_TRY(se.contributions_since, date_at(j, "contributions_since", ptr));
  se.contributions_sufficient = bool_at(j, "contributions_sufficient");
  SECU_TRY(se.last_contribution_quarter_end, date_at(j, "last_contribution_quarter_end", ptr));
  se.stopped_working = bool_at(j, "stopped_working");
  return {};
}

core::Status read_work_months(const json& arr, const std::string& ptr, std::vector<WorkMonth>& out) {
  for (std::size_t i = 0; i < arr.size(); ++i) {
    const json& m = arr[i];
    const std::string mp = fmt::format("{}/{}", ptr, i);
    auto ym = core::YearMonth::parse(m["month"].get<std::string>());
    if (!ym) return fail(ErrorCode::invalid_argument, "expected a month YYYY-MM", mp + "/month");
    WorkMonth w{*ym, m.value("days", 0), m.value("hours", 0), m.value("kind", std::string("work")), m.value("country", std::string())};
    if (w.days > static_cast<int>(ym->last_day().day()))
      return fail(ErrorCode::invalid_argument, fmt::format("a month of {} days cannot hold {} days", ym->last_day().day(), w.days), mp + "/days");
    out.push_back(std::move(w));
  }
  std::sort(out.begin(), out.end(), [](const WorkMonth& a, const WorkMonth& b) { return a.month < b.month; });
  for (std::size_t i = 1; i < out.size(); ++i)
    if (out[i].month == out[i - 1].month)
      return fail(ErrorCode::invalid_argument, "month " + out[i].month.text() + " is listed twice", ptr);
  return {};
}

core::Status read_household_income(const json& arr, const std::string& ptr, std::vector<YearAmount>& out) {
  for (std::size_t i = 0; i < arr.size(); ++i) {
    const std::string ip = fmt::format("{}/{}", ptr, i);
    YearAmount y{arr[i]["year"].get<int>(), {}};
    SECU_TRY(std::optional<core::Money> amount, money_at(arr[i], "amount", ip));
    y.amount = *amount;
    for (const auto& seen : out)
      if (seen.year == y.year) return fail(ErrorCode::invalid_argument, fmt::format("year {} is listed twice", y.year), ip + "/year");
    out.push_back(y);
  }
  return {};
}

void read_newcomer_facts(const json& j, Person& p) {
  p.legal_residence = bool_at(j, "legal_residence");
  p.region = enum_at<Region>(j, "region", {{"flanders", Region::flanders}, {"wallonia", Region::wallonia},
      {"brussels", Region::brussels}, {"east_belgium", Region::east_belgium}});
  p.insured_as = enum_at<InsuredAs>(j, "insured_as", {{"employee", InsuredAs::employee}, {"unemployed", InsuredAs::unemployed},
      {"pensioner", InsuredAs::pensioner}, {"self_employed", InsuredAs::self_employed}, {"civil_servant", InsuredAs::civil_servant},
      {"disabled", InsuredAs::disabled}, {"domestic_worker", InsuredAs::domestic_worker}, {"student", InsuredAs::student},
      {"national_register", InsuredAs::national_register}, {"dependant", InsuredAs::dependant}});
  p.railway_employee = bool_at(j, "railway_employee");
  p.preferential_scheme = bool_at(j, "preferential_scheme");
  p.long_term_unemployed = bool_at(j, "long_term_unemployed");
  p.migration_status = enum_at<MigrationStatus>(j, "migration_status", {{"belgian_or_resident", MigrationStatus::belgian_or_resident},
      {"irregular", MigrationStatus::irregular}, {"asylum_seeker", MigrationStatus::asylum_seeker},
      {"temporary_protection", MigrationStatus::temporary_protection}, {"recognised_refugee", MigrationStatus::recognised_refugee},
      {"subsidiary_protection", MigrationStatus::subsidiary_protection}});
  p.residence_document = enum_at<ResidenceDocument>(j, "residence_document", {{"none", ResidenceDocument::none},
      {"annex_15", ResidenceDocument::annex_15}, {"a_card", ResidenceDocument::a_card},
      {"temporary_protection_certificate", ResidenceDocument::temporary_protection_certificate}, {"other", ResidenceDocument::other}});
}

core::Result<Person> read_person(const json& j, std::size_t index) {
  Person p;
  p.index = index;
  p.id = j["id"].get<std::string>();
  const std::string ptr = p.pointer();
  if (j.contains("niss")) {
    auto n = core::validate_niss(j["niss"].get<std::string>());
    if (!n) return fail(ErrorCode::invalid_argument, n.error().message, ptr + "/niss");
    p.niss = n->digits;
  }
  SECU_TRY(p.birth_date, date_at(j, "birth_date", ptr));
  p.family_situation = enum_at<FamilySituation>(j, "family_situation", {{"with_dependants", FamilySituation::with_dependants}, {"single", FamilySituation::single}, {"cohabitant", FamilySituation::cohabitant}});
  p.status = enum_at<WorkStatus>(j, "status", {{"employee", WorkStatus::employee}, {"self_employed", WorkStatus::self_employed}});
  p.worker_class = enum_at<WorkerClass>(j, "worker_class", {{"white_collar", WorkerClass::white_collar}, {"blue_collar", WorkerClass::blue_collar}});
  p.regular_worker = bool_at(j, "regular_worker");
  SECU_TRY(p.daily_wage, money_at(j, "daily_wage", ptr));
  p.head_of_family = string_at(j, "head_of_family");
  p.relation_to_head = enum_at<Relation>(j, "relation_to_head", {{"spouse", Relation::spouse}, {"cohabitant", Relation::cohabitant},
      {"child", Relation::child}, {"ascendant", Relation::ascendant}, {"parent_in_law", Relation::parent_in_law}});
  SECU_TRY(p.quarterly_income, money_at(j, "quarterly_income", ptr));
  p.fiscally_independent = bool_at(j, "fiscally_independent");
  read_newcomer_facts(j, p);
  if (j.contains("insurance")) SECU_RETURN_IF_ERROR(read_insurance(j["insurance"], ptr + "/insurance", p.insurance));
  if (j.contains("work_months")) SECU_RETURN_IF_ERROR(read_work_months(j["work_months"], ptr + "/work_months", p.work_months));
  if (j.contains("household_net_taxable_income"))
    SECU_RETURN_IF_ERROR(read_household_income(j["household_net_taxable_income"], ptr + "/household_net_taxable_income", p.household_net_taxable_income));
  if (j.contains("contributions_paid"))
    SECU_RETURN_IF_ERROR(read_household_income(j["contributions_paid"], ptr + "/contributions_paid", p.contributions_paid));
  if (j.contains("self_employed")) {
    p.self_employed.emplace();
    SECU_RETURN_IF_ERROR(read_self_employed(j["self_employed"], ptr + "/self_employed", *p.self_employed));
  }
  SECU_RETURN_IF_ERROR(read_pension_facts(j, p));
  return p;
}

core::Status check_references(const Situation& s) {
  for (std::size_t i = 0; i < s.persons.size(); ++i) {
    for (std::size_t k = 0; k < i; ++k)
      if (s.persons[k].id == s.persons[i].id)
        return fail(ErrorCode::invalid_argument, "person id '" + s.persons[i].id + "' is used twice", s.persons[i].pointer("/id"));
    const auto& head = s.persons[i].head_of_family;
    if (head && (!s.person(*head) || *head == s.persons[i].id))
      return fail(ErrorCode::invalid_argument, "expected the id of another person in this situation", s.persons[i].pointer("/head_of_family"));
  }
  auto known = [&](const auto& events) -> core::Status {
    for (const auto& e : events)
      if (!s.person(e.person)) return fail(ErrorCode::invalid_argument, "no person with id '" + e.person + "'", e.pointer("/person"));
    return {};
  };
  SECU_RETURN_IF_ERROR(known(s.incapacities));
  SECU_RETURN_IF_ERROR(known(s.cares));
  SECU_RETURN_IF_ERROR(known(s.hospital_stays));
  return known(s.fund_changes);
}

}  // namespace

core::Result<Situation> parse_situation(std::string_view json_text) {
  json doc = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return fail(ErrorCode::invalid_argument, "not valid JSON", "/");
  return situation_from_json(doc);
}

core::Result<Situation> situation_from_json(const json& doc) {
  SECU_RETURN_IF_ERROR(validate_schema(doc));
  Situation s;
  try {
    for (std::size_t i = 0; i < doc["persons"].size(); ++i) {
      SECU_TRY(Person p, read_person(doc["persons"][i], i));
      s.persons.push_back(std::move(p));
    }
    if (doc.contains("events"))
      for (std::size_t i = 0; i < doc["events"].size(); ++i) SECU_RETURN_IF_ERROR(read_event(doc["events"][i], i, s));
  } catch (const json::exception& e) {
    return fail(ErrorCode::invalid_argument, std::string("unexpected shape: ") + e.what(), "/");
  }
  SECU_RETURN_IF_ERROR(check_references(s));
  return s;
}

}  // namespace secu::rules

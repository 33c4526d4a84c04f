// demo_cmd.h: a small fund for demonstrations. Every figure in it is a fact of the demo
// (names, wages, fees charged); what the fund pays is decided by the rules, as always.
#include "cli/demo_cmd.h"

#include <chrono>
#include <cstdlib>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/db_cmd.h"
#include "fund/appeals.h"
#include "fund/attestations.h"
#include "fund/files.h"
#include "fund/members.h"
#include "fund/payments.h"
#include "fund/users.h"
#include "store/migrations.h"

namespace secu::cli {
namespace {

using nlohmann::json;
constexpr const char* kFund = "mut_neutral";
constexpr const char* kBy = "demo-data";

core::Date d(const char* iso) { return *core::Date::parse(iso); }

struct Person {
  const char* niss;
  const char* family;
  const char* given;
  const char* lang;
  fund::Address address;
  const char* iban;  // "" when none
  bool bim;
  const char* insured_as;  // "" for a dependant
};

// Four households and two single members (NISS and IBAN with valid check digits).
const Person kPeople[] = {
    {"85073003328", "Peeters", "An", "nl", {"Wetstraat 16", "1000", "Brussel", "BE"}, "BE68539007547034", false, "employee"},
    {"83021104524", "Peeters", "Bart", "nl", {"Wetstraat 16", "1000", "Brussel", "BE"}, "", false, ""},
    {"16090406252", "Peeters", "Lotte", "nl", {"Wetstraat 16", "1000", "Brussel", "BE"}, "", false, ""},
    {"79052112071", "Dubois", "Marie", "fr", {"Rue Saint-Gilles 12", "4000", "Liège", "BE"}, "BE14063123456783", true, "unemployed"},
    {"12011713135", "Dubois", "Lucas", "fr", {"Rue Saint-Gilles 12", "4000", "Liège", "BE"}, "", true, ""},
    {"18110214486", "Dubois", "Emma", "fr", {"Rue Saint-Gilles 12", "4000", "Liège", "BE"}, "", true, ""},
    {"71030808721", "Janssens", "Jan", "nl", {"Veldstraat 3", "9000", "Gent", "BE"}, "BE07363001234566", false, "employee"},
    {"92061415640", "Rossi", "Sofia", "en", {"Avenue Louise 221", "1050", "Ixelles", "BE"}, "BE15001765432130", false, "employee"},
    {"88102309764", "El Amrani", "Youssef", "fr", {"Chaussée de Gand 90", "1080", "Molenbeek-Saint-Jean", "BE"}, "BE64735001112252", false, "self_employed"},
    {"90120107328", "Nowak", "Piotr", "en", {"Kortrijksesteenweg 40", "8500", "Kortrijk", "BE"}, "BE93068999123467", false, "employee"},
};

struct Link {
  const char* head;
  const char* dependant;
  const char* relation;
};
const Link kLinks[] = {{"85073003328", "83021104524", "spouse"}, {"85073003328", "16090406252", "child"},
                       {"79052112071", "12011713135", "child"}, {"79052112071", "18110214486", "child"}};

core::Status members(store::Database& db) {
  for (const Person& p : kPeople) {
    fund::MemberInput in{.niss = p.niss, .family_name = p.family, .given_names = p.given, .language = p.lang,
                         .address = p.address, .bim = p.bim, .legal_residence = true};
    if (*p.iban) in.iban = p.iban;
    if (*p.insured_as) {
      in.insured_as = p.insured_as;
      in.contributions_sufficient = true;
    }
    SECU_TRY(fund::Member m, fund::register_member(db, in, kBy));
    (void)m;
    if (*p.insured_as) {
      SECU_TRY(std::int64_t period, fund::add_affiliation(db, {.niss = p.niss, .fund_code = kFund, .valid_from = d("2015-01-01")}, kBy));
      (void)period;
    }
  }
  for (const Link& l : kLinks) {
    SECU_TRY(std::int64_t link, fund::register_dependant(db, {.head_niss = l.head, .dependant_niss = l.dependant,
                                                              .relation = l.relation, .valid_from = d("2015-01-01"),
                                                              .quarterly_income = core::Money{}},
                                                         kBy));
    (void)link;
  }
  return {};
}

json gp_line(const char* date, const char* fee, bool dmg) {
  return {{"date", date}, {"code", "101010"}, {"fee_charged", fee},
          {"provider", {{"kind", "gp"}, {"conventioned", true}, {"holds_dmg", dmg}}}};
}

core::Status attestations(store::Database& db, const App& app) {
  const json intakes[] = {
      {{"idempotency_key", "demo-1"}, {"niss", "85073003328"}, {"form", "paper"}, {"sticker_number", "20240001"},
       {"received_on", "2024-05-10"}, {"lines", {gp_line("2024-05-02", "18.85", true)}}},
      {{"idempotency_key", "demo-2"}, {"niss", "79052112071"}, {"form", "electronic"}, {"electronic_reference", "EA-2024-000172"},
       {"received_on", "2024-05-21"}, {"lines", {gp_line("2024-05-14", "18.85", true), gp_line("2024-05-20", "18.85", true)}}},
      {{"idempotency_key", "demo-3"}, {"niss", "71030808721"}, {"form", "paper"}, {"sticker_number", "20240002"},
       {"received_on", "2024-06-03"}, {"lines", {gp_line("2024-05-29", "25.00", false)}}},
      {{"idempotency_key", "demo-4"}, {"niss", "90120107328"}, {"form", "paper"}, {"sticker_number", "20240003"},
       {"received_on", "2024-06-12"}, {"lines", {gp_line("2024-06-07", "18.85", true)}}},
  };
  for (const json& j : intakes) {
    SECU_TRY(fund::Intake in, fund::parse_intake(j.dump()));
    SECU_TRY(fund::IntakeResult r, fund::intake_attestation(db, app.law, app.catalog, in, kBy));
    std::cout << "  attestation " << r.attestation.id << " for " << r.attestation.niss << ": "
              << fund::to_string(r.attestation.status) << ", reimbursed " << r.attestation.reimbursed.text() << " EUR\n";
  }
  return {};
}

json work_months(const char* first, int count, int days) {
  json out = json::array();
  for (core::YearMonth m = *core::YearMonth::parse(first); count-- > 0; m = m.plus(1))
    out.push_back({{"month", m.text()}, {"days", days}});
  return out;
}

// Jan Janssens, white-collar employee, ill from 4 March 2024 (as tests/cases/sickness/white_collar.yaml);
// Sofia Rossi, employee, expecting a child on 21 March 2024.
core::Result<std::int64_t> files(store::Database& db, const App& app, const fund::Caller& clerk,
                                  const fund::Caller& adviser) {
  const fund::FileRules rules{app.law, app.catalog, d("2024-07-01")};
  json incapacity = {
      {"person", {{"status", "employee"}, {"worker_class", "white_collar"}, {"family_situation", "with_dependants"},
                  {"regular_worker", true}, {"daily_wage", "150.00"},
                  {"insurance", {{"contributions_sufficient", true}, {"still_insured", true}, {"insured_since", "2015-01-01"}}},
                  {"work_months", work_months("2023-03", 12, 15)}}},
      {"event", {{"start", "2024-03-04"}, {"certificate_received", "2024-03-05"}}}};
  SECU_TRY(fund::File opened, fund::open_file(db, rules, clerk, {.niss = "71030808721", .kind = "incapacity", .facts = incapacity}));
  // The medical adviser recognises the incapacity: the fund's daily benefits can be decided.
  SECU_TRY(fund::File ill, fund::record_event(db, rules, adviser, opened.id,
                                              {.kind = "adviser_recognition", .date = d("2024-03-12"), .certified = true,
                                               .note = "demo: incapacity recognised"}));
  SECU_TRY(fund::Booking booked, fund::book_benefits_due(db, ill.id, d("2024-06-30"), kBy));
  std::cout << "  incapacity file " << ill.id << " (Jan Janssens): " << booked.booked.size() << " months of daily benefits booked\n";
  json maternity = {
      {"person", {{"status", "employee"}, {"daily_wage", "120.00"},
                  {"contributions_paid", {{{"year", 2023}, {"amount", "9000.00"}}}},
                  {"work_months", work_months("2023-09", 6, 20)}}},
      {"event", {{"type", "birth"}, {"expected_delivery", "2024-03-21"}, {"leave_start", "2024-03-07"}, {"multiple", false}}}};
  SECU_TRY(fund::File birth, fund::open_file(db, rules, clerk, {.niss = "92061415640", .kind = "maternity", .facts = maternity}));
  std::cout << "  maternity file " << birth.id << " (Sofia Rossi)\n";
  return ill.decisions.empty() ? std::int64_t{0} : ill.decisions.front().id;
}

core::Status payments_and_appeal(store::Database& db, const App& app, std::int64_t decision, core::Date today) {
  SECU_TRY(fund::Batch batch, fund::prepare_batch(db, {.until = d("2024-07-01")}, kBy));
  fund::ExportRequest req{.debtor = {.name = "Mutualité neutre de démonstration", .iban = "BE20001122334456", .bic = std::nullopt},
                          .execution_date = d("2024-07-02")};
  SECU_TRY(fund::Export file, fund::export_batch(db, app.catalog, batch.id, req, kBy));
  std::cout << "  payment batch " << batch.id << ": " << batch.count << " payments, " << batch.total.text()
            << " EUR, exported as " << file.file_name << "\n";
  if (decision == 0) return {};
  SECU_TRY(fund::Appeal appeal, fund::record_appeal(db, app.law, {.decision_id = decision, .lodged_on = today}, kBy));
  std::cout << "  appeal " << appeal.id << " against decision " << decision << ", deadline " << appeal.deadline.iso() << "\n";
  return {};
}

core::Status users(store::Database& db, const std::string& password) {
  for (auto [name, role] : {std::pair{"admin", fund::Role::admin}, {"clerk", fund::Role::clerk},
                            {"adviser", fund::Role::medical_adviser}, {"auditor", fund::Role::auditor}}) {
    SECU_TRY(std::int64_t id, fund::create_user(db, name, password, role, kBy));
    (void)id;
  }
  return {};
}

}  // namespace

int demo_data(const App& app, const std::string& url) {
  int exit = kOk;
  auto db = open_db(url, "demo-data", exit);
  if (!db) return exit;
  auto existing = db->query("SELECT COUNT(*) FROM members");
  if (!existing) return db_error(existing.error(), "demo-data", url);
  if (existing->at(0).int64(0).value_or(0) > 0) {
    std::cout << url << " already has members: demo data not added\n";
    return kOk;
  }
  const char* env = std::getenv("SECU_DEMO_PASSWORD");
  const std::string password = env && *env ? env : "secu-demo-password";
  const fund::Caller clerk{.id = 0, .name = kBy, .role = fund::Role::clerk};
  const fund::Caller adviser{.id = 0, .name = kBy, .role = fund::Role::medical_adviser};
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const core::Date today = core::Date::from(std::chrono::sys_days(now));
  std::cout << "demo data in " << url << ":\n";
  core::Status done = users(*db, password);
  if (done) done = members(*db);
  if (done) done = attestations(*db, app);
  std::int64_t decision = 0;
  if (done) {
    auto f = files(*db, app, clerk, adviser);
    if (f) decision = *f;
    else done = std::unexpected(f.error());
  }
  if (done) done = payments_and_appeal(*db, app, decision, today);
  if (!done) {
    std::cerr << "secu demo-data: stopped part-way (each step is its own transaction): remove the database and run again\n";
    return db_error(done.error(), "demo-data", url);
  }
  std::cout << "  users admin, clerk, adviser (medical adviser) and auditor, password "
            << (env && *env ? "from SECU_DEMO_PASSWORD" : "'secu-demo-password'") << " (demo only)\n";
  return kOk;
}

}  // namespace secu::cli

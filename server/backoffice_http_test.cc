// The back office over HTTP, end to end, as a fund's staff would use it: a clerk registers
// and affiliates a member, keys in an attestation (reimbursed by the healthcare rules), opens
// an incapacity file that only the medical adviser may recognise, books the daily benefits,
// prepares and exports a payment batch; an appeal is recorded; the auditor reads the log.
// In process, over a SQLite file (the suites of fund/ run both engines).
#include <unistd.h>

#include <filesystem>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "explain/testing.h"
#include "fund/users.h"
#include "law/testing.h"
#include "server/server.h"
#include "store/pool.h"

namespace secu::server {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

constexpr const char* kPassword = "correct horse battery";
constexpr const char* kJan = "71030808721";

json work_months(const char* first, int count) {
  json out = json::array();
  for (core::YearMonth m = *core::YearMonth::parse(first); count-- > 0; m = m.plus(1))
    out.push_back({{"month", m.text()}, {"days", 15}});
  return out;
}

class BackOfficeHttpTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::path(::testing::TempDir()) / ("secu-backoffice-" + std::to_string(::getpid()) + ".db");
    remove_files();
    {
      auto db = store::open("sqlite:" + path_.string());
      ASSERT_TRUE(db) << db.error().describe();
      for (auto [name, role] : {std::pair{"carl", fund::Role::clerk}, std::pair{"ada", fund::Role::medical_adviser},
                                std::pair{"audrey", fund::Role::auditor}})
        ASSERT_TRUE(fund::create_user(**db, name, kPassword, role, "system"));
    }
    auto pool = store::Pool::open("sqlite:" + path_.string(), 2);
    ASSERT_TRUE(pool) << pool.error().describe();
    server_ = std::make_unique<Server>(law::source_law(), explain::source_catalog(),
                                       Config{.port = 0, .threads = 2, .log_requests = false}, std::move(*pool));
    auto port = server_->bind();
    ASSERT_TRUE(port);
    thread_ = std::thread([this] { server_->listen(); });
    while (!server_->is_running()) std::this_thread::sleep_for(1ms);
    client_ = std::make_unique<httplib::Client>("127.0.0.1", *port);
    clerk_ = token_of("carl");
    adviser_ = token_of("ada");
    auditor_ = token_of("audrey");
  }
  void TearDown() override {
    server_->stop();
    if (thread_.joinable()) thread_.join();
    remove_files();
  }
  void remove_files() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_.string() + suffix);
  }

  std::string token_of(const std::string& name) {
    auto r = client_->Post("/v1/login", json{{"name", name}, {"password", kPassword}}.dump(), "application/json");
    EXPECT_TRUE(r && r->status == 200) << (r ? r->body : "no answer");
    return r && r->status == 200 ? json::parse(r->body).at("token").get<std::string>() : "";
  }
  /// POST with a token; the answer's status and JSON body (null when not JSON).
  std::pair<int, json> post(const std::string& path, const json& body, const std::string& token) {
    auto r = client_->Post(path, {{"Authorization", "Bearer " + token}}, body.dump(), "application/json");
    if (!r) return {0, nullptr};
    return {r->status, json::parse(r->body, nullptr, false)};
  }
  std::pair<int, json> get(const std::string& path, const std::string& token) {
    auto r = client_->Get(path, {{"Authorization", "Bearer " + token}});
    if (!r) return {0, nullptr};
    return {r->status, json::parse(r->body, nullptr, false)};
  }

  std::filesystem::path path_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
  std::string clerk_, adviser_, auditor_;
};

TEST_F(BackOfficeHttpTest, FromRegistrationToPayment) {
  // Register and affiliate: Jan Janssens, employee, insured.
  const json member = {{"niss", "71.03.08-087.21"}, {"family_name", "Janssens"}, {"given_names", "Jan"}, {"language", "nl"},
                       {"iban", "BE07 3630 0123 4566"}, {"legal_residence", true}, {"insured_as", "employee"},
                       {"contributions_sufficient", true}};
  auto [created, m] = post("/v1/members", member, clerk_);
  ASSERT_EQ(created, 201) << m.dump();
  EXPECT_EQ(m["niss"], kJan);
  EXPECT_EQ(m["iban"], "BE07363001234566");
  auto [again, dup] = post("/v1/members", member, clerk_);
  EXPECT_EQ(again, 422) << dup.dump();
  EXPECT_EQ(dup["error"]["field"], "/niss");
  json bad_niss = member;
  bad_niss["niss"] = "71030808722";  // a wrong check digit
  auto [bad, wrong] = post("/v1/members", bad_niss, clerk_);
  EXPECT_EQ(bad, 400);
  EXPECT_EQ(wrong["error"]["field"], "/niss");
  // Only a health insurance fund: not an unknown id, not another kind of institution (nothing written).
  for (const char* not_a_fund : {"nope", "onem"}) {
    auto [refused, why] = post(std::string("/v1/members/") + kJan + "/affiliations", {{"fund", not_a_fund}, {"valid_from", "2015-01-01"}}, clerk_);
    EXPECT_EQ(refused, 400) << why.dump();
    EXPECT_EQ(why["error"]["field"], "/fund");
  }
  auto [affiliated, a] = post(std::string("/v1/members/") + kJan + "/affiliations", {{"fund", "mut_neutral"}, {"valid_from", "2015-01-01"}}, clerk_);
  ASSERT_EQ(affiliated, 201) << a.dump();
  EXPECT_EQ(a["affiliations"].size(), 1u) << a.dump();
  auto [asked, ins] = get(std::string("/v1/members/") + kJan + "/insurability?at=2024-05-02", clerk_);
  ASSERT_EQ(asked, 200) << ins.dump();
  EXPECT_EQ(ins["status"], "entitled");
  EXPECT_EQ(ins["fund"], "mut_neutral");

  // An attestation: a conventioned GP without the DMG, 25.00 charged for consultation 101010 in
  // 2024 — statutory fee 18.85, 12.85 back (fund/attestations_test.cc), 6.00 personal share, 6.15 supplement.
  const json intake = {{"idempotency_key", "http-1"}, {"niss", kJan}, {"form", "paper"}, {"sticker_number", "31415926"},
                       {"received_on", "2024-06-03"},
                       {"lines", {{{"date", "2024-05-29"}, {"code", "101010"}, {"fee_charged", "25.00"},
                                   {"provider", {{"kind", "gp"}, {"conventioned", true}, {"holds_dmg", false}}}}}}};
  auto [booked, att] = post("/v1/attestations", intake, clerk_);
  ASSERT_EQ(booked, 201) << att.dump();
  EXPECT_EQ(att.dump().find("12.85") != std::string::npos, true) << att.dump();
  auto [replayed, same] = post("/v1/attestations", intake, clerk_);
  EXPECT_EQ(replayed, 200) << same.dump();
  auto [auditor_write, refused] = post("/v1/attestations", intake, auditor_);
  EXPECT_EQ(auditor_write, 403) << refused.dump();

  // A second attestation without the DMG said: it waits with the question; the clerk answers
  // it (no DMG): 12.85 back, decided. Answering a decided attestation is refused (422).
  json waiting = intake;
  waiting["idempotency_key"] = "http-2";
  waiting["sticker_number"] = "31415927";
  waiting["lines"][0]["date"] = "2024-05-30";
  waiting["lines"][0]["provider"].erase("holds_dmg");
  auto [pending_status, pending] = post("/v1/attestations", waiting, clerk_);
  ASSERT_EQ(pending_status, 201) << pending.dump();
  EXPECT_EQ(pending["status"], "pending") << pending.dump();
  EXPECT_EQ(pending["lines"][0]["questions"][0]["fact"], "/lines/0/provider/holds_dmg") << pending.dump();
  const std::string answers = "/v1/attestations/" + std::to_string(pending["id"].get<std::int64_t>()) + "/answers";
  const json answer = {{"answers", {{"/lines/0/provider/holds_dmg", false}}}};
  EXPECT_EQ(post(answers, answer, auditor_).first, 403);
  auto [answered_status, answered] = post(answers, answer, clerk_);
  ASSERT_EQ(answered_status, 200) << answered.dump();
  EXPECT_EQ(answered["status"], "decided") << answered.dump();
  EXPECT_EQ(answered["lines"][0]["reimbursed"], "12.85") << answered.dump();
  auto [again_status, again_body] = post(answers, answer, clerk_);
  EXPECT_EQ(again_status, 422) << again_body.dump();
  EXPECT_EQ(again_body["error"]["field"], "status");

  // An incapacity file (tests/cases/sickness/white_collar.yaml): the clerk opens it, the clerk
  // may not recognise it, the medical adviser does; April and May are booked.
  const json facts = {{"person", {{"status", "employee"}, {"worker_class", "white_collar"}, {"family_situation", "with_dependants"},
                                  {"regular_worker", true}, {"daily_wage", "150.00"},
                                  {"insurance", {{"contributions_sufficient", true}, {"still_insured", true}, {"insured_since", "2015-01-01"}}},
                                  {"work_months", work_months("2023-03", 12)}}},
                      {"event", {{"start", "2024-03-04"}, {"certificate_received", "2024-03-05"}}}};
  auto [opened, file] = post("/v1/files", {{"niss", kJan}, {"kind", "incapacity"}, {"facts", facts}}, clerk_);
  ASSERT_EQ(opened, 201) << file.dump();
  const std::string id = std::to_string(file["id"].get<std::int64_t>());
  const json recognise = {{"kind", "adviser_recognition"}, {"date", "2024-03-12"}, {"certified", true}};
  EXPECT_EQ(post("/v1/files/" + id + "/adviser", recognise, clerk_).first, 403);
  auto [recognised, file2] = post("/v1/files/" + id + "/adviser", recognise, adviser_);
  ASSERT_EQ(recognised, 200) << file2.dump();
  auto [due, booking] = post("/v1/files/" + id + "/benefits-due", {{"until", "2024-05-31"}}, clerk_);
  ASSERT_EQ(due, 200) << booking.dump();
  // White-collar, 150.00 a day: the employer pays days 1-30 (4 March - 2 April), the fund
  // 60 % = 90.00 a benefit day from 3 April: April 24 days (Sundays 7, 14, 21, 28 excluded)
  // = 2160.00; May 27 days = 2430.00 (files_test.cc, same figures).
  EXPECT_NE(booking.dump().find("2160.00"), std::string::npos) << booking.dump();
  EXPECT_NE(booking.dump().find("2430.00"), std::string::npos) << booking.dump();

  // A batch of what is due by 1 June: the two attestations (12.85 each) and the two months (4590.00).
  auto [prepared, batch] = post("/v1/payment-batches", {{"until", "2024-06-03"}}, clerk_);
  ASSERT_EQ(prepared, 201) << batch.dump();
  EXPECT_EQ(batch["count"], 4) << batch.dump();
  EXPECT_EQ(batch["total"], "4615.70") << batch.dump();
  const std::string batch_id = std::to_string(batch["id"].get<std::int64_t>());
  auto xml = client_->Post("/v1/payment-batches/" + batch_id + "/export", {{"Authorization", "Bearer " + clerk_}},
                           json{{"debtor", {{"name", "Mutualité de test"}, {"iban", "BE20001122334456"}}},
                                {"execution_date", "2024-06-04"}}.dump(),
                           "application/json");
  ASSERT_TRUE(xml);
  ASSERT_EQ(xml->status, 200) << xml->body;
  EXPECT_NE(xml->body.find("<NbOfTxs>4</NbOfTxs>"), std::string::npos) << xml->body;
  EXPECT_NE(xml->body.find("<CtrlSum>4615.70</CtrlSum>"), std::string::npos);
  EXPECT_NE(xml->body.find("BE07363001234566"), std::string::npos);
  auto [nothing_due, none] = post("/v1/payment-batches", {{"until", "2024-06-03"}}, clerk_);
  EXPECT_EQ(nothing_due, 422) << none.dump();  // each payment once
  // The latest batches, as the desk lists them: this one exported, with its count and total.
  auto [batches_read, batches] = get("/v1/payment-batches", auditor_);
  ASSERT_EQ(batches_read, 200) << batches.dump();
  ASSERT_EQ(batches["batches"].size(), 1u) << batches.dump();
  EXPECT_EQ(batches["batches"][0]["id"], batch["id"]);
  EXPECT_EQ(batches["batches"][0]["status"], "exported");
  EXPECT_EQ(batches["batches"][0]["count"], 4);
  EXPECT_EQ(batches["batches"][0]["total"], "4615.70");
  EXPECT_FALSE(batches["batches"][0].contains("payments"));
  auto [bad_limit, limit_error] = get("/v1/payment-batches?limit=0", auditor_);
  EXPECT_EQ(bad_limit, 400) << limit_error.dump();
  EXPECT_EQ(limit_error["error"]["field"], "limit");
  auto [history, payments] = get(std::string("/v1/members/") + kJan + "/payments", auditor_);
  ASSERT_EQ(history, 200) << payments.dump();

  // An appeal against the file's decision, and the audit log as the auditor sees it.
  auto [listed, decisions] = get("/v1/decisions?subject=incapacity:" + id, clerk_);
  ASSERT_EQ(listed, 200) << decisions.dump();
  ASSERT_FALSE(decisions["decisions"].empty());
  const auto decision_id = decisions["decisions"][0]["id"].get<std::int64_t>();
  auto [lodged, appeal] = post("/v1/appeals", {{"decision_id", decision_id}, {"notified_on", "2024-06-05"}, {"lodged_on", "2024-09-05"}}, clerk_);
  ASSERT_EQ(lodged, 201) << appeal.dump();
  EXPECT_EQ(appeal["deadline"], "2024-09-05") << appeal.dump();  // three months after the notification
  auto [read, log] = get("/v1/audit?limit=1000", auditor_);
  ASSERT_EQ(read, 200) << log.dump();
  const std::string text = log.dump();
  for (const char* what : {"member.register", "member.affiliation", "attestation.intake", "attestation.redecide", "payment_batch."})
    EXPECT_NE(text.find(what), std::string::npos) << what << " missing from the audit log";
  EXPECT_NE(text.find("\"carl\""), std::string::npos);
  EXPECT_EQ(get("/v1/audit", clerk_).first, 403);
}

// A member without a bank account: the attestation is decided and its payment waits; the
// clerk adds the IBAN and the waiting reimbursement (14.85: a GP with the DMG, 2024) is booked.
TEST_F(BackOfficeHttpTest, ANewIbanReleasesWhatWaited) {
  const std::string an = "85073003328";
  auto [created, m] = post("/v1/members", {{"niss", an}, {"family_name", "Peeters"}, {"given_names", "An"}, {"language", "nl"},
                                           {"legal_residence", true}, {"insured_as", "employee"}, {"contributions_sufficient", true}},
                           clerk_);
  ASSERT_EQ(created, 201) << m.dump();
  ASSERT_EQ(post("/v1/members/" + an + "/affiliations", {{"fund", "mut_neutral"}, {"valid_from", "2015-01-01"}}, clerk_).first, 201);
  const json intake = {{"idempotency_key", "http-iban"}, {"niss", an}, {"form", "paper"}, {"sticker_number", "27182818"},
                       {"received_on", "2024-05-10"},
                       {"lines", {{{"date", "2024-05-02"}, {"code", "101010"}, {"fee_charged", "18.85"},
                                   {"provider", {{"kind", "gp"}, {"conventioned", true}, {"holds_dmg", true}}}}}}};
  auto [booked, att] = post("/v1/attestations", intake, clerk_);
  ASSERT_EQ(booked, 201) << att.dump();
  EXPECT_TRUE(att["payment"].is_null()) << att.dump();
  auto [changed, member] = post("/v1/members/" + an, {{"iban", "BE68 5390 0754 7034"}}, clerk_);
  ASSERT_EQ(changed, 200) << member.dump();
  ASSERT_EQ(member["payments_booked"].size(), 1u) << member.dump();
  auto [history, payments] = get("/v1/members/" + an + "/payments", clerk_);
  ASSERT_EQ(history, 200);
  EXPECT_NE(payments.dump().find("14.85"), std::string::npos) << payments.dump();
}

}  // namespace
}  // namespace secu::server

// The login and the roles over HTTP, in process (as server_test.cc): a server on a free
// loopback port over a SQLite file that the test also opens itself, to create the first
// users and an expired session. Each login costs an argon2id verification (~0.1 s).
#include <unistd.h>

#include <cstdio>
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

class AuthHttpTest : public ::testing::Test {
 protected:
  // One database for the suite: an admin, a clerk and an auditor (three argon2id hashes).
  static void SetUpTestSuite() {
    path_ = std::filesystem::path(::testing::TempDir()) / ("secu-auth-http-" + std::to_string(::getpid()) + ".db");
    remove_files();
    auto db = store::open("sqlite:" + path_.string());
    ASSERT_TRUE(db) << db.error().describe();
    for (auto [name, role] : {std::pair{"root", fund::Role::admin}, std::pair{"carl", fund::Role::clerk},
                              std::pair{"audrey", fund::Role::auditor}})
      ASSERT_TRUE(fund::create_user(**db, name, kPassword, role, "system"));
  }
  static void TearDownTestSuite() { remove_files(); }
  static void remove_files() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_.string() + suffix);
  }

  void SetUp() override {
    auto pool = store::Pool::open("sqlite:" + path_.string(), 2);
    ASSERT_TRUE(pool) << pool.error().describe();
    server_ = std::make_unique<Server>(law::source_law(), explain::source_catalog(),
                                       Config{.port = 0, .threads = 2, .log_requests = false}, std::move(*pool));
    auto port = server_->bind();
    ASSERT_TRUE(port);
    thread_ = std::thread([this] { server_->listen(); });
    while (!server_->is_running()) std::this_thread::sleep_for(1ms);
    client_ = std::make_unique<httplib::Client>("127.0.0.1", *port);
  }
  void TearDown() override {
    server_->stop();
    if (thread_.joinable()) thread_.join();
  }

  httplib::Result post(const std::string& path, const json& body, const std::string& token = "") {
    return client_->Post(path, headers(token), body.dump(), "application/json");
  }
  httplib::Result get(const std::string& path, const std::string& token = "") {
    return client_->Get(path, headers(token));
  }
  static httplib::Headers headers(const std::string& token) {
    return token.empty() ? httplib::Headers{} : httplib::Headers{{"Authorization", "Bearer " + token}};
  }
  /// A token for `name`, or "" (the test has already failed).
  std::string token_of(const std::string& name) {
    auto r = post("/v1/login", {{"name", name}, {"password", kPassword}});
    EXPECT_TRUE(r && r->status == 200) << (r ? r->body : "no answer");
    return r && r->status == 200 ? json::parse(r->body).at("token").get<std::string>() : "";
  }
  static json error_of(const httplib::Result& r) { return json::parse(r->body).at("error"); }

  static inline std::filesystem::path path_{};
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(AuthHttpTest, LoginGivesATokenForTheBackOffice) {
  auto r = post("/v1/login", {{"name", "carl"}, {"password", kPassword}});
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const json j = json::parse(r->body);
  EXPECT_EQ(j["token"].get<std::string>().size(), 64u);
  EXPECT_EQ(j["user"]["name"], "carl");
  EXPECT_EQ(j["user"]["role"], "clerk");
  EXPECT_EQ(j["user"]["id"], 2);  // the second user created
  EXPECT_EQ(j["expires_at"].get<std::string>().size(), 20u);  // YYYY-MM-DDTHH:MM:SSZ
  auto me = get("/v1/me", j["token"]);
  ASSERT_EQ(me->status, 200) << me->body;
  EXPECT_EQ(json::parse(me->body), j["user"]);
}

TEST_F(AuthHttpTest, BadCredentialsAre401AndBadBodies400) {
  auto wrong = post("/v1/login", {{"name", "carl"}, {"password", "not his password"}});
  auto unknown = post("/v1/login", {{"name", "nobody"}, {"password", kPassword}});
  ASSERT_EQ(wrong->status, 401);
  EXPECT_EQ(unknown->status, 401);
  EXPECT_EQ(wrong->body, unknown->body);  // no hint which one was wrong
  EXPECT_EQ(error_of(wrong)["code"], "unauthenticated");
  EXPECT_EQ(error_of(wrong)["field"], "/password");
  auto not_json = client_->Post("/v1/login", "{\"name\":", "application/json");
  EXPECT_EQ(not_json->status, 400);
  EXPECT_EQ(error_of(not_json)["field"], "/");
  auto no_password = post("/v1/login", {{"name", "carl"}});
  EXPECT_EQ(no_password->status, 400);
  EXPECT_EQ(error_of(no_password)["field"], "/password");
  auto number = post("/v1/login", {{"name", 7}, {"password", kPassword}});
  EXPECT_EQ(number->status, 400);
  EXPECT_EQ(error_of(number)["field"], "/name");
}

TEST_F(AuthHttpTest, MissingGarbageOrExpiredTokenIs401) {
  auto none = get("/v1/me");
  ASSERT_EQ(none->status, 401) << none->body;
  EXPECT_EQ(none->get_header_value("WWW-Authenticate"), "Bearer");
  EXPECT_EQ(error_of(none)["field"], "Authorization");
  EXPECT_EQ(get("/v1/me", "garbage")->status, 401);
  EXPECT_EQ(get("/v1/me", std::string(64, 'a'))->status, 401);  // well-formed, unknown
  // A session opened 9 hours ago with the 8-hour default expired an hour ago.
  auto db = store::connect("sqlite:" + path_.string());
  ASSERT_TRUE(db);
  auto old = fund::login(**db, "carl", kPassword, fund::Clock::now() - 9h);
  ASSERT_TRUE(old) << old.error().describe();
  auto expired = get("/v1/me", old->token);
  EXPECT_EQ(expired->status, 401);
  EXPECT_EQ(error_of(expired)["code"], "unauthenticated");
}

TEST_F(AuthHttpTest, AClerkMayNotManageUsers) {
  const std::string clerk = token_of("carl");
  auto list = get("/v1/users", clerk);
  ASSERT_EQ(list->status, 403) << list->body;
  EXPECT_EQ(error_of(list)["code"], "permission_denied");
  auto add = post("/v1/users", {{"name", "eve"}, {"password", kPassword}, {"role", "admin"}}, clerk);
  EXPECT_EQ(add->status, 403);
  EXPECT_EQ(get("/v1/audit", clerk)->status, 403);
}

TEST_F(AuthHttpTest, AnAdminCreatesAUserWhoLogsIn) {
  const std::string admin = token_of("root");
  auto add = post("/v1/users", {{"name", "dora"}, {"password", kPassword}, {"role", "medical_adviser"}}, admin);
  ASSERT_EQ(add->status, 201) << add->body;
  EXPECT_EQ(json::parse(add->body)["role"], "medical_adviser");
  auto again = post("/v1/users", {{"name", "dora"}, {"password", kPassword}, {"role", "clerk"}}, admin);
  EXPECT_EQ(again->status, 422);
  EXPECT_EQ(error_of(again)["field"], "/name");
  auto bad_role = post("/v1/users", {{"name", "erik"}, {"password", kPassword}, {"role", "boss"}}, admin);
  EXPECT_EQ(bad_role->status, 400);
  EXPECT_EQ(error_of(bad_role)["field"], "/role");
  auto short_password = post("/v1/users", {{"name", "erik"}, {"password", "12345678901"}, {"role", "clerk"}}, admin);
  EXPECT_EQ(short_password->status, 400);
  EXPECT_EQ(error_of(short_password)["field"], "/password");
  auto list = get("/v1/users", admin);
  ASSERT_EQ(list->status, 200);
  std::vector<std::string> names;
  const json users = json::parse(list->body);
  for (const json& u : users["users"]) names.push_back(u["name"]);
  EXPECT_EQ(names, (std::vector<std::string>{"audrey", "carl", "dora", "root"}));  // by name; erik refused
  auto dora = post("/v1/login", {{"name", "dora"}, {"password", kPassword}});
  ASSERT_EQ(dora->status, 200);
  EXPECT_EQ(json::parse(dora->body)["user"]["role"], "medical_adviser");
}

TEST_F(AuthHttpTest, AnAuditorReadsTheAuditLog) {
  const std::string auditor = token_of("audrey");
  auto all = get("/v1/audit", auditor);
  ASSERT_EQ(all->status, 200) << all->body;
  const json entries = json::parse(all->body)["entries"];
  ASSERT_FALSE(entries.empty());
  EXPECT_EQ(entries[0]["what"], "user.login");  // newest first: this very login
  EXPECT_EQ(entries[0]["who"], "audrey");
  auto created = get("/v1/audit?subject=user:1", auditor);  // root, the first user
  const json root = json::parse(created->body)["entries"];
  ASSERT_FALSE(root.empty());
  EXPECT_EQ(root.back()["what"], "user.create");
  EXPECT_EQ(root.back()["who"], "system");
  EXPECT_EQ(root.back()["detail"], (json{{"name", "root"}, {"role", "admin"}}));
  auto page = get("/v1/audit?limit=1", auditor);
  const json p = json::parse(page->body);
  ASSERT_EQ(p["entries"].size(), 1u);
  EXPECT_EQ(p["next_before"], p["entries"][0]["id"]);
  auto next = get("/v1/audit?limit=1&before=" + p["next_before"].dump(), auditor);
  EXPECT_LT(json::parse(next->body)["entries"][0]["id"].get<int>(), p["next_before"].get<int>());
  auto bad = get("/v1/audit?limit=0", auditor);
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(error_of(bad)["field"], "limit");
  EXPECT_EQ(error_of(get("/v1/audit?before=x", auditor))["field"], "before");
}

TEST_F(AuthHttpTest, LogoutEndsTheSession) {
  const std::string clerk = token_of("carl");
  ASSERT_EQ(get("/v1/me", clerk)->status, 200);
  auto out = post("/v1/logout", json::object(), clerk);
  ASSERT_EQ(out->status, 200) << out->body;
  EXPECT_EQ(get("/v1/me", clerk)->status, 401);
  EXPECT_EQ(post("/v1/logout", json::object(), clerk)->status, 401);  // already ended
}

}  // namespace
}  // namespace secu::server

// fund/users: accounts, argon2id passwords, session tokens and their audit entries, on
// SQLite always and on PostgreSQL when SECU_PG_URL names a throwaway database (ctest's
// fund_users_postgres). argon2id "interactive" costs ~64 MiB and ~0.1 s per hash (each
// create_user and each login that finds the user): the tests keep their number small.
#include "fund/audit.h"
#include "fund/users.h"
#include "store/testing.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace secu::fund {
namespace {

using core::ErrorCode;
using store::Engine;
using namespace std::chrono_literals;

constexpr const char* kPassword = "correct horse battery";

// 2024-03-06T10:00:00Z as a system_clock time point.
const Clock::time_point kNow = std::chrono::sys_days{std::chrono::year{2024} / 3 / 6} + 10h;

class UsersTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    auto s = store::Scratch::open(GetParam());
    ASSERT_TRUE(s) << s.error().describe();
    scratch_ = std::move(*s);
  }
  store::Database& db() { return scratch_.db(); }

  std::int64_t add(const char* name, Role role, const char* password = kPassword) {
    auto id = create_user(db(), name, password, role, "system");
    EXPECT_TRUE(id) << id.error().describe();
    return id ? *id : 0;
  }
  Session log_in(const char* name, Clock::time_point now = kNow, std::chrono::seconds lifetime = 8h) {
    auto s = login(db(), name, kPassword, now, lifetime);
    EXPECT_TRUE(s) << s.error().describe();
    return s ? *s : Session{};
  }
  std::string text(const std::string& sql) { return db().query(sql)->at(0).text(0).value(); }
  std::int64_t count(const std::string& sql) { return db().query(sql)->at(0).int64(0).value(); }

  store::Scratch scratch_;
};

TEST_P(UsersTest, CreateLoginAuthenticate) {
  const std::int64_t id = add("alice", Role::medical_adviser);
  const Session s = log_in("alice");
  EXPECT_EQ(s.caller.id, id);
  EXPECT_EQ(s.caller.name, "alice");
  EXPECT_EQ(s.caller.role, Role::medical_adviser);
  EXPECT_EQ(s.token.size(), 64u);  // 32 random bytes in hex
  EXPECT_EQ(s.expires_at, "2024-03-06T18:00:00Z");  // 10:00 + the default 8 hours
  auto who = authenticate(db(), s.token, kNow);
  ASSERT_TRUE(who) << who.error().describe();
  EXPECT_EQ(who->id, id);
  EXPECT_EQ(who->name, "alice");
  EXPECT_EQ(who->role, Role::medical_adviser);
  auto users = list_users(db());
  ASSERT_TRUE(users);
  ASSERT_EQ(users->size(), 1u);
  EXPECT_EQ(users->at(0).name, "alice");
}

TEST_P(UsersTest, WrongPasswordAndUnknownUserLookTheSame) {
  add("alice", Role::clerk);
  auto wrong = login(db(), "alice", "wrong password!", kNow);
  auto unknown = login(db(), "bob", kPassword, kNow);
  ASSERT_FALSE(wrong);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(wrong.error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(unknown.error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
  EXPECT_EQ(wrong.error().field, unknown.error().field);
  auto bad_name = login(db(), "no spaces allowed", kPassword, kNow);  // not even a valid name: same answer
  ASSERT_FALSE(bad_name);
  EXPECT_EQ(bad_name.error().message, wrong.error().message);
  EXPECT_EQ(count("SELECT COUNT(*) FROM sessions"), 0);
}

TEST_P(UsersTest, TokenExpiresAndLogoutEndsIt) {
  add("alice", Role::clerk);
  const Session s = log_in("alice", kNow, 1h);
  EXPECT_EQ(s.expires_at, "2024-03-06T11:00:00Z");
  EXPECT_TRUE(authenticate(db(), s.token, kNow + 1h - 1s));  // one second before the expiry: still valid
  auto at_expiry = authenticate(db(), s.token, kNow + 1h);   // at the expiry: refused
  ASSERT_FALSE(at_expiry);
  EXPECT_EQ(at_expiry.error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(at_expiry.error().field, "Authorization");

  const Session t = log_in("alice");
  ASSERT_TRUE(authenticate(db(), t.token, kNow));
  ASSERT_TRUE(logout(db(), t.token, "alice"));
  auto after = authenticate(db(), t.token, kNow);
  ASSERT_FALSE(after);
  EXPECT_EQ(after.error().code, ErrorCode::unauthenticated);
  EXPECT_TRUE(logout(db(), t.token, "alice"));  // again: unknown tokens are not an error
}

TEST_P(UsersTest, MalformedTokensAreRefused) {
  add("alice", Role::clerk);
  const Session s = log_in("alice");
  std::string upper = s.token;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const std::string other(64, '0');  // well-formed, unknown
  for (const std::string& token : {std::string(), std::string("abc"), s.token.substr(1), s.token + "0",
                                   "g" + s.token.substr(1), upper, other}) {
    if (token == s.token) continue;  // an all-digit token would be its own upper case
    auto who = authenticate(db(), token, kNow);
    ASSERT_FALSE(who) << token;
    EXPECT_EQ(who.error().code, ErrorCode::unauthenticated) << token;
    EXPECT_EQ(who.error().field, "Authorization") << token;
  }
}

TEST_P(UsersTest, NamesAndPasswordsAreChecked) {
  // The length rule is checked before hashing: only the two accepted users cost a hash.
  auto short_password = create_user(db(), "bob", "12345678901", Role::clerk, "root");  // 11 bytes
  ASSERT_FALSE(short_password);
  EXPECT_EQ(short_password.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(short_password.error().field, "password");
  auto long_password = create_user(db(), "bob", std::string(1025, 'x'), Role::clerk, "root");
  ASSERT_FALSE(long_password);
  EXPECT_EQ(long_password.error().field, "password");
  EXPECT_TRUE(create_user(db(), "bob", "123456789012", Role::clerk, "root"));  // 12 bytes: the minimum

  for (const std::string& name : {std::string(), std::string("a b"), std::string("é"), std::string("x;--"),
                                  std::string(65, 'a')}) {
    auto bad = create_user(db(), name, kPassword, Role::clerk, "root");
    ASSERT_FALSE(bad) << name;
    EXPECT_EQ(bad.error().code, ErrorCode::invalid_argument) << name;
    EXPECT_EQ(bad.error().field, "name") << name;
  }
  auto taken = create_user(db(), "bob", kPassword, Role::admin, "root");
  ASSERT_FALSE(taken);
  EXPECT_EQ(taken.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(taken.error().field, "name");
  EXPECT_EQ(count("SELECT COUNT(*) FROM users"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE what = 'user.create'"), 1);  // the refused one left no trace
  EXPECT_EQ(text("SELECT role FROM users WHERE name = 'bob'"), "clerk");
}

TEST_P(UsersTest, NeitherPasswordNorTokenIsStored) {
  add("alice", Role::auditor);
  const Session s = log_in("alice");
  const std::string hash = text("SELECT password_hash FROM users");
  EXPECT_TRUE(hash.starts_with("$argon2id$")) << hash;
  EXPECT_EQ(hash.find(kPassword), std::string::npos);
  const std::string stored = text("SELECT token_hash FROM sessions");
  EXPECT_NE(stored, s.token);
  EXPECT_EQ(stored.size(), 64u);  // BLAKE2b-256 in hex
  EXPECT_EQ(count("SELECT COUNT(*) FROM sessions WHERE token_hash = '" + s.token + "'"), 0);
}

TEST_P(UsersTest, ChangesAreAudited) {
  const std::int64_t id = add("alice", Role::admin);
  const Session s = log_in("alice");
  ASSERT_TRUE(logout(db(), s.token, "alice"));
  auto entries = audit_entries(db(), "user:" + std::to_string(id));
  ASSERT_TRUE(entries) << entries.error().describe();
  ASSERT_EQ(entries->size(), 3u);  // newest first
  EXPECT_EQ(entries->at(0).what, "user.logout");
  EXPECT_EQ(entries->at(0).who, "alice");
  EXPECT_EQ(entries->at(1).what, "user.login");
  EXPECT_EQ(entries->at(1).who, "alice");
  EXPECT_EQ(entries->at(2).what, "user.create");
  EXPECT_EQ(entries->at(2).who, "system");
  EXPECT_EQ(entries->at(2).detail, R"({"name":"alice","role":"admin"})");
  EXPECT_FALSE(entries->at(2).at.empty());
  // A failed login changes nothing, so it writes nothing.
  EXPECT_FALSE(login(db(), "alice", "wrong password!", kNow));
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log"), 3);
}

TEST_P(UsersTest, DisabledUserCannotLogInNorAuthenticate) {
  add("alice", Role::clerk);
  const Session s = log_in("alice");
  ASSERT_TRUE(db().exec("UPDATE users SET disabled = 1 WHERE name = 'alice'"));
  auto who = authenticate(db(), s.token, kNow);
  ASSERT_FALSE(who);
  EXPECT_EQ(who.error().code, ErrorCode::unauthenticated);
  auto again = login(db(), "alice", kPassword, kNow);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::unauthenticated);
}

TEST(RolesTest, NamesAndAccess) {
  for (Role r : {Role::clerk, Role::medical_adviser, Role::auditor, Role::admin}) EXPECT_EQ(parse_role(to_string(r)), r);
  EXPECT_FALSE(parse_role("root"));
  EXPECT_FALSE(parse_role("Clerk"));
  EXPECT_FALSE(allowed(Role::clerk, kMedical));  // a clerk cannot take an adviser's medical decision
  EXPECT_TRUE(allowed(Role::medical_adviser, kMedical));
  EXPECT_FALSE(allowed(Role::clerk, kAdmins));
  EXPECT_FALSE(allowed(Role::auditor, kClerks));  // an auditor reads, changes nothing
  EXPECT_TRUE(allowed(Role::auditor, kAuditors));
  EXPECT_TRUE(allowed(Role::admin, kAuditors));
  for (Role r : {Role::clerk, Role::medical_adviser, Role::auditor, Role::admin}) EXPECT_TRUE(allowed(r, kAnyUser));
}

INSTANTIATE_TEST_SUITE_P(Engines, UsersTest, ::testing::ValuesIn(store::engines()),
                         [](const auto& i) { return std::string(store::to_string(i.param)); });

}  // namespace
}  // namespace secu::fund

// fund/decisions and fund/audit: decisions kept append-only with their explanation and
// parameter versions, read as of a moment; the audit log written with the change — on
// SQLite always and on PostgreSQL when SECU_PG_URL is set.
#include "fund/audit.h"
#include "fund/decisions.h"
#include "fund/due.h"
#include "fund/members.h"
#include "explain/testing.h"
#include "law/testing.h"
#include "store/testing.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <thread>

namespace secu::fund {
namespace {

using core::Date;
using store::Engine;

Date d(const char* iso) { return *Date::parse(iso); }

explain::Decision sample(explain::Status status, const char* value) {
  explain::Decision dec;
  dec.benefit = "healthcare.reimbursement";
  dec.person = "85073003328";
  dec.status = status;
  dec.trace.push_back({.name = "fee", .value = value, .parameter = "healthcare.gp.consultation_fee",
                       .since = d("2024-01-01"), .source = "https://www.inami.fgov.be/"});
  dec.trace.push_back({.name = "again", .value = value, .parameter = "healthcare.gp.consultation_fee",
                       .since = d("2024-01-01"), .source = "https://www.inami.fgov.be/"});
  dec.trace.push_back({.name = "computed", .value = "1", .parameter = "", .since = std::nullopt, .source = ""});
  return dec;
}

class DecisionsTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    auto s = store::Scratch::open(GetParam());
    ASSERT_TRUE(s) << s.error().describe();
    scratch_ = std::move(*s);
    auto m = register_member(db(), {.niss = "85.07.30-033.28", .family_name = "Peeters", .given_names = "An",
                                    .language = "nl", .iban = "BE68 5390 0754 7034"});
    ASSERT_TRUE(m) << m.error().describe();
    member_ = m->id;
  }
  store::Database& db() { return scratch_.db(); }
  core::Result<std::int64_t> keep(const DecisionKey& key, const explain::Decision& dec) {
    return record_decision(db(), law::source_law(), explain::source_catalog(), key, dec);
  }

  store::Scratch scratch_;
  std::int64_t member_ = 0;
};

TEST_P(DecisionsTest, KeepsExplanationInEachLanguageAndTheVersionsOnce) {
  auto id = keep({.subject = "attestation:1", .member_id = member_, .as_of = d("2024-03-06")},
                 sample(explain::Status::entitled, "30.00"));
  ASSERT_TRUE(id) << id.error().describe();
  auto got = find_decision(db(), *id);
  ASSERT_TRUE(got) << got.error().describe();
  EXPECT_EQ(got->subject, "attestation:1");
  EXPECT_EQ(got->status, "entitled");
  EXPECT_EQ(got->as_of, d("2024-03-06"));
  auto j = to_json(*got);
  for (const char* lang : {"en", "fr", "nl"}) EXPECT_TRUE(j["explanation"].contains(lang)) << lang;
  // The same parameter version twice in the trace is one entry; a computed step is none.
  ASSERT_EQ(j["parameter_versions"].size(), 1u);
  EXPECT_EQ(j["parameter_versions"][0]["parameter"], "healthcare.gp.consultation_fee");
  EXPECT_EQ(j["parameter_versions"][0]["since"], "2024-01-01");
}

TEST_P(DecisionsTest, RecordsCannotBeEditedOrDeleted) {
  auto id = keep({.subject = "attestation:1", .as_of = d("2024-03-06")}, sample(explain::Status::entitled, "1"));
  ASSERT_TRUE(id);
  auto edit = db().exec("UPDATE decisions SET status = 'not_entitled' WHERE id = $1", {store::int64(*id)});
  ASSERT_FALSE(edit);
  EXPECT_EQ(edit.error().code, core::ErrorCode::failed_precondition);
  EXPECT_FALSE(db().exec("DELETE FROM decisions WHERE id = $1", {store::int64(*id)}));
  EXPECT_EQ(find_decision(db(), *id)->status, "entitled");
}

TEST_P(DecisionsTest, ACorrectionSupersedesOnceAndHistoryReadsAsOfAMoment) {
  auto first = keep({.subject = "incapacity:7", .as_of = d("2024-03-06")}, sample(explain::Status::cannot_tell, "1"));
  ASSERT_TRUE(first);
  const std::string before_correction = find_decision(db(), *first)->decided_at;
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // timestamps have whole seconds
  auto second = keep({.subject = "incapacity:7", .as_of = d("2024-03-06"), .supersedes = *first},
                     sample(explain::Status::entitled, "2"));
  ASSERT_TRUE(second) << second.error().describe();
  // A second correction of the same record is refused: corrections form a chain.
  auto twice = keep({.subject = "incapacity:7", .as_of = d("2024-03-06"), .supersedes = *first},
                    sample(explain::Status::not_entitled, "3"));
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, core::ErrorCode::failed_precondition);

  auto all = decision_history(db(), "incapacity:7");
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 2u);
  auto now = decisions_in_force(db(), "incapacity:7");
  ASSERT_TRUE(now);
  ASSERT_EQ(now->size(), 1u);
  EXPECT_EQ(now->at(0).id, *second);
  EXPECT_EQ(now->at(0).status, "entitled");
  auto then = decisions_in_force(db(), "incapacity:7", before_correction);
  ASSERT_TRUE(then);
  ASSERT_EQ(then->size(), 1u);
  EXPECT_EQ(then->at(0).id, *first);
  EXPECT_EQ(then->at(0).status, "cannot_tell");
  EXPECT_TRUE(decision_history(db(), "incapacity:7", "2000-01-01T00:00:00Z")->empty());
}

TEST_P(DecisionsTest, UnknownDecisionIsNotFound) {
  auto none = find_decision(db(), 999);
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code, core::ErrorCode::not_found);
}

TEST_P(DecisionsTest, AuditEntriesNewestFirstAndRolledBackWithTheirChange) {
  ASSERT_TRUE(audit(db(), "alice", "member.create", "member:77", {{"niss", "85073003328"}}));
  ASSERT_TRUE(audit(db(), "bob", "member.update", "member:77"));
  ASSERT_TRUE(audit(db(), "bob", "user.create", "user:2"));
  auto failed = db().transaction([&](store::Database& tx) -> core::Status {
    SECU_RETURN_IF_ERROR(audit(tx, "eve", "member.delete", "member:77"));
    return core::fail(core::ErrorCode::failed_precondition, "refused");
  });
  EXPECT_FALSE(failed);
  auto about = audit_entries(db(), "member:77");
  ASSERT_TRUE(about);
  ASSERT_EQ(about->size(), 2u);
  EXPECT_EQ(about->at(0).who, "bob");
  EXPECT_EQ(about->at(1).what, "member.create");
  EXPECT_EQ(to_json(about->at(1))["detail"]["niss"], "85073003328");
  auto page = audit_entries(db(), "", 2);
  ASSERT_EQ(page->size(), 2u);
  // Four entries in all: the registration of SetUp (by "system") and the three above.
  auto next = audit_entries(db(), "", 2, page->back().id);
  ASSERT_EQ(next->size(), 2u);
  EXPECT_EQ(next->at(0).what, "member.create");
  EXPECT_EQ(next->at(1).what, "member.register");
  EXPECT_EQ(next->at(1).who, "system");
}

TEST_P(DecisionsTest, ADebtIsBookedOnce) {
  Due due{.member_id = member_, .amount = core::Money::from_cents(2140), .debt_key = "attestation:1",
          .due_on = d("2024-03-07")};
  auto id = book_due_payment(db(), due);
  ASSERT_TRUE(id) << id.error().describe();
  auto again = book_due_payment(db(), due);
  ASSERT_FALSE(again);
  EXPECT_TRUE(store::is_duplicate(again.error()));
  due.debt_key = "attestation:2";
  due.amount = core::Money{};
  auto zero = book_due_payment(db(), due);
  ASSERT_FALSE(zero);
  EXPECT_EQ(zero.error().field, "amount");
  auto rows = db().query("SELECT amount, iban, status FROM payments");
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ(rows->at(0).money(0).value(), core::Money::from_cents(2140));
  EXPECT_EQ(rows->at(0).text(1).value(), "BE68539007547034");
  EXPECT_EQ(rows->at(0).text(2).value(), "due");
}

INSTANTIATE_TEST_SUITE_P(fund, DecisionsTest, ::testing::ValuesIn(store::engines()),
                         [](const auto& p) { return std::string(store::to_string(p.param)); });

}  // namespace
}  // namespace secu::fund

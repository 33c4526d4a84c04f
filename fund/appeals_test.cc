// fund/appeals: the deadline on both of its sides (also at a month's end), late appeals
// recorded and flagged, the outcome once, the lists — on SQLite and on PostgreSQL.
//
// The deadline: seed 004 ch. I, "within three months from the date on which you were
// notified of the decision" (data/params/appeals/labour_court/deadline_months.yaml: 3 since
// 2013-01-01), months added with the end-of-month clamp by rules/appeals.
#include "fund/appeals.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "explain/testing.h"
#include "fund/audit.h"
#include "fund/decisions.h"
#include "fund/members.h"
#include "law/testing.h"
#include "store/migrations.h"
#include "store/testing.h"

namespace secu::fund {
namespace {

using core::Date;
using core::ErrorCode;
using store::Engine;

Date d(const char* iso) { return *Date::parse(iso); }
const law::LawData& law_data() { return law::source_law(); }

TEST(AppealTerms, FromTheRuleAndItsParameter) {
  auto t = appeal_terms(law_data(), d("2024-03-06"));
  ASSERT_TRUE(t) << t.error().describe();
  EXPECT_EQ(t->deadline, d("2024-06-06"));  // 6 March + 3 months
  EXPECT_EQ(t->months, law_data().params().integer("appeals.labour_court.deadline_months", d("2024-03-06"))->value);
  EXPECT_EQ(t->court, "labour_court");
  // At a month's end the rule clamps: 30 November + 3 months = the last day of February.
  EXPECT_EQ(appeal_terms(law_data(), d("2024-11-30"))->deadline, d("2025-02-28"));
  EXPECT_EQ(appeal_terms(law_data(), d("2023-11-30"))->deadline, d("2024-02-29"));  // leap year
  EXPECT_EQ(appeal_terms(law_data(), d("2024-05-31"))->deadline, d("2024-08-31"));
  // Before the parameter's first date (2013-01-01) the data has no deadline.
  auto before = appeal_terms(law_data(), d("2012-12-31"));
  ASSERT_FALSE(before);
  EXPECT_EQ(before.error().code, ErrorCode::out_of_range);
  EXPECT_EQ(before.error().field, "notified_on");
}

class AppealsTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    auto s = store::Scratch::open(GetParam());
    ASSERT_TRUE(s) << s.error().describe();
    scratch_ = std::move(*s);
    auto m = register_member(db(), {.niss = "85.07.30-033.28", .family_name = "Peeters", .given_names = "An", .language = "nl"});
    ASSERT_TRUE(m) << m.error().describe();
    explain::Decision dec;
    dec.benefit = "sickness.employee";
    dec.person = "85073003328";
    dec.status = explain::Status::not_entitled;
    auto id = record_decision(db(), law_data(), explain::source_catalog(),
                              {.subject = "incapacity:1", .member_id = m->id, .as_of = d("2024-03-01")}, dec);
    ASSERT_TRUE(id) << id.error().describe();
    decision_ = *id;
  }
  store::Database& db() { return scratch_.db(); }
  Appeal lodged(const char* notified, const char* lodged_on) {
    auto a = record_appeal(db(), law_data(), {.decision_id = decision_, .lodged_on = d(lodged_on), .notified_on = d(notified)},
                           "alice");
    EXPECT_TRUE(a) << a.error().describe();
    return a.value_or(Appeal{});
  }
  std::int64_t count(const char* sql) { return db().query(sql)->at(0).int64(0).value(); }

  store::Scratch scratch_;
  std::int64_t decision_ = 0;
};

TEST_P(AppealsTest, LodgedOnTheLastDayIsInTimeTheDayAfterIsLate) {
  Appeal last = lodged("2024-03-06", "2024-06-06");
  EXPECT_EQ(last.deadline, d("2024-06-06"));
  EXPECT_TRUE(last.in_time);
  EXPECT_EQ(last.status, "lodged");
  EXPECT_EQ(last.court, "labour_court");
  EXPECT_EQ(last.niss, "85073003328");
  // Late: recorded all the same, flagged; the court decides whether it is admissible.
  Appeal late = lodged("2024-03-06", "2024-06-07");
  EXPECT_FALSE(late.in_time);
  EXPECT_EQ(late.status, "lodged");
  EXPECT_EQ(count("SELECT COUNT(*) FROM appeals"), 2);
}

TEST_P(AppealsTest, NotifiedOnThe30thOfNovember) {
  // 2024-11-30 + 3 months, clamped to February's last day: 2025-02-28 (2025 is not a leap year).
  EXPECT_TRUE(lodged("2024-11-30", "2025-02-28").in_time);
  Appeal late = lodged("2024-11-30", "2025-03-01");
  EXPECT_EQ(late.deadline, d("2025-02-28"));
  EXPECT_FALSE(late.in_time);
}

TEST_P(AppealsTest, TheNotificationDefaultsToTheDayOfTheDecision) {
  const Date today = *Date::parse(store::now_utc().substr(0, 10));  // the decision was taken in SetUp
  auto a = record_appeal(db(), law_data(), {.decision_id = decision_, .lodged_on = today}, "alice");
  ASSERT_TRUE(a) << a.error().describe();
  EXPECT_EQ(a->notified_on, today);
  EXPECT_EQ(a->deadline, appeal_terms(law_data(), today)->deadline);
  EXPECT_TRUE(a->in_time);
}

TEST_P(AppealsTest, RefusalsNameTheFieldAndWriteNothing) {
  auto unknown = record_appeal(db(), law_data(), {.decision_id = 999, .lodged_on = d("2024-04-01")}, "alice");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
  EXPECT_EQ(unknown.error().field, "decision_id");
  auto early = record_appeal(db(), law_data(), {.decision_id = decision_, .lodged_on = d("2024-03-05"),
                                                .notified_on = d("2024-03-06")}, "alice");
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(early.error().field, "lodged_on");
  auto uncovered = record_appeal(db(), law_data(), {.decision_id = decision_, .lodged_on = d("2012-02-01"),
                                                    .notified_on = d("2012-01-01")}, "alice");
  ASSERT_FALSE(uncovered);
  EXPECT_EQ(uncovered.error().field, "notified_on");
  EXPECT_EQ(count("SELECT COUNT(*) FROM appeals"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE what LIKE 'appeal%'"), 0);
  EXPECT_EQ(find_appeal(db(), 1).error().field, "appeal_id");
  EXPECT_EQ(decision_appeals(db(), 999).error().field, "decision_id");
  EXPECT_EQ(member_appeals(db(), "85073003329").error().field, "niss");
}

TEST_P(AppealsTest, TheOutcomeOnceAudited) {
  Appeal a = lodged("2024-03-06", "2024-04-01");
  EXPECT_EQ(record_outcome(db(), a.id, {.outcome = "won", .decided_on = d("2024-09-01")}, "bob").error().field, "outcome");
  EXPECT_EQ(record_outcome(db(), a.id, {.outcome = "upheld", .decided_on = d("2024-03-31")}, "bob").error().field,
            "decided_on");
  EXPECT_EQ(record_outcome(db(), 999, {.outcome = "upheld", .decided_on = d("2024-09-01")}, "bob").error().code,
            ErrorCode::not_found);
  auto done = record_outcome(db(), a.id, {.outcome = "dismissed", .decided_on = d("2024-09-01")}, "bob");
  ASSERT_TRUE(done) << done.error().describe();
  EXPECT_EQ(done->status, "dismissed");
  EXPECT_EQ(done->outcome_on, d("2024-09-01"));
  auto again = record_outcome(db(), a.id, {.outcome = "withdrawn", .decided_on = d("2024-09-02")}, "bob");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(again.error().field, "status");
  EXPECT_EQ(find_appeal(db(), a.id)->status, "dismissed");
  auto log = audit_entries(db(), "appeal:" + std::to_string(a.id));
  ASSERT_EQ(log->size(), 2u);
  EXPECT_EQ(log->at(0).what, "appeal.outcome");
  EXPECT_EQ(log->at(0).who, "bob");
  EXPECT_EQ(log->at(1).what, "appeal.record");
}

TEST_P(AppealsTest, ListsOfAMemberAndOfADecision) {
  Appeal a = lodged("2024-03-06", "2024-04-01");
  Appeal b = lodged("2024-03-06", "2024-07-01");
  auto mine = member_appeals(db(), "85.07.30-033.28");
  ASSERT_TRUE(mine) << mine.error().describe();
  ASSERT_EQ(mine->size(), 2u);
  EXPECT_EQ(mine->at(0).id, a.id);
  EXPECT_EQ(mine->at(1).id, b.id);
  EXPECT_EQ(decision_appeals(db(), decision_)->size(), 2u);
  auto j = to_json(mine->at(1), law_data());
  EXPECT_EQ(j["in_time"], false);
  EXPECT_EQ(j["deadline"], "2024-06-06");
  EXPECT_EQ(j["court"]["id"], "labour_court");
  EXPECT_EQ(j["court"]["name"]["fr"], "Tribunal du travail");
  EXPECT_EQ(j["court"]["name"]["nl"], "Arbeidsrechtbank");
}

INSTANTIATE_TEST_SUITE_P(fund, AppealsTest, ::testing::ValuesIn(store::engines()),
                         [](const auto& p) { return std::string(store::to_string(p.param)); });

}  // namespace
}  // namespace secu::fund

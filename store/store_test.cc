// One suite, both engines: SQLite always (a temp file), PostgreSQL when SECU_PG_URL names
// a throwaway database (the suite drops its public schema). ctest's store_postgres runs
// it through scripts/pg-throwaway.sh.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <ostream>
#include <set>
#include <stdexcept>
#include <thread>

#include "store/migrations.h"
#include "store/payments.h"
#include "store/store.h"
#include "store/testing.h"

namespace secu::store {

/// Test names and messages show "sqlite" / "postgres" (found by ADL, so not in the
/// anonymous namespace).
void PrintTo(Engine e, std::ostream* os) { *os << to_string(e); }

namespace {

namespace fs = std::filesystem;
using core::Date;
using core::Money;


class StoreTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    if (GetParam() == Engine::sqlite) {
      dir_ = fs::path(::testing::TempDir()) /
             ("secu-store-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
      fs::remove_all(dir_);
      fs::create_directories(dir_);
      url_ = "sqlite:" + (dir_ / "fund.db").string();
    } else {
      url_ = pg_url();
      auto c = connect(url_);
      ASSERT_TRUE(c) << c.error().describe();
      auto wiped = (*c)->exec_script("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
      ASSERT_TRUE(wiped) << wiped.error().describe();
      dir_ = fs::temp_directory_path() / ("secu-pg-" + std::to_string(::getpid()));
      fs::create_directories(dir_);
    }
    db_ = open_ok();
  }
  void TearDown() override {
    db_.reset();
    if (!dir_.empty()) fs::remove_all(dir_);
  }

  std::unique_ptr<Database> open_ok(const std::string& url = {}) {
    auto db = open(url.empty() ? url_ : url);
    EXPECT_TRUE(db) << db.error().describe();
    return db ? std::move(*db) : nullptr;
  }

  std::int64_t count(Database& db, std::string_view table) {
    auto rows = db.query("SELECT COUNT(*) FROM " + std::string(table));
    EXPECT_TRUE(rows) << rows.error().describe();
    return rows ? rows->at(0).int64(0).value_or(-1) : -1;
  }

  core::Result<std::int64_t> add_member(Database& db, const std::string& niss) {
    SECU_TRY(Rows r, db.query("INSERT INTO members (niss, family_name, given_names, language, "
                              "created_at) VALUES ($1, 'Peeters', 'An', 'nl', $2) RETURNING id",
                              {text(niss), text(now_utc())}));
    return r.at(0).int64(0);
  }

  core::Status add_payment(Database& db, std::int64_t member, Money amount, const std::string& key,
                           Date due) {
    return db.exec("INSERT INTO payments (member_id, amount, debt_key, iban, due_on) "
                   "VALUES ($1, $2, $3, 'BE68539007547034', $4)",
                   {int64(member), money(amount), text(key), date(due)});
  }

  static inline int counter_ = 0;
  fs::path dir_;
  std::string url_;
  std::unique_ptr<Database> db_;
};

Date day(const char* iso) { return *Date::parse(iso); }

TEST_P(StoreTest, MigrationsAreIdempotent) {
  ASSERT_TRUE(db_);
  EXPECT_EQ(schema_version(*db_).value_or(-1), latest_schema_version());
  std::int64_t rows = count(*db_, "schema_migrations");
  EXPECT_EQ(rows, latest_schema_version());
  ASSERT_TRUE(migrate(*db_));
  auto again = open_ok();  // a second process starting on the same database
  ASSERT_TRUE(again);
  EXPECT_EQ(count(*again, "schema_migrations"), rows);
  EXPECT_EQ(count(*again, "members"), 0);
}

TEST_P(StoreTest, RollbackOnErrorLeavesNothing) {
  ASSERT_TRUE(db_);
  auto st = db_->transaction([&](Database& tx) -> core::Status {
    SECU_TRY(std::int64_t m, add_member(tx, "85073003328"));
    SECU_RETURN_IF_ERROR(add_payment(tx, m, Money::from_euros(10), "debt:1", day("2024-01-01")));
    return core::fail(core::ErrorCode::failed_precondition, "stop here");
  });
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().message, "stop here");
  EXPECT_FALSE(db_->in_transaction());
  EXPECT_EQ(count(*db_, "members"), 0);
  EXPECT_EQ(count(*db_, "payments"), 0);
}

TEST_P(StoreTest, RollbackOnFailedStatementAndOnException) {
  ASSERT_TRUE(db_);
  auto st = db_->transaction([&](Database& tx) -> core::Status {
    SECU_RETURN_IF_ERROR(add_member(tx, "85073003328"));
    return add_payment(tx, 999999, Money::from_euros(1), "debt:1", day("2024-01-01"));  // no member
  });
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().code, core::ErrorCode::failed_precondition) << st.error().message;
  EXPECT_THROW((void)db_->transaction([&](Database& tx) -> core::Status {
                 SECU_RETURN_IF_ERROR(add_member(tx, "85073003328"));
                 throw std::runtime_error("crash");
               }),
               std::runtime_error);
  EXPECT_EQ(count(*db_, "members"), 0);
  ASSERT_TRUE(add_member(*db_, "85073003328"));  // the connection is usable afterwards
  EXPECT_EQ(count(*db_, "members"), 1);
}

TEST_P(StoreTest, MoneyAndDatesRoundTripExactly) {
  ASSERT_TRUE(db_);
  auto m = add_member(*db_, "85073003328");
  ASSERT_TRUE(m) << m.error().describe();
  const Money amounts[] = {Money::from_ten_thousandths(1), *core::parse_money("126.4894"),
                           *core::parse_money("1068.45"),
                           Money::from_ten_thousandths(std::numeric_limits<std::int64_t>::max())};
  int i = 0;
  for (Money a : amounts) {
    ASSERT_TRUE(add_payment(*db_, *m, a, "debt:" + std::to_string(i++), day("2024-02-29")));
  }
  auto rows = db_->query("SELECT amount, due_on FROM payments ORDER BY id");
  ASSERT_TRUE(rows) << rows.error().describe();
  ASSERT_EQ(rows->size(), 4u);
  for (std::size_t k = 0; k < 4; ++k) {
    EXPECT_EQ(rows->at(k).money(0).value(), amounts[k]);
    EXPECT_EQ(rows->at(k).date(1).value(), day("2024-02-29"));
  }
  auto wrong = rows->at(0).date(0);  // an integer column read as a date
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().field, "amount");
}

TEST_P(StoreTest, SameDebtKeyIsRefusedNeverPaidTwice) {
  ASSERT_TRUE(db_);
  auto m = add_member(*db_, "85073003328");
  ASSERT_TRUE(m);
  ASSERT_TRUE(add_payment(*db_, *m, Money::from_euros(20), "attestation:7", day("2024-03-01")));
  auto twice = add_payment(*db_, *m, Money::from_euros(20), "attestation:7", day("2024-03-01"));
  ASSERT_FALSE(twice);
  EXPECT_TRUE(is_duplicate(twice.error())) << twice.error().message;
  EXPECT_NE(twice.error().message.find("INSERT INTO payments"), std::string::npos)
      << twice.error().message;
  EXPECT_EQ(count(*db_, "payments"), 1);
}

TEST_P(StoreTest, SameIdempotencyKeyBooksOneAttestation) {
  ASSERT_TRUE(db_);
  auto m = add_member(*db_, "85073003328");
  ASSERT_TRUE(m);
  auto book = [&] {
    return db_->exec("INSERT INTO attestations (member_id, sticker_number, form, received_on, "
                     "idempotency_key) VALUES ($1, '123456789012', 'paper', $2, $3)",
                     {int64(*m), date(day("2024-05-02")), text("intake-42")});
  };
  ASSERT_TRUE(book());
  auto twice = book();
  ASSERT_FALSE(twice);
  EXPECT_TRUE(is_duplicate(twice.error())) << twice.error().message;
  EXPECT_EQ(count(*db_, "attestations"), 1);
}

TEST_P(StoreTest, DecisionsAreAppendOnly) {
  ASSERT_TRUE(db_);
  auto insert = [&](Value supersedes) {
    return db_->query("INSERT INTO decisions (subject, benefit, status, decided_at, as_of, "
                      "explanation, parameter_versions, supersedes) VALUES ('attestation:1', "
                      "'healthcare', 'entitled', $1, '2024-06-01', '{}', '{}', $2) RETURNING id",
                      {text(now_utc()), supersedes});
  };
  auto first = insert(null());
  ASSERT_TRUE(first) << first.error().describe();
  auto id = first->at(0).int64(0).value();
  auto edit = db_->exec("UPDATE decisions SET status = 'not_entitled' WHERE id = $1", {int64(id)});
  ASSERT_FALSE(edit);
  EXPECT_EQ(edit.error().code, core::ErrorCode::failed_precondition) << edit.error().message;
  ASSERT_FALSE(db_->exec("DELETE FROM decisions"));
  ASSERT_TRUE(insert(int64(id)));  // a correction is a new row
  auto again = insert(int64(id));  // a decision is superseded once
  ASSERT_FALSE(again);
  EXPECT_TRUE(is_duplicate(again.error()));
  EXPECT_EQ(count(*db_, "decisions"), 2);
}

TEST_P(StoreTest, ErrorsNameTheStatement) {
  ASSERT_TRUE(db_);
  auto bad = db_->query("SELECT nonexistent_column FROM members WHERE id = $1", {int64(1)});
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("SELECT nonexistent_column FROM members"), std::string::npos)
      << bad.error().message;
  EXPECT_EQ(open("mysql://x").error().code, core::ErrorCode::invalid_argument);
  EXPECT_EQ(open("sqlite:").error().code, core::ErrorCode::invalid_argument);
  auto memory = open("sqlite::memory:");
  ASSERT_TRUE(memory) << memory.error().describe();
  EXPECT_EQ(schema_version(**memory).value_or(-1), latest_schema_version());
}

TEST_P(StoreTest, TwoConnectionsNeverClaimTheSamePayment) {
  ASSERT_TRUE(db_);
  auto m = add_member(*db_, "85073003328");
  ASSERT_TRUE(m);
  constexpr int kPayments = 120;
  ASSERT_TRUE(db_->transaction([&](Database& tx) -> core::Status {
    for (int i = 0; i < kPayments; ++i) {
      SECU_RETURN_IF_ERROR(add_payment(tx, *m, Money::from_cents(1000 + i),
                                       "debt:" + std::to_string(i), day("2024-01-01") + i % 30));
    }
    return {};
  }));
  std::vector<std::int64_t> got[2];
  std::atomic<int> failures{0};
  auto worker = [&](int w) {
    auto db = open(url_);
    if (!db) return void(++failures);
    for (;;) {
      auto batch = create_batch(**db, now_utc());
      auto ids = batch ? claim_due_payments(**db, *batch, day("2024-12-31"), 7)
                       : core::Result<std::vector<std::int64_t>>(std::unexpected(batch.error()));
      if (!ids) return void(++failures);
      if (ids->empty()) return;
      got[w].insert(got[w].end(), ids->begin(), ids->end());
    }
  };
  std::thread a(worker, 0), b(worker, 1);
  a.join();
  b.join();
  EXPECT_EQ(failures.load(), 0);
  std::set<std::int64_t> all(got[0].begin(), got[0].end());
  for (auto id : got[1]) EXPECT_TRUE(all.insert(id).second) << "payment " << id << " claimed twice";
  EXPECT_EQ(all.size(), static_cast<std::size_t>(kPayments));
  auto due = db_->query("SELECT COUNT(*) FROM payments WHERE status = 'due' OR batch_id IS NULL");
  ASSERT_TRUE(due);
  EXPECT_EQ(due->at(0).int64(0).value(), 0);
}

// PostgreSQL only: SQLite has no row locks (one writer at a time, see the test above).
class SkipLockedTest : public StoreTest {};
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(SkipLockedTest);

TEST_P(SkipLockedTest, LockedRowsAreSkippedNotWaitedFor) {
  ASSERT_TRUE(db_);
  auto m = add_member(*db_, "85073003328");
  ASSERT_TRUE(m);
  for (int i = 0; i < 10; ++i) {
    ASSERT_TRUE(add_payment(*db_, *m, Money::from_euros(5), "debt:" + std::to_string(i),
                            day("2024-01-01")));
  }
  auto other = open_ok();
  ASSERT_TRUE(other);
  std::vector<std::int64_t> first, second;
  ASSERT_TRUE(db_->transaction([&](Database& tx) -> core::Status {
    SECU_TRY(std::int64_t batch, create_batch(tx, now_utc()));
    SECU_TRY(first, claim_due_payments(tx, batch, day("2024-12-31"), 4));
    // Still inside the first transaction: its 4 rows are locked, not yet committed.
    SECU_TRY(std::int64_t batch2, create_batch(*other, now_utc()));
    SECU_TRY(second, claim_due_payments(*other, batch2, day("2024-12-31"), 100));
    return {};
  }));
  EXPECT_EQ(first.size(), 4u);
  EXPECT_EQ(second.size(), 6u);
  for (auto id : second) EXPECT_EQ(std::count(first.begin(), first.end(), id), 0);
}

TEST_P(StoreTest, BackupThenReopenHasTheData) {
  ASSERT_TRUE(db_);
  auto m = add_member(*db_, "85073003328");
  ASSERT_TRUE(m);
  ASSERT_TRUE(add_payment(*db_, *m, *core::parse_money("126.4894"), "debt:1", day("2024-01-01")));
  std::string file = (dir_ / "backup.db").string();
  auto st = db_->backup_to(file);
  ASSERT_TRUE(st) << st.error().describe();
  ASSERT_TRUE(add_member(*db_, "90010100123"));  // after the backup: gone after restore
  if (GetParam() == Engine::sqlite) {
    auto copy = open_ok("sqlite:" + file);
    ASSERT_TRUE(copy);
    EXPECT_EQ(count(*copy, "members"), 1);
  }
  auto restored = db_->restore_from(file);
  ASSERT_TRUE(restored) << restored.error().describe();
  db_.reset();
  auto reopened = open_ok();
  ASSERT_TRUE(reopened);
  EXPECT_EQ(count(*reopened, "members"), 1);
  auto amount = reopened->query("SELECT amount FROM payments WHERE debt_key = 'debt:1'");
  ASSERT_TRUE(amount && amount->size() == 1);
  EXPECT_EQ(amount->at(0).money(0).value(), *core::parse_money("126.4894"));
  EXPECT_EQ(schema_version(*reopened).value_or(-1), latest_schema_version());
}

INSTANTIATE_TEST_SUITE_P(store, StoreTest, ::testing::ValuesIn(engines()),
                         [](const auto& p) { return std::string(to_string(p.param)); });
INSTANTIATE_TEST_SUITE_P(store, SkipLockedTest,
                         ::testing::ValuesIn(pg_url() ? std::vector{Engine::postgres}
                                                      : std::vector<Engine>{}),
                         [](const auto& p) { return std::string(to_string(p.param)); });

// Under ctest's store_postgres, a PostgreSQL that did not start is a failure, not a skip.
TEST(PostgresRequired, ServerIsReachableWhenRequired) {
  const char* required = std::getenv("SECU_PG_REQUIRED");
  if (!required || std::string(required) != "1") return;
  ASSERT_NE(pg_url(), nullptr) << "SECU_PG_REQUIRED=1 but SECU_PG_URL is not set";
  auto db = connect(pg_url());
  ASSERT_TRUE(db) << db.error().describe();
}

}  // namespace
}  // namespace secu::store

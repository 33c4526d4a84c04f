// store/pool: connections lent per request, at most `size` open, waiting when all are
// lent, and a broken PostgreSQL connection replaced by a new one (the database came back).
#include "store/pool.h"
#include "store/testing.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace secu::store {
namespace {

using namespace std::chrono_literals;

class PoolTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    auto s = Scratch::open(GetParam());
    ASSERT_TRUE(s) << s.error().describe();
    scratch_ = std::move(*s);
  }
  Scratch scratch_;
};

TEST_P(PoolTest, OpensOnDemandUpToItsSizeAndReuses) {
  auto pool = Pool::open(scratch_.url, 2);
  ASSERT_TRUE(pool) << pool.error().describe();
  EXPECT_EQ((*pool)->open_connections(), 1u);
  {
    auto a = (*pool)->acquire();
    auto b = (*pool)->acquire();
    ASSERT_TRUE(a && b);
    EXPECT_EQ((*pool)->open_connections(), 2u);
    // All lent: a third borrower waits, then is told the database is busy.
    auto c = (*pool)->acquire(50ms);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, core::ErrorCode::unavailable);
  }
  auto again = (*pool)->acquire();
  ASSERT_TRUE(again);
  EXPECT_EQ((*pool)->open_connections(), 2u);  // given back, not reopened
  EXPECT_TRUE((*again)->query("SELECT 1"));
}

TEST_P(PoolTest, AWaitingBorrowerGetsTheConnectionGivenBack) {
  auto pool = Pool::open(scratch_.url, 1);
  ASSERT_TRUE(pool);
  std::atomic<bool> got{false};
  std::thread waiter;
  {
    auto held = (*pool)->acquire();
    ASSERT_TRUE(held);
    waiter = std::thread([&] {
      auto lease = (*pool)->acquire(5s);
      got = lease.has_value();
    });
    std::this_thread::sleep_for(50ms);
    EXPECT_FALSE(got);
  }
  waiter.join();
  EXPECT_TRUE(got);
}

TEST_P(PoolTest, ThreadsWriteThroughTheirOwnConnections) {
  auto pool = Pool::open(scratch_.url, 4);
  ASSERT_TRUE(pool);
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        auto db = (*pool)->acquire();
        if (!db || !(*db)->exec("INSERT INTO audit_log (who, at, what) VALUES ($1, $2, $3)",
                                {text("t" + std::to_string(t)), text("2024-01-01T00:00:00Z"), text("test")}))
          ++failures;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures, 0);
  auto db = (*pool)->acquire();
  EXPECT_EQ((*db)->query("SELECT COUNT(*) FROM audit_log")->at(0).int64(0).value(), 100);
}

// The server ends a connection (as when PostgreSQL restarts): the query on it fails as
// `unavailable`, the pool drops it when given back, and the next borrower works.
class BrokenConnectionTest : public PoolTest {};  // PostgreSQL only: a SQLite connection does not break
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(BrokenConnectionTest);

TEST_P(BrokenConnectionTest, IsReplaced) {
  auto pool = Pool::open(scratch_.url, 1);
  ASSERT_TRUE(pool);
  std::int64_t pid = 0;
  {
    auto db = (*pool)->acquire();
    ASSERT_TRUE(db);
    pid = (*db)->query("SELECT pg_backend_pid()")->at(0).int64(0).value();
  }
  auto killer = connect(scratch_.url);
  ASSERT_TRUE(killer);
  ASSERT_TRUE((*killer)->exec("SELECT pg_terminate_backend(" + std::to_string(pid) + ")"));
  {
    auto db = (*pool)->acquire();
    ASSERT_TRUE(db);
    auto broken = (*db)->query("SELECT 1");
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().code, core::ErrorCode::unavailable) << broken.error().describe();
  }
  auto db = (*pool)->acquire();
  ASSERT_TRUE(db);
  auto fresh = (*db)->query("SELECT pg_backend_pid()");
  ASSERT_TRUE(fresh) << fresh.error().describe();
  EXPECT_NE(fresh->at(0).int64(0).value(), pid);
}

INSTANTIATE_TEST_SUITE_P(store, PoolTest, ::testing::ValuesIn(engines()),
                         [](const auto& p) { return std::string(to_string(p.param)); });
INSTANTIATE_TEST_SUITE_P(store, BrokenConnectionTest,
                         ::testing::ValuesIn(pg_url() ? std::vector<Engine>{Engine::postgres} : std::vector<Engine>{}),
                         [](const auto& p) { return std::string(to_string(p.param)); });

}  // namespace
}  // namespace secu::store

namespace secu::store {
namespace {

// A nullable column: NULL is nullopt, a value its type, a wrong type an error naming the column.
TEST(RowTest, OptionalGetters) {
  auto columns = std::make_shared<const std::vector<std::string>>(std::vector<std::string>{"n", "t", "m", "d"});
  Row nulls(columns, {Value{}, Value{}, Value{}, Value{}});
  EXPECT_EQ(nulls.optional_int64(0).value(), std::nullopt);
  EXPECT_EQ(nulls.optional_text(1).value(), std::nullopt);
  EXPECT_EQ(nulls.optional_money(2).value(), std::nullopt);
  EXPECT_EQ(nulls.optional_date(3).value(), std::nullopt);
  Row values(columns, {Value{std::int64_t{7}}, Value{std::string("x")}, Value{std::int64_t{1264894}}, Value{std::string("2024-03-06")}});
  EXPECT_EQ(values.optional_int64(0).value(), 7);
  EXPECT_EQ(values.optional_text(1).value(), "x");
  EXPECT_EQ(values.optional_money(2).value(), core::Money::from_ten_thousandths(1264894));  // 126.4894
  EXPECT_EQ(values.optional_date(3).value(), core::Date::parse("2024-03-06"));
  auto wrong = values.optional_date(1);
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, core::ErrorCode::invalid_argument);
  EXPECT_EQ(wrong.error().field, "t");  // "x" is not an ISO date
}

}  // namespace
}  // namespace secu::store

// fund/members: registration, affiliations, dependants and the insurability answer, on
// SQLite always (a temp file) and on PostgreSQL when SECU_PG_URL names a throwaway database
// (ctest's fund_postgres starts one with scripts/pg-throwaway.sh).
#include "fund/insurability.h"
#include "fund/members.h"
#include "law/testing.h"
#include "store/testing.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace secu::fund {
namespace {

namespace fs = std::filesystem;
using core::Date;
using explain::Status;
using store::Engine;

using store::engines;
using store::pg_url;

Date d(const char* iso) { return *Date::parse(iso); }

const law::LawData& law_data() { return law::source_law(); }

constexpr const char* kAn = "85.07.30-033.28";   // born 1985-07-30
constexpr const char* kBart = "70011512331";       // born 1970-01-15
constexpr const char* kChild = "00031504540";      // born 2000-03-15: 25 on 2025-03-15

class FundTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    std::string url;
    if (GetParam() == Engine::sqlite) {
      dir_ = fs::path(::testing::TempDir()) / ("secu-fund-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
      fs::remove_all(dir_);
      fs::create_directories(dir_);
      url = "sqlite:" + (dir_ / "fund.db").string();
    } else {
      url = pg_url();
      auto c = store::connect(url);
      ASSERT_TRUE(c) << c.error().describe();
      ASSERT_TRUE((*c)->exec_script("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"));
    }
    auto db = store::open(url);
    ASSERT_TRUE(db) << db.error().describe();
    db_ = std::move(*db);
  }
  void TearDown() override {
    db_.reset();
    if (!dir_.empty()) fs::remove_all(dir_);
  }

  MemberInput person(const char* niss, const char* family) {
    return {.niss = niss, .family_name = family, .given_names = "Test", .language = "nl",
            .address = {"Wetstraat 16", "1000", "Brussel", "BE"}, .iban = "BE68 5390 0754 7034"};
  }

  void registered(const char* niss, const char* family) {
    auto m = register_member(*db_, person(niss, family));
    ASSERT_TRUE(m) << m.error().describe();
  }

  void affiliated(const char* niss, const char* from) {
    auto a = add_affiliation(*db_, {.niss = niss, .fund_code = "mut_neutral", .valid_from = d(from)});
    ASSERT_TRUE(a) << a.error().describe();
  }

  std::int64_t count(const char* table) {
    return db_->query(std::string("SELECT COUNT(*) FROM ") + table)->at(0).int64(0).value();
  }

  Insurability ask(const char* niss, const char* on) {
    auto a = insurability(*db_, law_data(), niss, d(on));
    EXPECT_TRUE(a) << a.error().describe();
    return a ? *a : Insurability{};
  }

  std::unique_ptr<store::Database> db_;
  fs::path dir_;
  static inline int counter_ = 0;
};

TEST_P(FundTest, RegistersAndReadsBack) {
  MemberInput in = person(kAn, "Peeters");
  in.bim = true;
  in.dmg_holder = "gp-1234";
  ASSERT_TRUE(register_member(*db_, in));
  auto m = find_member(*db_, "85073003328");
  ASSERT_TRUE(m) << m.error().describe();
  EXPECT_EQ(m->niss, "85073003328");
  EXPECT_EQ(m->family_name, "Peeters");
  EXPECT_EQ(m->birth_date, d("1985-07-30"));  // taken from the NISS
  EXPECT_EQ(m->language, "nl");
  EXPECT_EQ(m->address.city, "Brussel");
  EXPECT_EQ(m->iban, "BE68539007547034");
  EXPECT_TRUE(m->bim);
  EXPECT_EQ(m->dmg_holder, "gp-1234");
}

TEST_P(FundTest, DuplicateNissRefusedAndNothingWritten) {
  registered(kAn, "Peeters");
  auto again = register_member(*db_, person("85073003328", "Other"));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, core::ErrorCode::failed_precondition);
  EXPECT_EQ(again.error().field, "niss");
  EXPECT_EQ(count("members"), 1);
  EXPECT_EQ(find_member(*db_, kAn)->family_name, "Peeters");
}

TEST_P(FundTest, InvalidInputNamesTheField) {
  auto bad_niss = register_member(*db_, person("85073003329", "Peeters"));
  ASSERT_FALSE(bad_niss);
  EXPECT_EQ(bad_niss.error().code, core::ErrorCode::invalid_argument);
  EXPECT_EQ(bad_niss.error().field, "niss");
  MemberInput in = person(kAn, "Peeters");
  in.iban = "BE68 5390 0754 7035";
  auto bad_iban = register_member(*db_, in);
  ASSERT_FALSE(bad_iban);
  EXPECT_EQ(bad_iban.error().field, "iban");
  in = person(kAn, "Peeters");
  in.language = "de";
  EXPECT_EQ(register_member(*db_, in).error().field, "language");
  EXPECT_EQ(count("members"), 0);
}

TEST_P(FundTest, ChangeOfFundOnlyOnAQuartersFirstDay) {
  registered(kAn, "Peeters");
  auto off = add_affiliation(*db_, {.niss = kAn, .fund_code = "mut_neutral", .valid_from = d("2024-02-10"),
                                    .previous_fund = "mut_christian"});
  ASSERT_FALSE(off);
  EXPECT_EQ(off.error().field, "valid_from");
  EXPECT_NE(off.error().message.find("2024-04-01"), std::string::npos) << off.error().message;
  EXPECT_EQ(count("affiliations"), 0);
  // A first affiliation (no previous fund) may start on any day.
  affiliated(kAn, "2024-02-10");
  // Following it with another fund: only on a quarter's first day.
  auto close = db_->exec("UPDATE affiliations SET valid_to = '2024-06-30'");
  ASSERT_TRUE(close);
  EXPECT_FALSE(add_affiliation(*db_, {.niss = kAn, .fund_code = "mut_liberal", .valid_from = d("2024-07-02")}));
  EXPECT_TRUE(add_affiliation(*db_, {.niss = kAn, .fund_code = "mut_liberal", .valid_from = d("2024-07-01")}));
}

TEST_P(FundTest, OverlappingPeriodRefused) {
  registered(kAn, "Peeters");
  affiliated(kAn, "2024-01-01");
  auto again = add_affiliation(*db_, {.niss = kAn, .fund_code = "mut_neutral", .valid_from = d("2025-01-01")});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, core::ErrorCode::failed_precondition);
  EXPECT_EQ(count("affiliations"), 1);
}

TEST_P(FundTest, InsurabilityOnBothSidesOfTheStart) {
  registered(kAn, "Peeters");
  affiliated(kAn, "2024-04-01");
  Insurability before = ask(kAn, "2024-03-31");
  EXPECT_EQ(before.status, Status::not_entitled);
  EXPECT_FALSE(before.fund);
  // From the start, the stored facts do not say the ground of cover nor the contributions:
  // the rule cannot tell and asks.
  Insurability from = ask(kAn, "2024-04-01");
  EXPECT_EQ(from.status, Status::cannot_tell);
  EXPECT_EQ(from.fund, "mut_neutral");
  ASSERT_EQ(from.decisions.size(), 1u);
  EXPECT_FALSE(from.decisions[0].missing.empty());
}

TEST_P(FundTest, InsurabilityCoveredWhenTheFactsAreStored) {
  registered(kAn, "Peeters");
  affiliated(kAn, "2024-04-01");
  ASSERT_TRUE(db_->exec("UPDATE members SET legal_residence = 1, insured_as = 'employee', contributions_sufficient = 1"));
  EXPECT_EQ(ask(kAn, "2024-03-31").status, Status::not_entitled);
  Insurability from = ask(kAn, "2024-04-01");
  EXPECT_EQ(from.status, Status::entitled);
  EXPECT_EQ(from.fund, "mut_neutral");
  EXPECT_FALSE(from.head_niss);
}

TEST_P(FundTest, ChildCoveredThroughTheHeadUntil25) {
  registered(kBart, "Janssens");
  registered(kChild, "Janssens");
  affiliated(kBart, "2020-01-01");
  ASSERT_TRUE(db_->exec("UPDATE members SET legal_residence = 1, insured_as = 'employee', contributions_sufficient = 1 "
                        "WHERE niss = '70011512331'"));
  auto dep = register_dependant(*db_, {.head_niss = kBart, .dependant_niss = kChild, .relation = "child",
                                       .valid_from = d("2020-01-01"), .quarterly_income = core::Money::from_euros(0),
                                       .fiscally_independent = false});
  ASSERT_TRUE(dep) << dep.error().describe();
  Insurability eve = ask(kChild, "2025-03-14");
  EXPECT_EQ(eve.status, Status::entitled);
  EXPECT_EQ(eve.head_niss, "70011512331");
  EXPECT_EQ(eve.fund, "mut_neutral");
  Insurability birthday = ask(kChild, "2025-03-15");
  EXPECT_EQ(birthday.status, Status::not_entitled);
  EXPECT_EQ(birthday.decisions.at(0).benefit, "membership.dependant");
  EXPECT_EQ(birthday.decisions.at(0).status, Status::not_entitled);
}

TEST_P(FundTest, DependantWithoutIncomeIsAskedForIt) {
  registered(kBart, "Janssens");
  registered(kChild, "Janssens");
  auto bad = register_dependant(*db_, {.head_niss = kBart, .dependant_niss = kChild, .relation = "nephew", .valid_from = d("2020-01-01")});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "relation");
  // Without the income the link is kept, and the rule asks for it.
  ASSERT_TRUE(register_dependant(*db_, {.head_niss = kBart, .dependant_niss = kChild, .relation = "child", .valid_from = d("2020-01-01")}));
  affiliated(kBart, "2020-01-01");
  EXPECT_EQ(ask(kChild, "2024-01-01").status, Status::cannot_tell);
}

INSTANTIATE_TEST_SUITE_P(fund, FundTest, ::testing::ValuesIn(engines()),
                         [](const auto& p) { return std::string(store::to_string(p.param)); });

TEST(PostgresRequired, ServerIsReachableWhenRequired) {
  const char* required = std::getenv("SECU_PG_REQUIRED");
  if (!required || std::string(required) != "1") return;
  ASSERT_NE(pg_url(), nullptr) << "SECU_PG_REQUIRED=1 but SECU_PG_URL is not set";
  ASSERT_TRUE(store::connect(pg_url()));
}

}  // namespace
}  // namespace secu::fund

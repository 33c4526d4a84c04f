// Invariants of the sickness rules over many generated situations: amounts never
// negative, one payer's periods never overlap, the schedule stays inside the incapacity,
// the fund's amount never falls when the wage rises, and the sickness and invalidity
// schedules read as one (the invalidity begins the day after the sickness benefit ends).
#include <gtest/gtest.h>

#include <random>

#include <fmt/format.h>

#include "rules/registry.h"
#include "law/testing.h"

namespace secu::rules {
namespace {

using core::Date;

const law::LawData& law() { return law::source_law(); }

std::string situation(std::mt19937& rng, const std::string& wage) {
  auto pick = [&](std::initializer_list<const char*> xs) { return *(xs.begin() + rng() % xs.size()); };
  const Date start = *Date::parse("2013-01-01") + static_cast<std::int32_t>(rng() % 4700);
  const int length = 1 + static_cast<int>(rng() % 800);
  std::string months;
  const auto first = core::YearMonth::of(start).plus(-12);
  for (int i = 0; i < 12; ++i)
    months += fmt::format("{}{{\"month\": \"{}\", \"days\": {}}}", i ? ", " : "", first.plus(i).text(), 10 + rng() % 17);
  return fmt::format(R"({{"persons": [{{"id": "p", "birth_date": "1975-06-15", "status": "{}", "worker_class": "{}", "family_situation": "{}",
    "regular_worker": {}, "daily_wage": "{}", "insurance": {{"contributions_sufficient": true, "still_insured": true,
    "insured_since": "2000-01-01"}}, "work_months": [{}],
    "self_employed": {{"contributions_since": "2000-01-01", "contributions_sufficient": true, "stopped_working": true,
    "last_contribution_quarter_end": "{}"}}}}],
    "events": [{{"type": "incapacity", "person": "p", "start": "{}", "end": "{}", "certified": true,
    "certificate_received": "{}", "invalidity_recognised": true}}]}})",
                     pick({"employee", "employee", "self_employed"}), pick({"white_collar", "blue_collar"}),
                     pick({"with_dependants", "single", "cohabitant"}), rng() % 2 ? "true" : "false", wage, months,
                     first_of_quarter(start).iso(), start.iso(), (start + length).iso(), (start + static_cast<std::int32_t>(rng() % 40)).iso());
}

std::vector<explain::Decision> eval(const std::string& json) {
  auto s = parse_situation(json);
  EXPECT_TRUE(s) << s.error().describe() << "\n" << json;
  if (!s) return {};
  auto d = evaluate_all(*s, Context{law(), *Date::parse("2026-11-23"), false});
  EXPECT_TRUE(d) << d.error().describe() << "\n" << json;
  return d ? *d : std::vector<explain::Decision>{};
}

TEST(SicknessProperties, ScheduleIsSoundForGeneratedSituations) {
  std::mt19937 rng(20261123);
  for (int i = 0; i < 400; ++i) {
    const std::string json = situation(rng, fmt::format("{}.{:02}", 20 + rng() % 300, rng() % 100));
    for (const auto& d : eval(json)) {
      for (std::size_t a = 0; a < d.schedule.size(); ++a) {
        const auto& pa = d.schedule[a];
        EXPECT_GE(pa.amount, core::Money()) << json;
        EXPECT_LE(pa.days.first, pa.days.last) << json;
        for (std::size_t b = a + 1; b < d.schedule.size(); ++b) {
          if (d.schedule[b].payer != pa.payer || d.benefit != "sickness.employee") continue;
          EXPECT_TRUE(core::intersect(pa.days, d.schedule[b].days).empty()) << "overlap for " << pa.payer << "\n" << json;
        }
      }
    }
  }
}

TEST(SicknessProperties, SicknessAndInvalidityAreOneSchedule) {
  std::mt19937 rng(366);
  int handed_over = 0;
  for (int i = 0; i < 300; ++i) {
    const std::string json = situation(rng, fmt::format("{}.00", 40 + rng() % 200));
    const auto ds = eval(json);
    const explain::Decision* sick = nullptr;
    const explain::Decision* inv = nullptr;
    for (const auto& d : ds) {
      if (d.benefit.starts_with("sickness.")) sick = &d;
      if (d.benefit == "invalidity.employee" || d.benefit == "invalidity.self_employed") inv = &d;
    }
    if (!sick || sick->status != explain::Status::entitled) {
      EXPECT_EQ(inv, nullptr) << "an invalidity decision without a granted sickness benefit\n" << json;
      continue;
    }
    if (!inv || inv->schedule.empty()) continue;
    ++handed_over;
    Date sick_last = sick->schedule.front().days.last;
    for (const auto& p : sick->schedule) sick_last = std::max(sick_last, p.days.last);
    EXPECT_EQ(inv->schedule.front().days.first, sick_last + 1) << json;
    for (std::size_t k = 1; k < inv->schedule.size(); ++k)
      EXPECT_EQ(inv->schedule[k].days.first, inv->schedule[k - 1].days.last + 1) << json;
  }
  EXPECT_GT(handed_over, 20);  // the generator reaches the second year often enough to mean something
}

core::Money first_fund_amount(const std::vector<explain::Decision>& ds) {
  for (const auto& d : ds)
    for (const auto& p : d.schedule)
      if (p.payer != "employer" && p.amount_known) return p.amount;
  return core::Money();
}

TEST(SicknessProperties, FundAmountNeverFallsWhenTheWageRises) {
  std::mt19937 rng(7);
  for (int i = 0; i < 100; ++i) {
    const auto seed = rng();
    std::mt19937 r1(seed), r2(seed);
    const int wage = 20 + static_cast<int>(rng() % 250);
    const auto low = first_fund_amount(eval(situation(r1, fmt::format("{}.00", wage))));
    const auto high = first_fund_amount(eval(situation(r2, fmt::format("{}.00", wage + 1 + static_cast<int>(rng() % 50)))));
    EXPECT_LE(low, high);
  }
}

}  // namespace
}  // namespace secu::rules

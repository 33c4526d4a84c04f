// The accident and disease readers and rules over many generated events that the schema
// accepts, extremes included (years 0001 and 9999, the largest amounts, 0 % and 100 %,
// 4-decimal percentages as numbers and as text, every field present or absent):
//  - parse_situation never throws; a refusal is invalid_argument naming a JSON pointer;
//  - a situation that parses evaluates without error and renders in the three languages;
//  - amounts are never negative, each period's last day is not before its first, and a
//    decision's periods never overlap.
#include <gtest/gtest.h>

#include <random>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "explain/render.h"
#include "explain/testing.h"
#include "law/testing.h"
#include "rules/registry.h"
#include "rules/situation.h"
#include "rules/work_accidents/work_accidents.h"

namespace secu::rules::work_accidents {
namespace {

using core::Date;
using nlohmann::json;

struct Gen {
  std::mt19937 rng;
  bool coin(unsigned in = 2) { return rng() % in == 0; }
  // A day near 2024 mostly, sometimes anywhere the schema allows.
  std::string date() {
    static const Date base = *Date::parse("2010-01-01");
    if (coin(20)) return coin() ? "0001-01-01" : "9999-12-31";
    if (coin(10)) return (*Date::parse("0001-01-01") + static_cast<std::int32_t>(rng() % 3'652'000)).iso();
    return (base + static_cast<std::int32_t>(rng() % 6000)).iso();
  }
  std::string after(const std::string& d, int most) {
    auto parsed = Date::parse(d);
    if (!parsed || coin(15)) return date();
    const Date next = *parsed + static_cast<std::int32_t>(rng() % most);
    return next.year() > 9999 ? d : next.iso();
  }
  json percent() {
    switch (rng() % 6) {
      case 0: return 0;
      case 1: return 100;
      case 2: return static_cast<int>(rng() % 101);
      case 3: return fmt::format("{}.{:04d}", rng() % 100, rng() % 10000);
      case 4: return static_cast<double>(rng() % 10000) / 100.0;
      default: return fmt::format("{}", rng() % 101);
    }
  }
  std::string money(int digits) {
    if (coin(10)) return std::string(static_cast<std::size_t>(digits), '9') + ".9999";
    if (coin(10)) return "0";
    return fmt::format("{}.{:02d}", rng() % 200000, rng() % 100);
  }
  json period(const std::string& from) {
    json p{{"from", from}};
    if (coin(3) == false) p["to"] = after(from, 400);
    return p;
  }
};

json facts(Gen& g, json e, const std::string& start, const json& persons) {
  if (g.coin()) e["average_daily_pay"] = g.money(6);
  if (g.coin()) e["basic_annual_pay"] = g.money(9);
  if (g.coin()) e["temporary_total"] = g.period(g.after(start, 30));
  if (g.coin(3)) {
    json p = g.period(g.after(start, 200));
    if (g.coin()) p["daily_pay_after"] = g.money(6);
    e["temporary_partial"] = p;
  }
  if (g.coin()) e["consolidation"] = g.after(start, 900);
  if (g.coin()) e["permanent_degree"] = g.percent();
  if (g.coin(3)) e["third_party_need"] = g.percent();
  if (g.coin(3)) {
    json stays = json::array();
    std::string at = g.after(start, 300);
    for (unsigned i = 0, n = g.rng() % 4; i < n; ++i) {
      json s{{"admission", at}};
      if (!g.coin(4)) {
        s["discharge"] = g.after(at, 200);
        at = g.after(s["discharge"].get<std::string>(), 100);
      }
      stays.push_back(s);
    }
    e["hospital_stays"] = stays;
  }
  if (g.coin(3)) {
    e["died"] = g.after(start, 2000);
    json survivors = json::array();
    for (std::size_t i = 1; i < persons.size(); ++i) {
      if (g.coin(4)) continue;
      json v{{"person", persons[i]["id"]}, {"relation", i == 1 && g.coin(3) == false ? "spouse" : "child"}};
      if (v["relation"] == "child" && !g.coin(4)) v["full_orphan"] = g.coin();
      if (v["relation"] == "child" && g.coin(3)) v["family_benefits_until"] = g.after(e["died"].get<std::string>(), 3000);
      survivors.push_back(v);
    }
    e["survivors"] = survivors;
  }
  return e;
}

json situation(Gen& g) {
  json persons = json::array();
  json victim{{"id", "v"}};
  if (!g.coin(8)) victim["status"] = g.coin(6) ? "self_employed" : "employee";
  persons.push_back(victim);
  for (int i = 0; i < 3; ++i) {
    json p{{"id", fmt::format("s{}", i)}};
    if (!g.coin(5)) p["birth_date"] = g.date();
    persons.push_back(p);
  }
  const std::string start = g.date();
  json e;
  if (g.coin()) {
    e = {{"type", "work_accident"}, {"person", "v"}, {"date", start}};
    if (g.coin()) e["on_the_way"] = g.coin();
    if (g.coin()) e["employer_notified"] = g.after(start, 20);
    if (g.coin(3)) e["capital_requested"] = g.coin();
    if (g.coin(3)) e["agreement_certified"] = g.coin();
  } else {
    e = {{"type", "occupational_disease"}, {"person", "v"}};
    for (const char* k : {"listed", "exposed", "cause_proven"})
      if (!g.coin(4)) e[k] = !g.coin(4);
    if (g.coin()) e["claim_submitted"] = start;
    if (g.coin(3)) e["preventive_cessation"] = g.period(g.after(start, 100));
  }
  return json{{"persons", persons}, {"events", json::array({facts(g, e, start, persons)})}};
}

void check_decisions(const std::vector<explain::Decision>& ds, const std::string& text) {
  for (const auto& d : ds) {
    for (const auto& a : d.amounts) EXPECT_GE(a.value, core::Money()) << d.benefit << "\n" << text;
    const explain::Period* prev = nullptr;
    for (const auto& p : d.schedule) {
      EXPECT_GE(p.amount, core::Money()) << d.benefit << "\n" << text;
      if (!p.open_end) {
        EXPECT_LE(p.days.first, p.days.last) << d.benefit << "\n" << text;
      }
      if (prev && d.benefit.find("temporary") == std::string::npos) {  // the facts may give overlapping temporary periods
        EXPECT_LT(prev->open_end ? p.days.first : prev->days.last, p.days.first) << d.benefit << "\n" << text;
      }
      prev = &p;
    }
  }
}

TEST(WorkAccidentsProperties, GeneratedEventsParseOrAreRefusedByFieldAndEvaluate) {
  Gen g{std::mt19937(20240304)};
  const auto& law = law::source_law();
  const auto& catalog = explain::source_catalog();
  int parsed = 0;
  for (int i = 0; i < 2500; ++i) {
    const std::string text = situation(g).dump();
    auto s = parse_situation(text);
    if (!s) {
      EXPECT_EQ(s.error().code, core::ErrorCode::invalid_argument) << s.error().describe() << "\n" << text;
      EXPECT_TRUE(!s.error().field.empty() && s.error().field.front() == '/') << s.error().describe();
      continue;
    }
    ++parsed;
    for (const char* at : {"2024-06-01", "2013-01-01", "9999-12-31"}) {
      const Context ctx{law, *Date::parse(at), i % 2 == 0};
      auto ds = evaluate_all(*s, ctx);
      ASSERT_TRUE(ds) << ds.error().describe() << "\n" << text;
      check_decisions(*ds, text);
      const explain::RenderOptions ro{catalog, law, static_cast<core::Lang>(i % 3), ctx.trace};
      EXPECT_FALSE(explain::to_json(*ds, ro).dump().empty());
      EXPECT_EQ(explain::to_text(*ds, ro).find("⟦"), std::string::npos) << text;
    }
  }
  EXPECT_GT(parsed, 1000);  // the generator mostly produces valid situations
}

TEST(WorkAccidentsProperties, OneMoreDayOfTemporaryIncapacityNeverPaysLess) {
  const auto& law = law::source_law();
  const Context ctx{law, *Date::parse("2024-12-01"), false};
  core::Money previous;
  for (int days = 0; days < 60; ++days) {
    const std::string text = fmt::format(
        R"({{"persons": [{{"id": "v", "status": "employee"}}], "events": [{{"type": "work_accident", "person": "v",
        "date": "2024-03-04", "average_daily_pay": "123.45", "temporary_total": {{"from": "2024-03-05", "to": "{}"}}}}]}})",
        (*Date::parse("2024-03-05") + days).iso());
    auto s = parse_situation(text);
    ASSERT_TRUE(s) << s.error().describe();
    auto ds = evaluate(*s, ctx);
    ASSERT_TRUE(ds);
    core::Money total;
    for (const auto& d : *ds)
      for (const auto& p : d.schedule)
        if (p.amount_known) total += p.amount * p.benefit_days;
    // 90 % x 123.45 = 111.105 -> 111.11 a day (half-up): the total grows by 111.11 a day.
    EXPECT_EQ(total, core::Money::from_cents(11111) * (days + 1));
    EXPECT_GE(total, previous);
    previous = total;
  }
}

}  // namespace
}  // namespace secu::rules::work_accidents

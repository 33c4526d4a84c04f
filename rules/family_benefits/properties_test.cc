// The family-benefit readers and rules over many generated "child" and "parental_leave"
// events that the schema accepts, extremes included (years 0001 and 9999, every fact
// present or absent):
//  - parse_situation never throws; a refusal is invalid_argument naming a JSON pointer;
//  - a situation that parses evaluates without error and renders in the three languages;
//  - amounts are never negative; periods (of one basis) are in order, never overlap, and the child
//    benefit's and the supplements' periods each lie within one calendar quarter;
//  - an entitled child benefit's schedule covers the day asked.
// And the 31 August boundary day by day.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "explain/render.h"
#include "explain/testing.h"
#include "law/testing.h"
#include "rules/family_benefits/family_benefits.h"
#include "rules/registry.h"
#include "rules/situation.h"

namespace secu::rules::family_benefits {
namespace {

using core::Date;
using nlohmann::json;

struct Gen {
  std::mt19937 rng;
  bool coin(unsigned in = 2) { return rng() % in == 0; }
  // A day between 1990 and 2035 mostly, sometimes the extremes.
  std::string date() {
    static const Date base = *Date::parse("1990-01-01");
    if (coin(25)) return coin() ? "0001-01-01" : "9999-12-31";
    return (base + static_cast<std::int32_t>(rng() % 16'500)).iso();
  }
  std::string after(const std::string& d, int most) {
    auto parsed = Date::parse(d);
    if (!parsed || coin(15)) return date();
    const Date next = *parsed + static_cast<std::int32_t>(rng() % most);
    return next.year() > 9999 ? d : next.iso();
  }
  template <class T>
  T pick(std::initializer_list<T> xs) {
    return *(xs.begin() + rng() % xs.size());
  }
};

json child_event(Gen& g, const std::string& birth) {
  json e{{"type", "child"}, {"person", "kid"}};
  if (!g.coin(6)) e["claimant"] = "mum";
  if (!g.coin(6)) e["claimant_status"] = g.pick({"employee", "unemployed", "disabled", "pensioner", "self_employed", "none"});
  if (g.coin()) e["claimant_status_since"] = g.after(birth, 8000);
  for (const char* k : {"related", "competing_claimants", "claimant_has_priority", "apprentice", "student", "job_seeker", "disabled", "married",
                        "independent", "own_residence", "own_children_benefits", "half_orphan", "household_income_within_limit",
                        "new_activity_conditions_met"})
    if (g.coin()) e[k] = g.coin();
  if (!g.coin(5)) e["raised_by"] = "mum";
  if (g.coin(3) == false) e["rank"] = 1 + static_cast<int>(g.rng() % 5);
  if (!g.coin(5)) e["brought_up_in"] = g.pick({"belgium", "belgium", "eea", "agreement_country", "other"});
  if (g.coin(3)) e["studies_ended"] = g.after(birth, 9000);
  if (g.coin(4)) e["disabled_until"] = g.after(birth, 9000);
  if (g.coin(4)) e["expected_birth"] = g.after(birth, 20);
  if (g.coin(6)) e["adopted"] = g.after(birth, 3000);
  if (g.coin(4)) e["orphan_since"] = g.after(birth, 5000);
  if (g.coin(6)) e["orphan_until"] = g.after(birth, 9000);
  if (g.coin(4)) e["new_activity_since"] = g.date();
  return e;
}

json leave_event(Gen& g, const std::string& birth) {
  json e{{"type", "parental_leave"}, {"person", "mum"}, {"child", "kid"}, {"start", g.after(birth, 3000)}};
  if (!g.coin(4)) e["end"] = g.after(e["start"].get<std::string>(), 300);
  if (!g.coin(5)) e["employment"] = g.pick({"private_sector", "public_sector", "self_employed", "none"});
  if (!g.coin(5)) e["working_time"] = g.pick({"full_time", "part_time"});
  if (!g.coin(5)) e["interruption"] = g.pick({"full", "half_time"});
  if (!g.coin(4)) e["notice_date"] = g.after(birth, 3000);
  if (!g.coin(4)) e["months_worked"] = static_cast<int>(g.rng() % 16);
  if (g.coin(4)) e["adopted"] = g.after(birth, 2000);
  if (g.coin(3)) e["child_incapacity_percent"] = static_cast<int>(g.rng() % 101);
  return e;
}

json situation(Gen& g) {
  const std::string birth = g.date();
  json kid{{"id", "kid"}};
  if (!g.coin(8)) kid["birth_date"] = birth;
  json mum{{"id", "mum"}};
  if (!g.coin(4)) mum["birth_date"] = g.date();
  for (json* p : {&kid, &mum})
    if (!g.coin(4)) (*p)["region"] = g.pick({"flanders", "wallonia", "brussels", "east_belgium"});
  json events = json::array({child_event(g, birth)});
  if (g.coin()) events.push_back(leave_event(g, birth));
  return json{{"persons", json::array({kid, mum})}, {"events", events}};
}

bool quarterly(const std::string& benefit) { return benefit == "family_benefits.child_benefit" || benefit == "family_benefits.supplement"; }

void check(const std::vector<explain::Decision>& ds, Date at, const std::string& text) {
  for (const auto& d : ds) {
    for (const auto& a : d.amounts) EXPECT_GE(a.value, core::Money()) << d.benefit << "\n" << text;
    // Several supplements may run side by side: order and overlap are checked per basis.
    std::map<std::string, const explain::Period*> prev_of;
    bool covers_at = false;
    for (const auto& p : d.schedule) {
      const explain::Period*& prev = prev_of[p.basis.key];
      EXPECT_GE(p.amount, core::Money()) << d.benefit << "\n" << text;
      EXPECT_LE(p.days.first, p.days.last) << d.benefit << "\n" << text;
      if (quarterly(d.benefit)) {
        EXPECT_EQ(core::first_of_quarter(p.days.first), core::first_of_quarter(p.days.last)) << d.benefit << "\n" << text;
      }
      if (prev) {
        EXPECT_LT(prev->days.last, p.days.first) << d.benefit << "\n" << text;
      }
      covers_at = covers_at || p.days.contains(at);
      prev = &p;
    }
    if (d.benefit == "family_benefits.child_benefit" && d.status == explain::Status::entitled) {
      EXPECT_TRUE(covers_at) << text;
    }
  }
}

TEST(FamilyBenefitsProperties, GeneratedEventsParseOrAreRefusedByFieldAndEvaluate) {
  Gen g{std::mt19937(20131231)};
  const auto& law = law::source_law();
  const auto& catalog = explain::source_catalog();
  int parsed = 0;
  for (int i = 0; i < 1500; ++i) {
    const std::string text = situation(g).dump();
    auto s = parse_situation(text);
    if (!s) {
      EXPECT_EQ(s.error().code, core::ErrorCode::invalid_argument) << s.error().describe() << "\n" << text;
      EXPECT_TRUE(!s.error().field.empty() && s.error().field.front() == '/') << s.error().describe();
      continue;
    }
    ++parsed;
    for (const char* at : {"2013-06-01", "2019-01-01", "2024-08-31", "9999-12-31"}) {
      const Context ctx{law, *Date::parse(at), i % 2 == 0};
      auto ds = evaluate(*s, ctx);
      ASSERT_TRUE(ds) << ds.error().describe() << "\n" << text;
      check(*ds, ctx.at, text);
      const explain::RenderOptions ro{catalog, law, static_cast<core::Lang>(i % 3), ctx.trace};
      EXPECT_FALSE(explain::to_json(*ds, ro).dump().empty());
      EXPECT_EQ(explain::to_text(*ds, ro).find("⟦"), std::string::npos) << text;
    }
  }
  EXPECT_GT(parsed, 600);  // the generator mostly produces valid situations
}

TEST(FamilyBenefitsProperties, UnconditionalRightEndsOn31AugustOfTheYearOf18) {
  // Born 10 March 2006, no ground after 18 (seed 004 ch. IX: "Up to 31 August of the
  // calendar year in which a child reaches the age of 18 ..."): entitled to 31 August 2024.
  const auto& law = law::source_law();
  auto s = parse_situation(R"({"persons": [{"id": "mum", "region": "flanders"}, {"id": "kid", "birth_date": "2006-03-10", "region": "flanders"}],
      "events": [{"type": "child", "person": "kid", "raised_by": "mum", "rank": 1, "brought_up_in": "belgium",
                  "apprentice": false, "student": false, "job_seeker": false, "disabled": false}]})");
  ASSERT_TRUE(s) << s.error().describe();
  for (Date at = *Date::parse("2024-08-20"); at <= *Date::parse("2024-09-10"); at = at + 1) {
    auto ds = evaluate(*s, Context{law, at, false});
    ASSERT_TRUE(ds);
    ASSERT_EQ(ds->size(), 1u);
    const bool until_august = at <= *Date::parse("2024-08-31");
    EXPECT_EQ((*ds)[0].status, until_august ? explain::Status::entitled : explain::Status::not_entitled) << at.iso();
    if (until_august) {
      EXPECT_EQ((*ds)[0].schedule.back().days.last, *Date::parse("2024-08-31")) << at.iso();
    }
  }
}

}  // namespace
}  // namespace secu::rules::family_benefits

// Invariants of the hospital-stay rules over many generated stays: the schedule's periods
// follow each other from the admission day without gap or overlap, amounts are never
// negative, the totals are the sums of the periods, and one more day never costs less.
#include <gtest/gtest.h>

#include <random>

#include <fmt/format.h>

#include "rules/healthcare_hospital/healthcare_hospital.h"
#include "law/testing.h"

namespace secu::rules::healthcare_hospital {
namespace {

using core::Date;
using core::Money;

const law::LawData& law() { return law::source_law(); }

struct Stay {
  std::string person;
  Date admission;
  int nights = 0;
  std::string setting;
  int years = 0;
  bool before_noon = false;
  bool after_2pm = false;
};

Stay generate(std::mt19937& rng) {
  auto pick = [&](std::initializer_list<const char*> xs) { return std::string(*(xs.begin() + rng() % xs.size())); };
  Stay s;
  s.person = fmt::format(R"({{"id": "p", "preferential_scheme": {}, "long_term_unemployed": {}, "family_situation": "{}"}})",
                         rng() % 4 ? "false" : "true", rng() % 4 ? "false" : "true", pick({"with_dependants", "single", "cohabitant"}));
  s.admission = *Date::parse("2013-01-01") + static_cast<std::int32_t>(rng() % 3300);
  s.nights = static_cast<int>(rng() % 3 ? rng() % 120 : rng() % 800);
  s.setting = pick({"general_hospital", "general_hospital", "psychiatric_hospital", "psychiatric_home"});
  s.years = static_cast<int>(rng() % 8);
  s.before_noon = rng() % 2;
  s.after_2pm = rng() % 2;
  return s;
}

explain::Decision eval(const Stay& s) {
  const std::string json = fmt::format(
      R"({{"persons": [{}], "events": [{{"type": "hospital_stay", "person": "p", "admission": "{}", "discharge": "{}",
      "setting": "{}", "years_in_psychiatric_home": {}, "admitted_before_noon": {}, "discharged_after_2pm": {}}}]}})",
      s.person, s.admission.iso(), (s.admission + s.nights).iso(), s.setting, s.years, s.before_noon, s.after_2pm);
  auto situation = parse_situation(json);
  EXPECT_TRUE(situation) << situation.error().describe() << "\n" << json;
  auto d = evaluate(*situation, Context{law(), *Date::parse("2026-11-23"), false});
  EXPECT_TRUE(d && d->size() == 1u) << json;
  return d->front();
}

std::optional<Money> amount(const explain::Decision& d, const char* name) {
  for (const auto& a : d.amounts)
    if (a.name == name) return a.value;
  return std::nullopt;
}

void check_schedule(const Stay& s, const explain::Decision& d) {
  Money sum;
  for (std::size_t i = 0; i < d.schedule.size(); ++i) {
    const auto& p = d.schedule[i];
    EXPECT_EQ(p.days.first, i == 0 ? s.admission : d.schedule[i - 1].days.last + 1) << s.admission.iso();
    EXPECT_LE(p.days.first, p.days.last);
    EXPECT_GE(p.amount, Money());
    EXPECT_EQ(p.benefit_days, p.days.days());
    sum += p.amount * p.days.days();
  }
  if (d.status != explain::Status::entitled || s.nights == 0) return;
  EXPECT_EQ(d.schedule.back().days.last, s.admission + s.nights - (s.before_noon && s.after_2pm ? 0 : 1));
  EXPECT_EQ(amount(d, "personal_share_total"), sum);
  EXPECT_EQ(amount(d, "total"), sum + amount(d, "medicines_flat_total").value_or(Money()));
}

TEST(HospitalStayProperties, ScheduleAndTotalsAreSound) {
  std::mt19937 rng(20261123);
  int entitled = 0;
  for (int i = 0; i < 300; ++i) {
    const Stay s = generate(rng);
    const explain::Decision d = eval(s);
    check_schedule(s, d);
    entitled += d.status == explain::Status::entitled;
  }
  EXPECT_GT(entitled, 100);  // the totals were checked on enough stays
}

TEST(HospitalStayProperties, OneMoreDayNeverCostsLess) {
  std::mt19937 rng(4);
  for (int i = 0; i < 300; ++i) {
    Stay s = generate(rng);
    const explain::Decision shorter = eval(s);
    ++s.nights;
    const explain::Decision longer = eval(s);
    if (shorter.status != explain::Status::entitled || longer.status != explain::Status::entitled) continue;
    EXPECT_GE(amount(longer, "total"), amount(shorter, "total")) << s.admission.iso() << " +" << s.nights;
  }
}

}  // namespace
}  // namespace secu::rules::healthcare_hospital

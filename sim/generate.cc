// The synthetic population's model: who lives together, where, how old, doing what, earning
// what, with which spells. Every figure below approximates a public Belgian statistic (rounded;
// the source named beside it) and is an assumption of the generator, not law: the rules decide
// the rights (docs/population-format.md, "Synthetic populations", lists them too).
#include "sim/generate.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "sim/generate_model.h"

namespace secu::sim {
namespace gen {
namespace {

using core::Date;
using core::EndOfMonth;

// Regions, Statbel "Population by place of residence" on 1 January 2024: Flemish Region 57.9 %,
// Walloon Region 31.2 % of which the German-speaking Community 0.7 %, Brussels-Capital 10.6 %.
constexpr std::array<std::string_view, 4> kRegions = {"flanders", "wallonia", "east_belgium", "brussels"};
constexpr std::array<int, 4> kRegionWeights = {579, 305, 7, 109};

// Household types, Statbel "Households by type" 2023 (private households; the 3 % of other
// households folded in): one person 35.5 %, couple without children 28 %, couple with
// children 27 %, single parent 9.5 %. Children: Statbel, families by number of children: one
// 45 %, two 38 %, three 17 % (four and more folded into three).
constexpr std::array<int, 4> kKindWeights = {355, 280, 270, 95};
constexpr std::array<int, 3> kChildrenWeights = {45, 38, 17};

// Health insurance funds, INAMI/RIZIV annual report, persons insured by union (rounded):
// Christian 40 %, Socialist 27.5 %, Free 20.5 %, Liberal 5.5 %, Neutral 5.5 %, CAAMI/HZIV 1 %
// (the railway fund's 2 % is folded into the others).
constexpr std::array<std::string_view, 6> kFunds = {"mut_christian", "mut_socialist", "mut_free",
                                                    "mut_liberal",   "mut_neutral",   "caami"};
constexpr std::array<int, 6> kFundWeights = {400, 275, 205, 55, 55, 10};

// Payment bodies of unemployment benefits, ONEM/RVA yearly report (rounded): FGTB/ABVV 42 %,
// CSC/ACV 40 %, CGSLB/ACLVB 8 %, CAPAC/HVW 10 %.
constexpr std::array<std::string_view, 4> kBodies = {"fgtb", "csc", "cgslb", "capac"};
constexpr std::array<int, 4> kBodyWeights = {42, 40, 8, 10};

// The age of the household's head by type, tuned so that the whole population follows Statbel's
// age pyramid of 1 January 2024 (0-17 20 %, 18-64 60 %, 65 and over 20 %).
struct Band {
  int lo, hi, weight;
};
constexpr std::array<Band, 8> kSingleAge = {{{18, 24, 6}, {25, 34, 14}, {35, 44, 10}, {45, 54, 12},
                                             {55, 64, 17}, {65, 74, 17}, {75, 84, 15}, {85, 95, 9}}};
constexpr std::array<Band, 6> kCoupleAge = {{{20, 34, 12}, {35, 54, 11}, {55, 64, 27}, {65, 74, 30},
                                             {75, 84, 16}, {85, 95, 4}}};
constexpr std::array<Band, 4> kParentAge = {{{24, 34, 25}, {35, 44, 42}, {45, 54, 27}, {55, 62, 6}}};

// Activity by age, Statbel Labour Force Survey 2023 (employment rate 20-64 72 %, self-employed
// 14 % of workers, unemployment rate 5.5 %) and the pension services' take-up by age (SFP/FPD):
// weights of employee, self-employed, unemployed, student, pensioner, inactive.
struct ActivityRow {
  int to_age;
  std::array<int, 6> weights;
};
constexpr std::array<ActivityRow, 8> kActivity = {{{24, {45, 3, 12, 30, 0, 10}},
                                                   {29, {74, 6, 8, 3, 0, 9}},
                                                   {49, {74, 11, 5, 0, 0, 10}},
                                                   {54, {70, 12, 5, 0, 0, 13}},
                                                   {59, {60, 12, 5, 0, 3, 20}},
                                                   {64, {38, 10, 4, 0, 28, 20}},
                                                   {65, {35, 6, 0, 0, 45, 14}},
                                                   {200, {0, 2, 0, 0, 97, 1}}}};
// Children of 18 to 24 living with their parents: mostly in education.
constexpr std::array<int, 6> kChildActivity = {22, 0, 6, 70, 0, 2};

// Daily wages on a 6-day week, full time, Statbel "Wages" (structure of earnings 2022: median
// gross 3,844 € a month ÷ 26 ≈ 148 € a day, D1 ≈ 100, D9 ≈ 230): the quantiles, in cents, of a
// log-normal with median 145.00 € and σ 0.33, under a floor at the minimum monthly wage
// (GMMMG/GGMMI, 2,111.89 € in 2025) ÷ 26 = 81.23 €, and a tail to 600 € a day. Per million.
struct Quantile {
  int per_million;
  std::int64_t cents;
};
constexpr std::array<Quantile, 11> kWage = {{{0, 8123}, {50000, 8426}, {100000, 9499}, {250000, 11607},
                                             {500000, 14500}, {750000, 18115}, {900000, 22133},
                                             {950000, 24952}, {990000, 31245}, {999000, 40202},
                                             {1000000, 60000}}};
// Blue-collar workers (ONSS/RSZ: about a third of private employees) earn about 90 % of the
// median, white-collar 106 %. Part-time, Statbel LFS 2023: women 40 %, men 11 %; 4/5 for 55 %
// of them, half time for the others.
constexpr int kBluePerMille = 350;
constexpr std::int64_t kMinimumDailyCents = 8123;

// Spells. Incapacity (INAMI/RIZIV, primary incapacity and invalidity statistics): 7 % of
// workers have a spell overlapping the year; 55 % 1-4 weeks, 25 % 1-3 months, 12 % 3-12
// months, 8 % past one year (invalidity). Invalidity stock (about 500,000, 7 % of 20-64): half
// of the inactive of 35-64, 15 % of those of 25-34. Integration income (POD MI/SPP IS, about 2 % of 18-64): 55 % of the
// inactive without a working partner, 25 % of students living alone. GRAPA/IGO (SFP/FPD, about 5
// % of 65+). Births (Statbel, about 113,000 a year: 6 % of women 20-42).
constexpr std::array<int, 4> kSpellWeights = {550, 250, 120, 80};
constexpr std::array<std::array<int, 2>, 4> kSpellDays = {{{7, 28}, {29, 91}, {92, 364}, {366, 1100}}};

Date birth_for_age(Random& r, int age, Date at) {
  return core::add_years(at, -age, EndOfMonth::clamp) - r.between(0, 364);
}

template <std::size_t N>
int age_in(Random& r, const std::array<Band, N>& bands) {
  std::array<int, N> w{};
  for (std::size_t i = 0; i < N; ++i) w[i] = bands[i].weight;
  const Band& b = bands[r.pick(w)];
  return r.between(b.lo, b.hi);
}

std::int64_t daily_wage(Random& r, bool blue) {
  const int p = r.between(0, 999999);
  std::size_t i = 1;
  while (i + 1 < kWage.size() && kWage[i].per_million <= p) ++i;
  const Quantile& a = kWage[i - 1];
  const Quantile& b = kWage[i];
  const std::int64_t full = a.cents + (b.cents - a.cents) * (p - a.per_million) / (b.per_million - a.per_million);
  return std::max(kMinimumDailyCents, full * (blue ? 90 : 106) / 100);
}

// An incapacity overlapping the year from `at`; one past a year started before `at`.
Spell incapacity(Random& r, Date at) {
  const std::size_t kind = r.pick(kSpellWeights);
  const int days = r.between(kSpellDays[kind][0], kSpellDays[kind][1]);
  Spell s;
  s.start = kind == 3 ? at - r.between(0, days - 1) : at + r.between(-days / 2, 364);
  s.invalidity = kind == 3;
  if (!s.invalidity || r.chance(600)) s.end = s.start + (days - 1);
  s.certificate = s.start + (r.chance(40) ? r.between(3, 10) : r.between(0, 2));
  return s;
}

void employ(Random& r, Member& m, Date at) {
  m.blue_collar = r.chance(kBluePerMille);
  if (r.chance(m.woman ? 400 : 110)) m.work_percent = r.chance(550) ? 80 : 50;
  m.wage_cents = daily_wage(r, m.blue_collar) * m.work_percent / 100;
  m.work_until = at - 1;
}

// Work, spells and claims that follow from the activity.
void occupy(Random& r, Member& m, Date at, bool child_at_home) {
  const auto& row = *std::find_if(kActivity.begin(), kActivity.end(), [&](const ActivityRow& a) { return m.age <= a.to_age; });
  m.activity = static_cast<Activity>(1 + r.pick(child_at_home ? kChildActivity : row.weights));
  const int from_age = std::min(m.age, 18 + r.between(1, 6));
  m.insured_since = std::min(at - 1, core::add_years(m.birth, from_age, EndOfMonth::clamp) + r.between(0, 200));
  switch (m.activity) {
    case Activity::employee:
      employ(r, m, at);
      if (r.chance(70)) m.incapacity = incapacity(r, at);
      if (m.incapacity) m.work_until = m.incapacity->start - 1;
      break;
    case Activity::self_employed:
      m.quarter_cents = daily_wage(r, false) * 78 * r.between(60, 130) / 100;
      if (r.chance(70)) m.incapacity = incapacity(r, at);
      break;
    case Activity::unemployed:
      employ(r, m, at);
      m.unemployed_since = at - (r.chance(500) ? r.between(14, 364) : r.between(365, 1100));
      m.work_until = *m.unemployed_since - 1;
      m.preferential = *m.unemployed_since < at - 365 && r.chance(500);
      break;
    case Activity::inactive:
      // An invalid: an incapacity begun more than a year ago, after a year insured.
      if (const int back = std::min(4000, (at - m.insured_since) - 365);
          m.age >= 25 && m.age <= 64 && back >= 400 && r.chance(m.age >= 35 ? 500 : 150)) {
        employ(r, m, at);
        m.incapacity = Spell{.start = at - r.between(400, back), .end = {}, .certificate = {}, .invalidity = true};
        m.incapacity->certificate = m.incapacity->start + r.between(0, 2);
        m.work_until = m.incapacity->start - 1;
        m.preferential = r.chance(500);
      }
      break;
    default:
      break;
  }
}

Member person(Random& r, std::string id, int age, bool woman, Date at) {
  Member m;
  m.id = std::move(id);
  m.age = age;
  m.woman = woman;
  m.birth = birth_for_age(r, age, at);
  return m;
}

void add_children(Random& r, Draft& d, Date at) {
  const int mother_age = d.adults.size() > 1 && !d.adults[0].woman ? d.adults[1].age : d.adults[0].age;
  const std::size_t n = 1 + r.pick(kChildrenWeights);
  std::vector<int> ages;
  for (std::size_t i = 0; i < n; ++i) ages.push_back(r.between(std::max(0, mother_age - 42), std::min(24, mother_age - 18)));
  std::sort(ages.rbegin(), ages.rend());
  for (std::size_t i = 0; i < n; ++i) {
    Member c = person(r, fmt::format("c{}", i + 1), ages[i], r.chance(488), at);
    c.rank = static_cast<int>(i) + 1;
    if (c.age >= 18) occupy(r, c, at, true);
    c.student = c.activity == Activity::student;
    d.children.push_back(std::move(c));
  }
}

void add_adults(Random& r, Draft& d, Date at) {
  const bool couple = d.kind == Kind::couple || d.kind == Kind::couple_with_children;
  const int head_age = d.kind == Kind::single ? age_in(r, kSingleAge) : d.kind == Kind::couple ? age_in(r, kCoupleAge)
                                                                                              : age_in(r, kParentAge);
  const bool woman = d.kind == Kind::single_parent ? r.chance(820) : d.kind == Kind::single ? r.chance(head_age >= 75 ? 720 : 480)
                                                                                           : r.chance(500);
  d.adults.push_back(person(r, "p1", head_age, woman, at));
  if (couple)
    d.adults.push_back(person(r, "p2", std::max(18, head_age + (woman ? 2 : -2) + r.between(-4, 4)), !woman, at));
}

bool works(const Member& m) { return m.activity == Activity::employee || m.activity == Activity::self_employed; }

// Claims that depend on the household: integration income, GRAPA, pension, births.
void claims(Random& r, Draft& d, Date at) {
  for (Member& m : d.adults) {
    const bool partner_works = std::any_of(d.adults.begin(), d.adults.end(), [&](const Member& o) { return &o != &m && works(o); });
    const bool poor_inactive = m.activity == Activity::inactive && !m.incapacity && m.age <= 64 && !partner_works;
    const bool poor_student = m.activity == Activity::student && d.kind == Kind::single;
    if ((poor_inactive && r.chance(550)) || (poor_student && r.chance(250))) {
      m.income_claim = at - r.between(0, 700);
      m.means_cents = r.chance(300) ? r.between(50, 400) * 100 : -1;
      m.preferential = true;
    }
    if (m.activity == Activity::pensioner && m.age >= 67 && r.chance(50)) {
      m.grapa = m.preferential = true;
      m.income_claim = at - r.between(0, 700);
      m.means_cents = r.between(500, 1300) * 100;  // the pension, a month
    }
    if (m.age == 65 && m.activity != Activity::pensioner) m.pension_claim = true;
    const int births = d.kind == Kind::single ? 20 : d.kind == Kind::single_parent ? 25 : 85;
    if (m.woman && m.age >= 20 && m.age <= 42 && r.chance(births)) {
      m.delivery = at + r.between(-56, 300);
      m.twins = r.chance(17);  // Statbel: about 1.7 % of births are multiple
      // She works on until her rest begins (at the latest a week before the delivery).
      if (m.activity == Activity::employee && !m.incapacity) m.work_until = std::max(m.work_until, *m.delivery - 8);
    }
    m.career_from = m.birth.year() + 18 + r.between(2, 7);
    m.career_to = works(m) || m.unemployed_since || m.pension_claim ? at.year() - 1 : m.career_from + r.between(5, 30);
    m.career_to = std::clamp(m.career_to, m.career_from, at.year() - 1);
  }
}

}  // namespace

Draft draw(Random& r, std::uint64_t index, Date at) {
  Draft d;
  d.id = fmt::format("hh-{:07}", index + 1);
  d.region = kRegions[r.pick(kRegionWeights)];
  d.fund = kFunds[r.pick(kFundWeights)];
  d.payment_body = kBodies[r.pick(kBodyWeights)];
  d.kind = static_cast<Kind>(r.pick(kKindWeights));
  add_adults(r, d, at);
  for (Member& m : d.adults) occupy(r, m, at, false);
  if (d.kind == Kind::couple_with_children || d.kind == Kind::single_parent) add_children(r, d, at);
  claims(r, d, at);
  return d;
}

}  // namespace gen

std::string generate_household(std::uint64_t seed, std::uint64_t index, core::Date at) {
  gen::Random r(seed, index);
  std::string out;
  out.reserve(2048);
  gen::write(out, gen::draw(r, index, at), at);
  return out;
}

core::Status generate(std::ostream& out, const GenerateOptions& options) {
  std::string buffer;
  buffer.reserve(1 << 20);
  for (std::uint64_t i = 0; i < options.size; ++i) {
    gen::Random r(options.seed, i);
    gen::write(buffer, gen::draw(r, i, options.at), options.at);
    buffer += '\n';
    if (buffer.size() >= (1u << 20) - 8192 || i + 1 == options.size) {
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
      if (!out) return core::fail(core::ErrorCode::internal, "cannot write the population");
    }
  }
  out.flush();
  if (!out) return core::fail(core::ErrorCode::internal, "cannot write the population");
  return {};
}

}  // namespace secu::sim

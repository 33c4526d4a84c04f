// Reading a person's career and pension facts and the pension_claim event. The schema has
// checked the shape; this checks what it cannot: a year or a period given one way only,
// a year listed once, days that fit in the year, earnings as amounts, the claimant known.
#include "rules/situation_career.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rules/situation.h"
#include "rules/situation_read.h"

namespace secu::rules {

using core::ErrorCode;
using core::fail;
using nlohmann::json;
using namespace read;

std::string PensionClaim::pointer(std::string_view suffix) const { return fmt::format("/events/{}{}", index, suffix); }

namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// The first and last year of a career item: "year", or "from" and "to".
core::Result<std::pair<int, int>> item_years(const json& item, const std::string& ptr) {
  const bool one = item.contains("year");
  const bool from = item.contains("from");
  const bool to = item.contains("to");
  if (one && (from || to)) return fail(ErrorCode::invalid_argument, "give either a year or a period (from, to), not both", ptr);
  if (one) return std::pair{item["year"].get<int>(), item["year"].get<int>()};
  if (!from) return fail(ErrorCode::invalid_argument, "expected a year, or a period with from and to", ptr);
  if (!to) return fail(ErrorCode::invalid_argument, "a period needs its last year (to)", ptr + "/to");
  const int first = item["from"].get<int>(), last = item["to"].get<int>();
  if (last < first) return fail(ErrorCode::invalid_argument, "the last year cannot be before the first", ptr + "/to");
  return std::pair{first, last};
}

core::Status read_career(const json& arr, const Person& p, std::vector<CareerYear>& out) {
  const std::string ptr = p.pointer("/career");
  const int born = p.birth_date ? p.birth_date->year() : 0;  // 0: not known (no check)
  for (std::size_t i = 0; i < arr.size(); ++i) {
    const json& item = arr[i];
    const std::string ip = fmt::format("{}/{}", ptr, i);
    SECU_TRY(auto span, item_years(item, ip));
    const std::string year_field = ip + (item.contains("year") ? "/year" : "/from");
    if (p.birth_date && span.first < born) return fail(ErrorCode::invalid_argument, fmt::format("a career year before the person's birth ({})", born), year_field);
    SECU_TRY(std::optional<core::Money> earnings, money_at(item, "earnings", ip));
    const auto kind = enum_at<CareerKind>(item, "kind", {{"work", CareerKind::work}, {"paid_leave", CareerKind::paid_leave},
        {"assimilated_sickness", CareerKind::assimilated_sickness}, {"assimilated_unemployment", CareerKind::assimilated_unemployment}});
    const int days = item["days"].get<int>();
    for (int y = span.first; y <= span.second; ++y) {
      if (days > (leap(y) ? 366 : 365)) return fail(ErrorCode::invalid_argument, fmt::format("year {} cannot hold {} days", y, days), ip + "/days");
      for (const auto& seen : out)
        if (seen.year == y) return fail(ErrorCode::invalid_argument, fmt::format("year {} is listed twice", y), year_field);
      out.push_back({y, days, *kind, earnings, ip});
    }
  }
  std::sort(out.begin(), out.end(), [](const CareerYear& a, const CareerYear& b) { return a.year < b.year; });
  return {};
}

std::vector<OtherBenefit> read_other_benefits(const json& arr) {
  std::vector<OtherBenefit> out;
  for (const auto& v : arr) {
    const std::string n = v.get<std::string>();
    out.push_back(n == "sickness"     ? OtherBenefit::sickness
                  : n == "invalidity" ? OtherBenefit::invalidity
                  : n == "involuntary_unemployment" ? OtherBenefit::involuntary_unemployment
                                                    : OtherBenefit::company_supplement);
  }
  return out;
}

core::Result<WorkWhileRetired> read_work(const json& j, const std::string& ptr) {
  WorkWhileRetired w;
  w.status = enum_at<RetiredWork>(j, "status", {{"employee", RetiredWork::employee}, {"self_employed", RetiredWork::self_employed}});
  SECU_TRY(w.start, date_at(j, "start", ptr));
  if (!j.contains("earnings")) return w;
  for (std::size_t i = 0; i < j["earnings"].size(); ++i) {
    const json& e = j["earnings"][i];
    const std::string ep = fmt::format("{}/earnings/{}", ptr, i);
    SECU_TRY(std::optional<core::Money> amount, money_at(e, "amount", ep));
    const int year = e["year"].get<int>();
    for (const auto& seen : w.earnings)
      if (seen.year == year) return fail(ErrorCode::invalid_argument, fmt::format("year {} is listed twice", year), ep + "/year");
    w.earnings.push_back({year, *amount});
  }
  std::sort(w.earnings.begin(), w.earnings.end(), [](const auto& a, const auto& b) { return a.year < b.year; });
  return w;
}

}  // namespace

core::Status read_pension_facts(const json& j, Person& p) {
  PensionFacts& f = p.pension;
  if (j.contains("career")) {
    f.career.emplace();
    SECU_RETURN_IF_ERROR(read_career(j["career"], p, *f.career));
  }
  f.earnings_revalued = bool_at(j, "career_earnings_revalued");
  f.spouse_dependent = bool_at(j, "spouse_dependent");
  f.special_scheme = enum_at<SpecialScheme>(j, "special_scheme", {{"none", SpecialScheme::none}, {"miner", SpecialScheme::miner},
      {"seaman", SpecialScheme::seaman}, {"aircrew", SpecialScheme::aircrew}});
  f.company_supplement_unemployment = bool_at(j, "company_supplement_unemployment");
  if (j.contains("other_benefits")) f.other_benefits = read_other_benefits(j["other_benefits"]);
  return {};
}

core::Status read_pension_claim(const json& j, std::size_t index, Situation& s) {
  PensionClaim c;
  c.index = index;
  c.person = j["person"].get<std::string>();
  if (!s.person(c.person)) return fail(ErrorCode::invalid_argument, "no person with id '" + c.person + "'", c.pointer("/person"));
  const std::string ptr = c.pointer();
  SECU_TRY(c.requested_start, date_at(j, "requested_start", ptr));
  SECU_TRY(c.application_date, date_at(j, "application_date", ptr));
  c.lives_in = enum_at<ClaimResidence>(j, "lives_in", {{"belgium", ClaimResidence::belgium}, {"other_eu_state", ClaimResidence::other_eu_state}});
  c.child_dependent = bool_at(j, "child_dependent");
  if (j.contains("work_while_retired")) {
    SECU_TRY(WorkWhileRetired w, read_work(j["work_while_retired"], c.pointer("/work_while_retired")));
    c.work = std::move(w);
  }
  const Person& p = *s.person(c.person);
  if (c.requested_start && p.birth_date && *c.requested_start < *p.birth_date)
    return fail(ErrorCode::invalid_argument, "the pension cannot start before the person's birth", c.pointer("/requested_start"));
  s.pension_claims.push_back(std::move(c));
  return {};
}

}  // namespace secu::rules

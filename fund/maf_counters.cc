// maf_counters.h: the counters kept with the attestations, the household's sums, and the
// healthcare MAF rule run on them for the ceiling.
#include "fund/maf_counters.h"

#include <set>

#include <nlohmann/json.hpp>

#include "explain/render.h"
#include "fund/attestation_internal.h"
#include "fund/members.h"
#include "rules/context.h"
#include "rules/healthcare/maf.h"

namespace secu::fund {

using core::Date;
using core::ErrorCode;
using core::fail;
using core::Money;
using explain::Status;
namespace st = store;
using nlohmann::json;

namespace {

constexpr std::string_view kOpenEnd = "9999-12-31";
constexpr const char* kOffset = "healthcare.maf.income_year_offset";

struct Household {
  std::int64_t head = 0;
  std::vector<std::int64_t> members;  // head first
};

// Links valid some day of [jan1, dec31].
constexpr std::string_view kValidInYear = "valid_from <= $2 AND COALESCE(valid_to, $4) >= $3";

core::Result<Household> household_in_year(st::Database& db, std::int64_t member, Date jan1, Date dec31) {
  const std::vector<st::Value> year{st::date(dec31), st::date(jan1), st::text(std::string(kOpenEnd))};
  auto with = [&](std::int64_t id) {
    std::vector<st::Value> p{st::int64(id)};
    p.insert(p.end(), year.begin(), year.end());
    return p;
  };
  SECU_TRY(st::Rows heads, db.query("SELECT head_id FROM dependants WHERE member_id = $1 AND " + std::string(kValidInYear) +
                                        " ORDER BY valid_from DESC LIMIT 1", with(member)));
  Household h{member, {}};
  if (!heads.empty()) {
    SECU_TRY(h.head, heads.at(0).int64(0));
  }
  SECU_TRY(st::Rows deps, db.query("SELECT DISTINCT member_id FROM dependants WHERE head_id = $1 AND " + std::string(kValidInYear) +
                                       " ORDER BY member_id", with(h.head)));
  std::set<std::int64_t> seen{h.head};
  h.members.push_back(h.head);
  for (const st::Row& r : deps) {
    SECU_TRY(std::int64_t id, r.int64(0));
    if (seen.insert(id).second) h.members.push_back(id);
  }
  if (seen.insert(member).second) h.members.push_back(member);
  return h;
}

struct Row {
  MafCounter counter;
  bool bim = false;
};

core::Result<Row> counter_of(st::Database& db, std::int64_t member, int year) {
  SECU_TRY(st::Rows rows, db.query("SELECT m.niss, m.bim, COALESCE(c.personal_shares, 0), COALESCE(c.lines, 0) FROM members m "
                                   "LEFT JOIN maf_counters c ON c.member_id = m.id AND c.care_year = $2 WHERE m.id = $1",
                                   {st::int64(member), st::int64(year)}));
  Row r;
  SECU_TRY(r.counter.niss, rows.at(0).text(0));
  SECU_TRY(std::int64_t bim, rows.at(0).int64(1));
  r.bim = bim != 0;
  SECU_TRY(r.counter.personal_shares, rows.at(0).money(2));
  SECU_TRY(r.counter.lines, rows.at(0).int64(3));
  return r;
}

// The rule's inputs: the household as persons, and one outcome per counted line (the
// year's sum on the first, zero on the others), so that its sums and line counts are the
// counters'. A member with no line gets an outcome that counts nothing, so the rule still
// answers for them.
std::vector<rules::healthcare::Outcome> outcomes_of(const std::vector<Row>& rows, Date jan1) {
  std::vector<rules::healthcare::Outcome> out;
  for (const Row& r : rows) {
    for (std::int64_t i = 0; i < r.counter.lines; ++i)
      out.push_back({r.counter.niss, jan1, Status::entitled, i == 0 ? r.counter.personal_shares : Money{}});
    if (r.counter.lines == 0) out.push_back({r.counter.niss, jan1, Status::not_entitled, std::nullopt});
  }
  return out;
}

rules::Situation household_situation(const std::vector<Row>& rows, const std::string& head, std::optional<rules::YearAmount> income) {
  rules::Situation s;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    rules::Person p;
    p.id = rows[i].counter.niss;
    p.niss = p.id;
    p.index = i;
    p.preferential_scheme = rows[i].bim;
    if (p.id != head) p.head_of_family = head;
    if (p.id == head && income) p.household_net_taxable_income.push_back(*income);
    s.persons.push_back(std::move(p));
  }
  return s;
}

std::optional<Money> amount(const explain::Decision& d, std::string_view name) {
  for (const auto& a : d.amounts)
    if (a.name == name) return a.value;
  return std::nullopt;
}

// The ceiling: the healthcare MAF rule on the counters, when the data and the income allow.
core::Status ceiling(const law::LawData& law, const std::vector<Row>& rows, std::optional<Money> income, MafCounters& c) {
  const Date jan1 = *Date::from_ymd(c.year, 1, 1);
  auto offset = law.params().integer(kOffset, jan1);
  if (!offset) {
    c.why_not_known = "attestations.maf.year_not_covered";
    return {};
  }
  if (!income) {
    c.why_not_known = "attestations.maf.income_unknown";
    return {};
  }
  const rules::YearAmount in{c.year - static_cast<int>(offset->value), *income};
  const rules::Context ctx{law, jan1, true};
  SECU_TRY(auto ds, rules::healthcare::maf(household_situation(rows, c.head_niss, in), outcomes_of(rows, jan1), ctx));
  for (auto& d : ds)
    if (d.person == c.niss) c.decision = std::move(d);
  if (!c.decision) {
    c.why_not_known = "attestations.maf.year_not_covered";
    return {};
  }
  c.ceiling = amount(*c.decision, "ceiling");
  c.refund = amount(*c.decision, "refund");
  if (c.decision->status == Status::cannot_tell || !c.ceiling) return {};
  c.ceiling_status = c.household_shares >= *c.ceiling ? CeilingStatus::reached : CeilingStatus::not_reached;
  return {};
}

json counter_json(const MafCounter& m) {
  return {{"niss", m.niss}, {"head", m.head}, {"personal_shares", m.personal_shares.text()}, {"lines", m.lines}};
}

}  // namespace

namespace internal {

core::Status add_to_maf_counter(st::Database& tx, std::int64_t member_id, int year, Money share) {
  return tx.exec("INSERT INTO maf_counters (member_id, care_year, personal_shares, lines) VALUES ($1, $2, $3, 1) "
                 "ON CONFLICT (member_id, care_year) DO UPDATE SET personal_shares = maf_counters.personal_shares + "
                 "excluded.personal_shares, lines = maf_counters.lines + 1",
                 {st::int64(member_id), st::int64(year), st::money(share)});
}

}  // namespace internal

std::string_view to_string(CeilingStatus s) {
  switch (s) {
    case CeilingStatus::reached: return "reached";
    case CeilingStatus::not_reached: return "not_reached";
    case CeilingStatus::cannot_tell: return "cannot_tell";
  }
  return "cannot_tell";
}

core::Result<MafCounters> maf_counters(st::Database& db, const law::LawData& law, std::string_view niss, int year,
                                       std::optional<Money> household_income) {
  if (year < 1900 || year > 9999) return fail(ErrorCode::invalid_argument, "expected a calendar year, e.g. 2024", "year");
  SECU_TRY(Member m, find_member(db, niss));
  const Date jan1 = *Date::from_ymd(year, 1, 1), dec31 = *Date::from_ymd(year, 12, 31);
  SECU_TRY(Household h, household_in_year(db, m.id, jan1, dec31));
  MafCounters c{.niss = m.niss, .year = year};
  std::vector<Row> rows;
  for (std::int64_t id : h.members) {
    SECU_TRY(Row r, counter_of(db, id, year));
    r.counter.head = id == h.head;
    if (r.counter.head) c.head_niss = r.counter.niss;
    if (id == m.id) c.member = r.counter;
    c.household_shares += r.counter.personal_shares;
    c.household.push_back(r.counter);
    rows.push_back(std::move(r));
  }
  SECU_RETURN_IF_ERROR(ceiling(law, rows, household_income, c));
  return c;
}

nlohmann::json to_json(const MafCounters& c, const explain::Catalog& catalog, const law::LawData& law, core::Lang lang) {
  json j{{"niss", c.niss},
         {"year", c.year},
         {"head_niss", c.head_niss},
         {"member", counter_json(c.member)},
         {"household_personal_shares", c.household_shares.text()},
         {"ceiling_status", to_string(c.ceiling_status)},
         {"ceiling_status_text", catalog.render({"attestations.maf." + std::string(to_string(c.ceiling_status)), {}}, lang)},
         {"ceiling", c.ceiling ? json(c.ceiling->text()) : json(nullptr)},
         {"refund", c.refund ? json(c.refund->text()) : json(nullptr)}};
  j["household"] = json::array();
  for (const auto& m : c.household) j["household"].push_back(counter_json(m));
  if (!c.why_not_known.empty()) j["note"] = catalog.render({c.why_not_known, {}}, lang);
  j["decision"] = c.decision ? explain::to_json(*c.decision, {catalog, law, lang, false}) : json(nullptr);
  return j;
}

}  // namespace secu::fund

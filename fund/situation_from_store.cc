// Builds the rules' Situation from the stored member, affiliations and dependant links.
// Nothing is decided here: facts are copied, unknown facts stay absent.
#include "fund/insurability.h"

#include "core/niss.h"

namespace secu::fund {

namespace st = store;

namespace {

constexpr std::string_view kOpenEnd = "9999-12-31";

std::optional<bool> flag(const st::Row& r, std::size_t i) {
  if (r.is_null(i)) return std::nullopt;
  auto v = r.int64(i);
  return v ? std::optional<bool>(*v != 0) : std::nullopt;
}

std::optional<rules::InsuredAs> insured_as(const st::Row& r, std::size_t i) {
  if (r.is_null(i)) return std::nullopt;
  auto t = r.text(i);
  for (int k = 0; t && k <= static_cast<int>(rules::InsuredAs::dependant); ++k)
    if (rules::to_string(static_cast<rules::InsuredAs>(k)) == *t) return static_cast<rules::InsuredAs>(k);
  return std::nullopt;
}

// The affiliation that answers for `on`: the one in force, else the next one to start.
core::Status insurance_on(st::Database& db, std::int64_t member, core::Date on, rules::Insurance& ins) {
  SECU_TRY(st::Rows rows, db.query("SELECT fund_code, valid_from FROM affiliations WHERE member_id = $1 "
                                   "AND COALESCE(valid_to, $2) >= $3 ORDER BY valid_from LIMIT 1",
                                   {st::int64(member), st::text(std::string(kOpenEnd)), st::date(on)}));
  if (rows.empty()) {
    ins.registered = false;  // never affiliated, or every period ended before `on`
    return {};
  }
  ins.registered = true;
  SECU_TRY(ins.fund, rows.at(0).text(0));
  SECU_TRY(ins.insured_since, rows.at(0).date(1));
  return {};
}

// One stored member as a rules::Person (id = the NISS), with its insurance on `on`.
core::Result<rules::Person> person(st::Database& db, std::int64_t member, std::size_t index, core::Date on) {
  SECU_TRY(st::Rows rows, db.query("SELECT niss, birth_date, legal_residence, insured_as, contributions_sufficient "
                                   "FROM members WHERE id = $1",
                                   {st::int64(member)}));
  const st::Row& r = rows.at(0);
  rules::Person p;
  SECU_TRY(p.id, r.text(0));
  p.niss = p.id;
  p.index = index;
  if (!r.is_null(1)) {
    SECU_TRY(p.birth_date, r.date(1));
  }
  p.legal_residence = flag(r, 2);
  p.insured_as = insured_as(r, 3);
  p.insurance.contributions_sufficient = flag(r, 4);
  SECU_RETURN_IF_ERROR(insurance_on(db, member, on, p.insurance));
  return p;
}

std::optional<rules::Relation> relation(std::string_view name) {
  for (auto rel : {rules::Relation::spouse, rules::Relation::cohabitant, rules::Relation::child, rules::Relation::ascendant,
                   rules::Relation::parent_in_law})
    if (rules::to_string(rel) == name) return rel;
  return std::nullopt;  // "other": the rule asks for the relation
}

// Adds the head of family when a dependant link is valid on `on` and the person has no
// affiliation of their own in force that day.
core::Status add_head(st::Database& db, std::int64_t member, core::Date on, rules::Situation& s) {
  rules::Person& p = s.persons.front();
  if (p.insurance.registered == true && p.insurance.insured_since && *p.insurance.insured_since <= on) return {};
  SECU_TRY(st::Rows rows, db.query("SELECT head_id, relation, quarterly_income, fiscally_independent "
                                   "FROM dependants WHERE member_id = $1 AND valid_from <= $2 "
                                       "AND COALESCE(valid_to, $3) >= $2 ORDER BY valid_from DESC LIMIT 1",
                                   {st::int64(member), st::date(on), st::text(std::string(kOpenEnd))}));
  if (rows.empty()) return {};
  const st::Row& r = rows.at(0);
  SECU_TRY(std::int64_t head_id, r.int64(0));
  SECU_TRY(std::string rel, r.text(1));
  SECU_TRY(rules::Person head, person(db, head_id, 1, on));
  p.head_of_family = head.id;
  p.relation_to_head = relation(rel);
  p.insured_as = rules::InsuredAs::dependant;
  if (!r.is_null(2)) {
    SECU_TRY(p.quarterly_income, r.money(2));
  }
  p.fiscally_independent = flag(r, 3);
  s.persons.push_back(std::move(head));
  return {};
}

}  // namespace

core::Result<rules::Situation> situation_on(st::Database& db, std::string_view niss, core::Date on) {
  auto n = core::validate_niss(niss);
  if (!n) return core::fail(core::ErrorCode::invalid_argument, n.error().message, "niss");
  SECU_TRY(st::Rows rows, db.query("SELECT id FROM members WHERE niss = $1", {st::text(n->digits)}));
  if (rows.empty()) return core::fail(core::ErrorCode::not_found, "no member with this NISS", "niss");
  SECU_TRY(std::int64_t member, rows.at(0).int64(0));
  rules::Situation s;
  SECU_TRY(rules::Person p, person(db, member, 0, on));
  s.persons.push_back(std::move(p));
  SECU_RETURN_IF_ERROR(add_head(db, member, on, s));
  return s;
}

}  // namespace secu::fund

#include "fund/members.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/lang.h"
#include "core/niss.h"
#include "fund/audit.h"
#include "rules/situation.h"
#include "store/migrations.h"

namespace secu::fund {

using core::ErrorCode;
using core::fail;
namespace st = store;

namespace {

constexpr std::string_view kOpenEnd = "9999-12-31";
constexpr std::array<std::string_view, 6> kRelations = {"spouse", "cohabitant", "child", "ascendant", "parent_in_law", "other"};

// The NISS in its 11-digit form, or invalid_argument naming `field` with the reason.
core::Result<core::Niss> niss_in(std::string_view text, std::string field) {
  auto n = core::validate_niss(text);
  if (!n) return std::unexpected(core::Error{ErrorCode::invalid_argument, n.error().message, std::move(field)});
  return std::move(*n);
}

core::Status required(const std::string& value, std::string field) {
  if (value.find_first_not_of(" \t") == std::string::npos)
    return fail(ErrorCode::invalid_argument, "expected a non-empty text", std::move(field));
  return {};
}

bool known_ground(std::string_view s) {
  for (int k = 0; k <= static_cast<int>(rules::InsuredAs::dependant); ++k)
    if (rules::to_string(static_cast<rules::InsuredAs>(k)) == s) return true;
  return false;
}

st::Value opt_flag(const std::optional<bool>& b) { return b ? st::int64(*b ? 1 : 0) : st::null(); }

// Checks and normalises what the clerk keyed in.
core::Result<Member> validate(const MemberInput& in) {
  SECU_TRY(core::Niss niss, niss_in(in.niss, "niss"));
  SECU_RETURN_IF_ERROR(required(in.family_name, "family_name"));
  SECU_RETURN_IF_ERROR(required(in.given_names, "given_names"));
  if (!core::parse_lang(in.language))
    return fail(ErrorCode::invalid_argument, "expected a language: en, fr or nl", "language");
  if (in.insured_as && !known_ground(*in.insured_as))
    return fail(ErrorCode::invalid_argument,
                "expected a ground of cover: employee, unemployed, pensioner, self_employed, civil_servant, disabled, "
                "domestic_worker, student, national_register or dependant",
                "insured_as");
  Member m{.niss = niss.digits, .family_name = in.family_name, .given_names = in.given_names,
           .birth_date = in.birth_date ? in.birth_date : niss.birth, .language = in.language,
           .address = in.address, .iban = std::nullopt, .bim = in.bim, .dmg_holder = in.dmg_holder,
           .legal_residence = in.legal_residence, .insured_as = in.insured_as,
           .contributions_sufficient = in.contributions_sufficient};
  if (in.iban) {
    auto iban = core::validate_iban(*in.iban);
    if (!iban) return fail(ErrorCode::invalid_argument, iban.error().message, "iban");
    m.iban = *iban;
  }
  return m;
}

st::Value opt_text(const std::optional<std::string>& s) { return st::optional(s, st::text); }
st::Value opt_text(const std::string& s) { return s.empty() ? st::null() : st::text(s); }

core::Result<std::int64_t> insert_member(st::Database& tx, const Member& m) {
  auto rows = tx.query(
      "INSERT INTO members (niss, family_name, given_names, birth_date, language, street, postcode, city, "
      "country, iban, bim, gmd_provider, created_at, legal_residence, insured_as, contributions_sufficient) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
      {st::text(m.niss), st::text(m.family_name), st::text(m.given_names), st::optional(m.birth_date, st::date),
       st::text(m.language), opt_text(m.address.street), opt_text(m.address.postcode), opt_text(m.address.city),
       st::text(m.address.country.empty() ? "BE" : m.address.country), opt_text(m.iban), st::int64(m.bim ? 1 : 0),
       opt_text(m.dmg_holder), st::text(st::now_utc()), opt_flag(m.legal_residence), opt_text(m.insured_as),
       opt_flag(m.contributions_sufficient)});
  if (!rows && st::is_duplicate(rows.error()))
    return fail(ErrorCode::failed_precondition, "a member with this NISS is already registered", "niss");
  if (!rows) return std::unexpected(rows.error());
  return rows->at(0).int64(0);
}

core::Result<Member> member_from(const st::Row& r) {
  Member m;
  SECU_TRY(m.id, r.int64(0));
  SECU_TRY(m.niss, r.text(1));
  SECU_TRY(m.family_name, r.text(2));
  SECU_TRY(m.given_names, r.text(3));
  SECU_TRY(m.birth_date, r.optional_date(4));
  SECU_TRY(m.language, r.text(5));
  SECU_TRY(auto street, r.optional_text(6));
  SECU_TRY(auto postcode, r.optional_text(7));
  SECU_TRY(auto city, r.optional_text(8));
  SECU_TRY(auto country, r.optional_text(9));
  m.address = {street.value_or(""), postcode.value_or(""), city.value_or(""), country.value_or("BE")};
  SECU_TRY(m.iban, r.optional_text(10));
  SECU_TRY(std::int64_t bim, r.int64(11));
  m.bim = bim != 0;
  SECU_TRY(m.dmg_holder, r.optional_text(12));
  for (auto [i, flag] : {std::pair{13u, &m.legal_residence}, std::pair{15u, &m.contributions_sufficient}}) {
    SECU_TRY(std::optional<std::int64_t> v, r.optional_int64(i));
    if (v) *flag = *v != 0;
  }
  SECU_TRY(m.insured_as, r.optional_text(14));
  return m;
}

// The stored id of the member with this NISS; not_found naming `field` otherwise.
core::Result<std::int64_t> member_id(st::Database& db, std::string_view niss, std::string field) {
  SECU_TRY(core::Niss n, niss_in(niss, field));
  SECU_TRY(st::Rows rows, db.query("SELECT id FROM members WHERE niss = $1", {st::text(n.digits)}));
  if (rows.empty()) return fail(ErrorCode::not_found, "no member with this NISS", std::move(field));
  return rows.at(0).int64(0);
}

core::Status check_period(core::Date from, const std::optional<core::Date>& to) {
  if (to && *to < from) return fail(ErrorCode::invalid_argument, "expected an end on or after valid_from", "valid_to");
  return {};
}

}  // namespace

core::Result<Member> register_member(st::Database& db, const MemberInput& in, std::string_view by) {
  SECU_TRY(Member m, validate(in));
  const core::Status written = db.transaction([&](st::Database& tx) -> core::Status {
    SECU_TRY(m.id, insert_member(tx, m));
    return audit(tx, by, "member.register", "member:" + std::to_string(m.id), {{"niss", m.niss}});
  });
  SECU_RETURN_IF_ERROR(written);
  return m;
}

core::Result<Member> find_member(st::Database& db, std::string_view niss) {
  SECU_TRY(core::Niss n, niss_in(niss, "niss"));
  SECU_TRY(st::Rows rows, db.query("SELECT id, niss, family_name, given_names, birth_date, language, street, postcode, "
                                   "city, country, iban, bim, gmd_provider, legal_residence, insured_as, "
                                   "contributions_sufficient FROM members WHERE niss = $1",
                                   {st::text(n.digits)}));
  if (rows.empty()) return fail(ErrorCode::not_found, "no member with this NISS", "niss");
  return member_from(rows.at(0));
}

namespace {

// Refuses a period overlapping a stored one, and a change of fund off a quarter's first day.
core::Status check_affiliation(st::Database& tx, std::int64_t member, const AffiliationInput& in) {
  const std::string to = in.valid_to ? in.valid_to->iso() : std::string(kOpenEnd);
  SECU_TRY(st::Rows overlap, tx.query("SELECT valid_from FROM affiliations WHERE member_id = $1 AND valid_from <= $2 "
                                      "AND COALESCE(valid_to, $3) >= $4",
                                      {st::int64(member), st::text(to), st::text(std::string(kOpenEnd)), st::date(in.valid_from)}));
  if (!overlap.empty()) return fail(ErrorCode::failed_precondition, "overlaps a stored affiliation period", "valid_from");
  SECU_TRY(st::Rows before, tx.query("SELECT fund_code FROM affiliations WHERE member_id = $1 AND valid_from < $2 "
                                     "ORDER BY valid_from DESC LIMIT 1",
                                     {st::int64(member), st::date(in.valid_from)}));
  std::optional<std::string> previous = in.previous_fund;
  if (!before.empty()) {
    SECU_TRY(previous, before.at(0).text(0));
  }
  // Seed 004 ch. I: a change of fund takes effect "on the first day of any calendar quarter".
  if (previous && *previous != in.fund_code && core::first_of_quarter(in.valid_from) != in.valid_from)
    return fail(ErrorCode::invalid_argument,
                "expected the first day of a calendar quarter (a change from " + *previous + "): " +
                    core::first_quarter_day_on_or_after(in.valid_from).iso() + " at the earliest",
                "valid_from");
  return {};
}

}  // namespace

core::Result<std::int64_t> add_affiliation(st::Database& db, const AffiliationInput& in, std::string_view by) {
  SECU_RETURN_IF_ERROR(required(in.fund_code, "fund_code"));
  SECU_RETURN_IF_ERROR(check_period(in.valid_from, in.valid_to));
  std::int64_t id = 0;
  const core::Status written = db.transaction([&](st::Database& tx) -> core::Status {
    SECU_TRY(std::int64_t member, member_id(tx, in.niss, "niss"));
    SECU_RETURN_IF_ERROR(check_affiliation(tx, member, in));
    SECU_TRY(st::Rows rows, tx.query("INSERT INTO affiliations (member_id, fund_code, valid_from, valid_to) "
                                     "VALUES ($1, $2, $3, $4) RETURNING id",
                                     {st::int64(member), st::text(in.fund_code), st::date(in.valid_from),
                                      st::optional(in.valid_to, st::date)}));
    SECU_TRY(id, rows.at(0).int64(0));
    return audit(tx, by, "member.affiliation", "member:" + std::to_string(member),
                 {{"fund", in.fund_code}, {"valid_from", in.valid_from.iso()},
                  {"valid_to", in.valid_to ? nlohmann::json(in.valid_to->iso()) : nlohmann::json()}});
  });
  SECU_RETURN_IF_ERROR(written);
  return id;
}

namespace {

core::Result<std::int64_t> insert_dependant(st::Database& tx, const DependantInput& in, std::int64_t member, std::int64_t head) {
  SECU_TRY(st::Rows rows, tx.query("INSERT INTO dependants (member_id, head_id, relation, valid_from, valid_to, "
                                   "quarterly_income, fiscally_independent) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                                   {st::int64(member), st::int64(head), st::text(in.relation), st::date(in.valid_from),
                                    st::optional(in.valid_to, st::date), st::optional(in.quarterly_income, st::money),
                                    in.fiscally_independent ? st::int64(*in.fiscally_independent ? 1 : 0) : st::null()}));
  return rows.at(0).int64(0);
}

}  // namespace

core::Result<std::int64_t> register_dependant(st::Database& db, const DependantInput& in, std::string_view by) {
  if (std::find(kRelations.begin(), kRelations.end(), in.relation) == kRelations.end())
    return fail(ErrorCode::invalid_argument, "expected a relation: spouse, cohabitant, child, ascendant, parent_in_law or other",
                "relation");
  SECU_RETURN_IF_ERROR(check_period(in.valid_from, in.valid_to));
  if (in.quarterly_income && *in.quarterly_income < core::Money{})
    return fail(ErrorCode::invalid_argument, "expected an income of 0 or more", "quarterly_income");
  std::int64_t id = 0;
  const core::Status written = db.transaction([&](st::Database& tx) -> core::Status {
    SECU_TRY(std::int64_t head, member_id(tx, in.head_niss, "head_niss"));
    SECU_TRY(std::int64_t member, member_id(tx, in.dependant_niss, "dependant_niss"));
    if (head == member) return fail(ErrorCode::invalid_argument, "expected a person other than the head", "dependant_niss");
    SECU_TRY(id, insert_dependant(tx, in, member, head));
    return audit(tx, by, "member.dependant", "member:" + std::to_string(head),
                 {{"dependant", member}, {"relation", in.relation}, {"valid_from", in.valid_from.iso()}});
  });
  SECU_RETURN_IF_ERROR(written);
  return id;
}

namespace {

constexpr std::string_view kMemberColumns =
    "SELECT id, niss, family_name, given_names, birth_date, language, street, postcode, city, country, iban, bim, "
    "gmd_provider, legal_residence, insured_as, contributions_sufficient FROM members ";

nlohmann::json member_json_for_audit(const Member& m) {
  return {{"family_name", m.family_name}, {"given_names", m.given_names}, {"language", m.language},
          {"street", m.address.street}, {"postcode", m.address.postcode}, {"city", m.address.city},
          {"country", m.address.country}, {"iban", m.iban ? nlohmann::json(*m.iban) : nlohmann::json()},
          {"bim", m.bim}, {"dmg_holder", m.dmg_holder ? nlohmann::json(*m.dmg_holder) : nlohmann::json()},
          {"legal_residence", m.legal_residence ? nlohmann::json(*m.legal_residence) : nlohmann::json()},
          {"insured_as", m.insured_as ? nlohmann::json(*m.insured_as) : nlohmann::json()},
          {"contributions_sufficient",
           m.contributions_sufficient ? nlohmann::json(*m.contributions_sufficient) : nlohmann::json()}};
}

// The member after the change, validated as a registration would be.
core::Result<Member> changed(const Member& old, const MemberChange& c) {
  MemberInput in{.niss = old.niss, .family_name = c.family_name.value_or(old.family_name),
                 .given_names = c.given_names.value_or(old.given_names), .birth_date = old.birth_date,
                 .language = c.language.value_or(old.language), .address = c.address.value_or(old.address),
                 .iban = c.iban ? c.iban : old.iban, .bim = c.bim.value_or(old.bim),
                 .dmg_holder = c.dmg_holder ? (c.dmg_holder->empty() ? std::nullopt : c.dmg_holder) : old.dmg_holder,
                 .legal_residence = c.legal_residence ? c.legal_residence : old.legal_residence,
                 .insured_as = c.insured_as ? c.insured_as : old.insured_as,
                 .contributions_sufficient = c.contributions_sufficient ? c.contributions_sufficient
                                                                        : old.contributions_sufficient};
  SECU_TRY(Member m, validate(in));
  m.id = old.id;
  return m;
}

}  // namespace

core::Result<Member> update_member(st::Database& db, std::string_view niss, const MemberChange& change, std::string_view by) {
  Member now;
  const core::Status written = db.transaction([&](st::Database& tx) -> core::Status {
    SECU_TRY(Member old, find_member(tx, niss));
    SECU_TRY(now, changed(old, change));
    SECU_RETURN_IF_ERROR(tx.exec(
        "UPDATE members SET family_name = $1, given_names = $2, language = $3, street = $4, postcode = $5, city = $6, "
        "country = $7, iban = $8, bim = $9, gmd_provider = $10, legal_residence = $11, insured_as = $12, "
        "contributions_sufficient = $13 WHERE id = $14",
        {st::text(now.family_name), st::text(now.given_names), st::text(now.language), opt_text(now.address.street),
         opt_text(now.address.postcode), opt_text(now.address.city),
         st::text(now.address.country.empty() ? "BE" : now.address.country), opt_text(now.iban),
         st::int64(now.bim ? 1 : 0), opt_text(now.dmg_holder), opt_flag(now.legal_residence), opt_text(now.insured_as),
         opt_flag(now.contributions_sufficient), st::int64(now.id)}));
    return audit(tx, by, "member.update", "member:" + std::to_string(now.id),
                 {{"before", member_json_for_audit(old)}, {"after", member_json_for_audit(now)}});
  });
  SECU_RETURN_IF_ERROR(written);
  return now;
}

core::Result<std::vector<Member>> search_members(st::Database& db, std::string_view text, int limit) {
  if (limit < 1 || limit > 500) limit = 50;
  std::string digits;
  for (char c : text)
    if (c >= '0' && c <= '9') digits += c;
  std::string lowered(text);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  SECU_TRY(st::Rows rows,
           db.query(std::string(kMemberColumns) +
                        "WHERE ($1 <> '' AND niss LIKE $1 || '%') OR LOWER(family_name) LIKE '%' || $2 || '%' "
                        "ORDER BY family_name, given_names, id LIMIT $3",
                    {st::text(digits), st::text(lowered), st::int64(limit)}));
  std::vector<Member> out;
  for (const st::Row& r : rows) {
    SECU_TRY(Member m, member_from(r));
    out.push_back(std::move(m));
  }
  return out;
}

core::Result<std::vector<Affiliation>> affiliations_of(st::Database& db, std::string_view niss) {
  SECU_TRY(std::int64_t member, member_id(db, niss, "niss"));
  SECU_TRY(st::Rows rows, db.query("SELECT id, fund_code, valid_from, valid_to FROM affiliations WHERE member_id = $1 "
                                   "ORDER BY valid_from",
                                   {st::int64(member)}));
  std::vector<Affiliation> out;
  for (const st::Row& r : rows) {
    Affiliation a;
    SECU_TRY(a.id, r.int64(0));
    SECU_TRY(a.fund_code, r.text(1));
    SECU_TRY(a.valid_from, r.date(2));
    SECU_TRY(a.valid_to, r.optional_date(3));
    out.push_back(std::move(a));
  }
  return out;
}

core::Result<std::vector<DependantLink>> household_of(st::Database& db, std::string_view niss) {
  SECU_TRY(std::int64_t member, member_id(db, niss, "niss"));
  SECU_TRY(st::Rows rows,
           db.query("SELECT d.id, h.niss, m.niss, m.given_names || ' ' || m.family_name, d.relation, d.valid_from, "
                    "d.valid_to FROM dependants d JOIN members h ON h.id = d.head_id JOIN members m ON m.id = d.member_id "
                    "WHERE d.head_id = $1 OR d.member_id = $1 ORDER BY d.valid_from, d.id",
                    {st::int64(member)}));
  std::vector<DependantLink> out;
  for (const st::Row& r : rows) {
    DependantLink l;
    SECU_TRY(l.id, r.int64(0));
    SECU_TRY(l.head_niss, r.text(1));
    SECU_TRY(l.dependant_niss, r.text(2));
    SECU_TRY(l.dependant_name, r.text(3));
    SECU_TRY(l.relation, r.text(4));
    SECU_TRY(l.valid_from, r.date(5));
    SECU_TRY(l.valid_to, r.optional_date(6));
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace secu::fund

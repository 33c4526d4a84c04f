// The members of the fund: find, register, correct, affiliation periods, dependants, the
// insurability answer on a date; and the stored decisions with their history.
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "explain/render.h"
#include "fund/attestations.h"
#include "fund/decisions.h"
#include "fund/insurability.h"
#include "fund/members.h"
#include "server/handlers.h"
#include "server/http_util.h"
#include "server/json_body.h"

namespace secu::server::handlers {

namespace {

using nlohmann::json;

json opt(const std::optional<std::string>& s) { return s ? json(*s) : json(); }
json opt(const std::optional<core::Date>& d) { return d ? json(d->iso()) : json(); }

json member_json(const fund::Member& m) {
  return {{"id", m.id}, {"niss", m.niss}, {"family_name", m.family_name}, {"given_names", m.given_names},
          {"birth_date", opt(m.birth_date)}, {"language", m.language},
          {"address", {{"street", m.address.street}, {"postcode", m.address.postcode}, {"city", m.address.city},
                       {"country", m.address.country}}},
          {"iban", opt(m.iban)}, {"bim", m.bim}, {"dmg_holder", opt(m.dmg_holder)},
          {"legal_residence", m.legal_residence ? json(*m.legal_residence) : json()},
          {"insured_as", opt(m.insured_as)},
          {"contributions_sufficient", m.contributions_sufficient ? json(*m.contributions_sufficient) : json()}};
}

core::Result<std::optional<fund::Address>> address_in(const JsonBody& body) {
  SECU_TRY(auto a, body.optional_object("address"));
  if (!a) return std::optional<fund::Address>{};
  fund::Address out;
  SECU_TRY(auto street, a->optional_text("street"));
  SECU_TRY(auto postcode, a->optional_text("postcode"));
  SECU_TRY(auto city, a->optional_text("city"));
  SECU_TRY(auto country, a->optional_text("country"));
  out.street = street.value_or("");
  out.postcode = postcode.value_or("");
  out.city = city.value_or("");
  out.country = country.value_or("BE");
  return std::optional<fund::Address>(out);
}

core::Result<fund::MemberInput> member_in(const JsonBody& b) {
  fund::MemberInput in;
  SECU_TRY(in.niss, b.text("niss"));
  SECU_TRY(in.family_name, b.text("family_name"));
  SECU_TRY(in.given_names, b.text("given_names"));
  SECU_TRY(in.birth_date, b.optional_date("birth_date"));
  SECU_TRY(in.language, b.text("language"));
  SECU_TRY(auto address, address_in(b));
  if (address) in.address = *address;
  SECU_TRY(in.iban, b.optional_text("iban"));
  SECU_TRY(auto bim, b.optional_bool("bim"));
  in.bim = bim.value_or(false);
  SECU_TRY(in.dmg_holder, b.optional_text("dmg_holder"));
  SECU_TRY(in.legal_residence, b.optional_bool("legal_residence"));
  SECU_TRY(in.insured_as, b.optional_text("insured_as"));
  SECU_TRY(in.contributions_sufficient, b.optional_bool("contributions_sufficient"));
  return in;
}

core::Result<fund::MemberChange> change_in(const JsonBody& b) {
  fund::MemberChange c;
  SECU_TRY(c.family_name, b.optional_text("family_name"));
  SECU_TRY(c.given_names, b.optional_text("given_names"));
  SECU_TRY(c.language, b.optional_text("language"));
  SECU_TRY(c.address, address_in(b));
  SECU_TRY(c.iban, b.optional_text("iban"));
  SECU_TRY(c.bim, b.optional_bool("bim"));
  SECU_TRY(c.dmg_holder, b.optional_text("dmg_holder"));
  SECU_TRY(c.legal_residence, b.optional_bool("legal_residence"));
  SECU_TRY(c.insured_as, b.optional_text("insured_as"));
  SECU_TRY(c.contributions_sufficient, b.optional_bool("contributions_sufficient"));
  return c;
}

/// The member with its affiliation periods and household links.
core::Result<json> member_file(store::Database& db, std::string_view niss) {
  SECU_TRY(fund::Member m, fund::find_member(db, niss));
  SECU_TRY(auto periods, fund::affiliations_of(db, m.niss));
  SECU_TRY(auto links, fund::household_of(db, m.niss));
  json j = member_json(m);
  j["affiliations"] = json::array();
  for (const auto& a : periods)
    j["affiliations"].push_back({{"id", a.id}, {"fund", a.fund_code}, {"valid_from", a.valid_from.iso()}, {"valid_to", opt(a.valid_to)}});
  j["household"] = json::array();
  for (const auto& l : links)
    j["household"].push_back({{"id", l.id}, {"head_niss", l.head_niss}, {"dependant_niss", l.dependant_niss},
                              {"dependant_name", l.dependant_name}, {"relation", l.relation},
                              {"valid_from", l.valid_from.iso()}, {"valid_to", opt(l.valid_to)}});
  return j;
}

/// Runs fn with a connection; replies with its JSON or its error. On a request with a body,
/// a field the fund names ("niss", "valid_from") becomes the body's JSON pointer ("/niss").
enum class Fields { query, body };

template <class F>
void with_db(const Api& api, httplib::Response& res, F fn, int status = 200, Fields fields = Fields::query) {
  auto db = api.db();
  if (!db) return reply_error(res, db.error());
  core::Result<json> out = fn(**db);
  if (!out) {
    core::Error e = out.error();
    const bool path_niss = e.code == core::ErrorCode::not_found && e.field == "niss";  // the path's member
    if (fields == Fields::body && !path_niss && !e.field.empty() && e.field.front() != '/' && e.field != "db")
      e.field = "/" + e.field;
    return reply_error(res, e);
  }
  reply_json(res, *out, status);
}

std::string niss_of(const httplib::Request& req) { return req.matches[1].str(); }

void search(const Api& api, const httplib::Request& req, httplib::Response& res) {
  const std::string q = req.get_param_value("q");
  if (q.empty()) return reply_error(res, 400, "invalid_argument", "expected ?q= a NISS or part of a family name", "q");
  with_db(api, res, [&](store::Database& db) -> core::Result<json> {
    SECU_TRY(auto found, fund::search_members(db, q));
    json out = json::array();
    for (const auto& m : found) out.push_back(member_json(m));
    return json{{"members", out}};
  });
}

void create(const Api& api, const httplib::Request& req, httplib::Response& res) {
  with_db(api, res, [&](store::Database& db) -> core::Result<json> {
    SECU_TRY(JsonBody body, JsonBody::parse(req.body));
    SECU_TRY(fund::MemberInput in, member_in(body));
    SECU_TRY(fund::Member m, fund::register_member(db, in, api.who()));
    return member_file(db, m.niss);
  }, 201, Fields::body);
}

void show(const Api& api, const httplib::Request& req, httplib::Response& res) {
  with_db(api, res, [&](store::Database& db) { return member_file(db, niss_of(req)); });
}

void update(const Api& api, const httplib::Request& req, httplib::Response& res) {
  with_db(api, res, [&](store::Database& db) -> core::Result<json> {
    SECU_TRY(JsonBody body, JsonBody::parse(req.body));
    SECU_TRY(fund::MemberChange change, change_in(body));
    SECU_TRY(fund::Member m, fund::update_member(db, niss_of(req), change, api.who()));
    SECU_TRY(json out, member_file(db, m.niss));
    // A new bank account releases the reimbursements that waited for one.
    if (change.iban) {
      SECU_TRY(auto booked, fund::book_waiting_payments(db, m.niss, api.who()));
      out["payments_booked"] = booked;
    }
    return out;
  }, 200, Fields::body);
}

/// A fund a member can be affiliated to: a mutualities' union or a public health fund
/// (data/institutions, kind fund_union or public_health_fund).
core::Status health_fund(const Api& api, const std::string& id, std::string_view field) {
  const law::Institution* i = api.law.institution(id);
  if (i && (i->kind == "fund_union" || i->kind == "public_health_fund")) return {};
  return core::fail(core::ErrorCode::invalid_argument,
                    "expected the id of a health insurance fund (GET /v1/institutions?kind=fund_union or "
                    "kind=public_health_fund), got '" + id + "'",
                    std::string(field));
}

void affiliate(const Api& api, const httplib::Request& req, httplib::Response& res) {
  with_db(api, res, [&](store::Database& db) -> core::Result<json> {
    SECU_TRY(JsonBody b, JsonBody::parse(req.body));
    fund::AffiliationInput in{.niss = niss_of(req)};
    SECU_TRY(in.fund_code, b.text("fund"));
    SECU_TRY(in.valid_from, b.date("valid_from"));
    SECU_TRY(in.valid_to, b.optional_date("valid_to"));
    SECU_TRY(in.previous_fund, b.optional_text("previous_fund"));
    SECU_RETURN_IF_ERROR(health_fund(api, in.fund_code, "/fund"));
    if (in.previous_fund) SECU_RETURN_IF_ERROR(health_fund(api, *in.previous_fund, "/previous_fund"));
    SECU_TRY(std::int64_t id, fund::add_affiliation(db, in, api.who()));
    (void)id;
    return member_file(db, in.niss);
  }, 201, Fields::body);
}

void add_dependant(const Api& api, const httplib::Request& req, httplib::Response& res) {
  with_db(api, res, [&](store::Database& db) -> core::Result<json> {
    SECU_TRY(JsonBody b, JsonBody::parse(req.body));
    fund::DependantInput in{.head_niss = niss_of(req)};
    SECU_TRY(in.dependant_niss, b.text("dependant_niss"));
    SECU_TRY(in.relation, b.text("relation"));
    SECU_TRY(in.valid_from, b.date("valid_from"));
    SECU_TRY(in.valid_to, b.optional_date("valid_to"));
    SECU_TRY(in.quarterly_income, b.optional_money("quarterly_income"));
    SECU_TRY(in.fiscally_independent, b.optional_bool("fiscally_independent"));
    SECU_TRY(std::int64_t id, fund::register_dependant(db, in, api.who()));
    (void)id;
    return member_file(db, in.head_niss);
  }, 201, Fields::body);
}

void insurability(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto at = query_date(req);
  if (!at) return reply_error(res, at.error());
  auto lang = query_lang(req);
  if (!lang) return reply_error(res, lang.error());
  with_db(api, res, [&](store::Database& db) -> core::Result<json> {
    SECU_TRY(fund::Insurability a, fund::insurability(db, api.law, niss_of(req), *at));
    json j = explain::to_json(a.decisions, {api.catalog, api.law, *lang, false});
    j["niss"] = a.niss;
    j["on"] = a.on.iso();
    j["status"] = explain::to_string(a.status);
    j["fund"] = opt(a.fund);
    j["head_niss"] = opt(a.head_niss);
    j["bim"] = a.bim;
    return j;
  });
}

void decision(const Api& api, const httplib::Request& req, httplib::Response& res) {
  std::int64_t id = 0;
  try {
    id = std::stoll(req.matches[1].str());
  } catch (const std::exception&) {
    return reply_error(res, 400, "invalid_argument", "expected a decision number", "id");
  }
  with_db(api, res, [&](store::Database& db) -> core::Result<json> {
    SECU_TRY(fund::StoredDecision d, fund::find_decision(db, id));
    return fund::to_json(d);
  });
}

// ?subject=attestation:12 [&as_of=2024-05-01T00:00:00Z] [&history=true]: the decisions in
// force at that moment, or every record (corrections included) with history=true.
void decisions(const Api& api, const httplib::Request& req, httplib::Response& res) {
  const std::string subject = req.get_param_value("subject");
  if (subject.empty()) return reply_error(res, 400, "invalid_argument", "expected ?subject= like attestation:12", "subject");
  auto history = query_flag(req, "history");
  if (!history) return reply_error(res, history.error());
  const std::string as_of = req.get_param_value("as_of");
  with_db(api, res, [&](store::Database& db) -> core::Result<json> {
    SECU_TRY(auto found, *history ? fund::decision_history(db, subject, as_of) : fund::decisions_in_force(db, subject, as_of));
    json out = json::array();
    for (const auto& d : found) out.push_back(fund::to_json(d));
    return json{{"subject", subject}, {"decisions", out}};
  });
}

}  // namespace

std::vector<Route> member_routes() {
  using M = Method;
  return {
      {M::get, "/v1/members", "/v1/members", "Find members by NISS or family name (?q=)", "/v1/members?q=peeters", search,
       fund::kReaders},
      {M::post, "/v1/members", "/v1/members", "Register a member (NISS and IBAN validated)", "/v1/members", create,
       fund::kClerks},
      {M::get, "/v1/members/{niss}", R"(/v1/members/([0-9.\-]{11,15}))",
       "A member with affiliation periods and household", "/v1/members/85073003328", show, fund::kReaders},
      {M::post, "/v1/members/{niss}", R"(/v1/members/([0-9.\-]{11,15}))",
       "Correct a member: names, language, address, bank account, BIM, DMG holder", "/v1/members/85073003328", update,
       fund::kClerks},
      {M::post, "/v1/members/{niss}/affiliations", R"(/v1/members/([0-9.\-]{11,15})/affiliations)",
       "Add an affiliation period (a change of fund starts on a quarter's first day)",
       "/v1/members/85073003328/affiliations", affiliate, fund::kClerks},
      {M::post, "/v1/members/{niss}/dependants", R"(/v1/members/([0-9.\-]{11,15})/dependants)",
       "Link a dependant to this head of family", "/v1/members/85073003328/dependants", add_dependant, fund::kClerks},
      {M::get, "/v1/members/{niss}/insurability", R"(/v1/members/([0-9.\-]{11,15})/insurability)",
       "Is the member insured on ?at=, through which fund, as holder or dependant", "/v1/members/85073003328/insurability?at=2024-05-02",
       insurability, fund::kReaders},
      {M::get, "/v1/decisions", "/v1/decisions",
       "The stored decisions about ?subject= in force (?as_of= a moment; ?history=true: every record)",
       "/v1/decisions?subject=attestation:1", decisions, fund::kReaders},
      {M::get, "/v1/decisions/{id}", R"(/v1/decisions/([0-9]{1,18}))",
       "One stored decision with its explanation (en, fr, nl) and parameter versions", "/v1/decisions/1", decision,
       fund::kReaders},
  };
}

}  // namespace secu::server::handlers

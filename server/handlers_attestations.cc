// The attestations of care: intake (paper with its sticker number, or eAttest), decided line
// by line by the healthcare rules (fund/attestations.h); reading them back; a member's MAF
// counters (fund/maf_counters.h). The intake writes the audit log in its own transaction.
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <charconv>

#include "fund/attestations.h"
#include "fund/maf_counters.h"
#include "server/handlers.h"
#include "server/http_util.h"

namespace secu::server::handlers {

namespace {

using nlohmann::json;

/// Runs fn with a connection; replies with its JSON or its error.
template <class F>
void with_db(const Api& api, httplib::Response& res, F fn) {
  auto db = api.db();
  if (!db) return reply_error(res, db.error());
  core::Result<json> out = fn(**db);
  if (!out) return reply_error(res, out.error());
  reply_json(res, *out);
}

core::Result<std::int64_t> id_of(const httplib::Request& req) {
  const std::string s = req.matches[1].str();
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
  if (ec != std::errc{} || end != s.data() + s.size() || id <= 0)
    return core::fail(core::ErrorCode::invalid_argument, "expected an attestation id, a positive integer", "id");
  return id;
}

// ?year= (default: this year) and ?income= (the household's net taxable income, optional).
core::Result<int> year_of(const httplib::Request& req) {
  if (!req.has_param("year")) return today().year();
  const std::string s = req.get_param_value("year");
  int year = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), year);
  if (ec != std::errc{} || end != s.data() + s.size() || year < 1900 || year > 9999)
    return core::fail(core::ErrorCode::invalid_argument, "expected a calendar year, e.g. 2024", "year");
  return year;
}

core::Result<std::optional<core::Money>> income_of(const httplib::Request& req) {
  if (!req.has_param("income")) return std::optional<core::Money>{};
  auto m = core::parse_money(req.get_param_value("income"));
  if (!m || *m < core::Money{})
    return core::fail(core::ErrorCode::invalid_argument, "expected the household's net taxable income, e.g. 30000.00", "income");
  return std::optional<core::Money>(*m);
}

void intake(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto lang = query_lang(req);
  if (!lang) return reply_error(res, lang.error());
  auto in = fund::parse_intake(req.body);
  if (!in) return reply_error(res, in.error());
  auto db = api.db();
  if (!db) return reply_error(res, db.error());
  auto r = fund::intake_attestation(**db, api.law, api.catalog, *in, api.who());
  if (!r) return reply_error(res, r.error());
  json j = fund::to_json(r->attestation, api.catalog, *lang);
  j["replayed"] = r->replayed;
  reply_json(res, j, r->replayed ? 200 : 201);
}

void show(const Api& api, const httplib::Request& req, httplib::Response& res) {
  with_db(api, res, [&](store::Database& db) -> core::Result<json> {
    SECU_TRY(core::Lang lang, query_lang(req));
    SECU_TRY(std::int64_t id, id_of(req));
    SECU_TRY(fund::Attestation a, fund::find_attestation(db, id));
    return fund::to_json(a, api.catalog, lang);
  });
}

void redecide(const Api& api, const httplib::Request& req, httplib::Response& res) {
  with_db(api, res, [&](store::Database& db) -> core::Result<json> {
    SECU_TRY(core::Lang lang, query_lang(req));
    SECU_TRY(std::int64_t id, id_of(req));
    SECU_TRY(fund::Attestation a, fund::redecide_attestation(db, api.law, api.catalog, id, req.body.empty() ? "{}" : req.body, api.who()));
    return fund::to_json(a, api.catalog, lang);
  });
}

void of_member(const Api& api, const httplib::Request& req, httplib::Response& res) {
  with_db(api, res, [&](store::Database& db) -> core::Result<json> {
    SECU_TRY(core::Lang lang, query_lang(req));
    SECU_TRY(auto list, fund::member_attestations(db, req.matches[1].str()));
    json out = json::array();
    for (const auto& a : list) out.push_back(fund::to_json(a, api.catalog, lang));
    return json{{"attestations", out}};
  });
}

void maf(const Api& api, const httplib::Request& req, httplib::Response& res) {
  with_db(api, res, [&](store::Database& db) -> core::Result<json> {
    SECU_TRY(core::Lang lang, query_lang(req));
    SECU_TRY(int year, year_of(req));
    SECU_TRY(auto income, income_of(req));
    SECU_TRY(fund::MafCounters c, fund::maf_counters(db, api.law, req.matches[1].str(), year, income));
    return fund::to_json(c, api.catalog, api.law, lang);
  });
}

}  // namespace

std::vector<Route> attestation_routes() {
  using M = Method;
  return {
      {M::post, "/v1/attestations", "/v1/attestations",
       "Take in an attestation of care (paper with its sticker number, or eAttest): decided line by line, paid when due",
       "/v1/attestations?lang=fr", intake, fund::kClerks},
      {M::get, "/v1/attestations/{id}", R"(/v1/attestations/([0-9]{1,18}))",
       "An attestation with its lines: asked, statutory, reimbursed, personal share, supplement, decision (?lang=)",
       "/v1/attestations/1?lang=nl", show, fund::kReaders},
      {M::post, "/v1/attestations/{id}/answers", R"(/v1/attestations/([0-9]{1,18})/answers)",
       "Answer a pending attestation's questions about its lines ({\"answers\": {pointer: value}}; {} after the member's facts) and decide it again",
       "/v1/attestations/1/answers?lang=fr", redecide, fund::kClerks},
      {M::get, "/v1/members/{niss}/attestations", R"(/v1/members/([0-9.\-]{11,15})/attestations)",
       "A member's attestations, newest first", "/v1/members/85073003328/attestations", of_member, fund::kReaders},
      {M::get, "/v1/members/{niss}/maf", R"(/v1/members/([0-9.\-]{11,15})/maf)",
       "The MAF counters of the member and the household for ?year= (?income= for the ceiling)",
       "/v1/members/85073003328/maf?year=2024", maf, fund::kReaders},
  };
}

}  // namespace secu::server::handlers

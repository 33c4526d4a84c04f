// Appeals over fund/appeals.h: POST /v1/appeals (record), GET /v1/appeals/{id}, POST
// /v1/appeals/{id}/outcome, GET /v1/members/{niss}/appeals, GET /v1/appeals?decision_id=.
// The deadline is the appeals rule's; a late appeal is recorded and flagged (in_time false):
// the labour court decides whether it is admissible.
// Body errors name the JSON pointer ("/decision_id", "/lodged_on"; "/" for the whole body);
// path errors the parameter ("id", "niss"); query errors "decision_id".
#include <charconv>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "fund/appeals.h"
#include "server/handlers.h"
#include "server/http_util.h"
#include "server/json_body.h"

namespace secu::server::handlers {

using core::ErrorCode;
using core::fail;
using nlohmann::json;

namespace {

core::Result<std::int64_t> positive(std::string_view text, const std::string& field) {
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < 1)
    return fail(ErrorCode::invalid_argument, "expected an id (a positive integer), got '" + std::string(text) + "'", field);
  return v;
}

core::Result<std::int64_t> path_id(const httplib::Request& req) {
  return positive(req.matches.size() > 1 ? std::string(req.matches[1]) : std::string(), "id");
}

/// A fund error about a body value ("lodged_on") as a JSON pointer; the path's appeal is "id".
core::Error in_body(core::Error e) {
  if (e.field == "appeal_id") e.field = "id";
  else if (!e.field.empty() && !e.field.starts_with('/') && e.field != "niss" && e.field != "status") e.field = "/" + e.field;
  return e;
}

json list_json(const Api& api, const std::vector<fund::Appeal>& appeals) {
  json out = json::array();
  for (const fund::Appeal& a : appeals) out.push_back(fund::to_json(a, api.law));
  return out;
}

void record(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto body = JsonBody::parse(req.body);
  if (!body) return reply_error(res, body.error());
  const json& decision = body->json().value("decision_id", json());
  if (!decision.is_number_integer() || decision.get<std::int64_t>() < 1)
    return reply_error(res, 400, "invalid_argument", "expected the decision's id (a positive integer)", "/decision_id");
  auto lodged = body->date("lodged_on");
  if (!lodged) return reply_error(res, lodged.error());
  auto notified = body->optional_date("notified_on");
  if (!notified) return reply_error(res, notified.error());
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  auto a = fund::record_appeal(**lease, api.law,
                               {.decision_id = decision.get<std::int64_t>(), .lodged_on = *lodged, .notified_on = *notified},
                               api.who());
  if (!a) return reply_error(res, in_body(a.error()));
  reply_json(res, fund::to_json(*a, api.law), 201);
}

void show(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto id = path_id(req);
  if (!id) return reply_error(res, id.error());
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  auto a = fund::find_appeal(**lease, *id);
  if (!a) return reply_error(res, in_body(a.error()));
  reply_json(res, fund::to_json(*a, api.law));
}

void outcome(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto id = path_id(req);
  if (!id) return reply_error(res, id.error());
  auto body = JsonBody::parse(req.body);
  if (!body) return reply_error(res, body.error());
  auto word = body->text("outcome");
  if (!word) return reply_error(res, word.error());
  auto decided = body->date("decided_on");
  if (!decided) return reply_error(res, decided.error());
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  auto a = fund::record_outcome(**lease, *id, {.outcome = *word, .decided_on = *decided}, api.who());
  if (!a) return reply_error(res, in_body(a.error()));
  reply_json(res, fund::to_json(*a, api.law));
}

void of_member(const Api& api, const httplib::Request& req, httplib::Response& res) {
  const std::string niss = req.matches.size() > 1 ? std::string(req.matches[1]) : std::string();
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  auto list = fund::member_appeals(**lease, niss);
  if (!list) return reply_error(res, list.error());  // "niss": the path's
  reply_json(res, {{"niss", list->empty() ? json(niss) : json(list->front().niss)}, {"appeals", list_json(api, *list)}});
}

void of_decision(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto id = positive(req.get_param_value("decision_id"), "decision_id");
  if (!id) return reply_error(res, id.error());
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  auto list = fund::decision_appeals(**lease, *id);
  if (!list) return reply_error(res, list.error());  // "decision_id": the query's
  reply_json(res, {{"decision_id", *id}, {"appeals", list_json(api, *list)}});
}

}  // namespace

std::vector<Route> appeal_routes() {
  using M = Method;
  return {
      {M::post, "/v1/appeals", "/v1/appeals",
       "Record an appeal against a stored decision: deadline from the notification, in time or late (clerk)",
       "/v1/appeals", record, fund::kClerks},
      {M::get, "/v1/appeals", "/v1/appeals", "The appeals against one decision (?decision_id=)", "/v1/appeals?decision_id=1",
       of_decision, fund::kReaders},
      {M::get, "/v1/appeals/{id}", R"(/v1/appeals/([^/]+))", "An appeal: dates, deadline, in time or not, court, outcome",
       "/v1/appeals/1", show, fund::kReaders},
      {M::post, "/v1/appeals/{id}/outcome", R"(/v1/appeals/([^/]+)/outcome)",
       "Record the outcome once: upheld, dismissed or withdrawn (clerk)", "/v1/appeals/1/outcome", outcome, fund::kClerks},
      {M::get, "/v1/members/{niss}/appeals", R"(/v1/members/([^/]+)/appeals)",
       "The appeals against decisions about a member", "/v1/members/85073003328/appeals", of_member, fund::kReaders},
  };
}

}  // namespace secu::server::handlers

// Incapacity and maternity files over fund/files.h: POST /v1/files (open), GET
// /v1/files/{id}, GET /v1/members/{niss}/files, POST /v1/files/{id}/events (a clerk's
// events), POST /v1/files/{id}/adviser (the medical adviser's decisions), POST
// /v1/files/{id}/benefits-due (book the daily benefits due until a date).
// Body errors name the JSON pointer of the value ("/kind", "/date", "/facts/person/daily_wage";
// "/" for the whole body); path errors the parameter ("id", "niss"); query errors "lang".
// The fund layer checks the caller's role itself: a clerk's adviser event is a 403 there too.
#include <charconv>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "fund/decisions.h"
#include "fund/files.h"
#include "server/handlers.h"
#include "server/http_util.h"

namespace secu::server::handlers {

using core::ErrorCode;
using core::fail;
using nlohmann::json;

namespace {

/// A fund error about a body value ("date") as a JSON pointer ("/date"); the file's id is the path's.
core::Error in_body(core::Error e) {
  if (e.field == "file_id") e.field = "id";
  else if (!e.field.empty() && !e.field.starts_with('/')) e.field = "/" + e.field;
  return e;
}

core::Result<json> body_object(const httplib::Request& req) {
  json doc = json::parse(req.body, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) return fail(ErrorCode::invalid_argument, "expected a JSON object", "/");
  return doc;
}

core::Result<std::string> body_string(const json& doc, const std::string& key, bool required = true) {
  auto it = doc.find(key);
  if (it == doc.end() && !required) return std::string();
  if (it == doc.end() || !it->is_string()) return fail(ErrorCode::invalid_argument, "expected a string", "/" + key);
  return it->get<std::string>();
}

core::Result<std::optional<core::Date>> body_date(const json& doc, const std::string& key) {
  auto it = doc.find(key);
  if (it == doc.end() || it->is_null()) return std::optional<core::Date>{};
  if (it->is_string())
    if (auto d = core::Date::parse(it->get<std::string>())) return std::optional<core::Date>(*d);
  return fail(ErrorCode::invalid_argument, "expected a date YYYY-MM-DD", "/" + key);
}

/// The file id of the path (/v1/files/{id}…).
core::Result<std::int64_t> path_id(const httplib::Request& req) {
  const std::string text = req.matches.size() > 1 ? std::string(req.matches[1]) : std::string();
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < 1)
    return fail(ErrorCode::invalid_argument, "expected a file id (a positive integer), got '" + text + "'", "id");
  return v;
}

/// The event in a body: {"kind", "date", "certified", "facts", "note"}.
core::Result<fund::FileEvent> body_event(const json& doc) {
  fund::FileEvent e;
  SECU_TRY(e.kind, body_string(doc, "kind"));
  SECU_TRY(e.date, body_date(doc, "date"));
  if (auto it = doc.find("certified"); it != doc.end()) {
    if (!it->is_boolean()) return fail(ErrorCode::invalid_argument, "expected true or false", "/certified");
    e.certified = it->get<bool>();
  }
  if (auto it = doc.find("facts"); it != doc.end()) e.facts = *it;
  SECU_TRY(e.note, body_string(doc, "note", false));
  return e;
}

fund::FileRules file_rules(const Api& api) { return {api.law, api.catalog, today()}; }

/// Replies with the file as read after a change or on a GET: decisions in ?lang=, with the history.
void reply_file(store::Database& db, const httplib::Request& req, httplib::Response& res,
                const fund::File& f, int status) {
  auto lang = query_lang(req);
  if (!lang) return reply_error(res, lang.error());
  auto history = fund::decision_history(db, f.subject());
  if (!history) return reply_error(res, history.error());
  reply_json(res, fund::to_json(f, *lang, *history), status);
}

void open(const Api& api, const httplib::Request& req, httplib::Response& res) {
  if (auto lang = query_lang(req); !lang) return reply_error(res, lang.error());
  auto body = body_object(req);
  if (!body) return reply_error(res, body.error());
  auto niss = body_string(*body, "niss");
  if (!niss) return reply_error(res, niss.error());
  auto kind = body_string(*body, "kind");
  if (!kind) return reply_error(res, kind.error());
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  store::Database& db = **lease;
  auto f = fund::open_file(db, file_rules(api), *api.caller, {.niss = *niss, .kind = *kind, .facts = body->value("facts", json())});
  if (!f) return reply_error(res, in_body(f.error()));
  reply_file(db, req, res, *f, 201);
}

void show(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto id = path_id(req);
  if (!id) return reply_error(res, id.error());
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  store::Database& db = **lease;
  auto f = fund::find_file(db, *id);
  if (!f) return reply_error(res, in_body(f.error()));
  reply_file(db, req, res, *f, 200);
}

void of_member(const Api& api, const httplib::Request& req, httplib::Response& res) {
  const std::string niss = req.matches.size() > 1 ? std::string(req.matches[1]) : std::string();
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  auto files = fund::member_files(**lease, niss);
  if (!files) return reply_error(res, files.error());  // "niss": the path's
  json list = json::array();
  for (const fund::File& f : *files) {
    const auto start = fund::file_start(f.facts);
    const json event = f.facts.value("event", json::object());
    list.push_back({{"id", f.id}, {"kind", f.kind}, {"subject", f.subject()}, {"status", f.status},
                    {"start", start ? json(start->iso()) : json()}, {"end", event.value("end", json())},
                    {"opened_at", f.opened_at}, {"opened_by", f.opened_by}});
  }
  reply_json(res, {{"niss", files->empty() ? json(niss) : json(files->front().niss)}, {"files", std::move(list)}});
}

/// A change to a file; `adviser`: the medical adviser's route, which takes only adviser events.
void change(const Api& api, const httplib::Request& req, httplib::Response& res, bool adviser) {
  auto id = path_id(req);
  if (!id) return reply_error(res, id.error());
  auto body = body_object(req);
  if (!body) return reply_error(res, body.error());
  auto e = body_event(*body);
  if (!e) return reply_error(res, e.error());
  if (adviser && !fund::adviser_event(e->kind))
    return reply_error(res, 400, "invalid_argument",
                       "expected a medical adviser's decision: adviser_recognition, adviser_end_date, adviser_control, adviser_third_party_help or "
                       "handover_invalidity (a clerk's events go to /v1/files/{id}/events)", "/kind");
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  store::Database& db = **lease;
  auto f = fund::record_event(db, file_rules(api), *api.caller, *id, *e);
  if (!f) return reply_error(res, in_body(f.error()));
  reply_file(db, req, res, *f, 200);
}

void events(const Api& api, const httplib::Request& req, httplib::Response& res) { change(api, req, res, false); }
void adviser(const Api& api, const httplib::Request& req, httplib::Response& res) { change(api, req, res, true); }

void benefits_due(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto id = path_id(req);
  if (!id) return reply_error(res, id.error());
  auto body = body_object(req);
  if (!body) return reply_error(res, body.error());
  auto until = body_date(*body, "until");
  if (!until) return reply_error(res, until.error());
  if (!*until) return reply_error(res, 400, "invalid_argument", "expected a date YYYY-MM-DD", "/until");
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  auto booking = fund::book_benefits_due(**lease, *id, **until, api.who());
  if (!booking) return reply_error(res, in_body(booking.error()));
  json j = fund::to_json(*booking);
  j["file_id"] = *id;
  j["until"] = (*until)->iso();
  reply_json(res, j);
}

}  // namespace

std::vector<Route> files_routes() {
  using M = Method;
  return {
      {M::post, "/v1/files", "/v1/files",
       "Open an incapacity or maternity file with {niss, kind, facts}: the rules decide at once (clerk)", "/v1/files?lang=fr",
       open, fund::kClerks},
      {M::get, "/v1/files/{id}", R"(/v1/files/([^/]+))",
       "A file: its facts, events, current decisions (?lang=), decision history and payments", "/v1/files/1?lang=nl", show,
       fund::kReaders},
      {M::get, "/v1/members/{niss}/files", R"(/v1/members/([^/]+)/files)", "A member's incapacity and maternity files",
       "/v1/members/85073003328/files", of_member, fund::kReaders},
      {M::post, "/v1/files/{id}/events", R"(/v1/files/([^/]+)/events)",
       "A clerk's event: certificate_received, resumption, delivery, facts_corrected; the rules decide again", "/v1/files/1/events",
       events, fund::kClerks},
      {M::post, "/v1/files/{id}/adviser", R"(/v1/files/([^/]+)/adviser)",
       "The medical adviser's decision: recognition, end date, control, hand-over to invalidity (medical adviser)",
       "/v1/files/1/adviser", adviser, fund::kMedical},
      {M::post, "/v1/files/{id}/benefits-due", R"(/v1/files/([^/]+)/benefits-due)",
       "Book the fund's daily benefits of each month completed by {until} as due payments, once (clerk)",
       "/v1/files/1/benefits-due", benefits_due, fund::kClerks},
  };
}

}  // namespace secu::server::handlers

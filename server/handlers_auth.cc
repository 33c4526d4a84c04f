// POST /v1/login, /v1/logout, GET /v1/me, GET|POST /v1/users, GET /v1/audit: the back
// office's users, their sessions and the audit log, over fund/users.h and fund/audit.h.
// Body errors name the JSON pointer of the value ("/name", "/password", "/role"; "/" for the
// whole body); query errors the parameter ("subject", "limit", "before").
#include <charconv>
#include <cstdint>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "fund/audit.h"
#include "fund/users.h"
#include "server/handlers.h"
#include "server/http_util.h"

namespace secu::server::handlers {

using core::ErrorCode;
using core::fail;
using nlohmann::json;

namespace {

json user_json(const fund::Caller& c) { return {{"id", c.id}, {"name", c.name}, {"role", fund::to_string(c.role)}}; }

/// An error of fund/users about a body value ("name") as a JSON pointer ("/name").
core::Error in_body(core::Error e) {
  if (!e.field.empty() && !e.field.starts_with('/')) e.field = "/" + e.field;
  return e;
}

/// The request body as a JSON object.
core::Result<json> body_object(const httplib::Request& req) {
  json doc = json::parse(req.body, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) return fail(ErrorCode::invalid_argument, "expected a JSON object", "/");
  return doc;
}

/// The string member `key` of `doc`, required.
core::Result<std::string> body_string(const json& doc, const std::string& key) {
  auto it = doc.find(key);
  if (it == doc.end() || !it->is_string()) return fail(ErrorCode::invalid_argument, "expected a string", "/" + key);
  return it->get<std::string>();
}

/// The bearer token of the request ("" when none).
std::string bearer_token(const httplib::Request& req) {
  const std::string header = req.get_header_value("Authorization");
  constexpr std::string_view kBearer = "Bearer ";
  return header.starts_with(kBearer) ? header.substr(kBearer.size()) : std::string();
}

/// ?NAME= as an integer in [low, high], or `fallback` when absent; invalid_argument naming NAME.
core::Result<std::int64_t> query_int(const httplib::Request& req, const char* name, std::int64_t low, std::int64_t high,
                                     std::int64_t fallback) {
  if (!req.has_param(name)) return fallback;
  const std::string text = req.get_param_value(name);
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < low || v > high)
    return fail(ErrorCode::invalid_argument,
                "expected an integer from " + std::to_string(low) + " to " + std::to_string(high) + ", got '" + text + "'",
                name);
  return v;
}

void login(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto body = body_object(req);
  if (!body) return reply_error(res, body.error());
  auto name = body_string(*body, "name");
  if (!name) return reply_error(res, name.error());
  auto password = body_string(*body, "password");
  if (!password) return reply_error(res, password.error());
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  store::Database& db = **lease;
  auto session = fund::login(db, *name, *password, fund::Clock::now());
  if (!session) {
    if (session.error().code == ErrorCode::unauthenticated) res.set_header("WWW-Authenticate", "Bearer");
    return reply_error(res, in_body(session.error()));
  }
  reply_json(res, {{"token", session->token}, {"expires_at", session->expires_at}, {"user", user_json(session->caller)}});
}

void logout(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  store::Database& db = **lease;
  if (auto done = fund::logout(db, bearer_token(req), api.who()); !done) return reply_error(res, done.error());
  reply_json(res, {{"logged_out", true}});
}

void me(const Api& api, const httplib::Request&, httplib::Response& res) {
  if (!api.caller) return reply_error(res, 401, "unauthenticated", "log in first (POST /v1/login)", "Authorization");
  reply_json(res, user_json(*api.caller));
}

void users(const Api& api, const httplib::Request&, httplib::Response& res) {
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  store::Database& db = **lease;
  auto all = fund::list_users(db);
  if (!all) return reply_error(res, all.error());
  json list = json::array();
  for (const fund::Caller& c : *all) list.push_back(user_json(c));
  reply_json(res, {{"users", std::move(list)}});
}

void create_user(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto body = body_object(req);
  if (!body) return reply_error(res, body.error());
  auto name = body_string(*body, "name");
  if (!name) return reply_error(res, name.error());
  auto password = body_string(*body, "password");
  if (!password) return reply_error(res, password.error());
  auto role_text = body_string(*body, "role");
  if (!role_text) return reply_error(res, role_text.error());
  const auto role = fund::parse_role(*role_text);
  if (!role)
    return reply_error(res, 400, "invalid_argument",
                       "expected clerk, medical_adviser, auditor or admin, got '" + *role_text + "'", "/role");
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  store::Database& db = **lease;
  auto id = fund::create_user(db, *name, *password, *role, api.who());
  if (!id) return reply_error(res, in_body(id.error()));
  reply_json(res, user_json({.id = *id, .name = *name, .role = *role}), 201);
}

void audit(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto limit = query_int(req, "limit", 1, 1000, 100);
  if (!limit) return reply_error(res, limit.error());
  auto before = query_int(req, "before", 1, INT64_MAX, 0);
  if (!before) return reply_error(res, before.error());
  const std::string subject = req.get_param_value("subject");
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  store::Database& db = **lease;
  auto entries = fund::audit_entries(db, subject, static_cast<int>(*limit), *before);
  if (!entries) return reply_error(res, entries.error());
  json list = json::array();
  for (const fund::AuditEntry& e : *entries) list.push_back(fund::to_json(e));
  // A full page may have more behind it: the client asks again with ?before=next_before.
  const bool full = entries->size() == static_cast<std::size_t>(*limit);
  reply_json(res, {{"entries", std::move(list)}, {"next_before", full ? json(entries->back().id) : json(nullptr)}});
}

}  // namespace

std::vector<Route> auth_routes() {
  using M = Method;
  return {
      {M::post, "/v1/login", "/v1/login", "Log in with {name, password}: a session token and when it expires",
       "/v1/login", login, fund::kPublic},
      {M::post, "/v1/logout", "/v1/logout", "End the session of the bearer token", "/v1/logout", logout, fund::kAnyUser},
      {M::get, "/v1/me", "/v1/me", "The logged-in user: id, name, role", "/v1/me", me, fund::kAnyUser},
      {M::get, "/v1/users", "/v1/users", "The users and their roles (admin)", "/v1/users", users, fund::kAdmins},
      {M::post, "/v1/users", "/v1/users", "Create a user with {name, password, role} (admin)", "/v1/users", create_user,
       fund::kAdmins},
      {M::get, "/v1/audit", "/v1/audit", "The audit log, newest first: who did what, when (?subject=, ?limit=, ?before=)",
       "/v1/audit?subject=user:1&limit=20", audit, fund::kAuditors},
  };
}

}  // namespace secu::server::handlers

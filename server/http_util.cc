#include "server/http_util.h"

#include <chrono>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace secu::server {

int http_status(core::ErrorCode code) {
  switch (code) {
    case core::ErrorCode::invalid_argument: return 400;
    case core::ErrorCode::not_found: return 404;
    case core::ErrorCode::failed_precondition: return 422;
    case core::ErrorCode::out_of_range: return 422;
    case core::ErrorCode::unauthenticated: return 401;
    case core::ErrorCode::permission_denied: return 403;
    case core::ErrorCode::unavailable: return 503;
    case core::ErrorCode::internal: return 500;
  }
  return 500;
}

void reply_json(httplib::Response& res, const nlohmann::json& body, int status) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json");
}

void reply_error(httplib::Response& res, int status, std::string_view code, std::string_view message,
                 std::string_view field) {
  const nlohmann::json body{{"error", {{"code", code}, {"message", message}, {"field", field}}}};
  reply_json(res, body, status);
}

void reply_error(httplib::Response& res, const core::Error& e) {
  reply_error(res, http_status(e.code), core::to_string(e.code), e.message, e.field);
}

core::Result<core::Date> query_date(const httplib::Request& req) {
  if (!req.has_param("at")) return today();
  const std::string at = req.get_param_value("at");
  auto d = core::Date::parse(at);
  if (!d) return core::fail(core::ErrorCode::invalid_argument, "expected a date YYYY-MM-DD, got '" + at + "'", "at");
  return *d;
}

core::Result<core::Lang> query_lang(const httplib::Request& req) {
  if (!req.has_param("lang")) return core::Lang::en;
  const std::string text = req.get_param_value("lang");
  auto lang = core::parse_lang(text);
  if (!lang) return core::fail(core::ErrorCode::invalid_argument, "expected en, fr or nl, got '" + text + "'", "lang");
  return *lang;
}

core::Result<bool> query_flag(const httplib::Request& req, const std::string& name) {
  if (!req.has_param(name.c_str())) return false;
  const std::string v = req.get_param_value(name.c_str());
  if (v == "true" || v == "1" || v.empty()) return true;
  if (v == "false" || v == "0") return false;
  return core::fail(core::ErrorCode::invalid_argument, "expected true or false, got '" + v + "'", name);
}

core::Date today() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return core::Date::from(std::chrono::sys_days(now));
}

}  // namespace secu::server

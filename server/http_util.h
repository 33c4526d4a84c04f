// Small helpers the handlers share: JSON replies, errors as {"error": {code, message, field}},
// and the query parameters every route reads (?at=, ?lang=).
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "core/date.h"
#include "core/lang.h"
#include "core/result.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace secu::server {

/// The HTTP status for an error code (invalid_argument 400, not_found 404, ...).
int http_status(core::ErrorCode code);

/// Replies with JSON (UTF-8 errors replaced, never thrown).
void reply_json(httplib::Response& res, const nlohmann::json& body, int status = 200);

/// Replies {"error": {"code", "message", "field"}} with `status`.
void reply_error(httplib::Response& res, int status, std::string_view code, std::string_view message,
                 std::string_view field = "");

/// Replies with an Error, its status chosen by http_status().
void reply_error(httplib::Response& res, const core::Error& e);

/// ?at=YYYY-MM-DD, default today (UTC); invalid_argument naming "at" otherwise.
core::Result<core::Date> query_date(const httplib::Request& req);

/// ?lang=en|fr|nl, default en; invalid_argument naming "lang" otherwise.
core::Result<core::Lang> query_lang(const httplib::Request& req);

/// ?NAME=true|false|1|0, default false; invalid_argument naming NAME otherwise.
core::Result<bool> query_flag(const httplib::Request& req, const std::string& name);

/// Today's date (UTC).
core::Date today();

}  // namespace secu::server

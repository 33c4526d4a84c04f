#include "rules/situation_read.h"

namespace secu::rules::read {

using core::ErrorCode;
using core::fail;

core::Result<std::optional<core::Date>> date_at(const nlohmann::json& obj, const char* key, const std::string& ptr) {
  if (!obj.contains(key)) return std::optional<core::Date>{};
  auto d = core::Date::parse(obj[key].get<std::string>());
  if (!d) return fail(ErrorCode::invalid_argument, "expected a real calendar date YYYY-MM-DD", ptr + "/" + key);
  return std::optional<core::Date>(*d);
}

core::Result<std::optional<core::Money>> money_at(const nlohmann::json& obj, const char* key, const std::string& ptr) {
  if (!obj.contains(key)) return std::optional<core::Money>{};
  auto m = core::parse_money(obj[key].get<std::string>());
  if (!m || *m < core::Money())
    return fail(ErrorCode::invalid_argument, "expected a non-negative amount like \"150.00\"", ptr + "/" + key);
  return std::optional<core::Money>(*m);
}

std::optional<bool> bool_at(const nlohmann::json& obj, const char* key) {
  if (!obj.contains(key)) return std::nullopt;
  return obj[key].get<bool>();
}

std::optional<std::string> string_at(const nlohmann::json& obj, const char* key) {
  if (!obj.contains(key)) return std::nullopt;
  return obj[key].get<std::string>();
}

}  // namespace secu::rules::read

// json_body.h: typed getters over a JSON request body, errors naming the field.
#include "server/json_body.h"

namespace secu::server {

using core::ErrorCode;

core::Result<JsonBody> JsonBody::parse(std::string_view body) {
  auto j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return core::fail(ErrorCode::invalid_argument, "expected a JSON object as the request body", "/");
  return JsonBody(std::move(j));
}

core::Error JsonBody::wrong(std::string_view name, std::string_view expected) const {
  return {ErrorCode::invalid_argument, "expected " + std::string(expected), pointer(name)};
}

core::Result<std::optional<std::string>> JsonBody::optional_text(std::string_view name) const {
  if (!has(name)) return std::optional<std::string>{};
  const auto& v = j_[std::string(name)];
  if (!v.is_string()) return std::unexpected(wrong(name, "a text"));
  return std::optional<std::string>(v.get<std::string>());
}

core::Result<std::string> JsonBody::text(std::string_view name) const {
  SECU_TRY(auto v, optional_text(name));
  if (!v || v->empty()) return std::unexpected(wrong(name, "a non-empty text"));
  return *v;
}

core::Result<std::optional<core::Date>> JsonBody::optional_date(std::string_view name) const {
  SECU_TRY(auto v, optional_text(name));
  if (!v) return std::optional<core::Date>{};
  auto d = core::Date::parse(*v);
  if (!d) return std::unexpected(wrong(name, "a date YYYY-MM-DD"));
  return std::optional<core::Date>(*d);
}

core::Result<core::Date> JsonBody::date(std::string_view name) const {
  SECU_TRY(auto v, optional_date(name));
  if (!v) return std::unexpected(wrong(name, "a date YYYY-MM-DD"));
  return *v;
}

core::Result<std::optional<bool>> JsonBody::optional_bool(std::string_view name) const {
  if (!has(name)) return std::optional<bool>{};
  const auto& v = j_[std::string(name)];
  if (!v.is_boolean()) return std::unexpected(wrong(name, "true or false"));
  return std::optional<bool>(v.get<bool>());
}

core::Result<std::optional<core::Money>> JsonBody::optional_money(std::string_view name) const {
  if (!has(name)) return std::optional<core::Money>{};
  const auto& v = j_[std::string(name)];
  std::string text;
  if (v.is_string()) text = v.get<std::string>();
  else if (v.is_number_integer()) text = v.dump();
  else if (v.is_number_float()) text = v.dump();  // parsed as decimal text, never as a double
  else return std::unexpected(wrong(name, "an amount in euros, like \"12.34\""));
  auto m = core::parse_money(text);
  if (!m) return std::unexpected(wrong(name, "an amount in euros with at most 4 decimals, like \"12.34\""));
  return std::optional<core::Money>(*m);
}

core::Result<std::optional<JsonBody>> JsonBody::optional_object(std::string_view name) const {
  if (!has(name)) return std::optional<JsonBody>{};
  const auto& v = j_[std::string(name)];
  if (!v.is_object()) return std::unexpected(wrong(name, "an object"));
  return std::optional<JsonBody>(JsonBody(v, pointer(name)));
}

}  // namespace secu::server

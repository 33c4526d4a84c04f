// Reading a JSON request body field by field: each getter names the field (a JSON pointer)
// and what was expected when the value is missing or of the wrong type.
//
//   SECU_TRY(JsonBody body, JsonBody::parse(req.body));
//   SECU_TRY(std::string niss, body.text("niss"));
//   SECU_TRY(std::optional<core::Date> to, body.optional_date("valid_to"));
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"

namespace secu::server {

class JsonBody {
 public:
  /// The body as a JSON object; invalid_argument (field "/") otherwise.
  [[nodiscard]] static core::Result<JsonBody> parse(std::string_view body);
  explicit JsonBody(nlohmann::json object) : j_(std::move(object)) {}

  bool has(std::string_view name) const { return j_.contains(std::string(name)) && !j_[std::string(name)].is_null(); }
  [[nodiscard]] core::Result<std::string> text(std::string_view name) const;
  [[nodiscard]] core::Result<std::optional<std::string>> optional_text(std::string_view name) const;
  [[nodiscard]] core::Result<core::Date> date(std::string_view name) const;
  [[nodiscard]] core::Result<std::optional<core::Date>> optional_date(std::string_view name) const;
  [[nodiscard]] core::Result<std::optional<bool>> optional_bool(std::string_view name) const;
  /// A decimal amount as text ("12.34") or a number; at most 4 decimals.
  [[nodiscard]] core::Result<std::optional<core::Money>> optional_money(std::string_view name) const;
  /// A nested object, read the same way (its fields named under this one's pointer).
  [[nodiscard]] core::Result<std::optional<JsonBody>> optional_object(std::string_view name) const;
  const nlohmann::json& json() const { return j_; }

 private:
  JsonBody(nlohmann::json object, std::string prefix) : j_(std::move(object)), prefix_(std::move(prefix)) {}
  std::string pointer(std::string_view name) const { return prefix_ + "/" + std::string(name); }
  core::Error wrong(std::string_view name, std::string_view expected) const;
  nlohmann::json j_;
  std::string prefix_{};
};

}  // namespace secu::server

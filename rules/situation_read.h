// Readers for situation values the JSON Schema has already checked for shape (internal
// to rules/situation*.cc). What a schema cannot check — real dates, amounts — is checked
// here, and an error carries the JSON pointer.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"

namespace secu::rules::read {

core::Result<std::optional<core::Date>> date_at(const nlohmann::json& obj, const char* key, const std::string& ptr);
core::Result<std::optional<core::Money>> money_at(const nlohmann::json& obj, const char* key, const std::string& ptr);
std::optional<bool> bool_at(const nlohmann::json& obj, const char* key);
std::optional<std::string> string_at(const nlohmann::json& obj, const char* key);

/// The enum value named by obj[key]; nullopt when absent (the schema rejects other names).
template <class E>
std::optional<E> enum_at(const nlohmann::json& obj, const char* key, std::initializer_list<std::pair<const char*, E>> names) {
  if (!obj.contains(key)) return std::nullopt;
  const std::string v = obj[key].get<std::string>();
  for (const auto& [n, e] : names)
    if (v == n) return e;
  return std::nullopt;
}

}  // namespace secu::rules::read

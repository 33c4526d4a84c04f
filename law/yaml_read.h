// Strict reading helpers for the data files: every error names the file and the key.
//
// Internal to law/: the parameter, citation, institution and reform loaders share them.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "core/citation.h"
#include "core/date.h"
#include "core/result.h"

namespace secu::law::yaml {

/// Where we are: "data/params/sickness/benefit/rate.yaml: values/2012-09-01".
struct Where {
  std::string file;
  std::string key;
  Where at(std::string_view sub) const { return {file, key.empty() ? std::string(sub) : key + "/" + std::string(sub)}; }
  std::string text() const { return key.empty() ? file : file + ": " + key; }
};

/// An invalid_argument error located at `w`.
core::Error error_at(const Where& w, std::string message);

/// Fails when `node` is not a map or has a key outside `allowed`.
core::Status only_keys(const YAML::Node& node, const Where& w, std::initializer_list<std::string_view> allowed);
/// A required scalar string.
core::Result<std::string> required_string(const YAML::Node& map, std::string_view key, const Where& w);
/// An optional scalar string ("" when absent).
core::Result<std::string> optional_string(const YAML::Node& map, std::string_view key, const Where& w);
/// A date written as YYYY-MM-DD.
core::Result<core::Date> date_of(const YAML::Node& node, const Where& w);
/// A source: {seed, chapter, quote[, note]} or {url, reliability[, quote, note]}.
core::Result<core::Citation> citation_of(const YAML::Node& node, const Where& w);
/// Parses YAML text; a syntax error names the file and the line.
core::Result<YAML::Node> parse_text(std::string_view text, const std::string& file);
/// Reads a whole file.
core::Result<std::string> read_file(const std::string& path);

}  // namespace secu::law::yaml

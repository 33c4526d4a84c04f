#include "law/yaml_read.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "core/utf8.h"

namespace secu::law::yaml {

using core::ErrorCode;

core::Error error_at(const Where& w, std::string message) {
  return core::Error{ErrorCode::invalid_argument, std::move(message), w.text()};
}

core::Status only_keys(const YAML::Node& node, const Where& w, std::initializer_list<std::string_view> allowed) {
  if (!node || !node.IsMap()) return std::unexpected(error_at(w, "expected a map"));
  for (const auto& kv : node) {
    if (!kv.first.IsScalar()) return std::unexpected(error_at(w, "expected text keys"));
    const std::string key = kv.first.Scalar();
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      return std::unexpected(error_at(w.at(key), fmt::format("unknown key '{}' (allowed: {})", key, fmt::join(allowed, ", "))));
  }
  return {};
}

core::Result<std::string> optional_string(const YAML::Node& map, std::string_view key, const Where& w) {
  const YAML::Node n = map[std::string(key)];
  if (!n || n.IsNull()) return std::string();
  if (!n.IsScalar()) return std::unexpected(error_at(w.at(key), "expected text"));
  return n.Scalar();
}

core::Result<std::string> required_string(const YAML::Node& map, std::string_view key, const Where& w) {
  SECU_TRY(std::string s, optional_string(map, key, w));
  if (s.empty()) return std::unexpected(error_at(w.at(key), "required text is missing"));
  return s;
}

core::Result<core::Date> date_of(const YAML::Node& node, const Where& w) {
  if (!node.IsScalar()) return std::unexpected(error_at(w, "expected a date YYYY-MM-DD"));
  auto d = core::Date::parse(node.Scalar());
  if (!d) return std::unexpected(error_at(w, "expected a date YYYY-MM-DD, got '" + node.Scalar() + "'"));
  return *d;
}

namespace {
constexpr std::string_view kSeeds[] = {"000", "001", "002", "003", "004"};
constexpr std::string_view kReliability[] = {"official", "mutuality", "press"};

core::Result<core::Citation> seed_citation(const YAML::Node& node, const Where& w) {
  SECU_RETURN_IF_ERROR(only_keys(node, w, {"seed", "chapter", "quote", "note"}));
  core::Citation c;
  SECU_TRY(c.seed, required_string(node, "seed", w));
  if (std::find(std::begin(kSeeds), std::end(kSeeds), c.seed) == std::end(kSeeds))
    return std::unexpected(error_at(w.at("seed"), "expected one of 000, 001, 002, 003, 004"));
  SECU_TRY(c.chapter, required_string(node, "chapter", w));
  SECU_TRY(c.quote, required_string(node, "quote", w));
  SECU_TRY(c.note, optional_string(node, "note", w));
  return c;
}

core::Result<core::Citation> page_citation(const YAML::Node& node, const Where& w) {
  SECU_RETURN_IF_ERROR(only_keys(node, w, {"url", "reliability", "quote", "note"}));
  core::Citation c;
  SECU_TRY(c.url, required_string(node, "url", w));
  if (!c.url.starts_with("http://") && !c.url.starts_with("https://"))
    return std::unexpected(error_at(w.at("url"), "expected an http(s) URL"));
  SECU_TRY(c.reliability, required_string(node, "reliability", w));
  if (std::find(std::begin(kReliability), std::end(kReliability), c.reliability) == std::end(kReliability))
    return std::unexpected(error_at(w.at("reliability"), "expected official, mutuality or press"));
  SECU_TRY(c.quote, optional_string(node, "quote", w));
  SECU_TRY(c.note, optional_string(node, "note", w));
  return c;
}
}  // namespace

core::Result<core::Citation> citation_of(const YAML::Node& node, const Where& w) {
  if (!node || !node.IsMap()) return std::unexpected(error_at(w, "a citation is required: {seed, chapter, quote} or {url, reliability}"));
  if (node["seed"]) return seed_citation(node, w);
  if (node["url"]) return page_citation(node, w);
  return std::unexpected(error_at(w, "a citation needs either 'seed' (with chapter and quote) or 'url'"));
}


core::Result<YAML::Node> parse_text(std::string_view text, const std::string& file) {
  if (const auto at = core::invalid_utf8_at(text); at != std::string_view::npos)
    return std::unexpected(core::Error{ErrorCode::invalid_argument, fmt::format("not valid UTF-8 at byte {}", at), file});
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    return std::unexpected(core::Error{ErrorCode::invalid_argument,
                                       fmt::format("YAML syntax error at line {}, column {}: {}", e.mark.line + 1,
                                                   e.mark.column + 1, e.msg),
                                       file});
  }
}

core::Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::fail(ErrorCode::not_found, "cannot read file", path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace secu::law::yaml

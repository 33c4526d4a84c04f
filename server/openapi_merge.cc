// The OpenAPI document: the base (server/openapi.json) with each part's fragment
// (server/openapi/<part>.json) merged in — their paths, and their components (schemas,
// security schemes). A path or schema defined twice is a build mistake: the test
// openapi_fragments_merge_cleanly fails on it (here the later one would win).
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "server/routes.h"

namespace secu::server {

std::string_view openapi_base();
const std::vector<std::string_view>& openapi_fragments();

std::string_view openapi_document() {
  static const std::string kMerged = [] {
    auto doc = nlohmann::json::parse(openapi_base());
    for (std::string_view text : openapi_fragments()) {
      const auto part = nlohmann::json::parse(text);
      const auto paths = part.value("paths", nlohmann::json::object());
      const auto components = part.value("components", nlohmann::json::object());
      for (const auto& [path, item] : paths.items()) doc["paths"][path] = item;
      for (const auto& [kind, entries] : components.items())
        for (const auto& [name, value] : entries.items()) doc["components"][kind][name] = value;
    }
    return doc.dump(2);
  }();
  return kMerged;
}

}  // namespace secu::server

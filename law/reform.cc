// Reform files: replacement values by parameter id, from their dates (docs/data-format.md).
#include <fmt/format.h>

#include "law/parameter_loader.h"
#include "law/parameters.h"
#include "law/yaml_read.h"

namespace secu::law {

using yaml::error_at;
using yaml::Where;

namespace {

core::Result<std::vector<Entry>> changed_entries(const YAML::Node& values, const Where& w, const Parameter& base) {
  Parameter shape = base;  // same unit, kind, categories; fresh timeline
  shape.entries.clear();
  SECU_RETURN_IF_ERROR(parse_values(values, w, shape));
  return std::move(shape.entries);
}

}  // namespace

core::Result<Reform> parse_reform(std::string_view text, const std::string& file, const Parameters& base) {
  SECU_TRY(YAML::Node root, yaml::parse_text(text, file));
  const Where w{file, ""};
  Reform r;
  try {
    SECU_RETURN_IF_ERROR(yaml::only_keys(root, w, {"reform", "description", "changes"}));
    SECU_TRY(r.name, yaml::required_string(root, "reform", w));
    SECU_TRY(r.description, yaml::optional_string(root, "description", w));
    const YAML::Node changes = root["changes"];
    if (!changes || !changes.IsMap() || changes.size() == 0)
      return std::unexpected(error_at(w.at("changes"), "expected a map of parameter id: values"));
    for (const auto& kv : changes) {
      const std::string id = kv.first.Scalar();
      const Where wc = w.at("changes").at(id);
      const Parameter* p = base.find(id);
      if (!p) return std::unexpected(error_at(wc, "unknown parameter '" + id + "'"));
      SECU_TRY(auto entries, changed_entries(kv.second, wc, *p));
      r.changes.emplace(id, std::move(entries));
    }
  } catch (const YAML::Exception& e) {
    return std::unexpected(error_at(w, std::string("malformed YAML structure: ") + e.what()));
  }
  return r;
}

}  // namespace secu::law

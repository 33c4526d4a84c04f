#include "law/institutions.h"

#include <algorithm>
#include <filesystem>

#include "law/yaml_read.h"

namespace secu::law {

namespace fs = std::filesystem;
using yaml::error_at;
using yaml::Where;

const std::string& Institution::abbreviation_in(core::Lang lang) const {
  const auto& mine = abbreviation[static_cast<std::size_t>(lang)];
  return mine.empty() ? abbreviation[1] : mine;
}

namespace {

core::Status names_of(const YAML::Node& n, const Where& w, std::array<std::string, 4>& out, bool required) {
  if (!n) {
    if (required) return std::unexpected(error_at(w, "required: {en, fr, nl[, de]}"));
    return {};
  }
  SECU_RETURN_IF_ERROR(yaml::only_keys(n, w, {"en", "fr", "nl", "de"}));
  const char* langs[] = {"en", "fr", "nl", "de"};
  for (std::size_t i = 0; i < 4; ++i) {
    SECU_TRY(out[i], yaml::optional_string(n, langs[i], w));
    if (required && i < 3 && out[i].empty()) return std::unexpected(error_at(w.at(langs[i]), "required"));
  }
  return {};
}

core::Result<std::vector<std::string>> list_of(const YAML::Node& n, const Where& w) {
  std::vector<std::string> out;
  if (!n) return out;
  if (!n.IsSequence()) return std::unexpected(error_at(w, "expected a list of text"));
  for (const auto& x : n) {
    if (!x.IsScalar()) return std::unexpected(error_at(w, "expected a list of text"));
    out.push_back(x.Scalar());
  }
  return out;
}

core::Status address_of(const YAML::Node& n, const Where& w, Institution& inst) {
  if (!n) return {};
  SECU_RETURN_IF_ERROR(yaml::only_keys(n, w, {"street", "postcode", "city"}));
  SECU_TRY(inst.street, yaml::optional_string(n, "street", w));
  SECU_TRY(inst.postcode, yaml::optional_string(n, "postcode", w));
  SECU_TRY(inst.city, yaml::optional_string(n, "city", w));
  return {};
}

core::Result<Institution> institution_of(const YAML::Node& root, const Where& w, std::string_view id) {
  SECU_RETURN_IF_ERROR(yaml::only_keys(root, w, {"id", "kind", "name", "abbreviation", "address", "phone", "email", "website", "source"}));
  Institution inst;
  SECU_TRY(inst.id, yaml::required_string(root, "id", w));
  if (inst.id != id) return std::unexpected(error_at(w.at("id"), "must equal the file name '" + std::string(id) + "'"));
  SECU_TRY(inst.kind, yaml::required_string(root, "kind", w));
  SECU_RETURN_IF_ERROR(names_of(root["name"], w.at("name"), inst.name, true));
  SECU_RETURN_IF_ERROR(names_of(root["abbreviation"], w.at("abbreviation"), inst.abbreviation, false));
  SECU_RETURN_IF_ERROR(address_of(root["address"], w.at("address"), inst));
  SECU_TRY(inst.phone, list_of(root["phone"], w.at("phone")));
  SECU_TRY(inst.email, list_of(root["email"], w.at("email")));
  SECU_TRY(inst.website, list_of(root["website"], w.at("website")));
  SECU_TRY(inst.source, yaml::citation_of(root["source"], w.at("source")));
  return inst;
}

template <class F>
core::Status each_yaml(const fs::path& dir, F&& f) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return core::fail(core::ErrorCode::not_found, "directory not found", dir.string());
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& p : files) {
    SECU_TRY(std::string text, yaml::read_file(p.string()));
    SECU_RETURN_IF_ERROR(f(p, text));
  }
  return {};
}

}  // namespace

core::Result<Institution> parse_institution(std::string_view text, const std::string& file, std::string_view id) {
  SECU_TRY(YAML::Node root, yaml::parse_text(text, file));
  try {
    return institution_of(root, Where{file, ""}, id);
  } catch (const YAML::Exception& e) {
    return std::unexpected(error_at(Where{file, ""}, std::string("malformed YAML structure: ") + e.what()));
  }
}

core::Status parse_citations(std::string_view text, const std::string& file,
                             std::map<std::string, core::Citation, std::less<>>& out) {
  SECU_TRY(YAML::Node root, yaml::parse_text(text, file));
  const Where w{file, ""};
  try {
    if (!root || !root.IsMap()) return std::unexpected(error_at(w, "expected a map of id: citation"));
    for (const auto& kv : root) {
      const std::string id = kv.first.Scalar();
      SECU_TRY(core::Citation c, yaml::citation_of(kv.second, w.at(id)));
      if (!out.emplace(id, std::move(c)).second) return std::unexpected(error_at(w.at(id), "citation defined twice"));
    }
  } catch (const YAML::Exception& e) {
    return std::unexpected(error_at(w, std::string("malformed YAML structure: ") + e.what()));
  }
  return {};
}

core::Result<LawData> LawData::load(const std::string& data_dir) {
  const fs::path root(data_dir);
  LawData d;
  SECU_TRY(d.params_, Parameters::load((root / "params").string()));
  auto insts = std::make_shared<std::map<std::string, Institution, std::less<>>>();
  SECU_RETURN_IF_ERROR(each_yaml(root / "institutions", [&](const fs::path& p, const std::string& text) -> core::Status {
    SECU_TRY(Institution i, parse_institution(text, p.string(), p.stem().string()));
    insts->emplace(i.id, std::move(i));
    return {};
  }));
  auto cites = std::make_shared<std::map<std::string, core::Citation, std::less<>>>();
  SECU_RETURN_IF_ERROR(each_yaml(root / "citations", [&](const fs::path& p, const std::string& text) {
    return parse_citations(text, p.string(), *cites);
  }));
  d.institutions_ = std::move(insts);
  d.citations_ = std::move(cites);
  return d;
}

LawData LawData::with(const Reform& reform) const {
  LawData d = *this;
  d.params_ = params_.with(reform);
  return d;
}

const Institution* LawData::institution(std::string_view id) const {
  auto it = institutions_->find(id);
  return it == institutions_->end() ? nullptr : &it->second;
}

const core::Citation* LawData::citation(std::string_view id) const {
  auto it = citations_->find(id);
  return it == citations_->end() ? nullptr : &it->second;
}

std::vector<const Institution*> LawData::institutions() const {
  std::vector<const Institution*> out;
  for (const auto& [id, i] : *institutions_) out.push_back(&i);
  return out;
}

}  // namespace secu::law

#include "cli/app.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace secu::cli {

std::string data_dir(const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("SECU_DATA"); env && *env) return env;
#ifdef SECU_SOURCE_DIR
  if (std::filesystem::is_directory(std::string(SECU_SOURCE_DIR) + "/data")) return std::string(SECU_SOURCE_DIR) + "/data";
#endif
  return "data";
}

core::Result<law::LawData> with_reforms(const law::LawData& law, const std::vector<std::string>& files,
                                        std::vector<std::string>* names) {
  law::LawData out = law;
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return core::fail(core::ErrorCode::not_found, "cannot read the reform file", file);
    std::stringstream text;
    text << in.rdbuf();
    SECU_TRY(law::Reform reform, law::parse_reform(text.str(), file, out.params()));
    if (names) names->push_back(reform.name);
    out = out.with(reform);
  }
  return out;
}

core::Result<App> load_app(const std::string& dir) {
  SECU_TRY(law::LawData law, law::LawData::load(dir));
  SECU_TRY(explain::Catalog catalog, explain::Catalog::load(dir + "/messages"));
  return App{std::move(law), std::move(catalog)};
}

core::Date today() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return core::Date::from(std::chrono::sys_days(now));
}

int exit_code(const core::Error& e) {
  switch (e.code) {
    case core::ErrorCode::invalid_argument: return kBadInput;
    case core::ErrorCode::not_found: return kBadInput;
    case core::ErrorCode::failed_precondition: return kBadInput;
    case core::ErrorCode::out_of_range: return kBadInput;
    case core::ErrorCode::unauthenticated: return kBadInput;
    case core::ErrorCode::permission_denied: return kBadInput;
    case core::ErrorCode::unavailable: return kInternal;
    case core::ErrorCode::internal: return kInternal;
  }
  return kInternal;
}

}  // namespace secu::cli

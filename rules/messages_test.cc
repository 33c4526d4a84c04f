// Every message key the rules use exists in every catalog (data/messages/<lang>/<branch>.json),
// and every citation id they name exists in data/citations. Scans the sources, so a key
// added in code without its texts fails here, not in front of a user.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "explain/catalog.h"
#include "law/institutions.h"

namespace secu::rules {
namespace {

namespace fs = std::filesystem;

std::set<std::string> matches(const std::regex& re) {
  std::set<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(SECU_SOURCE_DIR) / "rules")) {
    if (e.path().extension() != ".cc" || e.path().string().ends_with("_test.cc")) continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) out.insert((*it)[1]);
  }
  return out;
}

TEST(Messages, EveryKeyUsedByTheRulesIsInEveryCatalog) {
  auto cat = explain::Catalog::load(std::string(SECU_SOURCE_DIR) + "/data/messages");
  ASSERT_TRUE(cat) << cat.error().describe();
  // Message keys are named <branch>.(reason|summary|obligation).…, question.…, basis.…, amount.…
  const auto keys = matches(std::regex(
      R"re("((?:[a-z_]+\.(?:reason|summary|obligation)|question|basis|amount)\.[a-z_.0-9]+)")re"));
  EXPECT_GT(keys.size(), 40u);
  for (const auto& key : keys)
    for (core::Lang lang : {core::Lang::en, core::Lang::fr, core::Lang::nl})
      EXPECT_NE(cat->text(key, lang), nullptr) << key << " missing in " << core::to_string(lang);
}

TEST(Citations, EveryCitationIdUsedByTheRulesExists) {
  auto law = law::LawData::load(std::string(SECU_SOURCE_DIR) + "/data");
  ASSERT_TRUE(law) << law.error().describe();
  const auto ids = matches(std::regex(R"re((?:reason|obligation)\("([a-z_]+\.[a-z_.0-9]+)\")re"));
  EXPECT_GT(ids.size(), 10u);
  for (const auto& id : ids) EXPECT_NE(law->citation(id), nullptr) << id;
}

}  // namespace
}  // namespace secu::rules

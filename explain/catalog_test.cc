#include "explain/catalog.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

namespace secu::explain {
namespace {

using core::Lang;

std::set<std::string> placeholders(const std::string& text) {
  std::set<std::string> out;
  static const std::regex re(R"(\{([a-z_]+)\})");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) out.insert((*it)[1]);
  return out;
}

class Catalogs : public ::testing::Test {
 protected:
  void SetUp() override {
    auto c = Catalog::load(std::string(SECU_SOURCE_DIR) + "/data/messages");
    ASSERT_TRUE(c) << c.error().describe();
    cat_ = std::move(*c);
  }
  Catalog cat_;
};

TEST_F(Catalogs, EveryKeyExistsInEveryLanguage) {
  EXPECT_GT(cat_.size(), 50u);
  const auto missing = cat_.missing_keys();
  EXPECT_TRUE(missing.empty()) << "first missing: " << (missing.empty() ? "" : missing.front());
}

TEST_F(Catalogs, TranslationsUseTheSamePlaceholders) {
  for (const auto& [key, en] : cat_.all(Lang::en)) {
    for (Lang lang : {Lang::fr, Lang::nl}) {
      const std::string* t = cat_.text(key, lang);
      ASSERT_NE(t, nullptr) << key;
      EXPECT_EQ(placeholders(en), placeholders(*t)) << key << " in " << core::to_string(lang);
    }
  }
}

TEST_F(Catalogs, RendersArgumentsForTheLanguage) {
  Message m{"basis.sickness_benefit", {{"rate", core::Rate::from_ppm(600000)}, {"ceiling", core::Money::from_ten_thousandths(1264894)}}};
  EXPECT_EQ(cat_.render(m, Lang::en), "60% of the ceiling of €126.4894 (the wage is above it)");
  EXPECT_EQ(cat_.render(m, Lang::fr), "60 % du plafond de 126,4894 € (la rémunération le dépasse)");
  EXPECT_EQ(cat_.date(*core::Date::parse("2026-11-23"), Lang::nl), "23 november 2026");
  EXPECT_EQ(cat_.date(*core::Date::parse("2025-04-01"), Lang::fr), "1er avril 2025");  // "day.1" in French
  EXPECT_EQ(cat_.date(*core::Date::parse("2025-04-02"), Lang::fr), "2 avril 2025");
  EXPECT_EQ(cat_.date(*core::Date::parse("2025-04-01"), Lang::en), "1 April 2025");
}

TEST(Catalog, UnknownKeyOrBadPlaceholderRendersMarkedNeverThrows) {
  auto c = Catalog::from_json({R"({"a": "{x"})", R"({"a": "b"})", R"({"a": "c"})"});
  ASSERT_TRUE(c);
  EXPECT_EQ(c->render({"nope", {}}, Lang::en), "⟦nope⟧");
  EXPECT_EQ(c->render({"a", {}}, Lang::en), "⟦a⟧");
  EXPECT_FALSE(Catalog::from_json({"[1]", "{}", "{}"}));
}

}  // namespace
}  // namespace secu::explain

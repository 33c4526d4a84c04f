// Loads the real data/ tree: every file must pass the schema, and every seed quote must
// be found, verbatim up to white space, in the seed it cites.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "law/institutions.h"

namespace secu::law {
namespace {

namespace fs = std::filesystem;

std::string collapse(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    const bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (ws) { space = true; continue; }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::map<std::string, std::string> read_seeds() {
  std::map<std::string, std::string> seeds;
  const fs::path dir = fs::path(SECU_SOURCE_DIR) / ".." / "shared" / "seeds";
  if (!fs::is_directory(dir)) return seeds;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name.size() < 4 || name[3] != '_') continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    seeds[name.substr(0, 3)] = collapse(ss.str());
  }
  return seeds;
}

class Data : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto d = LawData::load(std::string(SECU_SOURCE_DIR) + "/data");
    ASSERT_TRUE(d) << d.error().describe();
    data_ = new LawData(std::move(*d));
  }
  static void TearDownTestSuite() { delete data_; }
  static LawData* data_;
};
LawData* Data::data_ = nullptr;

void expect_quote_in_seed(const core::Citation& c, const std::map<std::string, std::string>& seeds, const std::string& where) {
  if (!c.is_seed()) return;
  auto it = seeds.find(c.seed);
  ASSERT_NE(it, seeds.end()) << "seed " << c.seed << " not found, cited by " << where;
  EXPECT_NE(it->second.find(collapse(c.quote)), std::string::npos)
      << where << ": quote not found verbatim in seed " << c.seed << ": " << c.quote;
}

TEST_F(Data, LoadsAndHasParameters) { EXPECT_GT(data_->params().size(), 10u); }

TEST_F(Data, EverySeedQuoteIsVerbatim) {
  const auto seeds = read_seeds();
  ASSERT_EQ(seeds.size(), 5u) << "the seeds are expected in ../shared/seeds beside the checkout";
  for (const Parameter* p : data_->params().all())
    for (const Entry& e : p->entries) expect_quote_in_seed(e.source, seeds, p->file + " " + e.start.iso());
  for (const Institution* i : data_->institutions()) expect_quote_in_seed(i->source, seeds, "institution " + i->id);
  for (const auto& [id, c] : data_->citations()) expect_quote_in_seed(c, seeds, "citation " + id);
}

}  // namespace
}  // namespace secu::law

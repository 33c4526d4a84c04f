// Loads the real data/ tree: every file must pass the schema, and every seed quote must
// be found, verbatim up to white space, in the seed it cites.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "law/institutions.h"
#include "law/seeds.h"

namespace secu::law {
namespace {

namespace fs = std::filesystem;

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
  ASSERT_TRUE(seeds.contains(c.seed)) << "seed " << c.seed << " not found, cited by " << where;
  EXPECT_TRUE(quote_in_seed(seeds, c.seed, c.quote))
      << where << ": quote not found verbatim in seed " << c.seed << ": " << c.quote;
}

TEST_F(Data, LoadsAndHasParameters) { EXPECT_GT(data_->params().size(), 10u); }

TEST_F(Data, EverySeedQuoteIsVerbatim) {
  const auto seeds = read_seeds((fs::path(SECU_SOURCE_DIR) / ".." / "shared" / "seeds").string());
  ASSERT_EQ(seeds.size(), 5u) << "the seeds are expected in ../shared/seeds beside the checkout";
  for (const Parameter* p : data_->params().all())
    for (const Entry& e : p->entries) expect_quote_in_seed(e.source, seeds, p->file + " " + e.start.iso());
  for (const Institution* i : data_->institutions()) expect_quote_in_seed(i->source, seeds, "institution " + i->id);
  for (const auto& [id, c] : data_->citations()) expect_quote_in_seed(c, seeds, "citation " + id);
}

}  // namespace
}  // namespace secu::law

// Fuzzes the whole `secu eval` path: parse_situation on the bytes, then, when the situation
// parses, evaluate_all and both renderings (JSON, text) with the real data tree and catalogs,
// at two dates derived from the input (language and --explain too are derived from it).
//
// Contracts checked (besides the sanitizers): parse errors are invalid_argument with a JSON
// pointer; a situation that parses never makes the rules fail with an internal error; the
// JSON rendering serialises (valid UTF-8) like `secu eval --format json` does.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "explain/render.h"
#include "fuzz/fuzz_env.h"
#include "rules/registry.h"
#include "rules/situation.h"

namespace {

using secu::core::Date;
using secu::core::ErrorCode;

// The date of the question: mostly around an incapacity (where the rules have the most to
// say), sometimes in the years the data covers, sometimes anywhere the CLI accepts.
Date question_date(const secu::rules::Situation& s, std::uint64_t h) {
  const std::uint64_t pick = h & 3;
  h >>= 2;
  if (pick <= 1 && !s.incapacities.empty()) {
    const Date start = s.incapacities[h % s.incapacities.size()].start;
    return secu::fuzz::date_in(start - 200, 1200, h >> 8);
  }
  if (pick == 2) return secu::fuzz::date_in(*Date::from_ymd(1990, 1, 1), 60 * 366, h);
  return secu::fuzz::date_in(secu::fuzz::min_date(), secu::fuzz::max_date() - secu::fuzz::min_date() + 1, h);
}

// evaluate_all at `at`, then both renderings, as `secu eval --at AT [--explain]` does.
void evaluate_and_render(const secu::rules::Situation& situation, Date at, std::uint64_t h) {
  const auto& env = secu::fuzz::env();
  const bool trace = (h >> 60) & 1;
  const auto lang = secu::fuzz::lang_of(h >> 61);
  const secu::rules::Context ctx{env.law, at, trace};
  auto decisions = secu::rules::evaluate_all(situation, ctx);
  if (!decisions) {
    const auto& e = decisions.error();
    SECU_FUZZ_CHECK(e.code != ErrorCode::internal, at.iso() + ": " + e.describe());
    return;
  }
  const secu::explain::RenderOptions ro{env.catalog, env.law, lang, trace};
  nlohmann::json j = secu::explain::to_json(*decisions, ro);
  j["at"] = at.iso();
  const std::string dumped = j.dump(2);  // throws on invalid UTF-8, as the CLI would
  SECU_FUZZ_CHECK(!dumped.empty(), at.iso());
  const std::string shown = secu::explain::to_text(*decisions, ro);
  SECU_FUZZ_CHECK(!shown.empty() || decisions->empty(), at.iso());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)secu::fuzz::env();  // the data tree is loaded before the first input, not timed with it

  auto situation = secu::rules::parse_situation(text);
  if (!situation) {
    const auto& e = situation.error();
    SECU_FUZZ_CHECK(e.code == ErrorCode::invalid_argument, e.describe());
    SECU_FUZZ_CHECK(!e.field.empty() && e.field.front() == '/', e.describe());
    return 0;
  }

  // Two questions: at a date derived from the input (see question_date), and within the
  // first month of the first incapacity, where most of the law applies (guaranteed salary,
  // complement, benefit, certificate deadline).
  const std::uint64_t h = secu::fuzz::hash(text);
  evaluate_and_render(*situation, question_date(*situation, h), h);
  if (!situation->incapacities.empty())
    evaluate_and_render(*situation, secu::fuzz::date_in(situation->incapacities.front().start, 31, h >> 32), h >> 1);
  return 0;
}

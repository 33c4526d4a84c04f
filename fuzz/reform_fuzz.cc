// Fuzzes reform files against the real data tree: parse_reform on the bytes and, when it
// parses, the reformed law (LawData::with): every changed parameter looked up around its new
// dates, then the example situation evaluated and rendered under the reform.
//
// Contracts checked (besides the sanitizers): parse errors are invalid_argument; from the
// reform's first date its values are the ones in force, before it the base ones stay; a
// reform never makes the rules fail with an internal error on a valid situation.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "explain/render.h"
#include "fuzz/fuzz_env.h"
#include "law/parameters.h"
#include "law/yaml_read.h"
#include "rules/registry.h"
#include "rules/situation.h"

namespace {

using secu::core::Date;
using secu::core::ErrorCode;

const secu::rules::Situation& example() {
  static const secu::rules::Situation s = [] {
    const std::string file = std::string(SECU_SOURCE_DIR) + "/examples/sickness-blue-collar.json";
    auto text = secu::law::yaml::read_file(file);
    if (!text) secu::fuzz::violated("cannot read the example", file);
    auto parsed = secu::rules::parse_situation(*text);
    if (!parsed) secu::fuzz::violated("the example does not parse", parsed.error().describe());
    return *parsed;
  }();
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto& env = secu::fuzz::env();
  const auto& situation = example();

  auto reform = secu::law::parse_reform(text, "fuzz/reform.yaml", env.law.params());
  if (!reform) {
    SECU_FUZZ_CHECK(reform.error().code == ErrorCode::invalid_argument, reform.error().describe());
    return 0;
  }
  const secu::law::LawData reformed = env.law.with(*reform);
  SECU_FUZZ_CHECK(reformed.params().size() == env.law.params().size(), "a reform added or removed parameters");

  for (const auto& [id, entries] : reform->changes) {
    const secu::law::Parameter* base = env.law.params().find(id);
    const secu::law::Parameter* now = reformed.params().find(id);
    SECU_FUZZ_CHECK(base != nullptr && now != nullptr, id);
    if (entries.empty()) continue;
    const Date from = entries.front().start;
    for (const auto& e : entries) {
      for (Date d : {e.start - 1, e.start, e.start + 1}) {
        const secu::law::Entry* in_force = now->entry_at(d);
        if (d < from) {  // the base entry (a copy of it) stays in force
          const secu::law::Entry* before = base->entry_at(d);
          SECU_FUZZ_CHECK((in_force == nullptr) == (before == nullptr) && (!before || in_force->start == before->start),
                          id + " before the reform on " + d.iso());
        } else {
          SECU_FUZZ_CHECK(in_force == nullptr || in_force->start >= from, id + " on " + d.iso());
        }
        auto at = reformed.params().at(id, d);
        SECU_FUZZ_CHECK(at.has_value() == (in_force != nullptr), id + " on " + d.iso());
        (void)reformed.params().money(id, d);
        (void)reformed.params().rate(id, d);
        (void)reformed.params().integer(id, d);
      }
    }
  }

  // The example situation under the reform, at a date around its incapacity.
  const std::uint64_t h = secu::fuzz::hash(text);
  const Date at = secu::fuzz::date_in(situation.incapacities.front().start - 30, 500, h);
  const bool trace = (h >> 60) & 1;
  const secu::rules::Context ctx{reformed, at, trace};
  auto decisions = secu::rules::evaluate_all(situation, ctx);
  if (!decisions) {
    SECU_FUZZ_CHECK(decisions.error().code != ErrorCode::internal, at.iso() + ": " + decisions.error().describe());
    return 0;
  }
  const secu::explain::RenderOptions ro{env.catalog, reformed, secu::fuzz::lang_of(h >> 61), trace};
  const std::string dumped = secu::explain::to_json(*decisions, ro).dump(2);
  SECU_FUZZ_CHECK(!dumped.empty(), "");
  (void)secu::explain::to_text(*decisions, ro);
  return 0;
}

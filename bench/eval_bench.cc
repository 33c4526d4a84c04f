// Benchmarks of the evaluation path, on the real data tree and the example situation
// (examples/sickness-blue-collar.json at 2024-03-06, as in the README's demo).
//
//   BM_Eval_Full          one `secu eval --format json`: parse the situation, evaluate_all,
//                         to_json, dump (data already loaded, no trace)
//   BM_Eval_Full_Explain  the same with --explain (trace recorded and rendered)
//   BM_Rules_Only         evaluate_all on a parsed situation, trace off
//   BM_Rules_WithTrace    evaluate_all on a parsed situation, trace on
//   BM_ParseSituation     parse_situation alone (JSON, schema, checks)
//   BM_LoadData           LawData::load of data/ (parameters, institutions, citations)
//
// Results and how to reproduce them: docs/performance.md.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "core/date.h"
#include "explain/catalog.h"
#include "explain/render.h"
#include "law/institutions.h"
#include "rules/registry.h"
#include "rules/situation.h"

namespace {

using namespace secu;

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "secu_bench: %s\n", what.c_str());
  std::exit(3);
}

std::string data_dir() { return std::string(SECU_SOURCE_DIR) + "/data"; }

// The data tree, catalogs and example, loaded once for every benchmark but BM_LoadData.
struct Fixture {
  law::LawData law;
  explain::Catalog catalog;
  std::string example;
  rules::Situation situation;
  core::Date at;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    auto law = law::LawData::load(data_dir());
    if (!law) die("cannot load the data: " + law.error().describe());
    auto catalog = explain::Catalog::load(data_dir() + "/messages");
    if (!catalog) die("cannot load the messages: " + catalog.error().describe());
    std::ifstream in(std::string(SECU_SOURCE_DIR) + "/examples/sickness-blue-collar.json", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string example = ss.str();
    auto situation = rules::parse_situation(example);
    if (!situation) die("the example does not parse: " + situation.error().describe());
    return Fixture{std::move(*law), std::move(*catalog), std::move(example), std::move(*situation),
                   *core::Date::parse("2024-03-06")};
  }();
  return f;
}

// One `secu eval FILE --at 2024-03-06 --format json [--explain]`, data already loaded.
void eval_full(benchmark::State& state, bool trace) {
  const Fixture& f = fixture();
  for (auto _ : state) {
    auto situation = rules::parse_situation(f.example);
    if (!situation) die(situation.error().describe());
    const rules::Context ctx{f.law, f.at, trace};
    auto decisions = rules::evaluate_all(*situation, ctx);
    if (!decisions) die(decisions.error().describe());
    const explain::RenderOptions ro{f.catalog, f.law, core::Lang::en, trace};
    nlohmann::json j = explain::to_json(*decisions, ro);
    j["at"] = f.at.iso();
    std::string out = j.dump(2);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_Eval_Full(benchmark::State& state) { eval_full(state, false); }
void BM_Eval_Full_Explain(benchmark::State& state) { eval_full(state, true); }

void rules_only(benchmark::State& state, bool trace) {
  const Fixture& f = fixture();
  const rules::Context ctx{f.law, f.at, trace};
  for (auto _ : state) {
    auto decisions = rules::evaluate_all(f.situation, ctx);
    if (!decisions) die(decisions.error().describe());
    benchmark::DoNotOptimize(decisions->data());
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_Rules_Only(benchmark::State& state) { rules_only(state, false); }
void BM_Rules_WithTrace(benchmark::State& state) { rules_only(state, true); }

void BM_ParseSituation(benchmark::State& state) {
  const Fixture& f = fixture();
  for (auto _ : state) {
    auto situation = rules::parse_situation(f.example);
    if (!situation) die(situation.error().describe());
    benchmark::DoNotOptimize(situation->persons.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(f.example.size()));
}

void BM_LoadData(benchmark::State& state) {
  const std::string dir = data_dir();
  std::size_t params = 0;
  for (auto _ : state) {
    auto law = law::LawData::load(dir);
    if (!law) die(law.error().describe());
    params = law->params().size();
    benchmark::DoNotOptimize(params);
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["parameters"] = static_cast<double>(params);
}

}  // namespace

BENCHMARK(BM_Eval_Full);
BENCHMARK(BM_Eval_Full_Explain);
BENCHMARK(BM_Rules_Only);
BENCHMARK(BM_Rules_WithTrace);
BENCHMARK(BM_ParseSituation);
BENCHMARK(BM_LoadData)->Unit(benchmark::kMillisecond);

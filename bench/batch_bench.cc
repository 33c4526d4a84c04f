// Benchmarks of the batch path (sim/batch.h): rows per second for each benefit's loop alone
// and the three together, at 10 thousand, 1 million and 10 million rows, on 1 and 2 threads;
// and the time to read the law into the loops' tables (what a reform costs to set up).
//
//   BM_Sickness/ROWS/THREADS        the fund's daily sickness benefit of each row on a day
//   BM_Unemployment/ROWS/THREADS    the full unemployment daily benefit (phase, family, part time)
//   BM_Integration/ROWS/THREADS     the integration income with its means test
//   BM_AllThree/ROWS/THREADS        the three loops one after the other, ROWS rows each
//   BM_BuildLaw                     BatchLaw::build for the rows (the law as it is)
//   BM_BuildLawReformed             the same under examples/reforms/sickness-rate-65.yaml,
//                                   parsing and laying the reform on included
//   BM_ReformOverlay                parse_reform + LawData::with alone: a reform's set-up for
//                                   the rules (secu eval, secu simulate)
//
// The rows: 30,000 synthetic households (sim/generate.h, seed 1, 2025-06-01) parsed once; their
// rows repeated to the size asked (the loops' speed does not depend on which values repeat).
// Items per second in the output are rows per second. Results: docs/performance.md.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <benchmark/benchmark.h>

#include "law/institutions.h"
#include "rules/situation.h"
#include "sim/batch.h"
#include "sim/generate.h"

namespace {

using namespace secu;

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "secu_bench: %s\n", what.c_str());
  std::exit(3);
}

const core::Date kDay = *core::Date::parse("2025-06-01");

const law::LawData& the_law() {
  static const law::LawData law = [] {
    auto l = law::LawData::load(std::string(SECU_SOURCE_DIR) + "/data");
    if (!l) die(l.error().describe());
    return std::move(*l);
  }();
  return law;
}

const sim::Batch& drawn() {
  static const sim::Batch batch = [] {
    sim::Batch b;
    for (std::uint64_t i = 0; i < 30000; ++i) {
      auto s = rules::parse_situation(sim::generate_household(1, i, kDay));
      if (!s) die(s.error().describe());
      sim::add_situation(b, *s, static_cast<std::uint32_t>(i));
    }
    return b;
  }();
  return batch;
}

template <class T>
void repeat(std::vector<T>& v, std::size_t n) {
  const std::size_t k = v.size();
  v.reserve(n);
  for (std::size_t i = k; i < n; ++i) v.push_back(v[i % k]);
  v.resize(n);
}

// The drawn rows repeated (or cut) to `n` rows per benefit; one cached batch per size.
const sim::Batch& rows(std::size_t n) {
  static std::map<std::size_t, sim::Batch> cache;
  auto it = cache.find(n);
  if (it != cache.end()) return it->second;
  if (cache.size() >= 1) cache.clear();  // one size at a time: 10 million rows are ~1 GB
  sim::Batch b = drawn();
  auto& s = b.sickness;
  for (auto* v : {&s.start, &s.end, &s.certificate}) repeat(*v, n);
  repeat(s.household, n), repeat(s.person, n), repeat(s.wage, n), repeat(s.family, n), repeat(s.regular, n);
  repeat(s.blue_collar, n), repeat(s.batchable, n);
  auto& u = b.unemployment;
  for (auto* v : {&u.first, &u.start, &u.start_ymd, &u.birth_ymd}) repeat(*v, n);
  repeat(u.household, n), repeat(u.person, n), repeat(u.wage, n), repeat(u.family, n), repeat(u.weekly_hours, n);
  repeat(u.full_time_hours, n), repeat(u.batchable, n);
  auto& g = b.integration;
  repeat(g.household, n), repeat(g.person, n), repeat(g.claim, n), repeat(g.means, n), repeat(g.age, n);
  repeat(g.category, n), repeat(g.batchable, n);
  return cache.emplace(n, std::move(b)).first->second;
}

sim::BatchLaw law_for(const sim::Batch& b) { return sim::BatchLaw::build(the_law(), kDay, b); }

// One benefit's loop: `rows_of` picks its rows in the batch, `loop` is sim::<benefit>_on.
template <class Rows>
void one_loop(benchmark::State& state, const Rows sim::Batch::*rows_of,
              void (*loop)(const Rows&, const sim::BatchLaw&, sim::Amounts&, unsigned)) {
  const sim::Batch& b = rows(static_cast<std::size_t>(state.range(0)));
  const sim::BatchLaw law = law_for(b);
  sim::Amounts out;  // reused, as a run over many days or reforms would
  for (auto _ : state) {
    loop(b.*rows_of, law, out, static_cast<unsigned>(state.range(1)));
    benchmark::DoNotOptimize(out.amount.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_Sickness(benchmark::State& state) { one_loop(state, &sim::Batch::sickness, &sim::sickness_on); }
void BM_Unemployment(benchmark::State& state) { one_loop(state, &sim::Batch::unemployment, &sim::unemployment_on); }
void BM_Integration(benchmark::State& state) { one_loop(state, &sim::Batch::integration, &sim::integration_on); }

void BM_AllThree(benchmark::State& state) {
  const sim::Batch& b = rows(static_cast<std::size_t>(state.range(0)));
  const sim::BatchLaw law = law_for(b);
  const auto threads = static_cast<unsigned>(state.range(1));
  sim::Amounts sick, unemp, integ;
  for (auto _ : state) {
    sim::sickness_on(b.sickness, law, sick, threads);
    sim::unemployment_on(b.unemployment, law, unemp, threads);
    sim::integration_on(b.integration, law, integ, threads);
    benchmark::DoNotOptimize(integ.amount.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_BuildLaw(benchmark::State& state) {
  const sim::Batch& b = drawn();
  for (auto _ : state) benchmark::DoNotOptimize(sim::BatchLaw::build(the_law(), kDay, b));
}

void BM_BuildLawReformed(benchmark::State& state) {
  std::ifstream in(std::string(SECU_SOURCE_DIR) + "/examples/reforms/sickness-rate-65.yaml");
  std::stringstream text;
  text << in.rdbuf();
  const sim::Batch& b = drawn();
  for (auto _ : state) {
    auto reform = law::parse_reform(text.str(), "sickness-rate-65.yaml", the_law().params());
    if (!reform) die(reform.error().describe());
    const law::LawData reformed = the_law().with(*reform);
    benchmark::DoNotOptimize(sim::BatchLaw::build(reformed, kDay, b));
  }
}

void BM_ReformOverlay(benchmark::State& state) {
  std::ifstream in(std::string(SECU_SOURCE_DIR) + "/examples/reforms/sickness-rate-65.yaml");
  std::stringstream text;
  text << in.rdbuf();
  for (auto _ : state) {
    auto reform = law::parse_reform(text.str(), "sickness-rate-65.yaml", the_law().params());
    if (!reform) die(reform.error().describe());
    benchmark::DoNotOptimize(the_law().with(*reform));
  }
}

void sizes(benchmark::internal::Benchmark* b) {
  for (std::int64_t n : {10'000, 1'000'000, 10'000'000})
    for (std::int64_t t : {1, 2}) b->Args({n, t});
  b->ArgNames({"rows", "threads"})->Unit(benchmark::kMillisecond)->UseRealTime();
}

BENCHMARK(BM_Sickness)->Apply(sizes);
BENCHMARK(BM_Unemployment)->Apply(sizes);
BENCHMARK(BM_Integration)->Apply(sizes);
BENCHMARK(BM_AllThree)->Apply(sizes);
BENCHMARK(BM_BuildLaw)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_BuildLawReformed)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ReformOverlay)->Unit(benchmark::kMicrosecond);

}  // namespace

#include "cli/cases.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "cli/yaml_json.h"
#include "explain/render.h"
#include "law/seeds.h"
#include "rules/registry.h"

namespace secu::cli {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Appends to `diffs` every place where `actual` does not contain `expected`.
void match(const json& expected, const json& actual, const std::string& path, std::vector<std::string>& diffs) {
  if (expected.is_object()) {
    if (!actual.is_object()) { diffs.push_back(path + ": expected an object, got " + actual.dump()); return; }
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      if (!actual.contains(it.key())) { diffs.push_back(path + "/" + it.key() + ": missing"); continue; }
      match(it.value(), actual[it.key()], path + "/" + it.key(), diffs);
    }
    return;
  }
  if (expected.is_array()) {
    if (!actual.is_array() || actual.size() != expected.size()) {
      diffs.push_back(fmt::format("{}: expected {} items, got {}", path, expected.size(), actual.dump()));
      return;
    }
    for (std::size_t i = 0; i < expected.size(); ++i) match(expected[i], actual[i], fmt::format("{}/{}", path, i), diffs);
    return;
  }
  json want = expected;
  if (want.is_number_integer() && actual.is_string()) want = std::to_string(want.get<long long>());
  if (want != actual) diffs.push_back(fmt::format("{}: expected {}, got {}", path, want.dump(), actual.dump()));
}

struct Outcome {
  bool ok = true;
  std::vector<std::string> diffs;
};

void check_citation(const YAML::Node& c, const std::map<std::string, std::string>& seeds, Outcome& out) {
  if (!c || !c.IsMap() || (!c["quote"] && !c["url"])) {
    out.diffs.push_back("checks: each case names the seed sentence (seed, chapter, quote) or the official url it checks");
    return;
  }
  if (!c["seed"] || seeds.empty()) return;
  if (!law::quote_in_seed(seeds, c["seed"].Scalar(), c["quote"].Scalar()))
    out.diffs.push_back("checks: quote not found verbatim in seed " + c["seed"].Scalar());
}

void reasons_include(const YAML::Node& want, const json& actual, Outcome& out) {
  if (!want) return;
  for (const auto& r : want) {
    bool found = false;
    for (const auto& d : actual["decisions"])
      for (const auto& reason : d["reasons"]) found = found || reason["rule"] == r.Scalar();
    if (!found) out.diffs.push_back("reasons_include: no reason with rule " + r.Scalar());
  }
}

Outcome run_case(const App& app, const YAML::Node& c, const std::map<std::string, std::string>& seeds) {
  Outcome out;
  check_citation(c["checks"], seeds, out);
  auto situation = rules::parse_situation(yaml_to_json(c["situation"]).dump());
  if (c["error"]) {
    if (situation) out.diffs.push_back("expected the input to be refused at " + c["error"].Scalar());
    else if (situation.error().field != c["error"].Scalar())
      out.diffs.push_back("refused at " + situation.error().field + " (" + situation.error().message + "), expected " + c["error"].Scalar());
    out.ok = out.diffs.empty();
    return out;
  }
  if (!situation) { out.diffs.push_back("situation refused: " + situation.error().describe()); out.ok = false; return out; }
  auto at = core::Date::parse(c["at"] ? c["at"].Scalar() : "");
  if (!at) { out.diffs.push_back("at: expected a date YYYY-MM-DD"); out.ok = false; return out; }
  const rules::Context ctx{app.law, *at, true};
  auto decisions = rules::evaluate_all(*situation, ctx);
  if (!decisions) { out.diffs.push_back("evaluation failed: " + decisions.error().describe()); out.ok = false; return out; }
  for (core::Lang lang : {core::Lang::en, core::Lang::fr, core::Lang::nl}) {
    const json j = explain::to_json(*decisions, {app.catalog, app.law, lang, true});
    const std::string text = j.dump() + explain::to_text(*decisions, {app.catalog, app.law, lang, true});
    if (text.find("⟦") != std::string::npos) {
      const auto at_key = text.find("⟦");
      out.diffs.push_back(fmt::format("{}: a message is missing: {}", core::to_string(lang), text.substr(at_key, 60)));
    }
    if (lang != core::Lang::en) continue;
    if (c["expect"]) match(yaml_to_json(c["expect"]), j, "", out.diffs);
    reasons_include(c["reasons_include"], j, out);
  }
  out.ok = out.diffs.empty();
  return out;
}

std::vector<fs::path> case_files(const std::string& dir) {
  std::vector<fs::path> files;
  if (fs::is_regular_file(dir)) return {dir};
  if (!fs::is_directory(dir)) return files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

CaseTotals run_cases(const App& app, const std::string& dir, const std::string& seeds_dir, bool verbose) {
  CaseTotals t;
  const auto seeds = law::read_seeds(seeds_dir);
  for (const auto& file : case_files(dir)) {
    YAML::Node doc;
    try {
      doc = YAML::LoadFile(file.string());
    } catch (const YAML::Exception& e) {
      std::cout << "FAIL " << file.string() << ": " << e.what() << "\n";
      ++t.failed;
      continue;
    }
    for (const auto& c : doc["cases"]) {
      const std::string name = file.filename().string() + ": " + (c["name"] ? c["name"].Scalar() : "?");
      Outcome o;
      try {
        o = run_case(app, c, seeds);
      } catch (const std::exception& e) {
        o = {false, {std::string("malformed case: ") + e.what()}};
      }
      if (o.ok) {
        ++t.passed;
        if (verbose) std::cout << "ok   " << name << "\n";
        continue;
      }
      ++t.failed;
      std::cout << "FAIL " << name << "\n";
      for (const auto& d : o.diffs) std::cout << "     " << d << "\n";
    }
  }
  if (t.passed + t.failed == 0) std::cout << "no case found under " << dir << "\n";
  std::cout << t.passed << " passed, " << t.failed << " failed\n";
  return t;
}

}  // namespace secu::cli

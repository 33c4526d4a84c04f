// Shared by the fuzz targets: the real data tree loaded once, a stable hash of the input
// (to derive the evaluation date, language and trace flag), and a contract check that
// stops the run with a message.
//
// Nothing here catches exceptions or filters inputs: an exception escaping secu's API
// (which reports errors as values), a sanitizer report or a broken contract is a finding.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/lang.h"
#include "core/result.h"
#include "explain/catalog.h"
#include "law/institutions.h"

#ifndef SECU_SOURCE_DIR
#error "SECU_SOURCE_DIR must name the project root (fuzz/CMakeLists.txt sets it)"
#endif

namespace secu::fuzz {

/// A contract violation: print what and where, then trap so libFuzzer saves the input.
[[noreturn]] inline void violated(const char* what, const std::string& detail = {}) {
  std::fprintf(stderr, "\n*** secu fuzz: contract violated: %s%s%s\n", what, detail.empty() ? "" : ": ",
               detail.c_str());
  std::fflush(stderr);
  __builtin_trap();
}

#define SECU_FUZZ_CHECK(cond, detail)                   \
  do {                                                  \
    if (!(cond)) ::secu::fuzz::violated(#cond, detail); \
  } while (false)

/// The data directory: $SECU_DATA, else the source tree's data/.
inline std::string data_dir() {
  if (const char* env = std::getenv("SECU_DATA"); env && *env) return env;
  return std::string(SECU_SOURCE_DIR) + "/data";
}

/// The law and the message catalogs of the real data tree, loaded on first use. A data tree
/// that does not load is not a fuzz finding: say so and stop with exit code 3.
struct Env {
  law::LawData law;
  explain::Catalog catalog;
};

inline const Env& env() {
  static const Env e = [] {
    const std::string dir = data_dir();
    auto law = law::LawData::load(dir);
    if (!law) {
      std::fprintf(stderr, "secu fuzz: cannot load %s: %s\n", dir.c_str(), law.error().describe().c_str());
      std::exit(3);
    }
    auto cat = explain::Catalog::load(dir + "/messages");
    if (!cat) {
      std::fprintf(stderr, "secu fuzz: cannot load %s/messages: %s\n", dir.c_str(), cat.error().describe().c_str());
      std::exit(3);
    }
    return Env{std::move(*law), std::move(*cat)};
  }();
  return e;
}

/// FNV-1a over the input: the same input always gives the same date, language and flags.
inline std::uint64_t hash(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

/// The dates the CLI accepts for --at: 0000-01-01 to 9999-12-31.
inline core::Date min_date() { return *core::Date::from_ymd(0, 1, 1); }
inline core::Date max_date() { return *core::Date::from_ymd(9999, 12, 31); }
inline core::Date clamp_date(core::Date d) { return d < min_date() ? min_date() : max_date() < d ? max_date() : d; }

/// A date in [first, first + span) picked by `h`.
inline core::Date date_in(core::Date first, std::int32_t span, std::uint64_t h) {
  return clamp_date(first + static_cast<std::int32_t>(h % static_cast<std::uint64_t>(span)));
}

inline core::Lang lang_of(std::uint64_t h) { return static_cast<core::Lang>(h % 3); }

}  // namespace secu::fuzz

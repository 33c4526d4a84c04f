// Internal to sim/generate*.cc: the random source and a household as the model draws it
// (sim/generate.cc) before it is written as JSON (sim/generate_write.cc).
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "core/date.h"

namespace secu::sim::gen {

/// std::mt19937_64 (its output is fixed by the standard) with our own integer transforms:
/// std::*_distribution is implementation-defined, and floating point is avoided altogether.
class Random {
 public:
  /// Household `index` of `seed` gets its own engine, so any household can be made alone.
  Random(std::uint64_t seed, std::uint64_t index) : engine_(mix(mix(seed) ^ index)) {}
  /// An integer in [lo, hi] (multiply-shift of 32 bits: hi - lo < 2^32).
  int between(int lo, int hi) {
    const std::uint64_t span = static_cast<std::uint64_t>(hi - lo) + 1;
    return lo + static_cast<int>(((engine_() >> 32) * span) >> 32);
  }
  /// True with probability per_mille / 1000.
  bool chance(int per_mille) { return between(0, 999) < per_mille; }
  /// An index drawn in proportion to the weights.
  std::size_t pick(std::span<const int> weights) {
    int total = 0;
    for (int w : weights) total += w;
    int x = between(0, total - 1);
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (x < weights[i]) return i;
      x -= weights[i];
    }
    return weights.size() - 1;
  }

 private:
  // splitmix64's finaliser: spreads nearby seeds and indexes over the whole 64-bit space.
  static std::uint64_t mix(std::uint64_t z) {
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::mt19937_64 engine_;
};

enum class Activity { child, employee, self_employed, unemployed, student, pensioner, inactive };
enum class Kind { single, couple, couple_with_children, single_parent };

/// An incapacity for work (past one year: invalidity).
struct Spell {
  core::Date start;
  std::optional<core::Date> end;  // none: still going on
  core::Date certificate;         // the day the fund's adviser received the certificate
  bool invalidity = false;        // goes past one year, recognised by the Medical Council
};

/// One person of a drawn household.
struct Member {
  std::string id;
  int age = 0;
  core::Date birth;
  bool woman = false;
  Activity activity = Activity::child;
  bool blue_collar = false;
  int work_percent = 100;          // part-time: 50 or 80
  std::int64_t wage_cents = 0;     // gross a day on a 6-day week, part-time included
  std::int64_t quarter_cents = 0;  // self-employed: professional income a quarter
  core::Date insured_since;        // first day insured (as a worker)
  core::Date work_until;           // employees, the unemployed: last day of the work months listed
  std::optional<Spell> incapacity;
  std::optional<core::Date> unemployed_since;
  std::optional<core::Date> income_claim;  // integration income (CPAS/OCMW) or GRAPA claimed
  std::int64_t means_cents = -1;           // its monthly means (−1: none)
  bool grapa = false;                      // the claim is for the GRAPA, not the integration income
  bool pension_claim = false;              // reaches the pension age: claims the pension
  bool preferential = false;               // increased reimbursement (BIM)
  std::optional<core::Date> delivery;      // a pregnancy: expected delivery
  bool twins = false;                      // a multiple birth
  int rank = 0;                            // children: rank among the children (1 = eldest)
  bool student = false;                    // children of 18 and more: in education
  int career_from = 0;                     // first and last year of the career
  int career_to = 0;
};

/// A household as drawn: the head first among the adults, children eldest first.
struct Draft {
  std::string id;
  Kind kind = Kind::single;
  std::string_view region;
  std::string_view fund;
  std::string_view payment_body;
  std::vector<Member> adults;
  std::vector<Member> children;
};

// Appends JSON tokens, putting the commas in: a comma goes before a key or a value unless it
// opens an object or array or follows a key.
class Json {
 public:
  explicit Json(std::string& out) : out_(out) {}
  Json& open(char c) { sep(); out_ += c; return *this; }
  Json& close(char c) { out_ += c; return *this; }
  Json& key(std::string_view k) { sep(); out_ += '"'; out_ += k; out_ += "\":"; return *this; }
  Json& str(std::string_view v) { sep(); out_ += '"'; out_ += v; out_ += '"'; return *this; }
  Json& num(std::int64_t v) { sep(); fmt::format_to(std::back_inserter(out_), "{}", v); return *this; }
  Json& boolean(bool v) { sep(); out_ += v ? "true" : "false"; return *this; }
  Json& date(core::Date d) { return str(d.iso()); }
  Json& money(std::int64_t cents) {
    sep();
    fmt::format_to(std::back_inserter(out_), "\"{}.{:02}\"", cents / 100, cents % 100);
    return *this;
  }

 private:
  void sep() {
    if (!out_.empty() && out_.back() != '{' && out_.back() != '[' && out_.back() != ':' && out_.back() != '\n') out_ += ',';
  }
  std::string& out_;
};

/// Draws household `index` around `at` (sim/generate.cc).
Draft draw(Random& r, std::uint64_t index, core::Date at);
/// Appends the household as one JSON line, without the newline (sim/generate_write.cc).
void write(std::string& out, const Draft& d, core::Date at);
/// Appends the household's events as the "events" member (sim/generate_events.cc).
void write_events(Json& j, const Draft& d, core::Date at);

}  // namespace secu::sim::gen

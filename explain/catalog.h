// Catalog: the message texts in each language (data/messages/<lang>/*.json, one file per
// branch; a key defined twice is an error).
//
//   SECU_TRY(Catalog cat, Catalog::load("data/messages"));
//   cat.render({"sickness.summary", {{"amount", money}}}, Lang::fr);
//
// Texts use fmt named placeholders ("{amount} par jour"). Arguments are formatted for
// the language: amounts "1.068,45 €", dates "23 novembre 2026", rates "60 %".
#pragma once

#include <array>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang.h"
#include "core/result.h"
#include "explain/decision.h"

namespace secu::explain {

class Catalog {
 public:
  /// Loads every .json file of `dir`/en, `dir`/fr and `dir`/nl.
  static core::Result<Catalog> load(const std::string& dir);
  /// Builds from JSON texts by language (tests, fuzzing).
  static core::Result<Catalog> from_json(const std::array<std::string, 3>& texts);

  /// The rendered text; an unknown key or a bad placeholder renders as "⟦key⟧" and is
  /// reported by `problems`, never a crash.
  std::string render(const Message& m, core::Lang lang) const;
  /// The raw text of a key, if present.
  const std::string* text(std::string_view key, core::Lang lang) const;
  /// A date for people: "23 November 2026", "23 novembre 2026", "23 november 2026".
  std::string date(core::Date d, core::Lang lang) const;
  /// Keys present in one language and not in another, as "nl: key" lines.
  std::vector<std::string> missing_keys() const;
  /// Renders every key of every language with no arguments to check placeholders parse.
  std::size_t size() const { return texts_[0].size(); }
  const std::map<std::string, std::string, std::less<>>& all(core::Lang lang) const {
    return texts_[static_cast<std::size_t>(lang)];
  }

 private:
  std::array<std::map<std::string, std::string, std::less<>>, 3> texts_;
};

}  // namespace secu::explain

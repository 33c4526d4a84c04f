// Rendering decisions for people and programs: JSON and plain text, in a language.
//
//   nlohmann::json j = to_json(decisions, {catalog, law, Lang::nl, /*trace=*/true});
//   std::string t = to_text(decisions, {catalog, law, Lang::fr, false});
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/lang.h"
#include "explain/catalog.h"
#include "explain/decision.h"
#include "law/institutions.h"

namespace secu::explain {

/// What rendering needs: the texts, the institutions, the language, whether to show the trace.
struct RenderOptions {
  const Catalog& catalog;
  const law::LawData& law;
  core::Lang lang = core::Lang::en;
  bool trace = false;
};

/// One decision as JSON (amounts as decimal text, dates ISO, texts rendered).
nlohmann::json to_json(const Decision& d, const RenderOptions& o);
/// An institution and how to reach it: id, kind, name and abbreviation in `lang`, address,
/// phone, email, website (the keys without a value left out).
nlohmann::json institution_json(const law::Institution& inst, core::Lang lang);
/// Several decisions: {"decisions": [...]}.
nlohmann::json to_json(const std::vector<Decision>& ds, const RenderOptions& o);
/// The citation as JSON.
nlohmann::json citation_json(const core::Citation& c);
/// Readable text for a terminal.
std::string to_text(const std::vector<Decision>& ds, const RenderOptions& o);

}  // namespace secu::explain

// Citation: where a figure or a rule comes from — a seed sentence or an official page.
#pragma once

#include <string>

namespace secu::core {

/// A source: either a seed (file number, chapter, verbatim quote) or a page (url).
struct Citation {
  std::string seed;         // "000".."004", empty for a page
  std::string chapter;      // "III", "Annex"…
  std::string quote;        // verbatim sentence (required for a seed)
  std::string url;          // for later official figures
  std::string reliability;  // official | mutuality | press (pages only)
  std::string note;

  bool is_seed() const { return !seed.empty(); }
  /// "seed 004, ch. III" or the url.
  std::string short_ref() const { return is_seed() ? "seed " + seed + ", ch. " + chapter : url; }
  /// True when nothing is cited (a gap in the data rather than a rule).
  bool empty() const { return seed.empty() && url.empty(); }
};

}  // namespace secu::core

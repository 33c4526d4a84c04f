#include "core/lang.h"

namespace secu::core {

std::string_view to_string(Lang lang) {
  switch (lang) {
    case Lang::en: return "en";
    case Lang::fr: return "fr";
    case Lang::nl: return "nl";
  }
  return "en";
}

std::optional<Lang> parse_lang(std::string_view text) {
  if (text == "en") return Lang::en;
  if (text == "fr") return Lang::fr;
  if (text == "nl") return Lang::nl;
  return std::nullopt;
}

}  // namespace secu::core

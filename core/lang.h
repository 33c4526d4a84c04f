// Lang: the languages secu speaks. The law's own languages (fr, nl) and English; German
// (Belgium's third official language) is a catalog away: add it here and in data/messages.
#pragma once

#include <optional>
#include <string_view>

namespace secu::core {

/// A language of the decisions, messages and number formats.
enum class Lang { en, fr, nl };

/// "en", "fr", "nl".
std::string_view to_string(Lang lang);

/// Parses "en", "fr" or "nl" (case-sensitive); nullopt otherwise.
std::optional<Lang> parse_lang(std::string_view text);

}  // namespace secu::core

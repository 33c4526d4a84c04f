// Strict UTF-8 (RFC 3629), as nlohmann::json checks when it writes: no overlong forms, no
// surrogates, nothing above U+10FFFF. For text read from files (YAML data, CSV populations)
// before it goes into JSON.
//
//   if (auto at = invalid_utf8_at(cell); at != std::string_view::npos) … // the first bad byte
#pragma once

#include <cstddef>
#include <string_view>

namespace secu::core {

/// The position of the first byte that is not valid UTF-8, or npos.
std::size_t invalid_utf8_at(std::string_view s);

}  // namespace secu::core

// The web page's files (web/*.html, *.js, *.css), embedded in the binary at build time so
// that `secu serve` needs nothing beside it and the page loads no external resource.
//
//   for (const WebAsset& a : web_assets()) if (a.name == "index.html") serve(a.bytes);
#pragma once

#include <string_view>
#include <vector>

namespace secu::server {

/// One embedded file: its name in web/ and its bytes.
struct WebAsset {
  std::string_view name;
  std::string_view bytes;
};

/// Every file of web/, sorted by name.
const std::vector<WebAsset>& web_assets();

}  // namespace secu::server

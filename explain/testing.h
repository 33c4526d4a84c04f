// For tests only: the message catalogs of the source tree (data/messages), loaded once.
// Needs SECU_SOURCE_DIR, which every layer's test target defines.
#pragma once

#include <stdexcept>
#include <string>

#include "explain/catalog.h"

namespace secu::explain {

/// data/messages of the source tree; throws when it does not load (the test cannot run).
inline const Catalog& source_catalog() {
  static const Catalog c = [] {
    auto loaded = Catalog::load(std::string(SECU_SOURCE_DIR) + "/data/messages");
    if (!loaded) throw std::runtime_error("cannot load data/messages: " + loaded.error().describe());
    return std::move(*loaded);
  }();
  return c;
}

}  // namespace secu::explain

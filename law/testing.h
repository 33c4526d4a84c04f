// For tests only: the source tree's data/ (SECU_SOURCE_DIR, set on every test target),
// loaded once per test binary. A tree that does not load throws: every test fails with why.
#pragma once

#include <stdexcept>
#include <string>

#include "law/institutions.h"

namespace secu::law {

inline const LawData& source_law() {
  static const LawData* data = [] {
    auto d = LawData::load(std::string(SECU_SOURCE_DIR) + "/data");
    if (!d) throw std::runtime_error(d.error().describe());
    return new LawData(std::move(*d));
  }();
  return *data;
}

}  // namespace secu::law

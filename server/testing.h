// For the server's tests only: a file of the source tree as text, and the source tree's law and
// message catalogs (loaded once per test binary; a tree that does not load throws: every test
// fails with why).
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "explain/catalog.h"
#include "law/institutions.h"

namespace secu::server::test_support {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Data {
  law::LawData law;
  explain::Catalog catalog;
};

inline const Data& data() {
  static const Data d = [] {
    const std::string root = SECU_SOURCE_DIR;
    auto law = law::LawData::load(root + "/data");
    auto catalog = explain::Catalog::load(root + "/data/messages");
    if (!law || !catalog) throw std::runtime_error("cannot load data/");
    return Data{std::move(*law), std::move(*catalog)};
  }();
  return d;
}

}  // namespace secu::server::test_support

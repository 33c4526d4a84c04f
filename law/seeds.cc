#include "law/seeds.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace secu::law {

std::string collapse_space(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::map<std::string, std::string> read_seeds(const std::string& dir) {
  namespace fs = std::filesystem;
  std::map<std::string, std::string> seeds;
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(dir, ec)) return seeds;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name.size() < 4 || name[3] != '_') continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    seeds[name.substr(0, 3)] = collapse_space(ss.str());
  }
  return seeds;
}

bool quote_in_seed(const std::map<std::string, std::string>& seeds, const std::string& seed, const std::string& quote) {
  auto it = seeds.find(seed);
  return it != seeds.end() && it->second.find(collapse_space(quote)) != std::string::npos;
}

}  // namespace secu::law

// The seed texts, to check that a cited quote is there verbatim (up to white space).
#pragma once

#include <map>
#include <string>

namespace secu::law {

/// The text with every run of white space made one space, trimmed.
std::string collapse_space(const std::string& s);
/// The seeds of `dir` (files "NNN_….txt") by number ("004"), white space collapsed; empty
/// when the folder is missing.
std::map<std::string, std::string> read_seeds(const std::string& dir);
/// True when `quote` is in seed `seed` of `seeds`.
bool quote_in_seed(const std::map<std::string, std::string>& seeds, const std::string& seed, const std::string& quote);

}  // namespace secu::law

// What every command needs: the law as data and the message catalogs, loaded once.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "explain/catalog.h"
#include "law/institutions.h"

namespace secu::cli {

/// Exit codes: what the shell sees.
enum Exit : int { kOk = 0, kFailed = 1, kBadInput = 2, kBadData = 3, kInternal = 4 };

/// The loaded data directory.
struct App {
  law::LawData law;
  explain::Catalog catalog;
};

/// The data directory: --data, else $SECU_DATA, else the source tree's data/, else ./data.
std::string data_dir(const std::string& option);
/// Loads data/ (parameters, institutions, citations, messages).
core::Result<App> load_app(const std::string& dir);
/// The law with each reform file (a YAML overlay) laid on in order — a cheap overlay, no
/// reload; the reforms' names appended to `names` when given.
core::Result<law::LawData> with_reforms(const law::LawData& law, const std::vector<std::string>& files,
                                        std::vector<std::string>* names = nullptr);
/// Today's date (UTC), the default evaluation date.
core::Date today();
/// Maps an error to an exit code.
int exit_code(const core::Error& e);

}  // namespace secu::cli

// `secu params [NAME] [--at DATE]`: the law as data, for people.
#pragma once

#include <string>

#include "cli/app.h"

namespace secu::cli {

/// Lists every parameter with its value on `at`, or details one (value, unit, since, source).
int run_params(const App& app, const std::string& name, core::Date at, core::Lang lang, bool as_json);

}  // namespace secu::cli

// Parameters for people and programs: a value as text and a dated entry as JSON, shared by
// `secu params` and the HTTP API's /v1/params routes.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "law/parameter.h"

namespace secu::explain {

/// "126.4894"; "with_dependants: 73.1, single: 58.21, …"; "from 2013-04-01: 166.8991; …".
std::string value_text(const law::Value& v, const law::Parameter& p);
/// {"since", "value", "source"} of one entry (value null for an entry that ends the parameter).
nlohmann::json entry_json(const law::Entry& e, const law::Parameter& p);

}  // namespace secu::explain

// Reading the events of a situation (internal to rules/situation*.cc).
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "rules/situation.h"

namespace secu::rules {

/// Reads events[index] (already checked against the schema) into `s`.
core::Status read_event(const nlohmann::json& j, std::size_t index, Situation& s);

}  // namespace secu::rules

// Reading the birth and adoption events of a situation (internal to rules/situation*.cc).
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "rules/situation.h"

namespace secu::rules {

/// Reads a "birth" event (already checked against the schema) into s.births; the mother
/// and the co-parent must be persons already read.
core::Status read_birth(const nlohmann::json& j, std::size_t index, Situation& s);

/// Reads an "adoption" event into s.adoptions; the parent must be a person already read.
core::Status read_adoption(const nlohmann::json& j, std::size_t index, Situation& s);

}  // namespace secu::rules

// YAML to JSON, for situations written inside YAML test cases.
//
// Plain scalars become booleans (true/false), null (null, ~), integers, or text; quoted
// scalars are always text, so "150.00" stays an amount in text as the schema wants.
#pragma once

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

namespace secu::cli {

nlohmann::json yaml_to_json(const YAML::Node& node);

}  // namespace secu::cli

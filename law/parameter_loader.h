// Reads one parameter file (docs/data-format.md) strictly.
//
//   auto p = parse_parameter(text, "sickness.benefit.rate", "data/params/sickness/benefit/rate.yaml");
#pragma once

#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "core/result.h"
#include "law/parameter.h"
#include "law/yaml_read.h"

namespace secu::law {

/// Parses a parameter from YAML text; errors name `file` and the key.
core::Result<Parameter> parse_parameter(std::string_view text, std::string id, std::string file);

/// Parses the `values` map of a parameter whose header fields are already set in `p`
/// (shared with reforms, whose changes have the same shape).
core::Status parse_values(const YAML::Node& values, const yaml::Where& w, Parameter& p);

}  // namespace secu::law

// What the CPAS route covers and what it does not (seed 003): free of charge, with
// restrictions on dentists and no cosmetic care; the doctor on duty, vaccinations and the
// ambulance (except a false call) included.
#pragma once

#include "core/result.h"
#include "rules/context.h"

namespace secu::rules::refugees {

/// Adds the reasons on what is free and what is excluded, and the vaccination record to bring.
core::Status what_is_covered(DecisionBuilder& b);

}  // namespace secu::rules::refugees

// Conditions: tri-state checks (met / not met / unknown) and how they add up to a status.
#pragma once

#include "explain/decision.h"
#include "rules/check.h"

namespace secu::rules::sickness {

using rules::Check;

/// Adds up conditions: any not met -> not entitled; else any unknown -> cannot tell.
class Conditions {
 public:
  void add(Check c) {
    if (c == Check::not_met) any_not_met_ = true;
    if (c == Check::unknown) any_unknown_ = true;
  }
  explain::Status status() const {
    if (any_not_met_) return explain::Status::not_entitled;
    if (any_unknown_) return explain::Status::cannot_tell;
    return explain::Status::entitled;
  }

 private:
  bool any_not_met_ = false;
  bool any_unknown_ = false;
};

}  // namespace secu::rules::sickness

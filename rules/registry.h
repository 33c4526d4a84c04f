// The registry of branches: the CLI, the server and the simulator all evaluate through it.
//
//   SECU_TRY(auto decisions, evaluate_all(situation, ctx));
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "explain/decision.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules {

/// A branch of the law: a name and its evaluation.
struct Branch {
  std::string_view name;
  core::Result<std::vector<explain::Decision>> (*evaluate)(const Situation&, const Context&);
};

/// Every branch, in a fixed order.
const std::vector<Branch>& branches();

/// Evaluates every branch on the situation; the decisions in branch order.
core::Result<std::vector<explain::Decision>> evaluate_all(const Situation& s, const Context& ctx);

}  // namespace secu::rules

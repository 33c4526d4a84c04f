// `secu demo-data [--db URL]`: fills a database with a small, realistic fund to try the
// back office on — users for each role, households, attestations decided by the healthcare
// rules, an incapacity and a maternity file, a payment batch exported to pain.001, an appeal.
#pragma once

#include <string>

#include "cli/app.h"

namespace secu::cli {

/// Fills `url` (migrated first) in one go; refuses a database that already has members,
/// so running it twice changes nothing. Prints the demo users and what was created. The
/// demo users' password is $SECU_DEMO_PASSWORD, else "secu-demo-password" (demo only).
int demo_data(const App& app, const std::string& url);

}  // namespace secu::cli

// For tests only: the engines a suite runs on — SQLite always, PostgreSQL when
// SECU_PG_URL names a throwaway database (scripts/pg-throwaway.sh sets it).
#pragma once

#include <cstdlib>
#include <vector>

#include "store/store.h"

namespace secu::store {

/// The PostgreSQL URL of the throwaway cluster, or nullptr.
inline const char* pg_url() {
  const char* u = std::getenv("SECU_PG_URL");
  return u && *u ? u : nullptr;
}

/// SQLite, and PostgreSQL when a cluster is there.
inline std::vector<Engine> engines() {
  std::vector<Engine> out{Engine::sqlite};
  if (pg_url()) out.push_back(Engine::postgres);
  return out;
}

}  // namespace secu::store

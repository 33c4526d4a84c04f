// fund/maf_counters: the maximum billing counters (maximum à facturer / maximumfactuur,
// MàF/MAF) — the personal shares (ticket modérateur / remgeld) of every reimbursed
// attestation line, per member and calendar year of care, kept in the intake's transaction
// (fund/attestations.h), and summed over the household.
//
// The household of a year: the member, their head of family and the head's dependants
// whose link is valid some day of that year (the dependants table). Whether it passed its
// ceiling is the healthcare MAF rule's answer (rules/healthcare/maf.h) on these sums: the
// ceiling depends on the household's net taxable income of an earlier year, which the
// store does not keep, so without `household_income` the answer is "cannot tell" — never
// an assumed category.
//
//   SECU_TRY(MafCounters c, maf_counters(*db, law, "85073003328", 2024));
//   SECU_TRY(MafCounters with, maf_counters(*db, law, "85073003328", 2024, *core::parse_money("30000")));
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/lang.h"
#include "core/money.h"
#include "core/result.h"
#include "explain/catalog.h"
#include "explain/decision.h"
#include "law/institutions.h"
#include "store/store.h"

namespace secu::fund {

/// One member's counter for a year.
struct MafCounter {
  std::string niss{};
  bool head = false;             // the household's head of family
  core::Money personal_shares{};
  std::int64_t lines = 0;        // reimbursed lines counted
};

/// Whether the household's personal shares reached its ceiling.
enum class CeilingStatus { reached, not_reached, cannot_tell };
std::string_view to_string(CeilingStatus s);

/// The counters of a member and their household for a calendar year.
struct MafCounters {
  std::string niss{};
  int year = 0;
  std::string head_niss{};
  MafCounter member{};
  std::vector<MafCounter> household{};  // the member included; head first
  core::Money household_shares{};
  CeilingStatus ceiling_status = CeilingStatus::cannot_tell;
  std::optional<core::Money> ceiling{};
  std::optional<core::Money> refund{};         // what the fund pays back above the ceiling
  std::string why_not_known{};                 // message key when no rule decision could be taken
  std::optional<explain::Decision> decision{}; // the "healthcare.maf" decision, when taken
};

/// The counters for the member with this NISS and `year` (1900-9999). `household_income`:
/// the household's net taxable income of the year the MAF rule looks at, when known.
/// not_found ("niss") for an unknown member; invalid_argument ("year") for a bad year.
[[nodiscard]] core::Result<MafCounters> maf_counters(store::Database& db, const law::LawData& law, std::string_view niss,
                                                     int year, std::optional<core::Money> household_income = std::nullopt);

/// The counters for the API: amounts as decimal text, the rule's decision rendered in `lang`.
nlohmann::json to_json(const MafCounters& c, const explain::Catalog& catalog, const law::LawData& law, core::Lang lang);

}  // namespace secu::fund

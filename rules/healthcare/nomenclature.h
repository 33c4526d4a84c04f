// The nomenclature table: the statutory fee and the reimbursement of each INAMI/RIZIV code,
// as dated parameters under data/params/healthcare/nomenclature/<group>/<code>/ (see
// README.md beside this file).
//
// Seed 001: "Reimbursements of medical costs are based on the reference codes (INAMI/RIZIV
// codes) linked to the treatment." Seed 004 ch. II: "Benefits for preventive care and
// treatment are reimbursed according to a schedule of pre-set statutory rates."
//
//   auto code = find_code(law.params(), "101076");        // group gp
//   SECU_TRY(auto t, tariff(*code, date, /*bim=*/false, /*dmg=*/true, builder));
//   // t->fee == 31.81, t->reimbursed == 27.81 (on 2024-05-02)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "law/parameters.h"
#include "rules/context.h"

namespace secu::rules::healthcare {

/// The groups of the table: a code's group says which rules apply to its line.
enum class Group { gp, specialist, dentist, orthodontics, physiotherapy, nursing };
inline constexpr Group kGroups[] = {Group::gp, Group::specialist, Group::dentist,
                                    Group::orthodontics, Group::physiotherapy, Group::nursing};
/// The folder name of a group ("gp", "physiotherapy"…).
std::string_view to_string(Group g);

/// A code the table knows.
struct Code {
  std::string code;
  Group group = Group::gp;
  std::string prefix;  // "healthcare.nomenclature.gp.101076"
  std::string fee_id() const { return prefix + ".fee"; }
  std::string reimbursement_id() const { return prefix + ".reimbursement"; }
};

/// The code's place in the table (at any date), or nullopt when the table does not know it.
std::optional<Code> find_code(const law::Parameters& params, std::string_view code);

/// The category of a reimbursement parameter: "ordinary_with_dmg", "bim_without_dmg"…
std::string category(bool bim, bool dmg);

/// What the table gives on a date, before the exceptions (referral, under 25, nurse).
struct Tariff {
  std::optional<core::Money> fee;  // nullopt: the table has no fee for the code (orthodontics)
  core::Money reimbursed;
};

/// The tariff of `c` on `d` for the category, recording the parameters used in the trace;
/// nullopt when the table has no figure for that date (the caller says so: never 0).
/// Where a specialist code has a fee but no reimbursement on `d` (from 2015), the
/// reimbursement is the fee less the flat personal share (healthcare.specialist.personal_share).
core::Result<std::optional<Tariff>> tariff(const Code& c, core::Date d, bool bim, bool dmg, DecisionBuilder& b);

}  // namespace secu::rules::healthcare

// fund/members: the fund's members, their affiliation periods and their dependants.
//
// Every write runs in one store transaction: validated first, then written whole or not at
// all. Input errors are invalid_argument naming the field; what the stored data refuses
// (a NISS already registered, an overlapping period) is failed_precondition.
//
//   SECU_TRY(Member m, register_member(*db, {.niss = "85.07.30-033.28", .family_name = "Peeters",
//                                            .given_names = "An", .language = "nl"}));
//   SECU_RETURN_IF_ERROR(add_affiliation(*db, {.niss = m.niss, .fund_code = "mut_neutral",
//                                              .valid_from = *core::Date::parse("2024-01-01")}));
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "store/store.h"

namespace secu::fund {

/// A postal address as kept on the member.
struct Address {
  std::string street{};
  std::string postcode{};
  std::string city{};
  std::string country = "BE";
};

/// What a clerk keys in to register a member.
struct MemberInput {
  std::string niss{};                        // any NISS/INSZ form; validated
  std::string family_name{};
  std::string given_names{};
  std::optional<core::Date> birth_date{};    // default: the date the NISS carries
  std::string language{};                    // "en", "fr" or "nl"
  Address address{};
  std::optional<std::string> iban{};         // validated; stored in electronic form
  bool bim = false;                        // increased reimbursement (BIM/VT)
  std::optional<std::string> dmg_holder{};   // the GP holding the global medical file
  // The facts the membership rules need (store migration 3); absent: unknown, the rules ask.
  std::optional<bool> legal_residence{};          // legally resident in Belgium
  std::optional<std::string> insured_as{};        // employee, self_employed, unemployed, pensioner, student...
  std::optional<bool> contributions_sufficient{}; // the minimum contributions are paid
};

/// A registered member as stored.
struct Member {
  std::int64_t id = 0;
  std::string niss{};  // 11 digits
  std::string family_name{};
  std::string given_names{};
  std::optional<core::Date> birth_date{};
  std::string language{};
  Address address{};
  std::optional<std::string> iban{};
  bool bim = false;
  std::optional<std::string> dmg_holder{};
  // The facts the membership rules need (store migration 3); absent: unknown, the rules ask.
  std::optional<bool> legal_residence{};          // legally resident in Belgium
  std::optional<std::string> insured_as{};        // employee, self_employed, unemployed, pensioner, student...
  std::optional<bool> contributions_sufficient{}; // the minimum contributions are paid
};

/// Registers a member; a NISS already registered is failed_precondition (field "niss").
/// `by` is who does it, for the audit log (every write below takes it too).
[[nodiscard]] core::Result<Member> register_member(store::Database& db, const MemberInput& in,
                                                   std::string_view by = "system");

/// What a clerk may change on a member later (absent: unchanged). The NISS and birth date
/// are the national register's: not changed here.
struct MemberChange {
  std::optional<std::string> family_name{};
  std::optional<std::string> given_names{};
  std::optional<std::string> language{};
  std::optional<Address> address{};
  std::optional<std::string> iban{};        // validated
  std::optional<bool> bim{};
  std::optional<std::string> dmg_holder{};  // "" removes it
  // The facts the membership rules need (store migration 3); absent: unknown, the rules ask.
  std::optional<bool> legal_residence{};          // legally resident in Belgium
  std::optional<std::string> insured_as{};        // employee, self_employed, unemployed, pensioner, student...
  std::optional<bool> contributions_sufficient{}; // the minimum contributions are paid
};

/// Applies the change in one transaction, with the old and new values in the audit log.
[[nodiscard]] core::Result<Member> update_member(store::Database& db, std::string_view niss, const MemberChange& change,
                                                 std::string_view by);

/// Members whose NISS starts with, or family name contains, `text` (case-insensitive), by name; at most `limit`.
[[nodiscard]] core::Result<std::vector<Member>> search_members(store::Database& db, std::string_view text, int limit = 50);

/// A stored affiliation period.
struct Affiliation {
  std::int64_t id = 0;
  std::string fund_code{};
  core::Date valid_from{};
  std::optional<core::Date> valid_to{};
};
/// The member's affiliation periods, oldest first.
[[nodiscard]] core::Result<std::vector<Affiliation>> affiliations_of(store::Database& db, std::string_view niss);

/// A stored link between a head of family and a dependant.
struct DependantLink {
  std::int64_t id = 0;
  std::string head_niss{};
  std::string dependant_niss{};
  std::string dependant_name{};
  std::string relation{};
  core::Date valid_from{};
  std::optional<core::Date> valid_to{};
};
/// The household links the member is part of, as head or as dependant, oldest first.
[[nodiscard]] core::Result<std::vector<DependantLink>> household_of(store::Database& db, std::string_view niss);
/// The member with this NISS (any accepted form); not_found otherwise.
[[nodiscard]] core::Result<Member> find_member(store::Database& db, std::string_view niss);

/// A period of affiliation with a fund.
struct AffiliationInput {
  std::string niss{};
  std::string fund_code{};                      // the fund's id (data/institutions)
  core::Date valid_from{};                      // inclusive
  std::optional<core::Date> valid_to{};         // inclusive; absent = open
  std::optional<std::string> previous_fund{};   // the fund the member comes from, if declared
};

/// Adds an affiliation period. Refused: an overlap with a stored period; a start that is
/// not the first day of a calendar quarter when the period follows one with another fund.
[[nodiscard]] core::Result<std::int64_t> add_affiliation(store::Database& db, const AffiliationInput& in,
                                                         std::string_view by = "system");

/// A dependant to insure through a head of family (both registered members).
struct DependantInput {
  std::string head_niss{};
  std::string dependant_niss{};
  std::string relation{};                        // spouse, cohabitant, child, ascendant, parent_in_law, other
  core::Date valid_from{};
  std::optional<core::Date> valid_to{};
  std::optional<core::Money> quarterly_income{}; // professional or replacement income
  std::optional<bool> fiscally_independent{};    // for a child
};

/// Records the link; whether the dependant is covered is decided by the membership rule
/// when asked (insurability), never stored.
[[nodiscard]] core::Result<std::int64_t> register_dependant(store::Database& db, const DependantInput& in,
                                                            std::string_view by = "system");

}  // namespace secu::fund

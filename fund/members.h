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
};

/// Registers a member; a NISS already registered is failed_precondition (field "niss").
[[nodiscard]] core::Result<Member> register_member(store::Database& db, const MemberInput& in);
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
[[nodiscard]] core::Result<std::int64_t> add_affiliation(store::Database& db, const AffiliationInput& in);

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
[[nodiscard]] core::Result<std::int64_t> register_dependant(store::Database& db, const DependantInput& in);

}  // namespace secu::fund

// fund/insurability: "is this person insured on this date, and how?" — the question a
// provider asks the fund, answered by the membership rules over the stored data.
//
// The stored member, affiliations and dependant links become a rules::Situation; the rules
// (rules::membership::coverage and ::dependant) decide at the date asked. Facts the store
// does not keep stay unknown, so the decision says "cannot tell" with the question to ask.
//
//   SECU_TRY(Insurability a, insurability(*db, law, "85073003328", *core::Date::parse("2024-05-02")));
//   if (a.status == explain::Status::entitled) ...   // a.fund, a.head_niss, a.bim
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "explain/decision.h"
#include "law/institutions.h"
#include "rules/situation.h"
#include "store/store.h"

namespace secu::fund {

/// The answer for one person on one date.
struct Insurability {
  std::string niss{};
  core::Date on{};
  explain::Status status = explain::Status::cannot_tell;  // the combined answer
  std::optional<std::string> fund{};       // through which fund, when known
  std::optional<std::string> head_niss{};  // set when insured as a dependant of this member
  bool bim = false;                      // the person's own BIM flag
  std::vector<explain::Decision> decisions{};  // the rules' decisions, with reasons and questions
};

/// Runs the membership rules for the member with this NISS on `on`.
[[nodiscard]] core::Result<Insurability> insurability(store::Database& db, const law::LawData& law, std::string_view niss,
                                                      core::Date on);

/// The situation the rules see for this member on `on` (the member, and the head of family
/// when a dependant link is valid that day). Exposed for tests and for the explain output.
[[nodiscard]] core::Result<rules::Situation> situation_on(store::Database& db, std::string_view niss, core::Date on);

}  // namespace secu::fund

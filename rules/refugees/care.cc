// Seed 000: "It is only once you are enrolled with such organization that you can receive
// reimbursements for your healthcare expenses or replacement income in the event of
// incapacity for work."
// Seed 003, "Getting Medical Care": "At the reception, present one of the types of health
// insurance that CPAS will issue you." (the obligation of where_to_go.cc)
//
// Base case: care of a newcomer not registered with a mutuality goes through the CPAS —
// its urgent medical aid, or the requisitoire / medical card / Mediprim it issued — not
// through a mutuality's reimbursement.
// Exception (registered): with a fund given, the attestation goes to that fund.
// The note is a reason of the newcomer's decision (one per attestation, dated by its first
// line); the reimbursement itself is the healthcare rules' decision.
#include "rules/refugees/care.h"

#include <algorithm>

namespace secu::rules::refugees {

using explain::Message;

namespace {

core::Date first_day(const Care& c) {
  core::Date first = c.lines.front().date;
  for (const auto& l : c.lines) first = std::min(first, l.date);
  return first;
}

}  // namespace

core::Status care_notes(const Person& p, const Situation& s, Route r, DecisionBuilder& b) {
  for (const auto& c : s.cares) {
    if (c.person != p.id || c.lines.empty()) continue;
    const core::Date day = first_day(c);
    const char* key = p.insurance.fund              ? "refugees.reason.care_fund"
                      : r == Route::cpas_documents ? "refugees.reason.care_cpas_document"
                                                   : "refugees.reason.care_urgent_aid";
    SECU_RETURN_IF_ERROR(b.reason("refugees.mutuality.only_once_enrolled", Message{key, {{"date", day}}}));
  }
  return {};
}

}  // namespace secu::rules::refugees

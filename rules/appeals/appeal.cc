// Seed 004 ch. I, "Appeals": "If you disagree with a decision taken by a social security
// institution, you can lodge a written appeal within three months from the date on which
// you were notified of the decision. If you live in Belgium, you must either send your
// appeal by registered letter to the clerk of the labour court […] in your district of
// residence or personally present it to that office. If you live outside the country, you
// must send your appeal to the labour court of the district of your last place of residence
// in Belgium or, if you have never lived or been resident in the country, to the labour
// court of the district where you last worked in Belgium."
//
// secu's decision is what the institution would decide; the notification date is not
// known, so the deadline is counted from the date of the question (--at). Months are
// added with the end-of-month clamp (notified 30 November -> 28/29 February).
#include "rules/appeals/appeal.h"

namespace secu::rules::appeals {

core::Status add_appeal(std::vector<explain::Decision>& decisions, const Context& ctx) {
  if (decisions.empty()) return {};
  auto months = ctx.law.params().integer("appeals.labour_court.deadline_months", ctx.at);
  if (!months) {
    if (months.error().code == core::ErrorCode::out_of_range) return {};  // no appeal rule in the data for that date
    return std::unexpected(months.error());
  }
  const core::Citation* cite = ctx.law.citation("appeals.labour_court");
  if (!cite) return core::fail(core::ErrorCode::internal, "unknown citation id", "appeals.labour_court");
  const core::Date deadline = core::add_months(ctx.at, static_cast<int>(months->value), core::EndOfMonth::clamp);
  for (auto& d : decisions)
    d.appeal = explain::Obligation{explain::Message{"appeals.obligation.labour_court", {{"deadline", deadline}, {"months", months->value}}},
                                   deadline, "labour_court", *cite};
  return {};
}

}  // namespace secu::rules::appeals

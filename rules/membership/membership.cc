#include "rules/membership/membership.h"

namespace secu::rules::membership {

namespace {

// A rule whose law is not in the data for that date says so ("cannot tell"), not an error.
core::Result<explain::Decision> or_law_gap(core::Result<explain::Decision> d, const char* benefit, const Person& p,
                                           const Context& ctx) {
  if (d || d.error().code != core::ErrorCode::out_of_range) return d;
  DecisionBuilder gap(ctx, benefit, p.id);
  SECU_RETURN_IF_ERROR(gap.law_gap(d.error(), ctx.at));
  return gap.finish(explain::Status::cannot_tell, explain::Message{"membership.summary.law_not_covered", {{"date", ctx.at}}});
}

}  // namespace

core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx) {
  std::vector<explain::Decision> out;
  for (const auto& p : s.persons) {
    if (p.insured_as || p.legal_residence) {
      SECU_TRY(explain::Decision d, or_law_gap(coverage(p, s, ctx), "membership.coverage", p, ctx));
      out.push_back(std::move(d));
    }
    if (p.head_of_family) {
      SECU_TRY(explain::Decision d, or_law_gap(dependant(p, s, ctx), "membership.dependant", p, ctx));
      out.push_back(std::move(d));
    }
  }
  for (const auto& f : s.fund_changes) {
    SECU_TRY(explain::Decision d, or_law_gap(fund_change(f, s, ctx), "membership.fund_change", *s.person(f.person), ctx));
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace secu::rules::membership

// The insurability answer: the membership rules run on the situation built from the store.
#include "fund/insurability.h"

#include "fund/members.h"
#include "rules/context.h"
#include "rules/membership/membership.h"

namespace secu::fund {

using explain::Status;

namespace {

// Not entitled when any decision says so; cannot tell when any cannot; else entitled.
Status combined(const std::vector<explain::Decision>& ds) {
  Status out = Status::entitled;
  for (const auto& d : ds) {
    if (d.status == Status::not_entitled) return Status::not_entitled;
    if (d.status == Status::cannot_tell) out = Status::cannot_tell;
  }
  return out;
}

// A dependant: the link (rules::membership::dependant) and the head's own cover.
core::Status as_dependant(const rules::Situation& s, const rules::Context& ctx, Insurability& a) {
  const rules::Person& p = s.persons.at(0);
  const rules::Person& head = s.persons.at(1);
  SECU_TRY(explain::Decision link, rules::membership::dependant(p, s, ctx));
  SECU_TRY(explain::Decision cover, rules::membership::coverage(head, s, ctx));
  a.decisions = {std::move(link), std::move(cover)};
  a.head_niss = head.id;
  a.fund = head.insurance.fund;
  return {};
}

core::Status as_holder(const rules::Situation& s, const rules::Context& ctx, Insurability& a) {
  const rules::Person& p = s.persons.at(0);
  SECU_TRY(explain::Decision cover, rules::membership::coverage(p, s, ctx));
  a.decisions = {std::move(cover)};
  if (p.insurance.insured_since && *p.insurance.insured_since <= ctx.at) a.fund = p.insurance.fund;
  return {};
}

}  // namespace

core::Result<Insurability> insurability(store::Database& db, const law::LawData& law, std::string_view niss, core::Date on) {
  SECU_TRY(Member m, find_member(db, niss));
  SECU_TRY(rules::Situation s, situation_on(db, m.niss, on));
  const rules::Context ctx{law, on, false};
  Insurability a{.niss = m.niss, .on = on, .bim = m.bim};
  if (s.persons.size() > 1)
    SECU_RETURN_IF_ERROR(as_dependant(s, ctx, a));
  else
    SECU_RETURN_IF_ERROR(as_holder(s, ctx, a));
  a.status = combined(a.decisions);
  return a;
}

}  // namespace secu::fund

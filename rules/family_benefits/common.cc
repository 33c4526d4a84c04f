// Seed 004 ch. IX: "You are entitled to family benefits if you are an employed person or
// are unemployed, disabled or receiving a pension. There has to be a family or legal
// relationship between you and the child or children concerned. When several persons are
// entitled to family benefits for the same child, there are certain rules of priority to
// be observed." "In principle, the child must be brought up in Belgium [...]" "Family
// benefits are paid to the person who is raising the child concerned, i.e. generally the
// mother." The regional schemes (current-figures.md section 7) take over by region of
// residence from the first date of their amounts in data/.
#include "rules/family_benefits/common.h"

#include <variant>

#include "law/parameters.h"

namespace secu::rules::family_benefits {

using core::Date;
using explain::Key;
using explain::Message;

namespace {

// The parameter whose first date is the start of a region's scheme.
std::string_view start_parameter(Region r) {
  switch (r) {
    case Region::flanders: return "family.flanders.base_amount";
    case Region::wallonia: return "family.wallonia.base_amount";
    case Region::brussels: return "family.brussels.base_amount";
    case Region::east_belgium: return "family.ostbelgien.base_amount";
  }
  return "";
}

std::string_view ground_key(ClaimantStatus s) {
  switch (s) {
    case ClaimantStatus::employee: return "family_benefits.ground.employee";
    case ClaimantStatus::unemployed: return "family_benefits.ground.unemployed";
    case ClaimantStatus::disabled: return "family_benefits.ground.disabled";
    case ClaimantStatus::pensioner: return "family_benefits.ground.pensioner";
    case ClaimantStatus::self_employed: return "family_benefits.ground.self_employed";
    case ClaimantStatus::none: return "family_benefits.ground.none";
  }
  return "";
}

core::Result<Check> ground(const ChildClaim& c, DecisionBuilder& b) {
  if (!c.claimant_status) {
    b.missing(c.pointer("/claimant_status"), msg("question.family_benefits.claimant_status"));
    return Check::unknown;
  }
  const Message text{"family_benefits.reason.ground", {{"ground", Key{std::string(ground_key(*c.claimant_status))}}}};
  if (*c.claimant_status == ClaimantStatus::self_employed) {
    SECU_RETURN_IF_ERROR(b.reason("family_benefits.self_employed", msg("family_benefits.reason.self_employed")));
    return Check::unknown;
  }
  SECU_RETURN_IF_ERROR(b.reason("family_benefits.entitlement", text));
  if (*c.claimant_status == ClaimantStatus::none) {
    SECU_RETURN_IF_ERROR(b.reason("family_benefits.entitlement", msg("family_benefits.reason.no_ground")));
    return Check::not_met;
  }
  return Check::met;
}

core::Result<Check> relationship(const ChildClaim& c, DecisionBuilder& b) {
  if (!c.related) {
    b.missing(c.pointer("/related"), msg("question.family_benefits.related"));
    return Check::unknown;
  }
  SECU_RETURN_IF_ERROR(b.reason("family_benefits.relationship", msg(*c.related ? "family_benefits.reason.related" : "family_benefits.reason.not_related")));
  return *c.related ? Check::met : Check::not_met;
}

core::Result<Check> priority(const ChildClaim& c, DecisionBuilder& b) {
  if (!c.competing_claimants) {
    b.missing(c.pointer("/competing_claimants"), msg("question.family_benefits.competing_claimants"));
    return Check::unknown;
  }
  if (!*c.competing_claimants) return Check::met;
  if (!c.claimant_has_priority) {
    SECU_RETURN_IF_ERROR(b.reason("family_benefits.priority", msg("family_benefits.reason.priority_unknown")));
    b.missing(c.pointer("/claimant_has_priority"), msg("question.family_benefits.claimant_has_priority"));
    return Check::unknown;
  }
  SECU_RETURN_IF_ERROR(b.reason("family_benefits.priority",
                                msg(*c.claimant_has_priority ? "family_benefits.reason.priority" : "family_benefits.reason.no_priority")));
  return *c.claimant_has_priority ? Check::met : Check::not_met;
}

}  // namespace

core::Result<Date> regional_start(Region r, const Context& ctx) {
  const std::string_view id = start_parameter(r);
  const law::Parameter* p = ctx.law.params().find(id);
  if (!p || p->entries.empty()) return core::fail(core::ErrorCode::internal, "missing parameter", std::string(id));
  return p->entries.front().start;
}

core::Result<Date> earliest_regional_start(const Context& ctx) {
  Date first = Date::from(std::chrono::year{9999} / 12 / 31);
  for (Region r : {Region::flanders, Region::wallonia, Region::brussels, Region::east_belgium}) {
    SECU_TRY(Date d, regional_start(r, ctx));
    first = std::min(first, d);
  }
  return first;
}

core::Result<Scheme> scheme_on(Region r, Date d, const Context& ctx) {
  SECU_TRY(Date start, regional_start(r, ctx));
  if (d < start) return Scheme::federal;
  switch (r) {
    case Region::flanders: return Scheme::flanders;
    case Region::wallonia: return Scheme::wallonia;
    case Region::brussels: return Scheme::brussels;
    case Region::east_belgium: return Scheme::east_belgium;
  }
  return Scheme::federal;
}

std::string payer_of(Scheme s) {
  switch (s) {
    case Scheme::federal: return "family_allowance_fund";
    case Scheme::flanders: return "family_flanders";
    case Scheme::wallonia: return "family_wallonia";
    case Scheme::brussels: return "family_brussels";
    case Scheme::east_belgium: return "family_east_belgium";
  }
  return "";
}

std::string_view to_string(Scheme s) {
  switch (s) {
    case Scheme::federal: return "federal";
    case Scheme::flanders: return "flanders";
    case Scheme::wallonia: return "wallonia";
    case Scheme::brussels: return "brussels";
    case Scheme::east_belgium: return "east_belgium";
  }
  return "";
}

std::string regional_citation(Scheme s) { return "family_benefits.regional." + std::string(to_string(s)); }

std::optional<Region> region_of(const Situation& s, const ChildClaim& c) {
  for (const std::optional<std::string>& id : {std::optional<std::string>(c.person), c.raised_by, c.claimant}) {
    if (!id) continue;
    const Person* p = s.person(*id);
    if (p && p->region) return p->region;
  }
  return std::nullopt;
}

core::Result<Check> claimant_conditions(const Situation& s, const ChildClaim& c, DecisionBuilder& b) {
  (void)s;
  if (!c.claimant) {
    b.missing(c.pointer("/claimant"), msg("question.family_benefits.claimant"));
    return Check::unknown;
  }
  SECU_TRY(Check g, ground(c, b));
  SECU_TRY(Check r, relationship(c, b));
  SECU_TRY(Check p, priority(c, b));
  return both(both(g, r), p);
}

core::Result<Check> territoriality(const ChildClaim& c, DecisionBuilder& b) {
  if (!c.brought_up_in) {
    b.missing(c.pointer("/brought_up_in"), msg("question.family_benefits.brought_up_in"));
    return Check::unknown;
  }
  switch (*c.brought_up_in) {
    case BroughtUpIn::belgium:
      SECU_RETURN_IF_ERROR(b.reason("family_benefits.territoriality", msg("family_benefits.reason.brought_up_belgium")));
      return Check::met;
    case BroughtUpIn::eea:
    case BroughtUpIn::agreement_country:
      SECU_RETURN_IF_ERROR(b.reason("family_benefits.territoriality", msg("family_benefits.reason.brought_up_abroad_exported")));
      return Check::met;
    case BroughtUpIn::other: break;
  }
  SECU_RETURN_IF_ERROR(b.reason("family_benefits.territoriality", msg("family_benefits.reason.brought_up_elsewhere")));
  return Check::not_met;
}

core::Status payee(const Situation& s, const ChildClaim& c, Date on, DecisionBuilder& b) {
  const Person& child = *s.person(c.person);
  bool direct = c.married.value_or(false) || c.independent.value_or(false) || c.own_children_benefits.value_or(false);
  if (c.own_residence.value_or(false) && child.birth_date) {
    SECU_TRY(std::int64_t age, b.integer("family.payment.child_direct_min_age", on));
    direct = direct || core::age_on(*child.birth_date, on) >= age;
  }
  if (direct) return b.reason("family_benefits.payee_child", Message{"family_benefits.reason.paid_to_child", {{"child", c.person}}});
  if (!c.raised_by) {
    b.missing(c.pointer("/raised_by"), msg("question.family_benefits.raised_by"));
    return {};
  }
  return b.reason("family_benefits.payee", Message{"family_benefits.reason.paid_to", {{"person", *c.raised_by}}});
}

}  // namespace secu::rules::family_benefits

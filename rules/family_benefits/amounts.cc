// The base amounts of the regional schemes (current-figures.md section 7): Flanders'
// Groeipakket 163.20 a month for a child born from 2019-01-01 (176.66 from 2023-09-01),
// 101.69 / 188.16 / 259.49 by rank for a child born before 2019 (from 2023-09-01); Wallonia
// 155 (0-17) / 165 (18-24) for a child born from 2020-01-01; Brussels 150 (born from 2020)
// / 140 (born before); the German-speaking Community 157 plus 135 from the third child.
// The federal amounts of 2013 are not in the guide: the amount is "cannot tell". The date
// that splits "born from" and "born before" is the start of the region's scheme.
#include "rules/family_benefits/amounts.h"

#include <algorithm>
#include <string>

namespace secu::rules::family_benefits {

using core::Date;
using core::Money;
using explain::Message;

namespace {

// The amount of a fetch, or a law gap (nullopt) when data/ does not cover the date.
core::Result<MonthAmount> from(core::Result<Money> m, Message basis, Date d, DecisionBuilder& b) {
  if (m) return MonthAmount{*m, std::move(basis)};
  SECU_RETURN_IF_ERROR(b.law_gap(m.error(), d));
  return MonthAmount{std::nullopt, msg("basis.family_benefits.not_covered")};
}

// The child's rank capped at the rank from which the amount is the same; nullopt: asked.
core::Result<std::optional<std::int64_t>> capped_rank(const ChildClaim& c, Date d, DecisionBuilder& b) {
  if (!c.rank) {
    b.missing(c.pointer("/rank"), msg("question.family_benefits.rank"));
    return std::optional<std::int64_t>{};
  }
  SECU_TRY(std::int64_t same, b.integer("family.child_benefit.same_amount_from_rank", d));
  return std::optional<std::int64_t>(std::min<std::int64_t>(*c.rank, same));
}

core::Result<MonthAmount> flanders(const Person& child, const ChildClaim& c, Date d, DecisionBuilder& b) {
  SECU_TRY(Date start, regional_start(Region::flanders, b.ctx()));
  if (*child.birth_date >= start)
    return from(b.money("family.flanders.base_amount", d), msg("basis.family_benefits.flanders_base"), d, b);
  SECU_TRY(std::optional<std::int64_t> rank, capped_rank(c, d, b));
  if (!rank) return MonthAmount{std::nullopt, msg("basis.family_benefits.rank_unknown")};
  return from(b.money_in("family.flanders.base_amount_born_before_2019", d, "rank_" + std::to_string(*rank)),
              Message{"basis.family_benefits.flanders_by_rank", {{"rank", *rank}}}, d, b);
}

core::Result<MonthAmount> wallonia(const Person& child, Date d, DecisionBuilder& b) {
  SECU_TRY(Date start, regional_start(Region::wallonia, b.ctx()));
  if (*child.birth_date < start) return MonthAmount{std::nullopt, msg("basis.family_benefits.wallonia_born_before")};
  SECU_TRY(std::int64_t adult, b.integer("family.wallonia.older_child_age", d));
  const bool young = core::age_on(*child.birth_date, d) < adult;
  return from(b.money_in("family.wallonia.base_amount", d, young ? "age_0_17" : "age_18_24"),
              msg(young ? "basis.family_benefits.wallonia_young" : "basis.family_benefits.wallonia_older"), d, b);
}

core::Result<MonthAmount> brussels(const Person& child, Date d, DecisionBuilder& b) {
  SECU_TRY(Date start, regional_start(Region::brussels, b.ctx()));
  const bool recent = *child.birth_date >= start;
  return from(b.money_in("family.brussels.base_amount", d, recent ? "born_from_2020" : "born_before_2020"),
              msg(recent ? "basis.family_benefits.brussels_born_from" : "basis.family_benefits.brussels_born_before"), d, b);
}

core::Result<MonthAmount> east_belgium(const ChildClaim& c, Date d, DecisionBuilder& b) {
  SECU_TRY(std::optional<std::int64_t> rank, capped_rank(c, d, b));
  if (!rank) return MonthAmount{std::nullopt, msg("basis.family_benefits.rank_unknown")};
  SECU_TRY(std::int64_t same, b.integer("family.child_benefit.same_amount_from_rank", d));
  auto base = b.money("family.ostbelgien.base_amount", d);
  if (!base || *rank < same) return from(base, msg("basis.family_benefits.east_belgium_base"), d, b);
  auto extra = b.money("family.ostbelgien.third_child_supplement", d);
  if (!extra) return from(extra, msg("basis.family_benefits.east_belgium_base"), d, b);
  return MonthAmount{*base + *extra, msg("basis.family_benefits.east_belgium_third")};
}

}  // namespace

core::Result<MonthAmount> month_amount(Scheme s, const Person& child, const ChildClaim& c, Date d, DecisionBuilder& b) {
  switch (s) {
    case Scheme::federal: return MonthAmount{std::nullopt, msg("basis.family_benefits.federal")};
    case Scheme::flanders: return flanders(child, c, d, b);
    case Scheme::wallonia: return wallonia(child, d, b);
    case Scheme::brussels: return brussels(child, d, b);
    case Scheme::east_belgium: return east_belgium(c, d, b);
  }
  return MonthAmount{std::nullopt, msg("basis.family_benefits.federal")};
}

}  // namespace secu::rules::family_benefits

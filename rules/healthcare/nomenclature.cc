#include "rules/healthcare/nomenclature.h"

#include <fmt/format.h>

namespace secu::rules::healthcare {

using core::Date;
using core::Money;
using explain::Message;

namespace {

constexpr const char* kSpecialistShare = "healthcare.specialist.personal_share";

bool covered(const law::Parameters& params, const std::string& id, Date d) {
  return params.find(id) != nullptr && params.at(id, d).has_value();
}

// A specialist code from 2015: the fee less the flat personal share.
core::Result<std::optional<Money>> fee_less_flat_share(Money fee, Date d, bool bim, DecisionBuilder& b) {
  const auto& params = b.ctx().law.params();
  if (!covered(params, kSpecialistShare, d)) return std::optional<Money>{};
  const char* cat = bim ? "preferential" : "ordinary";
  SECU_TRY(Money share, b.money_in(kSpecialistShare, d, cat));
  SECU_TRY(auto f, params.at(kSpecialistShare, d));
  b.reason_from(*f.entry, kSpecialistShare, Message{"healthcare.reason.specialist_flat_share", {{"share", share}}});
  return std::optional<Money>(fee - share);
}

}  // namespace

std::string_view to_string(Group g) {
  constexpr std::string_view names[] = {"gp", "specialist", "dentist", "orthodontics", "physiotherapy", "nursing"};
  return names[static_cast<std::size_t>(g)];
}

std::optional<Code> find_code(const law::Parameters& params, std::string_view code) {
  for (Group g : kGroups) {
    Code c{std::string(code), g, fmt::format("healthcare.nomenclature.{}.{}", to_string(g), code)};
    if (params.find(c.fee_id()) || params.find(c.reimbursement_id())) return c;
  }
  return std::nullopt;
}

std::string category(bool bim, bool dmg) {
  return fmt::format("{}_{}", bim ? "bim" : "ordinary", dmg ? "with_dmg" : "without_dmg");
}

core::Result<std::optional<Tariff>> tariff(const Code& c, Date d, bool bim, bool dmg, DecisionBuilder& b) {
  const auto& params = b.ctx().law.params();
  Tariff t;
  if (params.find(c.fee_id())) {
    if (!covered(params, c.fee_id(), d)) return std::optional<Tariff>{};
    SECU_TRY(t.fee, b.money(c.fee_id(), d));
  }
  std::string source = c.fee_id();
  if (covered(params, c.reimbursement_id(), d)) {
    auto r = b.money_in(c.reimbursement_id(), d, category(bim, dmg));
    if (!r && r.error().code == core::ErrorCode::out_of_range) return std::optional<Tariff>{};  // null category
    if (!r) return std::unexpected(r.error());
    t.reimbursed = *r;
    source = c.reimbursement_id();
  } else {
    if (c.group != Group::specialist || !t.fee) return std::optional<Tariff>{};
    SECU_TRY(std::optional<Money> r, fee_less_flat_share(*t.fee, d, bim, b));
    if (!r) return std::optional<Tariff>{};
    t.reimbursed = *r;
  }
  SECU_TRY(auto f, params.at(source, d));
  if (t.fee)
    b.reason_from(*f.entry, source, Message{"healthcare.reason.tariff", {{"code", c.code}, {"fee", *t.fee}, {"reimbursed", t.reimbursed}, {"date", d}}});
  else
    b.reason_from(*f.entry, source, Message{"healthcare.reason.tariff_without_fee", {{"code", c.code}, {"reimbursed", t.reimbursed}, {"date", d}}});
  return std::optional<Tariff>(t);
}

}  // namespace secu::rules::healthcare

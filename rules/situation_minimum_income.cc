// Reading the "income_claim" event. The schema has checked the shape; this checks what it
// cannot: the person named, real dates in order, amounts, a percentage with at most two
// decimals, a family situation that the kind of claim knows, and facts that belong to it.
#include "rules/situation_minimum_income.h"

#include <array>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rules/situation.h"
#include "rules/situation_read.h"

namespace secu::rules {

using core::ErrorCode;
using core::fail;
using nlohmann::json;
using namespace read;

std::string IncomeClaim::pointer(std::string_view suffix) const { return fmt::format("/events/{}{}", index, suffix); }

std::optional<core::Money> total_means(const IncomeClaim& c) {
  if (!c.means) return std::nullopt;
  core::Money sum;
  for (const auto& m : *c.means) sum += m.monthly;
  return sum;
}

namespace {

// The facts that only one or two kinds of claim use: another kind refuses them.
struct KindFact {
  const char* name;
  bool integration, grapa, disability;
};
constexpr std::array<KindFact, 12> kKindFacts{{
    {"decision_date", true, false, false},
    {"willing_to_work", true, false, false},
    {"health_or_equity_reasons", true, false, false},
    {"married", true, false, false},
    {"single_with_children", true, false, false},
    {"pregnant", true, false, false},
    {"resident", false, true, true},
    {"receives", false, true, false},
    {"domiciled", false, false, true},
    {"nationality_accepted", false, false, true},
    {"received_before_age_limit", false, false, true},
    {"category", false, false, true},
}};

const char* kind_name(IncomeClaimKind k) {
  switch (k) {
    case IncomeClaimKind::integration_income: return "an integration income claim";
    case IncomeClaimKind::grapa: return "a GRAPA claim";
    case IncomeClaimKind::disability_income_replacement: return "an income replacement allowance claim";
  }
  return "this claim";
}

core::Status facts_of_kind(const json& j, const IncomeClaim& c) {
  for (const auto& f : kKindFacts) {
    const bool allowed = c.kind == IncomeClaimKind::integration_income ? f.integration
                         : c.kind == IncomeClaimKind::grapa          ? f.grapa
                                                                      : f.disability;
    if (!allowed && j.contains(f.name))
      return fail(ErrorCode::invalid_argument, fmt::format("{} is not a fact of {}", f.name, kind_name(c.kind)), c.pointer("/") + f.name);
  }
  if (c.kind != IncomeClaimKind::disability_income_replacement && j.contains("earning_capacity_percent"))
    return fail(ErrorCode::invalid_argument, fmt::format("earning_capacity_percent is not a fact of {}", kind_name(c.kind)),
                c.pointer("/earning_capacity_percent"));
  if (!c.household) return {};
  const IncomeHousehold h = *c.household;
  const bool ok = c.kind == IncomeClaimKind::grapa ? h != IncomeHousehold::with_family : h != IncomeHousehold::household;
  if (!ok)
    return fail(ErrorCode::invalid_argument,
                c.kind == IncomeClaimKind::grapa ? "the GRAPA rates are single, cohabitant or household"
                                                 : "expected cohabitant, single or with_family (household is a GRAPA rate)",
                c.pointer("/household"));
  return {};
}

core::Result<std::vector<Means>> read_means(const json& arr, const std::string& ptr) {
  std::vector<Means> out;
  std::int64_t total = 0;  // in 1/10000 euro, checked so that the sum never overflows
  for (std::size_t i = 0; i < arr.size(); ++i) {
    const std::string ip = fmt::format("{}/{}", ptr, i);
    SECU_TRY(std::optional<core::Money> monthly, money_at(arr[i], "monthly", ip));
    if (__builtin_add_overflow(total, monthly->ten_thousandths(), &total))
      return fail(ErrorCode::invalid_argument, "the means add up to more than an amount can hold", ip + "/monthly");
    const auto kind = enum_at<MeansKind>(arr[i], "kind", {{"earnings", MeansKind::earnings}, {"pension", MeansKind::pension},
        {"benefit", MeansKind::benefit}, {"property", MeansKind::property}, {"maintenance", MeansKind::maintenance},
        {"household_member", MeansKind::household_member}, {"other", MeansKind::other}});
    out.push_back({kind.value_or(MeansKind::other), *monthly});
  }
  return out;
}

std::vector<IncomeReceived> read_received(const json& arr) {
  std::vector<IncomeReceived> out;
  for (const auto& v : arr) {
    const std::string n = v.get<std::string>();
    out.push_back(n == "pension" ? IncomeReceived::pension
                  : n == "disability_allowance" ? IncomeReceived::disability_allowance
                                                : IncomeReceived::integration_income);
  }
  return out;
}

// A percentage, a whole number or decimal text of at most two decimals, in hundredths
// ("33.33" -> 3333); the schema has checked the shape, this checks the range of the text.
core::Result<std::optional<std::int64_t>> percent_at(const json& j, const char* key, const std::string& ptr) {
  if (!j.contains(key)) return std::optional<std::int64_t>{};
  const json& v = j[key];
  if (v.is_number_integer()) return std::optional<std::int64_t>(v.get<std::int64_t>() * 100);
  const std::string text = v.get<std::string>();
  const auto dot = text.find('.');
  std::int64_t h = std::stoll(text.substr(0, dot)) * 100;
  if (dot != std::string::npos) {
    const std::string decimals = text.substr(dot + 1);
    h += std::stoll(decimals) * (decimals.size() == 1 ? 10 : 1);
  }
  if (h > 10000) return fail(ErrorCode::invalid_argument, "expected a percentage from 0 to 100", ptr + "/" + key);
  return std::optional<std::int64_t>(h);
}

core::Status read_dates(const json& j, const Person& p, IncomeClaim& c) {
  const std::string ptr = c.pointer();
  SECU_TRY(c.claim_date, date_at(j, "claim_date", ptr));
  SECU_TRY(c.decision_date, date_at(j, "decision_date", ptr));
  if (c.claim_date && p.birth_date && *c.claim_date < *p.birth_date)
    return fail(ErrorCode::invalid_argument, "the claim cannot come before the person's birth", c.pointer("/claim_date"));
  if (c.decision_date && !c.claim_date)
    return fail(ErrorCode::invalid_argument, "a decision date needs the claim date (claim_date)", c.pointer("/decision_date"));
  if (c.decision_date && *c.decision_date < *c.claim_date)
    return fail(ErrorCode::invalid_argument, "the decision cannot come before the claim", c.pointer("/decision_date"));
  return {};
}

}  // namespace

core::Status read_income_claim(const json& j, std::size_t index, Situation& s) {
  IncomeClaim c;
  c.index = index;
  c.person = j["person"].get<std::string>();
  const Person* p = s.person(c.person);
  if (!p) return fail(ErrorCode::invalid_argument, "no person with id '" + c.person + "'", c.pointer("/person"));
  c.kind = *enum_at<IncomeClaimKind>(j, "kind", {{"integration_income", IncomeClaimKind::integration_income},
      {"grapa", IncomeClaimKind::grapa}, {"disability_income_replacement", IncomeClaimKind::disability_income_replacement}});
  c.household = enum_at<IncomeHousehold>(j, "household", {{"single", IncomeHousehold::single},
      {"cohabitant", IncomeHousehold::cohabitant}, {"with_family", IncomeHousehold::with_family}, {"household", IncomeHousehold::household}});
  SECU_RETURN_IF_ERROR(facts_of_kind(j, c));
  SECU_RETURN_IF_ERROR(read_dates(j, *p, c));
  if (j.contains("means")) {
    SECU_TRY(std::vector<Means> means, read_means(j["means"], c.pointer("/means")));
    c.means = std::move(means);
  }
  c.willing_to_work = bool_at(j, "willing_to_work");
  c.health_or_equity_reasons = bool_at(j, "health_or_equity_reasons");
  c.married = bool_at(j, "married");
  c.single_with_children = bool_at(j, "single_with_children");
  c.pregnant = bool_at(j, "pregnant");
  c.resident = bool_at(j, "resident");
  if (j.contains("receives")) c.receives = read_received(j["receives"]);
  c.domiciled = bool_at(j, "domiciled");
  c.nationality_accepted = bool_at(j, "nationality_accepted");
  c.received_before_age_limit = bool_at(j, "received_before_age_limit");
  c.category = enum_at<DisabilityCategory>(j, "category", {{"A", DisabilityCategory::A}, {"B", DisabilityCategory::B}, {"C", DisabilityCategory::C}});
  SECU_TRY(c.earning_capacity_hundredths, percent_at(j, "earning_capacity_percent", c.pointer()));
  s.income_claims.push_back(std::move(c));
  return {};
}

}  // namespace secu::rules

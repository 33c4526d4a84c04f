// Seed 004 ch. II: "The health insurance system covers everyone who is legally in Belgium:
// employees, the unemployed, pensioners, the self-employed, civil servants, the disabled,
// domestic workers, students, individuals included in the national register of natural
// persons and their dependants. To be entitled to healthcare: you must be registered with
// a health insurance fund; your contributions may not be lower than a fixed minimum
// amount."
// Seed 004 ch. I: "you must join an insurance body […] or a mutual insurance fund […] of
// your own choice or register with a regional office of the Auxiliary Fund […] CAAMI/HZIV"
// — except the railway employees: "The choice of insurance fund is free with the exception
// of the employees of the National Railway Company of Belgium." "There will be no
// supplementary contributions if you join the Auxiliary fund […] since it provides
// compulsory insurance only."
// Seed 000: "your registration with a Belgian health insurance provider is not automatic;
// it is up to you to take the necessary steps to register."
#include "rules/membership/membership.h"

namespace secu::rules::membership {

using explain::Message;
using explain::Status;

namespace {

constexpr const char* kUnions[] = {"mut_christian", "mut_socialist", "mut_neutral", "mut_liberal", "mut_free", "caami"};

// Where to register: the railway fund for railway employees, else any union or the CAAMI.
void where_to_register(const Person& p, DecisionBuilder& b) {
  if (p.railway_employee.value_or(false)) {
    b.institution("sncb_health_fund");
    return;
  }
  for (const char* id : kUnions) b.institution(id);
}

core::Result<std::optional<Status>> residence(const Person& p, DecisionBuilder& b) {
  if (!p.legal_residence) {
    b.missing(p.pointer("/legal_residence"), msg("question.legal_residence"));
    return std::optional<Status>(Status::cannot_tell);
  }
  if (*p.legal_residence) return std::optional<Status>{};
  SECU_RETURN_IF_ERROR(b.reason("membership.coverage.who", msg("membership.reason.not_legally_in_belgium")));
  SECU_RETURN_IF_ERROR(b.obligation("membership.coverage.urgent_aid", msg("membership.obligation.ask_cpas"), std::nullopt, "cpas"));
  b.institution("cpas");
  return std::optional<Status>(Status::not_entitled);
}

core::Result<std::optional<Status>> ground(const Person& p, DecisionBuilder& b) {
  if (!p.insured_as) {
    b.missing(p.pointer("/insured_as"), msg("question.insured_as"));
    return std::optional<Status>(Status::cannot_tell);
  }
  const std::string name = "insured_as." + std::string(to_string(*p.insured_as));
  SECU_RETURN_IF_ERROR(b.reason("membership.coverage.who", Message{"membership.reason.covered_group", {{"group", explain::Key{name}}}}));
  if (*p.insured_as == InsuredAs::dependant) {
    SECU_RETURN_IF_ERROR(b.reason("membership.dependants", msg("membership.reason.see_dependant")));
    if (!p.head_of_family) b.missing(p.pointer("/head_of_family"), msg("question.head_of_family"));
    return std::optional<Status>(p.head_of_family ? Status::entitled : Status::cannot_tell);
  }
  return std::optional<Status>{};
}

core::Result<std::optional<Status>> registration(const Person& p, DecisionBuilder& b) {
  const auto& ins = p.insurance;
  const bool railway = p.railway_employee.value_or(false);
  if (!ins.registered && !ins.fund) {
    b.missing(p.pointer("/insurance/registered"), msg("question.registered"));
    return std::optional<Status>(Status::cannot_tell);
  }
  if (ins.registered == false) {
    where_to_register(p, b);
    SECU_RETURN_IF_ERROR(b.reason("membership.not_automatic", msg("membership.reason.not_registered")));
    SECU_RETURN_IF_ERROR(b.obligation(railway ? "membership.railway" : "membership.join",
                                      msg(railway ? "membership.obligation.join_railway_fund" : "membership.obligation.join_fund"),
                                      std::nullopt, railway ? "sncb_health_fund" : "health_insurance_fund"));
    return std::optional<Status>(Status::not_entitled);
  }
  if (railway && ins.fund && *ins.fund != "sncb_health_fund")
    SECU_RETURN_IF_ERROR(b.reason("membership.railway", msg("membership.reason.railway_fund")));
  if (ins.insured_since && b.ctx().at < *ins.insured_since) {
    SECU_RETURN_IF_ERROR(b.reason("membership.coverage.who", Message{"membership.reason.not_yet", {{"date", *ins.insured_since}}}));
    return std::optional<Status>(Status::not_entitled);
  }
  if (ins.fund == "caami") SECU_RETURN_IF_ERROR(b.reason("membership.caami", msg("membership.reason.caami_no_supplement")));
  return std::optional<Status>{};
}

core::Result<std::optional<Status>> contributions(const Person& p, DecisionBuilder& b) {
  const auto& c = p.insurance.contributions_sufficient;
  if (!c) {
    b.missing(p.pointer("/insurance/contributions_sufficient"), msg("question.contributions_sufficient"));
    return std::optional<Status>(Status::cannot_tell);
  }
  SECU_RETURN_IF_ERROR(b.reason("membership.coverage.conditions", msg(*c ? "membership.reason.contributions_ok" : "membership.reason.contributions_low")));
  return *c ? std::optional<Status>{} : std::optional<Status>(Status::not_entitled);
}

}  // namespace

core::Result<explain::Decision> coverage(const Person& p, const Situation&, const Context& ctx) {
  DecisionBuilder b(ctx, "membership.coverage", p.id);
  if (p.insurance.fund) b.institution(*p.insurance.fund);
  bool unknown = false;
  for (auto step : {&residence, &ground, &registration, &contributions}) {
    SECU_TRY(std::optional<Status> s, step(p, b));
    if (!s) continue;
    if (*s == Status::not_entitled) return b.finish(Status::not_entitled, msg("membership.summary.not_covered"));
    if (*s == Status::cannot_tell) unknown = true;
    if (*s == Status::entitled) return b.finish(Status::entitled, msg("membership.summary.covered_as_dependant"));
  }
  if (unknown) return b.finish(Status::cannot_tell, msg("membership.summary.cannot_tell"));
  return b.finish(Status::entitled, p.insurance.insured_since
                                        ? Message{"membership.summary.covered_since", {{"date", *p.insurance.insured_since}}}
                                        : msg("membership.summary.covered"));
}

}  // namespace secu::rules::membership

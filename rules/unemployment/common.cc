#include "rules/unemployment/common.h"

#include <fmt/format.h>

namespace secu::rules::unemployment {

using core::Date;
using explain::Message;

namespace {
constexpr const char* kMaxAge = "unemployment.eligibility.max_age";
constexpr const char* kDecider = "onem";
constexpr const char* kRetrainingAge = "unemployment.activation.retraining_min_age";
}  // namespace

void cite_figure(DecisionBuilder& b, std::string_view id, Date d, Message text) {
  const law::Parameter* p = b.ctx().law.params().find(id);
  if (const law::Entry* e = p ? p->entry_at(d) : nullptr) b.reason_from(*e, id, std::move(text));
}

core::Result<Check> fact(const std::optional<bool>& value, bool good, const UnemploymentClaim& c, const char* field,
                         const char* citation, DecisionBuilder& b) {
  if (!value) {
    b.missing(c.pointer(std::string("/") + field), msg(fmt::format("question.unemployment.{}", field)));
    return Check::unknown;
  }
  const bool ok = *value == good;
  SECU_RETURN_IF_ERROR(b.reason(citation, msg(fmt::format("unemployment.reason.{}_{}", field, ok ? "met" : "not_met"))));
  return ok ? Check::met : Check::not_met;
}

std::optional<int> age_on(const Person& p, Date d, DecisionBuilder& b) {
  if (!p.birth_date) {
    b.missing(p.pointer("/birth_date"), msg("question.birth_date"));
    return std::nullopt;
  }
  const int age = core::age_on(*p.birth_date, d);
  b.step("age", fmt::format("{} on {}", age, d.iso()));
  return age;
}

std::optional<Date> start_of(const UnemploymentClaim& c, DecisionBuilder& b) {
  if (!c.start) b.missing(c.pointer("/start"), msg("question.unemployment.start"));
  return c.start;
}

Date first_paid_day(const UnemploymentClaim& c) {
  if (c.compensation_until && *c.compensation_until >= *c.start) return *c.compensation_until + 1;
  return *c.start;
}

core::Result<std::optional<Date>> last_day_before_age_limit(const Person& p, Date on, DecisionBuilder& b) {
  SECU_TRY(auto max_age, covered(b.integer(kMaxAge, on), on, b));
  if (!max_age || !p.birth_date) return std::optional<Date>{};
  return std::optional<Date>(core::add_years(*p.birth_date, static_cast<int>(*max_age), core::EndOfMonth::next_day) - 1);
}

std::optional<std::string> payment_body(const UnemploymentClaim& c, DecisionBuilder& b) {
  b.institution(kDecider);
  if (!c.payment_body) {
    b.missing(c.pointer("/payment_body"), msg("question.unemployment.payment_body"));
    return std::nullopt;
  }
  b.institution(*c.payment_body);
  return c.payment_body;
}

std::optional<std::string> employment_service(const Person& p, DecisionBuilder& b) {
  if (!p.region) {
    b.missing(p.pointer("/region"), msg("question.region"));
    return std::nullopt;
  }
  switch (*p.region) {
    case Region::flanders: return "vdab";
    case Region::brussels: return "actiris";
    case Region::wallonia: return "forem";
    case Region::east_belgium: return "adg";
  }
  return std::nullopt;
}

core::Status job_seeker_obligations(const Person& p, std::optional<Date> start, const std::optional<std::string>& payer,
                                    DecisionBuilder& b) {
  if (const auto service = employment_service(p, b)) {
    b.institution(*service);
    Message text{"unemployment.obligation.register", {{"service", explain::Key{"unemployment.body." + *service}}}};
    if (start && p.birth_date) {
      SECU_TRY(auto retraining, covered(b.integer(kRetrainingAge, *start), *start, b));
      if (retraining && core::age_on(*p.birth_date, *start) >= *retraining) {
        text.key = "unemployment.obligation.register_retraining";
        text.args.push_back({"age", *retraining});
      }
    }
    SECU_RETURN_IF_ERROR(b.obligation("unemployment.registration", text, std::nullopt, *service));
  }
  if (payer)
    SECU_RETURN_IF_ERROR(b.obligation("unemployment.payment", Message{"unemployment.obligation.apply",
        {{"body", explain::Key{"unemployment.body." + *payer}}}}, std::nullopt, *payer));
  return {};
}

explain::Period period(Date first, std::optional<Date> last, const std::string& payer, explain::Per per, Message basis) {
  explain::Period pd;
  pd.days = {first, last.value_or(first)};
  pd.open_end = !last;
  pd.payer = payer;
  pd.per = per;
  pd.basis = std::move(basis);
  if (last && per == explain::Per::day) pd.benefit_days = core::benefit_days(pd.days);
  return pd;
}

}  // namespace secu::rules::unemployment

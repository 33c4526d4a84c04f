// Seed 004 ch. III: "you must provide the medical adviser of your health insurance fund
// with a medical certificate completed by the doctor who is treating you. You must do this
// within two days of becoming incapacitated. If you send it later, your entitlement to
// benefit will only start at the later date."
// Seed 002: "This must be done at the very latest at the end of the initial period in
// which your employer continues to pay your salary." Later deadlines (28 days white-collar,
// 14 days blue-collar, 7 days self-employed) and the 10 % reduction until receipt come
// from the reference pages cited in data/params/sickness/certificate/.
//
// The deadline is counted from the first day of incapacity, that day not counted:
// start + N days.
#include "rules/sickness/certificate.h"

#include "rules/sickness/employer.h"

namespace secu::rules::sickness {

using core::Date;
using explain::Message;

namespace {

const char* deadline_parameter(const Person& p) {
  if (p.status == WorkStatus::self_employed) return "sickness.certificate.deadline_days.self_employed";
  if (p.worker_class == WorkerClass::blue_collar) return "sickness.certificate.deadline_days.blue_collar";
  return "sickness.certificate.deadline_days.white_collar";
}

}  // namespace

core::Result<LateCertificate> certificate(const Person& p, const Incapacity& inc, DecisionBuilder& b) {
  LateCertificate late;
  if (p.status == WorkStatus::employee && !p.worker_class && !contract_ended(p, inc)) return late;  // asked for by the employer rule
  SECU_TRY(std::int64_t days, b.integer(deadline_parameter(p), inc.start));
  const Date deadline = inc.start + static_cast<std::int32_t>(days);
  b.step("certificate_deadline", deadline.iso());
  const bool later = b.ctx().law.params().at("sickness.certificate.late_reduction", inc.start).has_value();
  const char* cite = later ? "sickness.certificate.2017" : "sickness.certificate";
  SECU_RETURN_IF_ERROR(b.obligation(cite, Message{"sickness.obligation.certificate", {{"deadline", deadline}, {"days", days}}},
                                    deadline, fund_of(p)));
  if (!inc.certificate_received) {
    SECU_RETURN_IF_ERROR(b.reason(cite, Message{"sickness.reason.certificate_assumed", {{"deadline", deadline}}}));
    return late;
  }
  const Date received = *inc.certificate_received;
  if (received <= deadline) {
    SECU_RETURN_IF_ERROR(b.reason(cite, Message{"sickness.reason.certificate_on_time", {{"received", received}, {"deadline", deadline}}}));
    return late;
  }
  auto reduction = b.rate("sickness.certificate.late_reduction", inc.start);
  if (reduction) {  // the later rule: reduced until the day of receipt
    late.reduced_before = received;
    late.reduction = *reduction;
    SECU_RETURN_IF_ERROR(b.reason("sickness.certificate.late_reduction",
        Message{"sickness.reason.certificate_late_reduced", {{"received", received}, {"deadline", deadline}, {"rate", *reduction}}}));
    return late;
  }
  if (reduction.error().code != core::ErrorCode::out_of_range) return std::unexpected(reduction.error());
  late.unpaid_before = received;  // the 2013 rule: entitlement starts at the later date
  SECU_RETURN_IF_ERROR(b.reason("sickness.certificate", Message{"sickness.reason.certificate_late_start", {{"received", received}, {"deadline", deadline}}}));
  return late;
}

}  // namespace secu::rules::sickness

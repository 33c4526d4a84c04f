// Seed 004 ch. VIII: "All employees, including apprentices/trainees and domestic workers, are
// insured against accidents at work or on the way to and from work." "The employer must
// notify any such accident to the insurer, and in certain cases the occupational safety
// inspector, within eight days. […] The employee concerned, or a member of his or her
// family, can also give such notification of the accident if the employer fails to do so.
// If possible, a medical certificate should be attached to the notification."
//
// The deadline is the accident day + 8 days (work_accidents.declaration.employer_deadline_days):
// notified on that day is on time, the day after is late. A self-employed person is not
// covered by this insurance (the guide's chapter is about employees).
#include "rules/work_accidents/cover.h"

#include "rules/work_accidents/scheme.h"

namespace secu::rules::work_accidents {

using core::Date;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kDeadline = "work_accidents.declaration.employer_deadline_days";
constexpr const char* kInsurer = "work_accident_insurer";

// The employer's deadline, and what the worker or family can do when it is missed.
core::Status deadline(const WorkAccident& a, DecisionBuilder& b) {
  auto days = b.integer(kDeadline, a.date);
  if (!days) {
    SECU_RETURN_IF_ERROR(b.law_gap(days.error(), a.date));
    return b.reason("work_accident.notification.by_worker", msg("work_accident.reason.notify_if_employer_fails"));
  }
  const Date by = a.date + static_cast<std::int32_t>(*days);
  SECU_RETURN_IF_ERROR(b.obligation("work_accident.notification", Message{"work_accident.obligation.employer_notifies",
      {{"deadline", by}, {"days", *days}}}, by, kInsurer));
  if (!a.employer_notified) {
    SECU_RETURN_IF_ERROR(b.reason("work_accident.notification.by_worker", msg("work_accident.reason.notify_if_employer_fails")));
  } else if (*a.employer_notified <= by) {
    SECU_RETURN_IF_ERROR(b.reason("work_accident.notification", Message{"work_accident.reason.notified_on_time",
        {{"date", *a.employer_notified}, {"deadline", by}}}));
  } else {
    SECU_RETURN_IF_ERROR(b.reason("work_accident.notification", Message{"work_accident.reason.notified_late",
        {{"date", *a.employer_notified}, {"deadline", by}}}));
    SECU_RETURN_IF_ERROR(b.obligation("work_accident.notification.by_worker", msg("work_accident.obligation.worker_notifies"),
                                      std::nullopt, kInsurer));
  }
  return {};
}

core::Status notification(const WorkAccident& a, DecisionBuilder& b) {
  SECU_RETURN_IF_ERROR(deadline(a, b));
  return b.obligation("work_accident.notification.certificate", msg("work_accident.obligation.certificate"), std::nullopt, kInsurer);
}

}  // namespace

core::Result<explain::Decision> cover_decision(const Person& victim, const WorkAccident& a, const Context& ctx) {
  DecisionBuilder b(ctx, "work_accident.cover", victim.id);
  b.institution(kInsurer);
  if (!victim.status) {
    b.missing(victim.pointer("/status"), msg("question.status"));
    return b.finish(Status::cannot_tell, msg("work_accident.summary.cover_cannot_tell"));
  }
  if (*victim.status == WorkStatus::self_employed) {
    SECU_RETURN_IF_ERROR(b.reason("work_accident.insured", msg("work_accident.reason.self_employed")));
    return b.finish(Status::not_entitled, msg("work_accident.summary.not_covered"));
  }
  SECU_RETURN_IF_ERROR(b.reason("work_accident.definition", msg("work_accident.reason.definition")));
  SECU_RETURN_IF_ERROR(b.reason("work_accident.insured", msg(a.on_the_way.value_or(false) ? "work_accident.reason.on_the_way"
                                                                                         : "work_accident.reason.insured")));
  SECU_RETURN_IF_ERROR(b.reason("work_accident.insurer", msg("work_accident.reason.insurer_pays")));
  SECU_RETURN_IF_ERROR(notification(a, b));
  const std::string fund = accidents_fund(ctx, ctx.at);
  b.institution(fund);
  SECU_RETURN_IF_ERROR(b.reason("work_accident.contact", msg(fund == "fedris" ? "work_accident.reason.contact_fedris" : "work_accident.reason.contact_fat")));
  return b.finish(Status::entitled, Message{"work_accident.summary.covered", {{"date", a.date}}});
}

}  // namespace secu::rules::work_accidents

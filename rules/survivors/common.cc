#include "rules/survivors/common.h"

#include <string>

namespace secu::rules::survivors {

using core::Date;
using explain::Message;
using explain::Status;

DecisionBuilder builder(const Context& ctx, const Death& d, std::string_view benefit) {
  DecisionBuilder b(ctx, std::string(benefit), d.survivor);
  b.decision().subject = d.pointer();
  b.institution("onp");
  return b;
}

Date pension_start(const Death& d) { return core::add_months(core::first_of_month(d.date), 1, core::EndOfMonth::clamp); }

core::Result<pension::Check> deceased_employee(const Person& deceased, DecisionBuilder& b) {
  if (!deceased.status) {
    b.missing(deceased.pointer("/status"), msg("question.survivors_deceased_status"));
    return pension::Check::unknown;
  }
  if (*deceased.status == WorkStatus::employee) return pension::Check::met;
  SECU_RETURN_IF_ERROR(b.reason("survivors.self_employed", msg("survivors.reason.self_employed")));
  return pension::Check::unknown;
}

core::Status application(const Death& d, std::optional<Date> deadline, DecisionBuilder& b) {
  if (d.deceased_retired == true) return b.reason("survivors.automatic", msg("survivors.reason.automatic"));
  const bool abroad = d.lives_in == SurvivorResidence::other_eu_state;
  const char* text = !d.lives_in ? "survivors.obligation.apply_either" : abroad ? "survivors.obligation.apply_eu" : "survivors.obligation.apply";
  const char* citation = deadline ? "survivors.tide_over_application" : abroad ? "survivors.application_eu" : "survivors.application";
  return b.obligation(citation, msg(text), deadline, "onp");
}

Message entitled_summary(const explain::Decision& d, Status status, std::string_view which) {
  const std::string base = "survivors.summary." + std::string(which);
  if (status == Status::cannot_tell) return msg(base + "_cannot_tell");
  const auto& first = d.schedule.front();
  const auto& last = d.schedule.back();
  if (!first.amount_known) return Message{base + "_amount_unknown", {{"start", first.days.first}}};
  if (!last.open_end) return Message{base + "_entitled_until", {{"start", first.days.first}, {"end", last.days.last}, {"amount", first.amount}}};
  return Message{base + "_entitled", {{"start", first.days.first}, {"amount", first.amount}}};
}

core::Result<explain::Decision> gap_decision(const core::Error& e, const Context& ctx, const Death& d, std::string_view benefit) {
  if (e.code != core::ErrorCode::out_of_range) return std::unexpected(e);
  DecisionBuilder b = builder(ctx, d, benefit);
  SECU_RETURN_IF_ERROR(b.law_gap(e, ctx.at));
  return b.finish(Status::cannot_tell, msg("survivors.summary.law_not_covered"));
}

}  // namespace secu::rules::survivors

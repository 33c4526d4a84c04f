// Seed 001: "You pay the doctor for the consultation and request reimbursement afterwards.
// Place an identification sticker onto the medical attestation (attestation de soins donnés
// / getuigschrift voor verstrekte hulp) that you received from your doctor." "Note: for
// reimbursements, you must send us your medical attestations at the latest two years after
// the consultation date. You can no longer receive a reimbursement after this period."
// Seed 004 ch. II: "The fees will be reimbursed on production of a certificate from the
// doctor or dentist attesting to the treatment provided."
// Law of 14 July 1994, art. 174, 3° (RIZIV): the claim "verjaart twee jaar na het einde van
// de maand waarin de verzorging is verstrekt".
//
// How "two years" is counted: from the end of the month of the care, as the statute says
// (care on 2022-03-15: the last day is 2024-03-31; sent on 2024-04-01 is refused). The fund's
// page (seed 001) counts from the consultation date; an attestation sent by that date is
// always in time under the statute, so the statute's day is the one that refuses. Adding
// years to the last day of a month keeps the last day (29 February 2024 + 2 years = 28
// February 2026), the usual rule for periods in years.
#include "rules/healthcare/attestation.h"

namespace secu::rules::healthcare {

using core::Date;
using core::Money;
using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kDeadline = "healthcare.reimbursement.attestation_deadline_years";

core::Result<Date> last_day_to_send(Date care, DecisionBuilder& b) {
  SECU_TRY(std::int64_t years, b.integer(kDeadline, care));
  return core::add_years(core::last_of_month(care), static_cast<int>(years), core::EndOfMonth::clamp);
}

struct Totals {
  Money reimbursed, personal_share, supplement;
  bool partial = false;  // a line cannot tell yet: the totals are at least these
};

Totals totals(std::span<const Decision> lines) {
  Totals t;
  for (const auto& d : lines) {
    if (d.status == Status::cannot_tell) t.partial = true;
    for (const auto& a : d.amounts) {
      if (a.name == "reimbursed") t.reimbursed += a.value;
      if (a.name == "personal_share") t.personal_share += a.value;
      if (a.name == "supplement") t.supplement += a.value;
    }
  }
  return t;
}

void add_totals(const Totals& t, DecisionBuilder& b) {
  auto& amounts = b.decision().amounts;
  amounts.push_back({"reimbursed", msg("amount.healthcare.total_reimbursed"), t.reimbursed, explain::Per::once, t.partial});
  amounts.push_back({"personal_share", msg("amount.healthcare.total_personal_share"), t.personal_share, explain::Per::once, t.partial});
  amounts.push_back({"supplement", msg("amount.healthcare.total_supplement"), t.supplement, explain::Per::once, t.partial});
}

core::Status obligations(const Care& c, Date first_care, const std::string& fund, DecisionBuilder& b) {
  auto last = last_day_to_send(first_care, b);
  if (!last) {
    SECU_RETURN_IF_ERROR(b.law_gap(last.error(), first_care));
  } else {
    b.step("attestation_deadline", last->iso());
    SECU_RETURN_IF_ERROR(b.obligation("healthcare.attestation.deadline", Message{"healthcare.obligation.send", {{"deadline", *last}}}, *last, fund));
  }
  if (c.form != "electronic")
    SECU_RETURN_IF_ERROR(b.obligation("healthcare.attestation.sticker", msg("healthcare.obligation.sticker"), std::nullopt, fund));
  if (c.form == "paper" && c.sticker == false)
    SECU_RETURN_IF_ERROR(b.reason("healthcare.attestation.sticker", msg("healthcare.reason.no_sticker")));
  return {};
}

Status overall(std::span<const Decision> lines) {
  bool any_entitled = false;
  for (const auto& d : lines) {
    if (d.status == Status::cannot_tell) return Status::cannot_tell;
    if (d.status == Status::entitled) any_entitled = true;
  }
  return any_entitled ? Status::entitled : Status::not_entitled;
}

}  // namespace

core::Result<Deadline> deadline(const Line& l, DecisionBuilder& b) {
  SECU_TRY(Date last, last_day_to_send(l.line.date, b));
  b.step("attestation_deadline", last.iso());
  if (const std::optional<Date>& sent = l.care.sent) {
    const bool late = *sent > last;
    const char* text = late ? "healthcare.reason.sent_late" : "healthcare.reason.sent_in_time";
    SECU_RETURN_IF_ERROR(b.reason("healthcare.attestation.deadline", Message{text, {{"sent", *sent}, {"deadline", last}}}));
    if (late) SECU_RETURN_IF_ERROR(b.reason("healthcare.attestation.too_late", msg("healthcare.reason.no_reimbursement_after")));
    return Deadline{last, late ? Sent::late : Sent::on_time};
  }
  if (b.ctx().at <= last) {
    SECU_RETURN_IF_ERROR(b.reason("healthcare.attestation.deadline", Message{"healthcare.reason.send_by", {{"deadline", last}}}));
    return Deadline{last, Sent::not_yet};
  }
  b.missing(l.care.pointer("/attestation/sent"), Message{"question.healthcare.attestation_sent", {{"deadline", last}}});
  return Deadline{last, Sent::unknown};
}

core::Result<Decision> attestation(const Person& p, const Care& c, Date first_care, std::span<const Decision> lines,
                                   const Context& ctx) {
  DecisionBuilder b(ctx, "healthcare.attestation", p.id);
  b.decision().subject = c.pointer();
  const std::string fund = fund_of(p);
  b.institution(fund);
  SECU_RETURN_IF_ERROR(b.reason("healthcare.attestation.certificate", msg("healthcare.reason.attestation")));
  SECU_RETURN_IF_ERROR(obligations(c, first_care, fund, b));
  const Totals t = totals(lines);
  add_totals(t, b);
  const Status status = overall(lines);
  if (status == Status::cannot_tell)
    return b.finish(status, Message{"healthcare.summary.attestation_cannot_tell", {{"reimbursed", t.reimbursed}}});
  if (status == Status::not_entitled) return b.finish(status, msg("healthcare.summary.attestation_refused"));
  return b.finish(status, Message{"healthcare.summary.attestation", {{"reimbursed", t.reimbursed}}});
}

}  // namespace secu::rules::healthcare

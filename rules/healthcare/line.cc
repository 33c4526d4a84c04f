// Seed 001: "Reimbursements of medical costs are based on the reference codes (INAMI/RIZIV
// codes) linked to the treatment." "Doctors' fees can vary depending on whether or not they
// are 'conventioned', but the reimbursements are fixed." "'Non-conventioned' healthcare
// providers charge supplements on top of the official price. These supplements are never
// covered by compulsory insurance." "You will also receive a slightly higher reimbursement
// from the doctor responsible for your dossier."
// Seed 004 ch. II: "Benefits for preventive care and treatment are reimbursed according to
// a schedule of pre-set statutory rates." "If you choose to go to a doctor or dentist who is
// not bound by the statutory rates, you yourself must pay any amount charged in excess of
// those rates." "Some insured persons and their dependants are entitled to a higher
// reimbursement rate because of their financial situation."
// Seed 000: "The amount of these reimbursements or replacement income is set by the INAMI".
//
// Base case: the table's reimbursement for the person's scheme (ordinary or increased
// reimbursement) and, at a GP, whether the GP holds the DMG; the statutory fee less that is
// the personal share; what was charged above the statutory fee is the supplement.
// Exceptions (conditions.cc): conditions that refuse the line; referral, under 25, nurse.
// Refusal: an attestation sent after the deadline (attestation.cc).
#include "rules/healthcare/line.h"

#include <fmt/format.h>

#include "rules/healthcare/attestation.h"
#include "rules/healthcare/conditions.h"
#include "rules/healthcare/nomenclature.h"

namespace secu::rules::healthcare {

using core::Money;
using explain::Decision;
using explain::Message;
using explain::Status;

std::string Line::pointer(std::string_view suffix) const { return care.pointer(fmt::format("/lines/{}{}", index, suffix)); }

std::string fund_of(const Person& p) { return p.insurance.fund.value_or("health_insurance_fund"); }

namespace {

void add(DecisionBuilder& b, const char* name, const char* label, Money m) {
  b.decision().amounts.push_back({name, msg(label), m, explain::Per::once, false});
}

// The facts that pick the table's category: the scheme, and at a GP whether they hold the DMG.
struct Category {
  std::optional<bool> bim;
  std::optional<bool> dmg;
};

Category category_facts(const Code& c, const Line& l, DecisionBuilder& b) {
  Category cat{l.person.preferential_scheme, false};  // the DMG changes only a GP's reimbursement
  if (!cat.bim) b.missing(l.person.pointer("/preferential_scheme"), msg("question.healthcare.preferential_scheme"));
  if (c.group != Group::gp) return cat;
  cat.dmg.reset();
  if (!l.line.provider) {
    b.missing(l.pointer("/provider"), msg("question.healthcare.provider"));
    return cat;
  }
  cat.dmg = l.line.provider->holds_dmg;
  if (!cat.dmg) b.missing(l.pointer("/provider/holds_dmg"), msg("question.healthcare.holds_dmg"));
  return cat;
}

core::Status category_reasons(const Code& c, bool bim, bool dmg, DecisionBuilder& b) {
  if (c.group == Group::gp)
    SECU_RETURN_IF_ERROR(b.reason("healthcare.gp.dmg", msg(dmg ? "healthcare.reason.dmg_holder" : "healthcare.reason.no_dmg")));
  if (bim) SECU_RETURN_IF_ERROR(b.reason("healthcare.bim", msg("healthcare.reason.bim")));
  return {};
}

core::Result<Priced> price(const Code& c, const Line& l, DecisionBuilder& b) {
  Priced p;
  const Category cat = category_facts(c, l, b);
  if (!cat.bim || !cat.dmg) return p;
  SECU_RETURN_IF_ERROR(b.reason("healthcare.inami_codes", Message{"healthcare.reason.by_code", {{"code", c.code}}}));
  SECU_RETURN_IF_ERROR(category_reasons(c, *cat.bim, *cat.dmg, b));
  SECU_TRY(std::optional<Tariff> t, tariff(c, l.line.date, *cat.bim, *cat.dmg, b));
  if (!t) {
    p.in_table = false;
    SECU_RETURN_IF_ERROR(b.reason("healthcare.inami_codes", Message{"healthcare.reason.code_not_covered", {{"code", c.code}, {"date", l.line.date}}}));
    return p;
  }
  p.fee = t->fee;
  p.reimbursed = t->reimbursed;
  p.known = true;
  SECU_RETURN_IF_ERROR(exceptions(c, l, *cat.bim, *cat.dmg, p, b));
  return p;
}

core::Status supplement_reason(const Line& l, Money supplement, DecisionBuilder& b) {
  const std::optional<bool> conv = l.line.provider ? l.line.provider->conventioned : std::nullopt;
  if (conv == false)
    return b.reason("healthcare.supplement.non_conventioned", Message{"healthcare.reason.supplement_non_conventioned", {{"supplement", supplement}}});
  if (conv == true)
    return b.reason("healthcare.conventioned", Message{"healthcare.reason.supplement_conventioned", {{"supplement", supplement}}});
  return b.reason("healthcare.supplement.statutory_rates", Message{"healthcare.reason.supplement", {{"supplement", supplement}}});
}

// What was charged, split into reimbursed, personal share and supplement.
core::Status settle(const Line& l, const Priced& p, DecisionBuilder& b) {
  const std::optional<Money>& charged = l.line.fee_charged;
  if (!charged) b.missing(l.pointer("/fee_charged"), msg("question.healthcare.fee_charged"));
  else add(b, "fee_charged", "amount.healthcare.fee_charged", *charged);
  if (p.fee) add(b, "statutory_fee", "amount.healthcare.statutory_fee", *p.fee);
  if (!charged) {
    add(b, "reimbursed", "amount.healthcare.reimbursed", p.reimbursed);
    return {};
  }
  // Reimbursed at most what was paid; the base is the statutory fee (or, without one, the charge).
  const Money base = p.fee ? core::min(*charged, *p.fee) : *charged;
  const Money reimbursed = core::min(p.reimbursed, base);
  if (base < (p.fee ? *p.fee : p.reimbursed))
    SECU_RETURN_IF_ERROR(b.reason("healthcare.statutory_rates", Message{"healthcare.reason.charged_below", {{"charged", *charged}}}));
  add(b, "reimbursed", "amount.healthcare.reimbursed", reimbursed);
  add(b, "personal_share", "amount.healthcare.personal_share", base - reimbursed);
  if (!p.fee) return {};
  const Money supplement = core::max(Money{}, *charged - *p.fee);
  add(b, "supplement", "amount.healthcare.supplement", supplement);
  if (supplement > Money{}) SECU_RETURN_IF_ERROR(supplement_reason(l, supplement, b));
  return {};
}

core::Result<Decision> refuse(const Line& l, DecisionBuilder& b, Message summary) {
  if (l.line.fee_charged) add(b, "fee_charged", "amount.healthcare.fee_charged", *l.line.fee_charged);
  add(b, "reimbursed", "amount.healthcare.reimbursed", Money{});
  return b.finish(Status::not_entitled, std::move(summary));
}

Money reimbursed_of(const Decision& d) {
  for (const auto& a : d.amounts)
    if (a.name == "reimbursed") return a.value;
  return Money{};
}

core::Result<Decision> evaluate_line(const Line& l, DecisionBuilder& b) {
  SECU_TRY(Deadline dl, deadline(l, b));
  if (dl.sent == Sent::late) return refuse(l, b, Message{"healthcare.summary.line_late", {{"deadline", dl.last_day}}});
  if (!l.line.code) {
    b.missing(l.pointer("/code"), msg("question.healthcare.code"));
    return b.finish(Status::cannot_tell, msg("healthcare.summary.line_cannot_tell"));
  }
  const std::string& code_text = *l.line.code;
  auto code = find_code(b.ctx().law.params(), code_text);
  if (!code) {
    SECU_RETURN_IF_ERROR(b.reason("healthcare.inami_codes", Message{"healthcare.reason.code_unknown", {{"code", code_text}}}));
    return b.finish(Status::cannot_tell, Message{"healthcare.summary.code_unknown", {{"code", code_text}}});
  }
  SECU_TRY(Condition cond, conditions(*code, l, b));
  if (cond.check == Check::not_met) return refuse(l, b, msg(cond.summary));
  SECU_TRY(Priced p, price(*code, l, b));
  if (p.known) SECU_RETURN_IF_ERROR(settle(l, p, b));
  else if (p.in_table && !l.line.fee_charged) b.missing(l.pointer("/fee_charged"), msg("question.healthcare.fee_charged"));
  if (!p.in_table)
    return b.finish(Status::cannot_tell, Message{"healthcare.summary.code_not_covered", {{"code", code_text}, {"date", l.line.date}}});
  if (!p.known || cond.check == Check::unknown || !b.decision().missing.empty())
    return b.finish(Status::cannot_tell, msg("healthcare.summary.line_cannot_tell"));
  const Money reimbursed = reimbursed_of(b.decision());
  return b.finish(Status::entitled, Message{"healthcare.summary.line_reimbursed", {{"code", code_text}, {"reimbursed", reimbursed}}});
}

}  // namespace

core::Result<Decision> reimburse(const Line& l, const Context& ctx) {
  DecisionBuilder b(ctx, "healthcare.reimbursement", l.person.id);
  b.decision().subject = l.pointer();
  b.institution(fund_of(l.person));
  auto d = evaluate_line(l, b);
  if (d || d.error().code != core::ErrorCode::out_of_range) return d;
  DecisionBuilder gap(ctx, "healthcare.reimbursement", l.person.id);  // the law of that date is not in data/
  gap.decision().subject = l.pointer();
  gap.institution(fund_of(l.person));
  SECU_RETURN_IF_ERROR(gap.law_gap(d.error(), l.line.date));
  return gap.finish(Status::cannot_tell, Message{"healthcare.summary.law_not_covered", {{"date", l.line.date}}});
}

}  // namespace secu::rules::healthcare

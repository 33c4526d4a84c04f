// Seed 004 ch. II, "Medicines": "For prescription drugs, you will have to pay a certain amount
// per prescription. This will vary depending on the product. The portion of the price covered
// by your health insurance depends on the category to which the specific drug belongs (A, B,
// C, Cs, Cx, Fa, Fb or dispenser's preparation). Normally, if you have a prescription, all you
// will have to pay the pharmacist is that portion of the price not covered by your health
// insurance fund." "For a refund of the cost of preparations by a pharmacist, a maximum share
// of € 1.15 or € 2.30 per insured person is set. The charge is reduced for those benefiting
// from the preferential scheme."
//
// Base case: the category decides the share. Exceptions, each with its source:
// - no prescription: the fund pays nothing (the seed's "if you have a prescription");
// - dispenser's preparation: at most 1.15 € or 2.30 €; the seed does not say which applies
//   when, and the lower one is taken for the preferential scheme, whose charge it says is
//   reduced (data/params/healthcare/medicines/pharmacist_preparation_max_share.yaml);
// - category A: no personal share (a mutuality's table, from 2019);
// - B, C, Fb (and Cs, Cx, Fa): the share is a part of the package's reimbursement basis,
//   which neither the situation nor secu's data holds; the decision says so and gives the
//   official maximum where there is one (RIZIV, from 2019). Not implemented: the share
//   itself (no official percentage per category was found) and the supplement under the
//   reference reimbursement.
#include "rules/healthcare_hospital/medicine.h"

#include <algorithm>
#include <optional>
#include <string>

#include "rules/healthcare_hospital/standing.h"

namespace secu::rules::healthcare_hospital {

using core::Money;
using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kCategoryA = "healthcare.medicines.category_a_personal_share";
constexpr const char* kMaxOrdinary = "healthcare.medicines.max_personal_share.ordinary";
constexpr const char* kMaxPreferential = "healthcare.medicines.max_personal_share.preferential";
constexpr const char* kPreparation = "healthcare.medicines.pharmacist_preparation_max_share";

std::string category_name(MedicineCategory c) {
  switch (c) {
    case MedicineCategory::A: return "A";
    case MedicineCategory::B: return "B";
    case MedicineCategory::C: return "C";
    case MedicineCategory::Cs: return "Cs";
    case MedicineCategory::Cx: return "Cx";
    case MedicineCategory::Fa: return "Fa";
    case MedicineCategory::Fb: return "Fb";
    case MedicineCategory::preparation: return "preparation";
  }
  return "?";
}

void add_amount(DecisionBuilder& b, const char* name, const char* label, Money value) {
  b.decision().amounts.push_back({name, msg(label), value, explain::Per::once, false});
}

// Finishes with `status`, or "cannot tell" when a fact is still missing.
Decision finish(DecisionBuilder& b, Status status, Message summary) {
  if (!b.decision().missing.empty()) return b.finish(Status::cannot_tell, msg("healthcare_hospital.summary.medicine_cannot_tell"));
  return b.finish(status, std::move(summary));
}

core::Result<Decision> law_not_covered(DecisionBuilder& b, const core::Error& e, core::Date d) {
  SECU_RETURN_IF_ERROR(b.law_gap(e, d));
  return b.finish(Status::cannot_tell, Message{"healthcare_hospital.summary.medicine_law_not_covered", {{"date", d}}});
}

core::Result<Decision> preparation(const Person& p, const CareLine& l, DecisionBuilder& b) {
  SECU_RETURN_IF_ERROR(b.reason("healthcare_hospital.medicine.preparation", msg("healthcare_hospital.reason.preparation")));
  if (!p.preferential_scheme) {
    b.missing(p.pointer("/preferential_scheme"), msg("question.healthcare_hospital.preferential_scheme"));
    return finish(b, Status::cannot_tell, {});
  }
  const bool preferential = *p.preferential_scheme;
  auto max = b.money_in(kPreparation, l.date, preferential ? "preferential" : "ordinary");
  if (!max) return law_not_covered(b, max.error(), l.date);
  if (preferential)
    SECU_RETURN_IF_ERROR(b.reason("healthcare_hospital.medicine.preparation_preferential",
                                  Message{"healthcare_hospital.reason.preparation_preferential", {{"max", *max}}}));
  add_amount(b, "personal_share_maximum", "amount.healthcare_hospital.personal_share_maximum", *max);
  return finish(b, Status::entitled, Message{"healthcare_hospital.summary.preparation", {{"max", *max}}});
}

core::Result<Decision> category_a(const CareLine& l, DecisionBuilder& b) {
  auto share = b.money(kCategoryA, l.date);
  if (!share) return law_not_covered(b, share.error(), l.date);
  b.reason_from(*b.ctx().law.params().at(kCategoryA, l.date)->entry, kCategoryA,
                Message{"healthcare_hospital.reason.category_a", {{"share", *share}}});
  add_amount(b, "personal_share", "amount.healthcare_hospital.personal_share", *share);
  return finish(b, Status::entitled, Message{"healthcare_hospital.summary.medicine_share", {{"share", *share}}});
}

// B, C, Cs, Cx, Fa, Fb: the share itself cannot be told; the maximum where there is one.
core::Result<Decision> share_unknown(const Person& p, const CareLine& l, const std::string& category, DecisionBuilder& b) {
  SECU_RETURN_IF_ERROR(b.reason("healthcare_hospital.medicine.share_unknown",
                                Message{"healthcare_hospital.reason.share_unknown", {{"category", category}}}));
  const Message summary{"healthcare_hospital.summary.medicine_share_unknown", {{"category", category}}};
  if (!p.preferential_scheme) {
    b.missing(p.pointer("/preferential_scheme"), msg("question.healthcare_hospital.preferential_scheme"));
    return finish(b, Status::cannot_tell, summary);
  }
  const char* id = *p.preferential_scheme ? kMaxPreferential : kMaxOrdinary;
  auto in_force = b.ctx().law.params().at(id, l.date);
  if (!in_force) return law_not_covered(b, in_force.error(), l.date);
  auto max = b.money_in(id, l.date, category);
  if (!max) {  // the source gives no maximum for this category
    if (max.error().code != core::ErrorCode::out_of_range) return std::unexpected(max.error());
    b.reason_from(*in_force->entry, id, Message{"healthcare_hospital.reason.no_maximum", {{"category", category}}});
    return finish(b, Status::cannot_tell, summary);
  }
  add_amount(b, "personal_share_maximum", "amount.healthcare_hospital.personal_share_maximum", *max);
  b.reason_from(*in_force->entry, id, Message{"healthcare_hospital.reason.maximum", {{"category", category}, {"max", *max}}});
  const std::string large = category + "_large_pack";  // a pack of more than 60 units, where it has its own maximum
  const auto& names = in_force->param->categories;
  if (std::find(names.begin(), names.end(), large) != names.end()) {
    SECU_TRY(Money max_large, b.money_in(id, l.date, large));
    add_amount(b, "personal_share_maximum_large_pack", "amount.healthcare_hospital.personal_share_maximum_large_pack", max_large);
  }
  return finish(b, Status::cannot_tell, summary);
}

}  // namespace

core::Result<Decision> medicine_line(const Person& p, const Care& care, std::size_t line, const Context& ctx) {
  const CareLine& l = care.lines[line];
  const std::string pointer = care.pointer("/lines/" + std::to_string(line));
  DecisionBuilder b(ctx, "healthcare.medicine", p.id);
  b.decision().subject = pointer;
  b.institution(fund_of(p));
  const std::string category = category_name(*l.medicine_category);
  const bool preparation_line = *l.medicine_category == MedicineCategory::preparation;
  SECU_RETURN_IF_ERROR(b.reason("healthcare_hospital.medicine.category",
                                preparation_line ? msg("healthcare_hospital.reason.category_preparation")
                                                 : Message{"healthcare_hospital.reason.category", {{"category", category}}}));
  if (l.prescription == false) {
    SECU_RETURN_IF_ERROR(b.reason("healthcare_hospital.medicine.prescription", msg("healthcare_hospital.reason.no_prescription")));
    if (l.price) add_amount(b, "personal_share", "amount.healthcare_hospital.personal_share", *l.price);
    return b.finish(Status::not_entitled, msg("healthcare_hospital.summary.no_prescription"));
  }
  if (!l.prescription) b.missing(pointer + "/prescription", msg("question.healthcare_hospital.prescription"));
  switch (*l.medicine_category) {
    case MedicineCategory::preparation: return preparation(p, l, b);
    case MedicineCategory::A: return category_a(l, b);
    default: return share_unknown(p, l, category, b);
  }
}

}  // namespace secu::rules::healthcare_hospital

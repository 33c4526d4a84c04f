// Seed 004 ch. II (2013): "On admission to hospital, you will have to make a flat-rate
// prepayment, followed by a *per diem* charge for each day as an inpatient (€ 15.31 per day)."
// "Where the patient is hospitalised within a psychiatric home for more than five years, the
// charge is € 25.52 per day." "The admission fee is € 42.58." "There is a reduction for
// dependent children of ordinary beneficiaries, those benefitting from the preferential
// scheme and the unemployed found to qualify for 12 months […], including their dependants."
//
// Base case: day 1 the admission fee, then the per diem. Exceptions, each with its source:
// - the groups with a reduction have their own figures (from 2018 in data/; before, "cannot
//   tell": the seed names the reduction without its amount);
// - from 2018 (the version defined by healthcare.hospitalisation.reduced_from_day), ordinary
//   insured persons with dependants pay the figure of per_diem_from_day_91_with_dependants
//   from day 91 (the same as the per diem again from mid-2019);
// - after five years in psychiatric care: 25.52 € for every patient in 2013 (seed); from 2018
//   (the version defined by psychiatric_long_stay_per_diem_preferential) only for patients
//   without dependants, with a lower figure for the preferential scheme. No source gives a
//   long-stay figure for the reduced group: "cannot tell".
#include "rules/healthcare_hospital/daily.h"

namespace secu::rules::healthcare_hospital {

using explain::Message;

namespace {

// A figure: the parameter, the reason that cites it and the basis shown in the schedule.
struct Figure {
  const char* id;
  const char* reason;
  const char* basis;
};

constexpr Figure kAdmission{"healthcare.hospitalisation.admission_fee", "healthcare_hospital.reason.admission_fee",
                            "basis.healthcare_hospital.admission_fee"};
constexpr Figure kAdmissionReduced{"healthcare.hospitalisation.admission_fee_reduced", "healthcare_hospital.reason.admission_fee_reduced",
                                   "basis.healthcare_hospital.admission_fee_reduced"};
constexpr Figure kAdmissionPreferential{"healthcare.hospitalisation.per_diem_preferential",
                                        "healthcare_hospital.reason.admission_preferential", "basis.healthcare_hospital.admission_preferential"};
constexpr Figure kPerDiem{"healthcare.hospitalisation.per_diem", "healthcare_hospital.reason.per_diem", "basis.healthcare_hospital.per_diem"};
constexpr Figure kPreferential{"healthcare.hospitalisation.per_diem_preferential", "healthcare_hospital.reason.per_diem_preferential",
                               "basis.healthcare_hospital.per_diem_preferential"};
constexpr Figure kReduced{"healthcare.hospitalisation.per_diem_reduced", "healthcare_hospital.reason.per_diem_reduced",
                          "basis.healthcare_hospital.per_diem_reduced"};
constexpr Figure kDay91{"healthcare.hospitalisation.per_diem_from_day_91_with_dependants", "healthcare_hospital.reason.per_diem_from_day_91",
                        "basis.healthcare_hospital.per_diem_from_day_91"};
constexpr Figure kLong{"healthcare.hospitalisation.psychiatric_long_stay_per_diem", "healthcare_hospital.reason.long_stay",
                       "basis.healthcare_hospital.long_stay"};
constexpr Figure kLongPreferential{"healthcare.hospitalisation.psychiatric_long_stay_per_diem_preferential",
                                   "healthcare_hospital.reason.long_stay_preferential", "basis.healthcare_hospital.long_stay_preferential"};
constexpr const char* kFromDay = "healthcare.hospitalisation.reduced_from_day";

// The figure in force on `d`, its reason (once), or "not known" with the gap named.
core::Result<DayShare> figure(const Figure& f, core::Date d, DecisionBuilder& b) {
  auto m = b.money(f.id, d);
  if (!m) {
    SECU_RETURN_IF_ERROR(b.law_gap(m.error(), d));
    return DayShare{std::nullopt, msg("basis.healthcare_hospital.unknown")};
  }
  const auto in_force = b.ctx().law.params().at(f.id, d);
  Message text{f.reason, {{"amount", *m}, {"since", in_force->entry->start}}};
  bool seen = false;
  for (const auto& r : b.decision().reasons) seen = seen || (r.rule == f.id && r.text == text);
  if (!seen) b.reason_from(*in_force->entry, f.id, std::move(text));
  return DayShare{*m, msg(f.basis)};
}

DayShare unknown_share() { return DayShare{std::nullopt, msg("basis.healthcare_hospital.unknown")}; }

core::Result<std::optional<DayShare>> some(core::Result<DayShare> r) {
  if (!r) return std::unexpected(r.error());
  return std::optional<DayShare>(*r);
}

// The figure for an ordinary insured person from day 2: the per diem, or from day 91 (2018
// version) the figure for persons with dependants.
core::Result<DayShare> ordinary_day(const Patient& pt, core::Date d, std::int64_t n, DecisionBuilder& b) {
  auto from = b.integer(kFromDay, d);  // not covered: the 2013 version, the per diem every day
  if (!from && from.error().code != core::ErrorCode::out_of_range) return std::unexpected(from.error());
  if (!from || n < *from) return figure(kPerDiem, d, b);
  const std::int64_t first = *from;
  if (!pt.dependants) {
    b.missing(pt.person->pointer("/family_situation"), msg("question.healthcare_hospital.dependants"));
    return unknown_share();
  }
  SECU_RETURN_IF_ERROR(reason_once(b, "healthcare_hospital.stay.table_2018",
                                   Message{*pt.dependants ? "healthcare_hospital.reason.from_day_with_dependants"
                                                          : "healthcare_hospital.reason.from_day_without_dependants", {{"day", first}}}));
  return *pt.dependants ? figure(kDay91, d, b) : figure(kPerDiem, d, b);
}

// After five years in psychiatric care; nullopt: the ordinary table applies (with dependants, 2018).
core::Result<std::optional<DayShare>> long_stay_day(const Patient& pt, core::Date d, DecisionBuilder& b) {
  const bool later = b.ctx().law.params().at(kLongPreferential.id, d).has_value();
  if (!later) {
    if (pt.group == Group::ordinary) return some(figure(kLong, d, b));
    SECU_RETURN_IF_ERROR(reason_once(b, "healthcare_hospital.stay.reductions", msg("healthcare_hospital.reason.long_stay_reduction_unknown")));
    return std::optional<DayShare>(unknown_share());
  }
  if (!pt.dependants) {
    b.missing(pt.person->pointer("/family_situation"), msg("question.healthcare_hospital.dependants"));
    return std::optional<DayShare>(unknown_share());
  }
  if (*pt.dependants) {
    SECU_RETURN_IF_ERROR(reason_once(b, "healthcare_hospital.stay.psychiatric_long_stay_2018", msg("healthcare_hospital.reason.long_stay_with_dependants")));
    return std::optional<DayShare>{};
  }
  if (pt.group == Group::preferential) return some(figure(kLongPreferential, d, b));
  if (pt.group == Group::ordinary) return some(figure(kLong, d, b));
  SECU_RETURN_IF_ERROR(reason_once(b, "healthcare_hospital.stay.psychiatric_long_stay_2018", msg("healthcare_hospital.reason.long_stay_reduction_unknown")));
  return std::optional<DayShare>(unknown_share());
}

}  // namespace

core::Status reason_once(DecisionBuilder& b, const char* citation_id, Message text) {
  for (const auto& r : b.decision().reasons)
    if (r.rule == citation_id && r.text == text) return {};
  return b.reason(citation_id, std::move(text));
}

core::Result<DayShare> day_share(const Patient& pt, core::Date d, std::int64_t n, bool long_stay, DecisionBuilder& b) {
  if (long_stay) {
    SECU_TRY(std::optional<DayShare> s, long_stay_day(pt, d, b));
    if (s) return *s;
  }
  switch (pt.group) {
    case Group::preferential: return figure(n == 1 ? kAdmissionPreferential : kPreferential, d, b);
    case Group::reduced: return figure(n == 1 ? kAdmissionReduced : kReduced, d, b);
    case Group::ordinary: break;
  }
  if (n == 1) return figure(kAdmission, d, b);
  return ordinary_day(pt, d, n, b);
}

}  // namespace secu::rules::healthcare_hospital

// Seed 004 ch. II: "If you have to be hospitalised, you must first consult your health
// insurance fund, which will tell you what to do. This is not necessary for emergency
// hospitalisation." "On admission to hospital, you will have to make a flat-rate prepayment,
// followed by a *per diem* charge for each day as an inpatient (€ 15.31 per day). You will
// also be charged a flat-rate daily amount for the drugs used during your hospital stay."
// "Patients in a general hospital pay € 0.62 per day for medicines."
//
// Days are counted as hospitals bill them (healthcare_hospital.stay.day_count): the admission
// day is day 1; the admission day and the discharge day together count as one day, unless the
// patient came in before 12:00 and left after 14:00. A stay that begins and ends on the same
// day is a day hospitalisation, with no personal share for the stay (the fund pays a flat
// rate; healthcare_hospital.stay.day_hospital). After five years in psychiatric care
// (psychiatric_long_stay_min_years, counted with the whole years already spent there before
// this admission) the long-stay figure applies from the day the five years are complete.
//
// Not implemented: room and fee supplements (a choice of the patient, not a personal share).
#include "rules/healthcare_hospital/stay.h"

#include <algorithm>
#include <vector>

#include "rules/healthcare_hospital/daily.h"
#include "rules/healthcare_hospital/standing.h"

namespace secu::rules::healthcare_hospital {

using core::Date;
using core::DayRange;
using core::Money;
using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kLongYears = "healthcare.hospitalisation.psychiatric_long_stay_min_years";
constexpr const char* kMedicines = "healthcare.medicines.hospital_daily_flat_charge";
constexpr const char* kPayer = "insured_person";
constexpr const char* kFromDay = "healthcare.hospitalisation.reduced_from_day";

// The days billed, and whether the last of them is still uncertain or open.
struct Billed {
  DayRange days;
  bool open_end = false;
  bool uncertain_last = false;  // the hours that decide whether the discharge day counts are not known
};

core::Status prior_consultation(const Person& p, const HospitalStay& h, DecisionBuilder& b) {
  constexpr const char* kCite = "healthcare_hospital.stay.prior_consultation";
  if (h.emergency == true) return b.reason(kCite, msg("healthcare_hospital.reason.emergency"));
  const char* text = h.emergency ? "healthcare_hospital.obligation.consult_fund" : "healthcare_hospital.obligation.consult_fund_unless_emergency";
  return b.obligation(kCite, Message{text, {{"date", h.admission}}}, h.admission, fund_of(p));
}

core::Result<Billed> billed_days(const HospitalStay& h, Date horizon, DecisionBuilder& b) {
  constexpr const char* kCite = "healthcare_hospital.stay.day_count";
  if (!h.discharge) return Billed{{h.admission, std::max(horizon, h.admission)}, true, false};
  Billed out{{h.admission, *h.discharge - 1}, false, false};
  if (h.admitted_before_noon == true && h.discharged_after_2pm == true) {
    out.days.last = *h.discharge;
    SECU_RETURN_IF_ERROR(b.reason(kCite, Message{"healthcare_hospital.reason.discharge_day_counted", {{"days", std::int64_t{out.days.days()}}}}));
    return out;
  }
  if (h.admitted_before_noon == false || h.discharged_after_2pm == false) {
    SECU_RETURN_IF_ERROR(b.reason(kCite, Message{"healthcare_hospital.reason.days_counted", {{"days", std::int64_t{out.days.days()}}}}));
    return out;
  }
  if (!h.admitted_before_noon) b.missing(h.pointer("/admitted_before_noon"), msg("question.healthcare_hospital.admitted_before_noon"));
  if (!h.discharged_after_2pm) b.missing(h.pointer("/discharged_after_2pm"), msg("question.healthcare_hospital.discharged_after_2pm"));
  out.uncertain_last = true;
  SECU_RETURN_IF_ERROR(b.reason(kCite, Message{"healthcare_hospital.reason.days_at_least", {{"days", std::int64_t{out.days.days()}}}}));
  return out;
}

// Every value of healthcare.hospitalisation.reduced_from_day over time (day numbers).
std::vector<std::int64_t> threshold_days(const law::Parameters& law) {
  std::vector<std::int64_t> out;
  if (const law::Parameter* p = law.find(kFromDay))
    for (const auto& e : p->entries)
      if (auto n = law.integer(kFromDay, e.start)) out.push_back(n->value);
  return out;
}

// Where the stay's periods may change: day 2, the reduced_from_day threshold, the long stay,
// and every date where one of the figures changes.
std::vector<Date> cuts(Date start, DayRange days, std::optional<Date> long_from, const law::Parameters& law) {
  std::vector<Date> out{days.first, start + 1};
  if (long_from) out.push_back(*long_from);
  for (std::int64_t n : threshold_days(law)) out.push_back(start + static_cast<std::int32_t>(n - 1));
  for (const auto* prefix : {"healthcare.hospitalisation.", "healthcare.medicines.hospital_daily_flat_charge"})
    for (const law::Parameter* p : law.all())
      if (p->id.starts_with(prefix))
        for (const auto& e : p->entries) out.push_back(e.start);
  std::erase_if(out, [&](Date d) { return !days.contains(d); });
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The totals of the stay (per diem and medicines); nullopt parts when they cannot be told.
struct Totals {
  std::optional<Money> share = Money();
  std::optional<Money> medicines = Money();
};

// Adds the days `seg` at `share` to the schedule, extending the last period when it is the same.
void append(std::vector<explain::Period>& schedule, DayRange seg, const DayShare& share) {
  if (!schedule.empty()) {
    explain::Period& last = schedule.back();
    if (last.amount_known == share.amount.has_value() && last.amount == share.amount.value_or(Money()) && last.basis == share.basis) {
      last.days.last = seg.last;
      last.benefit_days = last.days.days();  // here: the days billed in the period
      return;
    }
  }
  explain::Period pd;
  pd.days = seg;
  pd.payer = kPayer;
  pd.amount_known = share.amount.has_value();
  pd.amount = share.amount.value_or(Money());
  pd.basis = share.basis;
  pd.benefit_days = seg.days();
  schedule.push_back(std::move(pd));
}

core::Result<Totals> build_schedule(const Patient& pt, Date start, const Billed& billed,
                                    std::optional<Date> long_from, bool general, DecisionBuilder& b) {
  Totals t;
  if (!general) t.medicines.reset();
  auto& schedule = b.decision().schedule;
  const std::vector<Date> at = cuts(start, billed.days, long_from, b.ctx().law.params());
  for (std::size_t i = 0; i < at.size(); ++i) {
    const DayRange seg{at[i], i + 1 < at.size() ? at[i + 1] - 1 : billed.days.last};
    const bool long_stay = long_from && seg.first >= *long_from;
    SECU_TRY(DayShare share, day_share(pt, seg.first, (seg.first - start) + 1, long_stay, b));
    if (t.share) t.share = share.amount ? std::optional<Money>(*t.share + *share.amount * seg.days()) : std::nullopt;
    if (t.medicines) {
      auto m = b.money(kMedicines, seg.first);
      if (!m) SECU_RETURN_IF_ERROR(b.law_gap(m.error(), seg.first));
      t.medicines = m ? std::optional<Money>(*t.medicines + *m * seg.days()) : std::nullopt;
    }
    append(schedule, seg, share);
  }
  if (!schedule.empty()) schedule.back().open_end = billed.open_end;
  return t;
}

void add_amount(DecisionBuilder& b, const char* name, const char* label, Money v, explain::Per per, bool at_least) {
  b.decision().amounts.push_back({name, msg(label), v, per, at_least});
}

// The totals as amounts, and the status and summary of the decision.
core::Result<Decision> conclude(const HospitalStay& h, const Billed& billed, const Totals& t, DecisionBuilder& b) {
  const bool known = t.share.has_value() && (t.medicines.has_value() || h.setting != HospitalSetting::general_hospital);
  if (h.setting == HospitalSetting::general_hospital) {
    if (auto per_day = b.money(kMedicines, h.admission))
      add_amount(b, "medicines_flat_rate", "amount.healthcare_hospital.medicines_flat_rate", *per_day, explain::Per::day, false);
    SECU_RETURN_IF_ERROR(reason_once(b, "healthcare_hospital.stay.medicines_flat", msg("healthcare_hospital.reason.medicines_flat")));
  }
  if (!known) return b.finish(Status::cannot_tell, msg("healthcare_hospital.summary.stay_cannot_tell"));
  if (billed.open_end)
    return b.finish(Status::entitled, Message{"healthcare_hospital.summary.stay_ongoing", {{"from", h.admission}}});
  const Money medicines = t.medicines.value_or(Money());
  const Money total = *t.share + medicines;
  add_amount(b, "personal_share_total", "amount.healthcare_hospital.personal_share_total", *t.share, explain::Per::once, billed.uncertain_last);
  if (t.medicines)
    add_amount(b, "medicines_flat_total", "amount.healthcare_hospital.medicines_flat_total", medicines, explain::Per::once, billed.uncertain_last);
  add_amount(b, "total", "amount.healthcare_hospital.total", total, explain::Per::once, billed.uncertain_last);
  if (billed.uncertain_last)  // the hours of admission and discharge are asked for
    return b.finish(Status::cannot_tell, Message{"healthcare_hospital.summary.stay_at_least", {{"total", total}}});
  return b.finish(Status::entitled, Message{"healthcare_hospital.summary.stay", {{"days", std::int64_t{billed.days.days()}}, {"total", total}}});
}

core::Result<Decision> day_hospital(const HospitalStay& h, DecisionBuilder& b) {
  SECU_RETURN_IF_ERROR(b.reason("healthcare_hospital.stay.day_hospital", msg("healthcare_hospital.reason.day_hospital")));
  add_amount(b, "personal_share_total", "amount.healthcare_hospital.personal_share_total", Money(), explain::Per::once, false);
  return b.finish(Status::entitled, Message{"healthcare_hospital.summary.day_hospital", {{"date", h.admission}}});
}

// The last day the schedule of a stay not yet ended shows: today, and far enough to show
// every phase (day 2, the reduced_from_day threshold, the long stay).
Date open_horizon(Date at, Date start, Date admission, std::optional<Date> long_from, const law::Parameters& law) {
  Date horizon = std::max(at, admission + 1);
  for (std::int64_t n : threshold_days(law)) horizon = std::max(horizon, start + static_cast<std::int32_t>(n - 1));
  if (long_from) horizon = std::max(horizon, *long_from);
  return horizon;
}

}  // namespace

core::Result<Decision> hospital_stay(const Person& p, const HospitalStay& h, const Situation& s, const Context& ctx) {
  DecisionBuilder b(ctx, "healthcare.hospital_stay", p.id);
  b.decision().subject = h.pointer();
  b.institution(fund_of(p));
  SECU_RETURN_IF_ERROR(prior_consultation(p, h, b));
  if (h.discharge && *h.discharge == h.admission) return day_hospital(h, b);
  SECU_TRY(std::optional<Group> group, group_of(p, s, b));
  if (!h.setting) b.missing(h.pointer("/setting"), msg("question.healthcare_hospital.setting"));
  const bool psychiatric = h.setting && *h.setting != HospitalSetting::general_hospital;
  if (psychiatric && !h.years_in_psychiatric_home)
    b.missing(h.pointer("/years_in_psychiatric_home"), msg("question.healthcare_hospital.years_in_psychiatric_home"));
  const int years = psychiatric ? h.years_in_psychiatric_home.value_or(0) : 0;
  const Date start = core::add_years(h.admission, -years, core::EndOfMonth::clamp);
  std::optional<Date> long_from;
  if (psychiatric) {
    auto min_years = b.integer(kLongYears, h.admission);
    if (!min_years) SECU_RETURN_IF_ERROR(b.law_gap(min_years.error(), h.admission));
    else long_from = core::add_years(start, static_cast<int>(*min_years), core::EndOfMonth::clamp);
  }
  SECU_TRY(Billed billed, billed_days(h, open_horizon(ctx.at, start, h.admission, long_from, ctx.law.params()), b));
  if (!group || !h.setting || (psychiatric && !h.years_in_psychiatric_home))
    return b.finish(Status::cannot_tell, msg("healthcare_hospital.summary.stay_cannot_tell"));
  const Patient pt{&p, *group, has_dependants(p, s)};
  SECU_TRY(Totals t, build_schedule(pt, start, billed, long_from, *h.setting == HospitalSetting::general_hospital, b));
  return conclude(h, billed, t, b);
}

}  // namespace secu::rules::healthcare_hospital

// Seed 004 ch. IV: "All female employees bound by a labour contract and categories
// assimilated thereto, are entitled to maternity benefits […] Note that you do not have to
// be working to be entitled to maternity benefits: unemployed and disabled women are also
// covered." "Pregnant women are entitled to 15 weeks' maternity leave, or 17 weeks in the
// event of a multiple birth." "For antenatal leave, the expectant mother must stop work
// (or, where appropriate, notify the unemployment office) seven days before the probable
// date of delivery. She must provide her health insurance fund with a medical certificate
// stating that she is expected to give birth at the end of the compulsory period of
// antenatal leave."
//
// The figures of the rest are those in force on the expected date; the rates those at the
// start of the rest (benefit.cc). The newborn's hospital stay extends the rest from the
// date data/ has it (2024-02-25); before it only the seed's rule applies (the carried-over
// weeks when the child comes home). After the mother's death the rest stops; converted
// days go to the co-parent (conversion.cc).
#include "rules/maternity/rest.h"

#include <algorithm>

#include "rules/maternity/benefit.h"
#include "rules/maternity/conversion.h"
#include "rules/maternity/eligibility.h"
#include "rules/sickness/benefit.h"
#include "rules/sickness/employer.h"

namespace secu::rules::maternity {

using core::Date;
using core::DayRange;
using explain::Decision;
using explain::Message;
using explain::Period;
using explain::Status;

namespace {

constexpr const char* kStopWork = "maternity.leave.stop_work_days_before_delivery";
constexpr const char* kNewbornNotCounted = "maternity.leave.newborn_hospital_days_not_counted";
constexpr const char* kNewbornMax = "maternity.leave.newborn_hospital_max_extension_weeks";
constexpr const char* kMultipleExtension = "maternity.leave.multiple_birth_extension_weeks";

core::Result<int> weeks_in_days(DecisionBuilder& b, const char* id, Date d) {
  SECU_TRY(std::int64_t weeks, b.integer(id, d));
  return static_cast<int>(weeks * 7);
}

// The newborn's extension, where data/ has it on the expected date.
core::Status newborn_rules(const Birth& birth, LeaveRules& r, DecisionBuilder& b) {
  if (!birth.newborn_discharge) return {};
  auto not_counted = b.integer(kNewbornNotCounted, birth.expected_delivery);
  if (!not_counted) return b.law_gap(not_counted.error(), birth.expected_delivery);
  SECU_TRY(int max_days, weeks_in_days(b, kNewbornMax, birth.expected_delivery));
  r.newborn_days_not_counted = static_cast<int>(*not_counted);
  r.newborn_max_extension_days = max_days;
  return {};
}

const char* reason_key(Part p) {
  switch (p) {
    case Part::prenatal: return "maternity.reason.prenatal";
    case Part::prenatal_late: return "maternity.reason.late_birth";
    case Part::postnatal: return "maternity.reason.postnatal";
    case Part::multiple_extension: return "maternity.reason.multiple_extension";
    case Part::newborn_extension: return "maternity.reason.newborn_extension";
    case Part::carried_over: return "maternity.reason.carried_over";
  }
  return "maternity.reason.prenatal";
}

const char* citation_of(Part p) {
  switch (p) {
    case Part::prenatal: return "maternity.leave.antenatal";
    case Part::prenatal_late: return "maternity.leave.postnatal";
    case Part::postnatal: return "maternity.leave.postnatal";
    case Part::multiple_extension: return "maternity.leave.weeks";
    case Part::newborn_extension: return "maternity.leave.newborn_hospital";
    case Part::carried_over: return "maternity.leave.carried_over";
  }
  return "maternity.leave.weeks";
}

core::Status calendar_reasons(const Birth& birth, const Calendar& c, DecisionBuilder& b) {
  const bool multiple = birth.multiple.value_or(false);
  SECU_TRY(std::int64_t weeks, b.integer(multiple ? "maternity.leave.weeks_multiple_birth" : "maternity.leave.weeks", birth.expected_delivery));
  SECU_RETURN_IF_ERROR(b.reason("maternity.leave.weeks", Message{"maternity.reason.weeks", {{"weeks", weeks}}}));
  if (c.planned) SECU_RETURN_IF_ERROR(b.reason("maternity.leave.antenatal", Message{"maternity.reason.planned", {{"expected", birth.expected_delivery}}}));
  if (c.start_assumed) SECU_RETURN_IF_ERROR(b.reason("maternity.leave.compulsory", Message{"maternity.reason.start_assumed", {{"from", c.start}}}));
  if (c.start_clamped)
    SECU_RETURN_IF_ERROR(b.reason("maternity.leave.antenatal", Message{"maternity.reason.start_clamped", {{"earliest", c.earliest_start}}}));
  if (c.compulsory_lost > 0)
    SECU_RETURN_IF_ERROR(b.reason("maternity.leave.optional", Message{"maternity.reason.compulsory_lost", {{"days", std::int64_t{c.compulsory_lost}}}}));
  for (const auto& s : c.segments)
    SECU_RETURN_IF_ERROR(b.reason(citation_of(s.part), Message{reason_key(s.part), {{"from", s.days.first}, {"to", s.days.last},
        {"days", std::int64_t{s.days.days()}}}}));
  return {};
}

core::Status obligations(const Person& mother, const Birth& birth, MotherStatus status, const Calendar& c, DecisionBuilder& b) {
  SECU_TRY(std::int64_t days, b.integer(kStopWork, birth.expected_delivery));
  const Date by = birth.expected_delivery - static_cast<std::int32_t>(days);
  if (status == MotherStatus::employee) {
    b.institution("employer");
    SECU_RETURN_IF_ERROR(b.obligation("maternity.stop_work", Message{"maternity.obligation.stop_work", {{"deadline", by}}}, by, "employer"));
  } else if (status == MotherStatus::unemployed) {
    b.institution("onem");
    SECU_RETURN_IF_ERROR(b.obligation("maternity.stop_work", Message{"maternity.obligation.notify_unemployment_office", {{"deadline", by}}}, by, "onem"));
  }
  const std::string fund = sickness::fund_of(mother);
  SECU_RETURN_IF_ERROR(b.obligation("maternity.certificate", Message{"maternity.obligation.certificate", {{"deadline", by}}}, by, fund));
  if (c.newborn_extension > 0) {
    const Date end = c.postnatal_last();
    SECU_RETURN_IF_ERROR(b.obligation("maternity.leave.newborn_hospital", Message{"maternity.obligation.newborn_extension", {{"deadline", end}}}, end, fund));
  }
  return {};
}

// The days of the rest the mother is paid for: not after her death, not the converted days.
core::Result<std::vector<DayRange>> paid_days(const Birth& birth, const Calendar& c, DecisionBuilder& b) {
  std::vector<DayRange> out;
  for (const auto& s : c.segments) out.push_back(s.days);
  std::vector<DayRange> cuts;
  if (birth.mother_died) {
    cuts.push_back({*birth.mother_died + 1, c.last()});
    SECU_RETURN_IF_ERROR(b.reason("paternity.conversion", Message{"maternity.reason.mother_died", {{"date", *birth.mother_died}}}));
  }
  SECU_TRY(Conversion conv, conversion(birth, c, b));
  if (conv.why == Conversion::Why::converted && !conv.death) {
    cuts.push_back(conv.days);
    SECU_RETURN_IF_ERROR(b.reason("paternity.conversion", Message{"maternity.reason.converted", {{"from", conv.days.first}, {"to", conv.days.last}}}));
  }
  for (const DayRange cut : cuts) {
    std::vector<DayRange> next;
    for (const DayRange r : out)
      for (const DayRange piece : subtract(r, cut)) next.push_back(piece);
    out = std::move(next);
  }
  return out;
}

core::Result<std::vector<Period>> schedule(const Person& mother, const Birth& birth, MotherStatus status, const Calendar& c,
                                           DecisionBuilder& b) {
  SECU_TRY(std::vector<DayRange> days, paid_days(birth, c, b));
  SECU_TRY(int second_from, second_period_day(status, c.start, b));
  std::vector<Period> out;
  std::optional<DayAmount> previous;
  for (const DayRange r : days) {
    std::vector<Date> cuts;
    for (const char* id : amount_parameters())
      for (Date d : sickness::change_dates(b.ctx().law.params(), {id}, r)) cuts.push_back(d);
    cuts.push_back(r.first);
    if (const Date second = c.start + (second_from - 1); r.contains(second)) cuts.push_back(second);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (std::size_t i = 0; i < cuts.size(); ++i) {
      const DayRange seg{cuts[i], i + 1 < cuts.size() ? cuts[i + 1] - 1 : r.last};
      SECU_TRY(DayAmount a, maternity_day(status, mother.daily_wage, birth.unemployment_daily_benefit, c.start, seg.first,
                                          c.day_number(seg.first), b));
      if (previous && *previous == a && !out.empty() && out.back().days.last + 1 == seg.first) {
        out.back().days.last = seg.last;
        out.back().benefit_days = core::benefit_days(out.back().days);
        continue;
      }
      out.push_back(sickness::per_day(seg, sickness::fund_of(mother), a.amount, a.basis));
      previous = a;
    }
  }
  return out;
}

void add_amounts(const Calendar& c, int second_from, DecisionBuilder& b) {
  auto& d = b.decision();
  bool first = false, second = false;
  for (const auto& pd : d.schedule) {
    if (!pd.amount_known) continue;
    const bool later = c.day_number(pd.days.first) >= second_from;
    if (!later && !first) {
      d.amounts.push_back({"daily_benefit_first_period", msg("amount.maternity_first_period"), pd.amount, explain::Per::day, false});
      first = true;
    }
    if (later && !second) {
      d.amounts.push_back({"daily_benefit_second_period", msg("amount.maternity_second_period"), pd.amount, explain::Per::day, false});
      second = true;
    }
  }
}

void missing_amount_facts(const Person& mother, const Birth& birth, MotherStatus status, DecisionBuilder& b) {
  if (!mother.daily_wage) b.missing(mother.pointer("/daily_wage"), msg("question.daily_wage"));
  if (status == MotherStatus::unemployed && !birth.unemployment_daily_benefit)
    b.missing(birth.pointer("/unemployment_daily_benefit"), msg("question.unemployment_daily_benefit"));
}

core::Result<Decision> decide(const Person& mother, const Birth& birth, MotherStatus status, DecisionBuilder b) {
  b.institution(sickness::fund_of(mother));
  SECU_RETURN_IF_ERROR(b.reason("maternity.who", msg(status == MotherStatus::employee     ? "maternity.reason.status_employee"
                                                      : status == MotherStatus::unemployed ? "maternity.reason.status_unemployed"
                                                                                           : "maternity.reason.status_invalid")));
  SECU_TRY(Calendar c, mother_calendar(birth, b));
  SECU_TRY(Check eligible, insurance_conditions(mother, c.start, b));
  SECU_RETURN_IF_ERROR(calendar_reasons(birth, c, b));
  SECU_RETURN_IF_ERROR(obligations(mother, birth, status, c, b));
  if (eligible == Check::not_met) return b.finish(Status::not_entitled, msg("maternity.summary.not_entitled"));
  SECU_RETURN_IF_ERROR(rate_reason(status, c.start, b));
  missing_amount_facts(mother, birth, status, b);
  SECU_TRY(b.decision().schedule, schedule(mother, birth, status, c, b));
  SECU_TRY(int second_from, second_period_day(status, c.start, b));
  add_amounts(c, second_from, b);
  if (eligible == Check::unknown) return b.finish(Status::cannot_tell, msg("maternity.summary.cannot_tell"));
  const auto& paid = b.decision().schedule;  // her last day: the rest's, or the day she died
  const Date last = paid.empty() ? c.last() : paid.back().days.last;
  const Message summary{c.planned ? "maternity.summary.planned" : "maternity.summary.entitled", {{"from", c.start}, {"to", last}}};
  return b.finish(Status::entitled, summary);
}

std::string benefit_id(std::optional<MotherStatus> s) {
  if (!s) return "maternity.benefit";
  switch (*s) {
    case MotherStatus::employee: return "maternity.employee";
    case MotherStatus::unemployed: return "maternity.unemployed";
    case MotherStatus::invalid: return "maternity.invalid";
    case MotherStatus::self_employed: return "maternity.self_employed";
  }
  return "maternity.benefit";
}

}  // namespace

std::vector<DayRange> subtract(DayRange r, DayRange cut) {
  if (core::intersect(r, cut).empty()) return {r};
  std::vector<DayRange> out;
  if (r.first < cut.first) out.push_back({r.first, cut.first - 1});
  if (cut.last < r.last) out.push_back({cut.last + 1, r.last});
  return out;
}

std::optional<MotherStatus> mother_status(const Person& mother, const Birth& birth) {
  if (birth.mother_status) return birth.mother_status;
  if (mother.status == WorkStatus::self_employed) return MotherStatus::self_employed;
  if (mother.status == WorkStatus::employee) return MotherStatus::employee;
  if (mother.insured_as == InsuredAs::unemployed) return MotherStatus::unemployed;
  return std::nullopt;
}

core::Result<Calendar> mother_calendar(const Birth& birth, DecisionBuilder& b) {
  const Date e = birth.expected_delivery;
  const bool multiple = birth.multiple.value_or(false);
  LeaveRules r;
  SECU_TRY(r.prenatal_max_days, weeks_in_days(b, multiple ? "maternity.leave.antenatal_max_weeks_multiple_birth" : "maternity.leave.antenatal_max_weeks", e));
  SECU_TRY(r.compulsory_days, weeks_in_days(b, "maternity.leave.antenatal_compulsory_weeks", e));
  SECU_TRY(r.optional_days, weeks_in_days(b, multiple ? "maternity.leave.antenatal_optional_weeks_multiple_birth" : "maternity.leave.antenatal_optional_weeks", e));
  SECU_TRY(r.postnatal_days, weeks_in_days(b, "maternity.leave.postnatal_weeks", e));
  if (multiple && birth.multiple_birth_extension.value_or(false)) {
    SECU_TRY(r.extension_days, weeks_in_days(b, kMultipleExtension, e));
  }
  SECU_RETURN_IF_ERROR(newborn_rules(birth, r, b));
  return plan(r, {e, birth.delivery, birth.leave_start, birth.newborn_discharge, birth.rest_at_homecoming.value_or(false)});
}

core::Result<Decision> mother_decision(const Situation& s, const Birth& birth, const Context& ctx) {
  const Person& mother = *s.person(birth.person);
  const std::optional<MotherStatus> status = mother_status(mother, birth);
  DecisionBuilder b(ctx, benefit_id(status), mother.id);
  if (!status) {
    b.missing(birth.pointer("/mother_status"), msg("question.mother_status"));
    return b.finish(Status::cannot_tell, msg("maternity.summary.cannot_tell"));
  }
  if (*status == MotherStatus::self_employed) {
    SECU_RETURN_IF_ERROR(b.reason("maternity.self_employed", msg("maternity.reason.self_employed")));
    return b.finish(Status::cannot_tell, msg("maternity.summary.self_employed"));
  }
  if (!birth.multiple) {
    b.missing(birth.pointer("/multiple"), msg("question.multiple_birth"));
    return b.finish(Status::cannot_tell, msg("maternity.summary.cannot_tell"));
  }
  auto d = decide(mother, birth, *status, DecisionBuilder(ctx, benefit_id(status), mother.id));
  if (d || d.error().code != core::ErrorCode::out_of_range) return d;
  DecisionBuilder gap(ctx, benefit_id(status), mother.id);  // the law of that date is not in data/
  SECU_RETURN_IF_ERROR(gap.law_gap(d.error(), birth.expected_delivery));
  return gap.finish(Status::cannot_tell, Message{"maternity.summary.law_not_covered", {{"date", birth.expected_delivery}}});
}

}  // namespace secu::rules::maternity

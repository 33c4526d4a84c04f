// Seed 004 ch. IV: "Antenatal leave […] cannot begin earlier than six weeks before the
// probable date of delivery, or eight weeks if she is expecting a multiple birth. Of these
// six (or eight) weeks, five (or seven) at most may be taken, at her discretion, before or
// after the birth. The week immediately preceding delivery is compulsory. The part of the
// optional prenatal leave that has not been used up before delivery can be taken after the
// postnatal leave or at the time when the child comes home after a long period of
// hospitalisation. Postnatal leave is granted for a period of nine weeks following the
// birth."
#include "rules/maternity/calendar.h"

#include <algorithm>

namespace secu::rules::maternity {

using core::Date;
using core::DayRange;

namespace {

int overlap(DayRange a, DayRange b) { return core::intersect(a, b).days(); }

// Appends [from, from + days - 1] when days > 0; returns the day after it.
Date append(std::vector<Segment>& out, Part part, Date from, int days) {
  if (days <= 0) return from;
  out.push_back({part, {from, from + (days - 1)}});
  return from + days;
}

int newborn_extension(const LeaveRules& r, const LeaveFacts& f, Date birth) {
  if (!f.newborn_discharge || !r.newborn_days_not_counted || !r.newborn_max_extension_days) return 0;
  const int stay = (*f.newborn_discharge - birth) + 1;  // the day of birth and of discharge included
  if (stay <= *r.newborn_days_not_counted) return 0;
  return std::min(stay - *r.newborn_days_not_counted, *r.newborn_max_extension_days);
}

}  // namespace

Date Calendar::last() const { return segments.back().days.last; }

Date Calendar::postnatal_last() const {
  for (const auto& s : segments)
    if (s.part == Part::postnatal) return s.days.last;
  return last();
}

Calendar plan(const LeaveRules& r, const LeaveFacts& f) {
  Calendar c;
  const Date e = f.expected;
  c.birth = f.delivery.value_or(e);
  c.planned = !f.delivery;
  c.earliest_start = e - r.prenatal_max_days;
  c.compulsory_from = e - r.compulsory_days;
  c.start_assumed = !f.leave_start;
  Date s = f.leave_start.value_or(std::min(c.compulsory_from, c.birth));
  if (s < c.earliest_start) {
    s = c.earliest_start;
    c.start_clamped = true;
  }
  c.start = std::min(s, c.birth);
  const DayRange before_birth{c.start, c.birth - 1};
  c.optional_used = overlap(before_birth, {c.earliest_start, c.compulsory_from - 1});
  c.compulsory_lost = r.compulsory_days - overlap(before_birth, {c.compulsory_from, e - 1});
  c.late_days = overlap(before_birth, {e, c.birth});
  c.carried_over = std::max(0, r.optional_days - c.optional_used);
  c.newborn_extension = newborn_extension(r, f, c.birth);

  append(c.segments, Part::prenatal, c.start, overlap(before_birth, {c.start, e - 1}));
  append(c.segments, Part::prenatal_late, std::max(c.start, e), c.late_days);
  Date next = append(c.segments, Part::postnatal, c.birth, r.postnatal_days);
  next = append(c.segments, Part::multiple_extension, next, r.extension_days);
  next = append(c.segments, Part::newborn_extension, next, c.newborn_extension);
  if (f.rest_at_homecoming && f.newborn_discharge && *f.newborn_discharge > next) next = *f.newborn_discharge;
  append(c.segments, Part::carried_over, next, c.carried_over);
  return c;
}

}  // namespace secu::rules::maternity

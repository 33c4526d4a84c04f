// The maternity rest's calendar: pure date arithmetic from the expected and the actual
// date of delivery (seed 004 ch. IV), with the figures already read from data/.
//
//   LeaveRules r{.prenatal_max_days = 42, .compulsory_days = 7, .optional_days = 35, .postnatal_days = 63};
//   Calendar c = plan(r, {.expected = 2013-06-20, .delivery = 2013-06-20, .leave_start = 2013-06-06});
//   // prenatal 06-06..06-19 (14 days: 7 optional used), postnatal 06-20..08-21 (63 days),
//   // carried over 08-22..09-18 (35 - 7 = 28 days): 105 days in all.
#pragma once

#include <optional>
#include <vector>

#include "core/date.h"

namespace secu::rules::maternity {

/// The figures of the rest, in calendar days (weeks × 7), as in force for this birth.
struct LeaveRules {
  int prenatal_max_days = 0;  // earliest start before the expected date (6 or 8 weeks)
  int compulsory_days = 0;    // the week before the expected date, not movable
  int optional_days = 0;      // the movable part of the prenatal rest (5 or 7 weeks)
  int postnatal_days = 0;     // the rest after the birth (9 weeks)
  int extension_days = 0;     // asked optional extension after a multiple birth
  std::optional<int> newborn_days_not_counted;    // first days of the newborn's stay that do not extend the rest
  std::optional<int> newborn_max_extension_days;  // longest extension for the newborn's stay
};

/// The facts of this birth the calendar depends on.
struct LeaveFacts {
  core::Date expected;
  std::optional<core::Date> delivery;          // unknown: planned on the expected date
  std::optional<core::Date> leave_start;       // unknown: the compulsory week
  std::optional<core::Date> newborn_discharge; // the newborn's stay from the birth
  bool rest_at_homecoming = false;             // carried-over days when the child comes home
};

/// What a stretch of the rest is.
enum class Part { prenatal, prenatal_late, postnatal, multiple_extension, newborn_extension, carried_over };

/// A stretch of the rest.
struct Segment {
  Part part;
  core::DayRange days;
};

/// The rest laid out on the calendar, with the counts that explain it.
struct Calendar {
  core::Date start;              // first day of the rest
  core::Date birth;              // the delivery, or the expected date when not yet born
  bool planned = false;          // not yet born
  bool start_assumed = false;    // no leave_start given
  bool start_clamped = false;    // leave_start was earlier than the law allows
  core::Date earliest_start;     // expected - prenatal_max_days
  core::Date compulsory_from;    // expected - compulsory_days: stop work by then
  int optional_used = 0;         // optional days taken before the birth
  int carried_over = 0;          // optional days moved after the birth
  int compulsory_lost = 0;       // days of the compulsory week not taken before the birth
  int late_days = 0;             // rest days from the expected date to the birth
  int newborn_extension = 0;     // days added for the newborn's hospital stay
  std::vector<Segment> segments;  // in date order, none empty

  /// The last day of the rest.
  core::Date last() const;
  /// The last day of the postnatal rest.
  core::Date postnatal_last() const;
  /// Day number in the rest (the first day is 1).
  int day_number(core::Date d) const { return (d - start) + 1; }
};

/// Lays out the rest. Reading of the seed: the six (eight) weeks are counted before the
/// expected date; the days from the expected date to a later birth extend the prenatal
/// rest without using them; only the optional weeks move after the birth, so days of the
/// compulsory week not taken before an early birth are lost.
Calendar plan(const LeaveRules& r, const LeaveFacts& f);

}  // namespace secu::rules::maternity

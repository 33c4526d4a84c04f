// The maternity rest's calendar, on dates worked out by hand (seed 004 ch. IV figures:
// 6 (8) weeks before the expected date at the earliest, 1 compulsory week, 5 (7) optional
// weeks, 9 weeks postnatal: 15 (17) weeks).
#include "rules/maternity/calendar.h"

#include <gtest/gtest.h>

namespace secu::rules::maternity {
namespace {

using core::Date;

Date d(const char* iso) { return *Date::parse(iso); }

LeaveRules rules(int prenatal_max, int optional) {
  LeaveRules r;
  r.prenatal_max_days = prenatal_max;
  r.compulsory_days = 7;
  r.optional_days = optional;
  r.postnatal_days = 63;
  return r;
}
const LeaveRules kSingle = rules(42, 35);
const LeaveRules kMultiple = rules(56, 49);

// The facts of a birth; "" leaves a date unknown.
LeaveFacts facts(const char* expected, const char* delivery = "", const char* start = "", const char* newborn_home = "",
                 bool at_homecoming = false) {
  LeaveFacts f;
  f.expected = d(expected);
  if (*delivery) f.delivery = d(delivery);
  if (*start) f.leave_start = d(start);
  if (*newborn_home) f.newborn_discharge = d(newborn_home);
  f.rest_at_homecoming = at_homecoming;
  return f;
}

struct Expected {
  Part part;
  const char* from;
  const char* to;
};

void expect_segments(const Calendar& c, std::initializer_list<Expected> want) {
  ASSERT_EQ(c.segments.size(), want.size());
  std::size_t i = 0;
  for (const auto& w : want) {
    EXPECT_EQ(c.segments[i].part, w.part) << i;
    EXPECT_EQ(c.segments[i].days.first, d(w.from)) << i;
    EXPECT_EQ(c.segments[i].days.last, d(w.to)) << i;
    ++i;
  }
}

int total_days(const Calendar& c) {
  int n = 0;
  for (const auto& s : c.segments) n += s.days.days();
  return n;
}

// Two weeks before the expected date (Thursday 20 June 2013): 7 optional days used, the
// other 28 carried over. Postnatal: 20 June + 62 days = 21 August. 14 + 63 + 28 = 105.
TEST(MaternityCalendar, TwoWeeksBeforeCarriesTheRestOver) {
  Calendar c = plan(kSingle, facts("2013-06-20", "2013-06-20", "2013-06-06"));
  EXPECT_EQ(c.earliest_start, d("2013-05-09"));   // 20 June - 42 days
  EXPECT_EQ(c.compulsory_from, d("2013-06-13"));  // 20 June - 7 days
  EXPECT_EQ(c.optional_used, 7);
  EXPECT_EQ(c.carried_over, 28);
  EXPECT_EQ(c.compulsory_lost, 0);
  expect_segments(c, {{Part::prenatal, "2013-06-06", "2013-06-19"},
                      {Part::postnatal, "2013-06-20", "2013-08-21"},
                      {Part::carried_over, "2013-08-22", "2013-09-18"}});
  EXPECT_EQ(total_days(c), 105);
  EXPECT_EQ(c.day_number(d("2013-07-05")), 30);
  EXPECT_EQ(c.day_number(d("2013-07-06")), 31);
}

// Six weeks before is the earliest start; a day earlier is moved to that day.
TEST(MaternityCalendar, SixWeeksBeforeIsTheEarliestStart) {
  Calendar six = plan(kSingle, facts("2013-06-20", "2013-06-20", "2013-05-09"));
  EXPECT_FALSE(six.start_clamped);
  EXPECT_EQ(six.optional_used, 35);
  EXPECT_EQ(six.carried_over, 0);
  expect_segments(six, {{Part::prenatal, "2013-05-09", "2013-06-19"}, {Part::postnatal, "2013-06-20", "2013-08-21"}});
  EXPECT_EQ(total_days(six), 105);

  Calendar earlier = plan(kSingle, facts("2013-06-20", "2013-06-20", "2013-05-08"));
  EXPECT_TRUE(earlier.start_clamped);
  EXPECT_EQ(earlier.start, d("2013-05-09"));
  EXPECT_EQ(total_days(earlier), 105);
}

// Multiple birth: 8 weeks before at the earliest (20 June - 56 days = 25 April), 7
// optional weeks: 56 + 63 = 119 days = 17 weeks; a day earlier is moved.
TEST(MaternityCalendar, MultipleBirthEightWeeks) {
  Calendar c = plan(kMultiple, facts("2013-06-20", "2013-06-20", "2013-04-25"));
  EXPECT_FALSE(c.start_clamped);
  EXPECT_EQ(c.optional_used, 49);
  expect_segments(c, {{Part::prenatal, "2013-04-25", "2013-06-19"}, {Part::postnatal, "2013-06-20", "2013-08-21"}});
  EXPECT_EQ(total_days(c), 119);
  Calendar earlier = plan(kMultiple, facts("2013-06-20", "2013-06-20", "2013-04-24"));
  EXPECT_TRUE(earlier.start_clamped);
  // With the compulsory week only, 49 days are carried over: 7 + 63 + 49 = 119.
  Calendar late_start = plan(kMultiple, facts("2013-06-20", "2013-06-20"));
  EXPECT_EQ(late_start.carried_over, 49);
  EXPECT_EQ(total_days(late_start), 119);
}

// Born 5 days late (25 June): the prenatal rest runs to 24 June without using optional
// days; postnatal 25 June + 62 = 26 August; 35 days carried to 30 September. 110 days.
TEST(MaternityCalendar, LateBirthExtendsThePrenatalRest) {
  Calendar c = plan(kSingle, facts("2013-06-20", "2013-06-25", "2013-06-13"));
  EXPECT_EQ(c.late_days, 5);
  EXPECT_EQ(c.carried_over, 35);
  expect_segments(c, {{Part::prenatal, "2013-06-13", "2013-06-19"},
                      {Part::prenatal_late, "2013-06-20", "2013-06-24"},
                      {Part::postnatal, "2013-06-25", "2013-08-26"},
                      {Part::carried_over, "2013-08-27", "2013-09-30"}});
  EXPECT_EQ(total_days(c), 110);
}

// Born 3 days early (17 June) after stopping on 13 June: 4 days taken, 3 days of the
// compulsory week lost; the 35 optional days are carried over. 4 + 63 + 35 = 102.
TEST(MaternityCalendar, EarlyBirthLosesTheCompulsoryDaysNotTaken) {
  Calendar c = plan(kSingle, facts("2013-06-20", "2013-06-17", "2013-06-13"));
  EXPECT_EQ(c.compulsory_lost, 3);
  EXPECT_EQ(c.carried_over, 35);
  expect_segments(c, {{Part::prenatal, "2013-06-13", "2013-06-16"},
                      {Part::postnatal, "2013-06-17", "2013-08-18"},
                      {Part::carried_over, "2013-08-19", "2013-09-22"}});
  EXPECT_EQ(total_days(c), 102);
}

// Born on 10 June, before the planned start: no prenatal days, the compulsory week lost.
TEST(MaternityCalendar, BirthBeforeTheRestBegins) {
  Calendar c = plan(kSingle, facts("2013-06-20", "2013-06-10", "2013-06-13"));
  EXPECT_EQ(c.start, d("2013-06-10"));
  EXPECT_EQ(c.compulsory_lost, 7);
  expect_segments(c, {{Part::postnatal, "2013-06-10", "2013-08-11"}, {Part::carried_over, "2013-08-12", "2013-09-15"}});
}

// Not born yet, no start given: planned from the compulsory week on the expected date.
TEST(MaternityCalendar, PlannedOnTheExpectedDate) {
  Calendar c = plan(kSingle, facts("2013-06-20"));
  EXPECT_TRUE(c.planned);
  EXPECT_TRUE(c.start_assumed);
  expect_segments(c, {{Part::prenatal, "2013-06-13", "2013-06-19"},
                      {Part::postnatal, "2013-06-20", "2013-08-21"},
                      {Part::carried_over, "2013-08-22", "2013-09-25"}});
}

// Newborn in hospital from 1 March 2024: 18 days (to 18 March) extend the rest by
// 18 - 7 = 11 days after the postnatal rest (1 March + 62 = 2 May): 3 to 13 May.
// 7 days: no extension; 8 days: 1 day.
TEST(MaternityCalendar, NewbornHospitalStayExtendsTheRest) {
  LeaveRules r = kSingle;
  r.newborn_days_not_counted = 7;
  r.newborn_max_extension_days = 168;
  Calendar c = plan(r, facts("2024-03-01", "2024-03-01", "2024-02-23", "2024-03-18"));
  EXPECT_EQ(c.newborn_extension, 11);
  expect_segments(c, {{Part::prenatal, "2024-02-23", "2024-02-29"},
                      {Part::postnatal, "2024-03-01", "2024-05-02"},
                      {Part::newborn_extension, "2024-05-03", "2024-05-13"},
                      {Part::carried_over, "2024-05-14", "2024-06-17"}});
  EXPECT_EQ(plan(r, facts("2024-03-01", "2024-03-01", "", "2024-03-07")).newborn_extension, 0);
  EXPECT_EQ(plan(r, facts("2024-03-01", "2024-03-01", "", "2024-03-08")).newborn_extension, 1);
  // 400 days in hospital: at most 24 weeks = 168 days.
  EXPECT_EQ(plan(r, facts("2024-03-01", "2024-03-01", "", "2025-04-04")).newborn_extension, 168);
}

// Carried-over days taken when the child comes home (1 June 2024): 1 June to 5 July.
TEST(MaternityCalendar, CarriedOverDaysWhenTheChildComesHome) {
  Calendar c = plan(kSingle, facts("2024-03-01", "2024-03-01", "2024-02-23", "2024-06-01", true));
  expect_segments(c, {{Part::prenatal, "2024-02-23", "2024-02-29"},
                      {Part::postnatal, "2024-03-01", "2024-05-02"},
                      {Part::carried_over, "2024-06-01", "2024-07-05"}});
}

// A multiple-birth extension of 2 weeks comes right after the postnatal rest.
TEST(MaternityCalendar, MultipleBirthExtension) {
  LeaveRules r = kMultiple;
  r.extension_days = 14;
  Calendar c = plan(r, facts("2013-06-20", "2013-06-20", "2013-04-25"));
  expect_segments(c, {{Part::prenatal, "2013-04-25", "2013-06-19"},
                      {Part::postnatal, "2013-06-20", "2013-08-21"},
                      {Part::multiple_extension, "2013-08-22", "2013-09-04"}});
  EXPECT_EQ(total_days(c), 133);  // 19 weeks
}

}  // namespace
}  // namespace secu::rules::maternity

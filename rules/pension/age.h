// When the retirement pension may start (seed 004 ch. VI; later ages in data/):
// "Normal retirement age for men and women is 65" (66 for pensions starting from
// 2025-02-01, 67 from 2030-02-01); "an early retirement pension on reaching the age of
// 60.5, provided they have completed 38 years of professional activity" (2025: 60 with 44
// career years, 61-62 with 43, 63 and over with 42); "miners, seamen and aircrew of civil
// aviation ... can retire earlier" (their ages are not in secu's data: cannot tell); under
// unemployment with company supplement, not "before the age of 65".
//
// The normal pension starts on the first day of the month following the month in which
// the age is reached (pension.start.first_day_of_next_month, a municipal page; the guide
// says only "on reaching the age"). The age in force is the one for a pension starting on
// that first day, so the normal age of a person is the lowest age A such that the legal age
// for a pension starting on the first of the month after they reach A is at most A: born
// 1959-12-31, 65 on 2024-12-31, a pension from 2025-01-01 at 65; born 1960-01-01, 65 would
// start on 2025-02-01, when the age is 66: 66, a pension from 2026-02-01. A start asked
// before that first day is an early claim (the early pension's own start is the day asked).
//
//   SECU_TRY(auto when, pension_start(person, claim, b));   // nullopt: law not covered
//   SECU_TRY(Check ok, may_start(person, *when, b));
#pragma once

#include <optional>

#include "core/date.h"
#include "core/result.h"
#include "rules/context.h"
#include "rules/pension/figures.h"
#include "rules/situation.h"

namespace secu::rules::pension {

/// When the pension starts and on which ground.
struct Start {
  core::Date normal;      // the normal start: the first day of the month after the normal age is reached
  int normal_months = 0;  // the normal age, in months
  core::Date start;       // the requested start, else `normal`
  bool early = false;     // start before `normal`
};

/// The normal pension age and the start of the claim (the person's birth date is known);
/// nullopt, with the gap recorded, when data/ does not cover those dates.
core::Result<std::optional<Start>> pension_start(const Person& p, const PensionClaim& c, DecisionBuilder& b);

/// Whether the pension may start on `s.start`: the normal age reached, or the conditions of
/// the early pension (age, career years), the company-supplement age and special schemes.
core::Result<Check> may_start(const Person& p, const Start& s, DecisionBuilder& b);

/// The first day of a pension for an age reached on `reached`: the first day of the next
/// month where data/ says so (pension.start.first_day_of_next_month, a municipal page; the
/// seed says only "on reaching the age"), else the day itself. Also the first day without
/// invalidity benefit (rules/invalidity/). `cite`: add the reason with its source.
core::Result<core::Date> first_pension_day(core::Date reached, DecisionBuilder& b, bool cite);

/// The normal start found for an age parameter (pension.age.legal, or an age that ends
/// another benefit with the pension).
struct NormalStart {
  core::Date day;                    // the first pension day
  core::Date reached;                // the day the age is reached
  int months = 0;                    // the age, in months
  const law::Entry* entry = nullptr;  // the age's entry in data/, for a reason citing it
};

/// For a person born on `birth`: the lowest age A such that the age `age_id` in force on the
/// first pension day after reaching A (first_pension_day) is at most A, and that day; nullopt,
/// with the gap recorded, when data/ does not cover those dates. No reason is added.
core::Result<std::optional<NormalStart>> normal_start(core::Date birth, std::string_view age_id, DecisionBuilder& b);

using rules::both;

}  // namespace secu::rules::pension

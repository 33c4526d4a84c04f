// Seed 004 ch. IX, "Age limit": "Up to 31 August of the calendar year in which a child
// reaches the age of 18, entitlement to family benefits is not subject to any condition
// regarding the pursuit of education. After that, family benefits can be granted for
// children: up to the age of 25, if they have a recognised apprenticeship contract; up to
// the age of 21, if they suffer from a complaint [...]; up to the age of 25, for students
// [...]; up to the age of 25, for those who have finished their studies [...] and have
// registered as job-seekers, but only for a maximum of 360 days after completion".
// "Up to the age of N" is read as: until the day before the Nth birthday.
#include "rules/family_benefits/age_limit.h"

#include <algorithm>
#include <tuple>

#include "rules/family_benefits/common.h"

namespace secu::rules::family_benefits {

using core::Date;
using explain::Message;

namespace {

// The day before the birthday of `age` years.
Date day_before_birthday(Date birth, std::int64_t age) {
  return core::add_years(birth, static_cast<int>(age), core::EndOfMonth::next_day) - 1;
}

// Up to the day before the birthday of the parameter's age, with its reason.
core::Result<Date> until_age(Date birth, const char* id, const char* key, Date on, DecisionBuilder& b) {
  SECU_TRY(std::int64_t age, b.integer(id, on));
  const Date last = day_before_birthday(birth, age);
  const auto* entry = b.ctx().law.params().find(id)->entry_at(on);
  b.reason_from(*entry, id, Message{key, {{"age", age}, {"date", last}}});
  return last;
}

}  // namespace

core::Result<std::optional<RightEnd>> right_end(const Person& child, const ChildClaim& c, Date on, DecisionBuilder& b) {
  const Date birth = *child.birth_date;
  SECU_TRY(std::int64_t age, b.integer("family.age_limit.unconditional_age", on));
  SECU_TRY(std::int64_t month, b.integer_in("family.age_limit.unconditional_end_date", on, "month"));
  SECU_TRY(std::int64_t day, b.integer_in("family.age_limit.unconditional_end_date", on, "day"));
  SECU_TRY(Date uncond, Date::from_ymd(birth.year() + static_cast<int>(age), static_cast<unsigned>(month), static_cast<unsigned>(day)));
  const auto* entry = b.ctx().law.params().find("family.age_limit.unconditional_age")->entry_at(on);
  b.reason_from(*entry, "family.age_limit.unconditional_age", Message{"family_benefits.reason.unconditional", {{"age", age}, {"date", uncond}}});
  RightEnd end{uncond, uncond};
  bool any_unknown = false;
  if (c.apprentice.value_or(false)) {
    SECU_TRY(Date d, until_age(birth, "family.age_limit.apprentice", "family_benefits.reason.apprentice", on, b));
    end.last_day = std::max(end.last_day, d);
  }
  if (c.student.value_or(false)) {
    SECU_TRY(Date d, until_age(birth, "family.age_limit.student", "family_benefits.reason.student", on, b));
    end.last_day = std::max(end.last_day, d);
  }
  if (c.disabled.value_or(false)) {
    SECU_TRY(Date d, until_age(birth, "family.age_limit.disabled_child", "family_benefits.reason.disabled_child", on, b));
    end.last_day = std::max(end.last_day, d);
  }
  if (c.job_seeker.value_or(false)) {
    if (!c.studies_ended) {
      b.missing(c.pointer("/studies_ended"), msg("question.family_benefits.studies_ended"));
      any_unknown = true;
    } else {
      SECU_TRY(std::int64_t days, b.integer("family.age_limit.job_seeker_max_days", on));
      SECU_TRY(std::int64_t limit, b.integer("family.age_limit.job_seeker", on));
      const Date last = std::min(*c.studies_ended + static_cast<std::int32_t>(days), day_before_birthday(birth, limit));
      const auto* e = b.ctx().law.params().find("family.age_limit.job_seeker_max_days")->entry_at(on);
      b.reason_from(*e, "family.age_limit.job_seeker_max_days",
                    Message{"family_benefits.reason.job_seeker", {{"days", days}, {"age", limit}, {"ended", *c.studies_ended}, {"date", last}}});
      end.last_day = std::max(end.last_day, last);
    }
  }
  if (on <= end.last_day) return std::optional<RightEnd>(end);
  // Past every known ground: ask what is not known.
  for (const auto& [fact, ptr, question] :
       {std::tuple{c.apprentice, "/apprentice", "question.family_benefits.apprentice"}, {c.student, "/student", "question.family_benefits.student"},
        {c.job_seeker, "/job_seeker", "question.family_benefits.job_seeker"}, {c.disabled, "/disabled", "question.family_benefits.disabled"}}) {
    if (fact) continue;
    b.missing(c.pointer(ptr), msg(question));
    any_unknown = true;
  }
  if (any_unknown) return std::optional<RightEnd>{};
  return std::optional<RightEnd>(end);
}

}  // namespace secu::rules::family_benefits

// The accidents-at-work and occupational-diseases branch (seed 004 ch. VIII): the cover or
// the recognition first; the benefits only when it is granted (a question about the cover
// comes before any about the benefits).
#include "rules/work_accidents/work_accidents.h"

#include "rules/work_accidents/capital.h"
#include "rules/work_accidents/cover.h"
#include "rules/work_accidents/death.h"
#include "rules/work_accidents/healthcare.h"
#include "rules/work_accidents/permanent.h"
#include "rules/work_accidents/recognition.h"
#include "rules/work_accidents/temporary.h"
#include "rules/work_accidents/third_party.h"

namespace secu::rules::work_accidents {

namespace {

using Decisions = std::vector<explain::Decision>;

core::Status add(core::Result<std::optional<explain::Decision>> d, Decisions& out) {
  if (!d) return std::unexpected(d.error());
  if (*d) out.push_back(std::move(**d));
  return {};
}

// The benefits both schemes share, in the order of the victim's story.
core::Status benefits(const Situation& sit, const Scheme& s, const WorkAccident* a, const std::optional<AccidentPeriod>& preventive,
                      Decisions& out) {
  SECU_RETURN_IF_ERROR(add(temporary_decision(s, preventive), out));
  SECU_RETURN_IF_ERROR(add(permanent_decision(s, a), out));
  if (a) SECU_RETURN_IF_ERROR(add(capital_decision(s, *a), out));
  SECU_RETURN_IF_ERROR(add(third_party_decision(s), out));
  SECU_TRY(explain::Decision care, healthcare_decision(s));
  out.push_back(std::move(care));
  SECU_TRY(Decisions death, death_decisions(sit, s));
  for (auto& d : death) out.push_back(std::move(d));
  return {};
}

}  // namespace

core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx) {
  Decisions out;
  for (const WorkAccident& a : s.work_accidents) {
    const Person* victim = s.person(a.person);
    if (!victim) continue;  // the reader checked the person exists
    SECU_TRY(explain::Decision cover, cover_decision(*victim, a, ctx));
    const bool covered = cover.status == explain::Status::entitled;
    out.push_back(std::move(cover));
    if (covered) SECU_RETURN_IF_ERROR(benefits(s, accident_scheme(a, ctx), &a, std::nullopt, out));
  }
  for (const OccupationalDisease& d : s.occupational_diseases) {
    const Person* victim = s.person(d.person);
    if (!victim) continue;
    SECU_TRY(explain::Decision recognition, recognition_decision(*victim, d, ctx));
    const bool recognised = recognition.status == explain::Status::entitled;
    out.push_back(std::move(recognition));
    if (recognised) SECU_RETURN_IF_ERROR(benefits(s, disease_scheme(d, ctx), nullptr, d.preventive_cessation, out));
  }
  return out;
}

}  // namespace secu::rules::work_accidents

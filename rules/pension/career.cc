#include "rules/pension/career.h"

#include <fmt/format.h>

namespace secu::rules::pension {

std::vector<const CareerYear*> career_years(const std::vector<CareerYear>& career, int last_year, std::optional<int> min_days) {
  std::vector<const CareerYear*> out;
  for (const auto& y : career)
    if (y.year <= last_year && y.days > 0 && y.days >= min_days.value_or(1)) out.push_back(&y);
  return out;
}

std::int64_t days_worked(const std::vector<CareerYear>& career, int last_year) {
  std::int64_t days = 0;
  for (const auto& y : career)
    if (y.year <= last_year && y.kind == CareerKind::work) days += y.days;
  return days;
}

namespace {
const char* kind_name(CareerKind k) {
  switch (k) {
    case CareerKind::work: return "work";
    case CareerKind::paid_leave: return "paid leave";
    case CareerKind::assimilated_sickness: return "sickness (assimilated)";
    case CareerKind::assimilated_unemployment: return "unemployment (assimilated)";
  }
  return "?";
}
}  // namespace

void trace_career(const std::vector<CareerYear>& career, int last_year, core::Rate rate, std::int64_t full, DecisionBuilder& b) {
  for (const auto& y : career) {
    if (y.year > last_year) {
      b.step(fmt::format("career.{}", y.year), "after the pension start: not counted");
      continue;
    }
    const std::string share = y.earnings && y.days > 0
        ? ", share " + y.earnings->times(rate, core::kTenThousandthHalfUp).mul_div(1, full, core::kCentHalfUp).text() : std::string();
    b.step(fmt::format("career.{}", y.year), fmt::format("{}, {} days, earnings {}{}", kind_name(y.kind), y.days,
                                                         y.earnings ? y.earnings->text() : std::string("unknown"), share));
  }
}

}  // namespace secu::rules::pension

// The lump-sum allowance for the help of a third person (seed 004 ch. V): "a supplement
// granted to the person who is incapacitated for work, at the earliest from the fourth
// month of incapacity; this amounts to € 20.00" (per day: chapter XII gives the same
// allowance as "€ 20.00 per day").
//
// It runs from the later of the first day of the fourth month and the day the need of help
// is recognised, to the end of that need, of the incapacity, or the day before the
// retirement age. Beyond the first year it follows the invalidity benefit: not paid when
// the invalidity is not recognised, "cannot tell" while that is not known.
#include <algorithm>

#include "rules/invalidity/invalidity.h"
#include "rules/sickness/benefit.h"
#include "rules/sickness/employer.h"

namespace secu::rules::invalidity {

using core::Date;
using core::DayRange;
using explain::Decision;
using explain::Message;
using explain::Status;

namespace {

constexpr const char* kAmount = "invalidity.third_party_allowance.daily_amount";
constexpr const char* kFromMonth = "invalidity.third_party_allowance.from_month";

core::Result<std::vector<explain::Period>> periods(const Person& p, DayRange days, DecisionBuilder& b) {
  std::vector<Date> cuts = sickness::change_dates(b.ctx().law.params(), {kAmount}, days);
  return sickness::segments(days, std::move(cuts), sickness::fund_of(p), [&](Date d) -> core::Result<sickness::DayAmount> {
    auto amount = b.money(kAmount, d);
    if (amount) return sickness::DayAmount{*amount, false, msg("basis.third_party_help")};
    SECU_RETURN_IF_ERROR(b.law_gap(amount.error(), d));
    return sickness::DayAmount{std::nullopt, false, msg("basis.invalidity_no_law")};
  });
}

}  // namespace

core::Result<std::optional<Decision>> third_party_help(const Person& p, const Incapacity& inc, Date handover, const Context& ctx) {
  if (!inc.third_party_help_from) return std::optional<Decision>{};
  DecisionBuilder b(ctx, "invalidity.third_party_help", p.id);
  b.institution(sickness::fund_of(p));
  SECU_TRY(auto month, ctx.law.params().integer(kFromMonth, inc.start));
  const Date earliest = core::add_months(inc.start, static_cast<int>(month.value) - 1, core::EndOfMonth::clamp);
  b.reason_from(*month.entry, kFromMonth, Message{"invalidity.reason.third_party_from", {{"month", month.value}, {"from", earliest}}});
  const Date first = std::max(earliest, *inc.third_party_help_from);

  std::optional<Date> last = inc.third_party_help_until;
  if (inc.end) last = last ? std::min(*last, *inc.end) : *inc.end;
  const auto cut = [&](Date d) { last = last ? std::min(*last, d) : d; };
  bool asked = false;
  if (!last || *last >= handover) {  // beyond the first year it follows the invalidity benefit
    SECU_TRY(std::optional<Date> retired, retirement_day(p, b));
    if (retired) cut(*retired - 1);
    if (inc.invalidity_recognised == false) cut(handover - 1);
    if (!inc.invalidity_recognised && (!last || *last >= handover)) {
      b.missing(inc.pointer("/invalidity_recognised"), msg("question.invalidity_recognised"));
      asked = true;
    }
    if (!retired && !p.birth_date) asked = true;
  }
  if (last && *last < first)
    return std::optional<Decision>(b.finish(Status::not_entitled, Message{"invalidity.summary.third_party_too_early", {{"from", earliest}}}));
  SECU_TRY(auto ps, periods(p, {first, last.value_or(first)}, b));
  if (!last) ps.back().open_end = true;
  b.decision().schedule = std::move(ps);
  for (const auto& pd : b.decision().schedule)
    if (pd.amount_known) {
      b.decision().amounts.push_back({"third_party_help", msg("amount.third_party_help"), pd.amount, explain::Per::day});
      break;
    }
  if (asked) return std::optional<Decision>(b.finish(Status::cannot_tell, msg("invalidity.summary.cannot_tell")));
  return std::optional<Decision>(b.finish(Status::entitled, Message{"invalidity.summary.third_party", {{"from", first}}}));
}

}  // namespace secu::rules::invalidity

// appeals.h: appeals against stored decisions, the deadline from the appeals rule.
#include "fund/appeals.h"

#include <nlohmann/json.hpp>

#include "fund/audit.h"
#include "fund/decisions.h"
#include "fund/members.h"
#include "rules/appeals/appeal.h"
#include "store/migrations.h"

namespace secu::fund {
namespace {

namespace st = store;
using core::ErrorCode;
using core::fail;
using nlohmann::json;

constexpr std::string_view kAppealColumns =
    "SELECT a.id, a.decision_id, d.member_id, m.niss, a.notified_on, a.lodged_on, a.deadline, a.in_time, a.court, "
    "a.status, a.outcome_on, a.recorded_at "
    "FROM appeals a JOIN decisions d ON d.id = a.decision_id LEFT JOIN members m ON m.id = d.member_id ";

core::Result<Appeal> read_appeal(const st::Row& r) {
  Appeal a;
  SECU_TRY(a.id, r.int64(0));
  SECU_TRY(a.decision_id, r.int64(1));
  if (!r.is_null(2)) {
    SECU_TRY(a.member_id, r.int64(2));
    SECU_TRY(a.niss, r.text(3));
  }
  SECU_TRY(a.lodged_on, r.date(5));
  a.notified_on = a.lodged_on;  // rows written before migration 7 have no notification date
  if (!r.is_null(4)) {
    SECU_TRY(a.notified_on, r.date(4));
  }
  SECU_TRY(a.deadline, r.date(6));
  a.in_time = a.lodged_on <= a.deadline;
  if (!r.is_null(7)) {
    SECU_TRY(std::int64_t in_time, r.int64(7));
    a.in_time = in_time != 0;
  }
  if (!r.is_null(8)) {
    SECU_TRY(a.court, r.text(8));
  }
  SECU_TRY(a.status, r.text(9));
  if (!r.is_null(10)) {
    SECU_TRY(a.outcome_on, r.date(10));
  }
  if (!r.is_null(11)) {
    SECU_TRY(a.recorded_at, r.text(11));
  }
  return a;
}

core::Result<std::vector<Appeal>> appeals_where(st::Database& db, std::string_view where, st::Value key) {
  SECU_TRY(st::Rows rows, db.query(std::string(kAppealColumns) + std::string(where) + " ORDER BY a.id", {std::move(key)}));
  std::vector<Appeal> out;
  for (const st::Row& r : rows) {
    SECU_TRY(Appeal a, read_appeal(r));
    out.push_back(std::move(a));
  }
  return out;
}

std::string subject(std::int64_t id) { return "appeal:" + std::to_string(id); }

// The day a decision was taken: the date part of its UTC timestamp.
core::Result<core::Date> decided_on(const StoredDecision& d) {
  auto day = core::Date::parse(std::string_view(d.decided_at).substr(0, 10));
  if (!day) return fail(ErrorCode::internal, "decision " + std::to_string(d.id) + " has no valid date", "decided_at");
  return *day;
}

}  // namespace

core::Result<AppealTerms> appeal_terms(const law::LawData& law, core::Date notified_on) {
  // The rule sets the appeal of each decision it is given, counted from the context's date.
  std::vector<explain::Decision> one(1);
  const rules::Context ctx{.law = law, .at = notified_on};
  SECU_RETURN_IF_ERROR(rules::appeals::add_appeal(one, ctx));
  const auto& appeal = one.front().appeal;
  if (!appeal || !appeal->deadline)
    return fail(ErrorCode::out_of_range, "the law data has no appeal deadline for a notification on " + notified_on.iso(),
                "notified_on");
  AppealTerms out{.deadline = *appeal->deadline, .months = 0, .court = appeal->institution};
  for (const explain::Arg& a : appeal->text.args)
    if (const auto* n = std::get_if<std::int64_t>(&a.value); n && a.name == "months") out.months = *n;
  return out;
}

core::Result<Appeal> record_appeal(st::Database& db, const law::LawData& law, const AppealInput& in, std::string_view who) {
  std::int64_t id = 0;
  const core::Status done = db.transaction([&](st::Database& tx) -> core::Status {
    auto decision = find_decision(tx, in.decision_id);
    if (!decision) {
      core::Error e = decision.error();
      if (e.code == ErrorCode::not_found) e.field = "decision_id";
      return std::unexpected(std::move(e));
    }
    core::Date notified{};
    if (in.notified_on) {
      notified = *in.notified_on;
    } else {
      SECU_TRY(notified, decided_on(*decision));
    }
    if (in.lodged_on < notified)
      return fail(ErrorCode::invalid_argument,
                  "expected a date on or after the notification (" + notified.iso() + ")", "lodged_on");
    SECU_TRY(AppealTerms terms, appeal_terms(law, notified));
    const bool in_time = in.lodged_on <= terms.deadline;
    SECU_TRY(st::Rows rows,
             tx.query("INSERT INTO appeals (decision_id, lodged_on, deadline, status, notified_on, in_time, court, recorded_at) "
                      "VALUES ($1, $2, $3, 'lodged', $4, $5, $6, $7) RETURNING id",
                      {st::int64(in.decision_id), st::date(in.lodged_on), st::date(terms.deadline), st::date(notified),
                       st::int64(in_time ? 1 : 0), st::text(terms.court), st::text(st::now_utc())}));
    SECU_TRY(id, rows.at(0).int64(0));
    return audit(tx, who, "appeal.record", subject(id),
                 {{"decision_id", in.decision_id}, {"notified_on", notified.iso()}, {"lodged_on", in.lodged_on.iso()},
                  {"deadline", terms.deadline.iso()}, {"in_time", in_time}, {"court", terms.court}});
  });
  SECU_RETURN_IF_ERROR(done);
  return find_appeal(db, id);
}

core::Result<Appeal> record_outcome(st::Database& db, std::int64_t appeal_id, const OutcomeInput& in, std::string_view who) {
  if (in.outcome != "upheld" && in.outcome != "dismissed" && in.outcome != "withdrawn")
    return fail(ErrorCode::invalid_argument, "expected upheld, dismissed or withdrawn", "outcome");
  const core::Status done = db.transaction([&](st::Database& tx) -> core::Status {
    SECU_TRY(Appeal a, find_appeal(tx, appeal_id));
    if (in.decided_on < a.lodged_on)
      return fail(ErrorCode::invalid_argument, "expected a date on or after the appeal (" + a.lodged_on.iso() + ")",
                  "decided_on");
    SECU_TRY(st::Rows updated, tx.query("UPDATE appeals SET status = $2, outcome_on = $3 WHERE id = $1 AND status = 'lodged' "
                                     "RETURNING id",
                                     {st::int64(appeal_id), st::text(in.outcome), st::date(in.decided_on)}));
    if (updated.empty())
      return fail(ErrorCode::failed_precondition, "appeal " + std::to_string(appeal_id) + " is already " + a.status, "status");
    return audit(tx, who, "appeal.outcome", subject(appeal_id),
                 {{"outcome", in.outcome}, {"decided_on", in.decided_on.iso()}, {"decision_id", a.decision_id}});
  });
  SECU_RETURN_IF_ERROR(done);
  return find_appeal(db, appeal_id);
}

core::Result<Appeal> find_appeal(st::Database& db, std::int64_t id) {
  SECU_TRY(auto found, appeals_where(db, "WHERE a.id = $1", st::int64(id)));
  if (found.empty()) return fail(ErrorCode::not_found, "no appeal " + std::to_string(id), "appeal_id");
  return found.front();
}

core::Result<std::vector<Appeal>> member_appeals(st::Database& db, std::string_view niss) {
  SECU_TRY(Member m, find_member(db, niss));
  return appeals_where(db, "WHERE d.member_id = $1", st::int64(m.id));
}

core::Result<std::vector<Appeal>> decision_appeals(st::Database& db, std::int64_t decision_id) {
  auto decision = find_decision(db, decision_id);
  if (!decision) {
    core::Error e = decision.error();
    if (e.code == ErrorCode::not_found) e.field = "decision_id";
    return std::unexpected(std::move(e));
  }
  return appeals_where(db, "WHERE a.decision_id = $1", st::int64(decision_id));
}

json to_json(const Appeal& a, const law::LawData& law) {
  json court = {{"id", a.court}};
  if (const law::Institution* i = law.institution(a.court))
    court["name"] = {{"en", i->name_in(core::Lang::en)}, {"fr", i->name_in(core::Lang::fr)}, {"nl", i->name_in(core::Lang::nl)}};
  return {{"id", a.id},
          {"decision_id", a.decision_id},
          {"member_niss", a.niss.empty() ? json(nullptr) : json(a.niss)},
          {"notified_on", a.notified_on.iso()},
          {"lodged_on", a.lodged_on.iso()},
          {"deadline", a.deadline.iso()},
          {"in_time", a.in_time},
          {"court", std::move(court)},
          {"status", a.status},
          {"outcome_on", a.outcome_on ? json(a.outcome_on->iso()) : json(nullptr)},
          {"recorded_at", a.recorded_at.empty() ? json(nullptr) : json(a.recorded_at)}};
}

}  // namespace secu::fund

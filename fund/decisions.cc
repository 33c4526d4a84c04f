// decisions.h: the fund's decisions, append-only, with their explanation and parameter versions.
#include "fund/decisions.h"

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "explain/render.h"
#include "store/migrations.h"

namespace secu::fund {

using core::ErrorCode;
using core::fail;
namespace st = store;

namespace {

constexpr std::string_view kColumns =
    "SELECT id, subject, member_id, benefit, status, decided_at, as_of, explanation, parameter_versions, "
    "supersedes FROM decisions ";

// The explanation in every language the catalogs have, with the trace, so that a clerk
// reads a kept decision in their own language later.
std::string explanation_of(const explain::Decision& d, const law::LawData& law, const explain::Catalog& catalog) {
  nlohmann::json out = nlohmann::json::object();
  for (core::Lang lang : {core::Lang::en, core::Lang::fr, core::Lang::nl})
    out[std::string(core::to_string(lang))] = explain::to_json(d, {catalog, law, lang, true});
  return out.dump();
}

core::Result<StoredDecision> read(const st::Row& r) {
  StoredDecision d;
  SECU_TRY(d.id, r.int64(0));
  SECU_TRY(d.subject, r.text(1));
  SECU_TRY(d.member_id, r.optional_int64(2));
  SECU_TRY(d.benefit, r.text(3));
  SECU_TRY(d.status, r.text(4));
  SECU_TRY(d.decided_at, r.text(5));
  SECU_TRY(d.as_of, r.date(6));
  SECU_TRY(d.explanation, r.text(7));
  SECU_TRY(d.parameter_versions, r.text(8));
  SECU_TRY(d.supersedes, r.optional_int64(9));
  return d;
}

core::Result<std::vector<StoredDecision>> read_all(const st::Rows& rows) {
  std::vector<StoredDecision> out;
  for (const st::Row& r : rows) {
    SECU_TRY(StoredDecision d, read(r));
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace

nlohmann::json parameter_versions(const explain::Decision& d) {
  std::set<std::pair<std::string, std::string>> seen;
  nlohmann::json out = nlohmann::json::array();
  for (const explain::TraceStep& t : d.trace) {
    if (t.parameter.empty()) continue;
    std::string since = t.since ? t.since->iso() : "";
    if (!seen.emplace(t.parameter, since).second) continue;
    out.push_back({{"parameter", t.parameter}, {"since", since.empty() ? nlohmann::json() : nlohmann::json(since)},
                   {"source", t.source}});
  }
  return out;
}

core::Result<std::int64_t> record_decision(st::Database& db, const law::LawData& law, const explain::Catalog& catalog,
                                           const DecisionKey& key, const explain::Decision& d) {
  if (key.subject.empty()) return fail(ErrorCode::invalid_argument, "expected the decision's subject", "subject");
  SECU_TRY(st::Rows rows,
           db.query("INSERT INTO decisions (subject, member_id, benefit, status, decided_at, as_of, explanation, "
                    "parameter_versions, supersedes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                    {st::text(key.subject), st::optional(key.member_id, st::int64), st::text(d.benefit),
                     st::text(std::string(explain::to_string(d.status))), st::text(st::now_utc()),
                     st::date(key.as_of), st::text(explanation_of(d, law, catalog)),
                     st::text(parameter_versions(d).dump()), st::optional(key.supersedes, st::int64)}));
  return rows.at(0).int64(0);
}

core::Result<StoredDecision> find_decision(st::Database& db, std::int64_t id) {
  SECU_TRY(st::Rows rows, db.query(std::string(kColumns) + "WHERE id = $1", {st::int64(id)}));
  if (rows.empty()) return fail(ErrorCode::not_found, "no decision " + std::to_string(id), "decision_id");
  return read(rows.at(0));
}

core::Result<std::vector<StoredDecision>> decision_history(st::Database& db, std::string_view subject,
                                                           std::string_view as_of_timestamp) {
  // Timestamps are ISO text in UTC: they compare as text.
  std::string until = as_of_timestamp.empty() ? std::string("9999") : std::string(as_of_timestamp);
  SECU_TRY(st::Rows rows, db.query(std::string(kColumns) + "WHERE subject = $1 AND decided_at <= $2 ORDER BY id",
                                   {st::text(std::string(subject)), st::text(until)}));
  return read_all(rows);
}

core::Result<std::vector<StoredDecision>> decisions_in_force(st::Database& db, std::string_view subject,
                                                             std::string_view as_of_timestamp) {
  SECU_TRY(auto all, decision_history(db, subject, as_of_timestamp));
  std::set<std::int64_t> superseded;
  for (const auto& d : all)
    if (d.supersedes) superseded.insert(*d.supersedes);
  std::vector<StoredDecision> out;
  for (auto& d : all)
    if (!superseded.contains(d.id)) out.push_back(std::move(d));
  return out;
}

nlohmann::json to_json(const StoredDecision& d) {
  nlohmann::json j = {{"id", d.id},
                      {"subject", d.subject},
                      {"member_id", d.member_id ? nlohmann::json(*d.member_id) : nlohmann::json()},
                      {"benefit", d.benefit},
                      {"status", d.status},
                      {"decided_at", d.decided_at},
                      {"as_of", d.as_of.iso()},
                      {"supersedes", d.supersedes ? nlohmann::json(*d.supersedes) : nlohmann::json()}};
  j["explanation"] = nlohmann::json::parse(d.explanation, nullptr, false);
  j["parameter_versions"] = nlohmann::json::parse(d.parameter_versions, nullptr, false);
  return j;
}

}  // namespace secu::fund

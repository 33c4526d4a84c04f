// files.h: opening a file, recording its events, re-deciding, reading it back.
#include "fund/files.h"

#include <algorithm>

#include "fund/audit.h"
#include "fund/members.h"
#include "rules/appeals/appeal.h"
#include "rules/registry.h"
#include "store/migrations.h"

namespace secu::fund {

using core::ErrorCode;
using core::fail;
using nlohmann::json;
namespace st = store;

namespace {

constexpr std::string_view kFileColumns =
    "SELECT f.id, f.member_id, m.niss, f.kind, f.facts, f.opened_at, f.opened_by "
    "FROM files f JOIN members m ON m.id = f.member_id ";

core::Status may_record(const Caller& by, std::string_view event_kind) {
  if (adviser_event(event_kind)) {
    if (by.role != Role::medical_adviser)
      return fail(ErrorCode::permission_denied, "only a medical adviser may record " + std::string(event_kind), "kind");
  } else if (!allowed(by.role, kClerks)) {
    return fail(ErrorCode::permission_denied, "only a clerk may record " + std::string(event_kind), "kind");
  }
  return {};
}

json parse_json(const std::string& text) { return json::parse(text, nullptr, false); }

core::Result<std::vector<StoredFileEvent>> read_events(st::Database& db, std::int64_t file_id) {
  SECU_TRY(st::Rows rows, db.query("SELECT id, kind, on_date, data, who, at, decisions FROM file_events "
                                   "WHERE file_id = $1 ORDER BY id",
                                   {st::int64(file_id)}));
  std::vector<StoredFileEvent> out;
  for (const st::Row& r : rows) {
    StoredFileEvent e;
    SECU_TRY(e.id, r.int64(0));
    SECU_TRY(e.kind, r.text(1));
    if (!r.is_null(2)) {
      SECU_TRY(e.date, r.date(2));
    }
    SECU_TRY(std::string data, r.text(3));
    e.data = parse_json(data);
    SECU_TRY(e.who, r.text(4));
    SECU_TRY(e.at, r.text(5));
    if (!r.is_null(6)) {
      SECU_TRY(std::string ds, r.text(6));
      e.decisions = parse_json(ds);
    }
    out.push_back(std::move(e));
  }
  return out;
}

// The decisions of the latest re-decision.
core::Result<std::vector<StoredDecision>> current_decisions(st::Database& db, const std::vector<StoredFileEvent>& events) {
  std::vector<StoredDecision> out;
  auto last = std::find_if(events.rbegin(), events.rend(), [](const auto& e) { return e.decisions.is_array(); });
  if (last == events.rend()) return out;
  for (const json& d : last->decisions) {
    SECU_TRY(StoredDecision stored, find_decision(db, d.at("decision_id").get<std::int64_t>()));
    out.push_back(std::move(stored));
  }
  return out;
}

core::Result<std::vector<FilePayment>> read_payments(st::Database& db, const std::string& subject) {
  SECU_TRY(st::Rows rows, db.query("SELECT id, debt_key, amount, due_on, status FROM payments WHERE debt_key LIKE $1 "
                                   "ORDER BY id",
                                   {st::text(subject + ":%")}));
  std::vector<FilePayment> out;
  for (const st::Row& r : rows) {
    FilePayment p;
    SECU_TRY(p.id, r.int64(0));
    SECU_TRY(p.debt_key, r.text(1));
    SECU_TRY(p.amount, r.money(2));
    SECU_TRY(p.due_on, r.date(3));
    SECU_TRY(p.status, r.text(4));
    out.push_back(std::move(p));
  }
  return out;
}

std::string status_of(const File& f) {
  for (const auto& e : f.events)
    if (e.kind == "handover_invalidity") return "invalidity";
  return f.facts.contains("event") && f.facts["event"].contains("end") ? "ended" : "open";
}

core::Result<File> read_file(st::Database& db, const st::Row& r) {
  File f;
  SECU_TRY(f.id, r.int64(0));
  SECU_TRY(f.member_id, r.int64(1));
  SECU_TRY(f.niss, r.text(2));
  SECU_TRY(f.kind, r.text(3));
  SECU_TRY(std::string facts, r.text(4));
  SECU_TRY(f.opened_at, r.text(5));
  SECU_TRY(f.opened_by, r.text(6));
  f.facts = parse_json(facts);
  SECU_TRY(f.events, read_events(db, f.id));
  for (const auto& e : f.events) {
    SECU_TRY(f.facts, apply_event(std::move(f.facts), e));
  }
  SECU_TRY(f.decisions, current_decisions(db, f.events));
  SECU_TRY(f.payments, read_payments(db, f.subject()));
  f.status = status_of(f);
  return f;
}

const rules::Branch* find_branch(std::string_view name) {
  for (const auto& b : rules::branches())
    if (b.name == name) return &b;
  return nullptr;
}

// Runs the kind's branch on the file's facts and stores each decision, superseding the one
// in force of the same benefit; returns [{"benefit", "decision_id"}].
core::Result<json> redecide(st::Database& tx, const FileRules& r, const File& f, const json& facts) {
  SECU_TRY(rules::Situation s, file_situation(tx, f.niss, f.kind, facts));
  const rules::Branch* branch = find_branch(branch_of(f.kind));
  if (!branch)
    return fail(ErrorCode::failed_precondition,
                "the rules of " + f.kind + " files (branch " + std::string(branch_of(f.kind)) + ") are not in this build", "kind");
  const rules::Context ctx{r.law, r.today, /*trace=*/true};  // the trace gives the parameter versions kept
  SECU_TRY(std::vector<explain::Decision> ds, branch->evaluate(s, ctx));
  std::erase_if(ds, [&](const explain::Decision& d) { return d.person != f.niss; });
  SECU_RETURN_IF_ERROR(rules::appeals::add_appeal(ds, ctx));
  SECU_TRY(std::vector<StoredDecision> in_force, decisions_in_force(tx, f.subject()));
  json out = json::array();
  for (const auto& d : ds) {
    DecisionKey key{.subject = f.subject(), .member_id = f.member_id, .as_of = r.today};
    for (const auto& old : in_force)
      if (old.benefit == d.benefit) key.supersedes = old.id;
    SECU_TRY(std::int64_t id, record_decision(tx, r.law, r.catalog, key, d));
    out.push_back({{"benefit", d.benefit}, {"decision_id", id}});
  }
  return out;
}

core::Status insert_event(st::Database& tx, std::int64_t file_id, const StoredFileEvent& e, std::string_view who,
                          const json& decisions) {
  return tx.exec("INSERT INTO file_events (file_id, kind, on_date, data, who, at, decisions) "
                 "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                 {st::int64(file_id), st::text(e.kind), st::optional(e.date, st::date), st::text(e.data.dump()),
                  st::text(std::string(who)), st::text(st::now_utc()),
                  decisions.is_null() ? st::null() : st::text(decisions.dump())});
}

bool is_invalidity(std::string_view benefit) { return benefit == "invalidity.employee" || benefit == "invalidity.self_employed"; }

// The first day the rules hand the file over to invalidity, from its current decisions.
std::optional<core::Date> handover_from(const File& f) {
  for (const auto& d : f.decisions) {
    if (!is_invalidity(d.benefit)) continue;
    const json e = parse_json(d.explanation);
    if (!e.contains("en") || !e["en"].contains("schedule") || !e["en"]["schedule"].is_array() || e["en"]["schedule"].empty())
      continue;
    auto from = core::Date::parse(e["en"]["schedule"][0].value("from", ""));
    if (from) return *from;
  }
  return std::nullopt;
}

core::Status prepare_handover(const File& f, StoredFileEvent& ev) {
  if (f.status == "invalidity")
    return fail(ErrorCode::failed_precondition, "the file is already handed over to invalidity", "kind");
  auto from = handover_from(f);
  if (!from)
    return fail(ErrorCode::failed_precondition,
                "the rules do not hand this file over to invalidity (the incapacity does not reach the end of the "
                "primary incapacity, or the sickness benefit is not granted)", "kind");
  ev.date = *from;
  ev.data["from"] = from->iso();
  return {};
}

core::Result<std::int64_t> insert_file(st::Database& tx, const Member& m, std::string_view kind, core::Date start,
                                       const json& facts, std::string_view who) {
  SECU_TRY(st::Rows same, tx.query("SELECT id FROM files WHERE member_id = $1 AND kind = $2 AND start_date = $3",
                                   {st::int64(m.id), st::text(std::string(kind)), st::date(start)}));
  if (!same.empty()) {
    SECU_TRY(std::int64_t other, same.at(0).int64(0));
    return fail(ErrorCode::failed_precondition,
                "the member already has a " + std::string(kind) + " file starting on " + start.iso() + ": file " +
                    std::to_string(other), "facts");
  }
  SECU_TRY(st::Rows rows, tx.query("INSERT INTO files (member_id, kind, start_date, facts, opened_at, opened_by) "
                                   "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                                   {st::int64(m.id), st::text(std::string(kind)), st::date(start), st::text(facts.dump()),
                                    st::text(st::now_utc()), st::text(std::string(who))}));
  return rows.at(0).int64(0);
}

}  // namespace

core::Result<File> find_file(st::Database& db, std::int64_t file_id) {
  SECU_TRY(st::Rows rows, db.query(std::string(kFileColumns) + "WHERE f.id = $1", {st::int64(file_id)}));
  if (rows.empty()) return fail(ErrorCode::not_found, "no file " + std::to_string(file_id), "file_id");
  return read_file(db, rows.at(0));
}

core::Result<std::vector<File>> member_files(st::Database& db, std::string_view niss) {
  SECU_TRY(Member m, find_member(db, niss));
  SECU_TRY(st::Rows rows, db.query(std::string(kFileColumns) + "WHERE f.member_id = $1 ORDER BY f.id", {st::int64(m.id)}));
  std::vector<File> out;
  for (const st::Row& r : rows) {
    SECU_TRY(File f, read_file(db, r));
    out.push_back(std::move(f));
  }
  return out;
}

core::Result<File> open_file(st::Database& db, const FileRules& rules, const Caller& by, const OpenFile& in) {
  if (!allowed(by.role, kClerks)) return fail(ErrorCode::permission_denied, "only a clerk may open a file", "role");
  SECU_TRY(json facts, check_facts(in.kind, in.facts));
  std::int64_t id = 0;
  const core::Status written = db.transaction([&](st::Database& tx) -> core::Status {
    SECU_TRY(Member m, find_member(tx, in.niss));
    SECU_RETURN_IF_ERROR(file_situation(tx, m.niss, in.kind, facts));  // the schema, before writing
    const auto start = file_start(facts);
    if (!start) return fail(ErrorCode::invalid_argument, "expected the event's first day", "/facts/event/start");
    SECU_TRY(id, insert_file(tx, m, in.kind, *start, facts, by.name));
    File f{.id = id, .member_id = m.id, .niss = m.niss, .kind = in.kind};
    SECU_TRY(json decisions, redecide(tx, rules, f, facts));
    SECU_RETURN_IF_ERROR(insert_event(tx, id, {.kind = "opened", .date = *start, .data = json::object()}, by.name, decisions));
    return audit(tx, by.name, "file.open", f.subject(), {{"niss", m.niss}, {"kind", in.kind}, {"start", start->iso()}});
  });
  SECU_RETURN_IF_ERROR(written);
  return find_file(db, id);
}

core::Result<File> record_event(st::Database& db, const FileRules& rules, const Caller& by, std::int64_t file_id,
                                const FileEvent& e) {
  SECU_RETURN_IF_ERROR(may_record(by, e.kind));
  const core::Status written = db.transaction([&](st::Database& tx) -> core::Status {
    SECU_TRY(File f, find_file(tx, file_id));
    SECU_TRY(StoredFileEvent ev, prepare_event(f.kind, f.facts, e));
    if (ev.kind == "handover_invalidity") SECU_RETURN_IF_ERROR(prepare_handover(f, ev));
    SECU_TRY(json after, apply_event(f.facts, ev));
    json decisions;  // null: the facts did not change, the decisions stand
    if (changes_facts(ev.kind)) {
      SECU_TRY(decisions, redecide(tx, rules, f, after));
    }
    SECU_RETURN_IF_ERROR(insert_event(tx, f.id, ev, by.name, decisions));
    json detail = ev.data;
    if (ev.date) detail["on"] = ev.date->iso();
    return audit(tx, by.name, "file." + ev.kind, f.subject(), detail);
  });
  SECU_RETURN_IF_ERROR(written);
  return find_file(db, file_id);
}

// ---- For the API.

namespace {

json event_json(const StoredFileEvent& e) {
  return {{"id", e.id}, {"kind", e.kind}, {"date", e.date ? json(e.date->iso()) : json()}, {"data", e.data},
          {"who", e.who}, {"at", e.at}, {"decisions", e.decisions}};
}

// A stored decision with its explanation in one language.
json decision_json(const StoredDecision& d, core::Lang lang) {
  json j = to_json(d);
  const std::string l(core::to_string(lang));
  if (j["explanation"].is_object() && j["explanation"].contains(l)) j["explanation"] = j["explanation"][l];
  return j;
}

json handover_json(const File& f, core::Lang lang) {
  const auto from = handover_from(f);
  if (!from) return nullptr;
  // The invalidity decision's first daily amount (null while it is not known) and summary in `lang`.
  json j{{"from", from->iso()}, {"handed_over", f.status == "invalidity"}, {"invalidity_amount", nullptr}};
  for (const auto& d : f.decisions) {
    if (!is_invalidity(d.benefit)) continue;
    const json e = decision_json(d, lang)["explanation"];
    j["summary"] = e.value("summary", "");
    j["status"] = d.status;
    if (e.contains("amounts") && e["amounts"].is_array() && !e["amounts"].empty()) j["invalidity_amount"] = e["amounts"][0].value("value", json());
  }
  return j;
}

}  // namespace

json to_json(const File& f, core::Lang lang, const std::vector<StoredDecision>& history) {
  const json event = f.facts.value("event", json::object());
  const auto start = file_start(f.facts);
  json j{{"id", f.id}, {"kind", f.kind}, {"subject", f.subject()}, {"niss", f.niss}, {"member_id", f.member_id},
         {"status", f.status}, {"start", start ? json(start->iso()) : json()}, {"end", event.value("end", json())},
         {"opened_at", f.opened_at}, {"opened_by", f.opened_by}, {"facts", f.facts}};
  j["events"] = json::array();
  for (const auto& e : f.events) j["events"].push_back(event_json(e));
  j["decisions"] = json::array();
  for (const auto& d : f.decisions) j["decisions"].push_back(decision_json(d, lang));
  j["handover"] = handover_json(f, lang);
  j["history"] = json::array();
  for (const auto& d : history)
    j["history"].push_back({{"id", d.id}, {"benefit", d.benefit}, {"status", d.status}, {"decided_at", d.decided_at},
                            {"supersedes", d.supersedes ? json(*d.supersedes) : json()}});
  j["payments"] = json::array();
  for (const auto& p : f.payments)
    j["payments"].push_back({{"id", p.id}, {"debt_key", p.debt_key}, {"amount", p.amount.text()},
                             {"due_on", p.due_on.iso()}, {"status", p.status}});
  return j;
}

}  // namespace secu::fund

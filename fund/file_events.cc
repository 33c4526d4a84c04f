// files.h, the facts of a file: what a clerk may key in, what each event changes, and the
// situation the rules see. Pure but for file_situation, which reads the stored member.
#include <algorithm>
#include <array>

#include "fund/files.h"
#include "fund/insurability.h"

namespace secu::fund {

using core::ErrorCode;
using core::fail;
using nlohmann::json;

namespace {

/// One kind of file: the branch that decides it, the events its facts may hold, the event
/// fields only the medical adviser decides, and the changes that apply to it.
struct KindSpec {
  std::string_view kind;
  std::string_view branch;
  std::vector<std::string_view> event_types;  // the first is the default
  std::vector<std::string_view> adviser_fields;
  std::vector<std::string_view> changes;
};

const std::vector<KindSpec>& kinds() {
  static const std::vector<KindSpec> all{
      {"incapacity", "sickness", {"incapacity"},
       {"certified", "end", "invalidity_recognised", "third_party_help_from", "third_party_help_until"},
       {"certificate_received", "resumption", "facts_corrected", "adviser_recognition", "adviser_end_date",
        "adviser_control", "adviser_third_party_help", "handover_invalidity"}},
      // The mother's maternity rest (a birth) or the adoptive parent's leave (an adoption),
      // decided by rules/maternity; the co-parent's birth leave is the co-parent's own file.
      {"maternity", "maternity", {"birth", "adoption"}, {}, {"delivery", "facts_corrected", "adviser_control"}},
  };
  return all;
}

/// The field of each event type that gives its first day (the file's start).
constexpr std::pair<std::string_view, const char*> kStartField[] = {
    {"incapacity", "start"}, {"birth", "expected_delivery"}, {"adoption", "registered"}};

const KindSpec* spec_of(std::string_view kind) {
  for (const auto& k : kinds())
    if (k.kind == kind) return &k;
  return nullptr;
}

constexpr std::array<std::string_view, 5> kAdviserEvents = {"adviser_recognition", "adviser_end_date", "adviser_control",
                                                            "adviser_third_party_help",
                                                            "handover_invalidity"};

bool contains(const auto& list, std::string_view v) { return std::find(list.begin(), list.end(), v) != list.end(); }

bool known_change(std::string_view event_kind) {
  for (const auto& k : kinds())
    if (contains(k.changes, event_kind)) return true;
  return false;
}

core::Status refuse_set_by_fund(const json& facts) {
  if (facts.contains("person") && facts["person"].is_object())
    for (const char* f : {"id", "niss"})
      if (facts["person"].contains(f))
        return fail(ErrorCode::invalid_argument, "the file's person is the member: the fund sets it", std::string("/facts/person/") + f);
  if (facts.contains("event") && facts["event"].is_object() && facts["event"].contains("person"))
    return fail(ErrorCode::invalid_argument, "the file's event is the member's: the fund sets it", "/facts/event/person");
  return {};
}

core::Status refuse_adviser_fields(const KindSpec& k, const json& facts) {
  if (!facts.contains("event") || !facts["event"].is_object()) return {};
  for (std::string_view f : k.adviser_fields)
    if (facts["event"].contains(std::string(f)))
      return fail(ErrorCode::invalid_argument,
                  "set by the medical adviser (adviser_recognition, adviser_end_date) or by a resumption, not in the facts",
                  "/facts/event/" + std::string(f));
  return {};
}

// The shape of a facts object (or of a patch of one): {"person": {...}, "event": {...}}.
core::Status check_shape(const json& facts) {
  if (!facts.is_object()) return fail(ErrorCode::invalid_argument, "expected an object {\"person\", \"event\"}", "/facts");
  for (const auto& [key, value] : facts.items()) {
    if (key != "person" && key != "event")
      return fail(ErrorCode::invalid_argument, "expected only \"person\" and \"event\"", "/facts/" + key);
    if (!value.is_object() && !value.is_null())
      return fail(ErrorCode::invalid_argument, "expected an object", "/facts/" + key);
  }
  return refuse_set_by_fund(facts);
}

core::Result<core::Date> date_field(const json& j, const char* name, std::string field) {
  if (!j.contains(name) || !j[name].is_string()) return fail(ErrorCode::invalid_argument, "expected a date YYYY-MM-DD", field);
  auto d = core::Date::parse(j[name].get<std::string>());
  if (!d) return fail(ErrorCode::invalid_argument, "expected a date YYYY-MM-DD", field);
  return *d;
}

core::Result<core::Date> required_date(const FileEvent& e) {
  if (!e.date) return fail(ErrorCode::invalid_argument, "expected the event's date (YYYY-MM-DD)", "date");
  return *e.date;
}

// A date that must be on or after (or after, when `strictly`) the event's start.
core::Status after_start(const json& facts, core::Date d, bool strictly, std::string_view what) {
  const auto start = file_start(facts);
  if (!start) return {};
  if (d < *start || (strictly && d == *start))
    return fail(ErrorCode::invalid_argument,
                std::string(what) + (strictly ? " must come after" : " cannot come before") + " the start, " + start->iso(), "date");
  return {};
}

// Pointers into the situation the rules see, as pointers into the file's facts.
std::string facts_pointer(std::string_view p) {
  for (auto [from, to] : {std::pair<std::string_view, std::string_view>{"/persons/0", "/facts/person"},
                          std::pair<std::string_view, std::string_view>{"/events/0", "/facts/event"}})
    if (p.starts_with(from)) return std::string(to) + std::string(p.substr(from.size()));
  return "/facts";
}

// What the stored member says and the file's facts do not (the facts win). These are the
// fields situation_on fills (fund/situation_from_store.cc).
void complete_from_store(rules::Person& p, const rules::Person& stored) {
  p.niss = stored.niss;
  if (!p.birth_date) p.birth_date = stored.birth_date;
  if (!p.legal_residence) p.legal_residence = stored.legal_residence;
  if (!p.insured_as) p.insured_as = stored.insured_as;
  if (!p.head_of_family) p.head_of_family = stored.head_of_family;
  if (!p.relation_to_head) p.relation_to_head = stored.relation_to_head;
  if (!p.quarterly_income) p.quarterly_income = stored.quarterly_income;
  if (!p.fiscally_independent) p.fiscally_independent = stored.fiscally_independent;
  auto& ins = p.insurance;
  if (!ins.registered) ins.registered = stored.insurance.registered;
  if (!ins.fund) ins.fund = stored.insurance.fund;
  if (!ins.insured_since) ins.insured_since = stored.insurance.insured_since;
  if (!ins.contributions_sufficient) ins.contributions_sufficient = stored.insurance.contributions_sufficient;
}

}  // namespace

bool known_kind(std::string_view kind) { return spec_of(kind) != nullptr; }

std::string_view branch_of(std::string_view kind) {
  const KindSpec* k = spec_of(kind);
  return k ? k->branch : std::string_view();
}

bool adviser_event(std::string_view event_kind) { return contains(kAdviserEvents, event_kind); }

bool changes_facts(std::string_view event_kind) { return event_kind != "adviser_control"; }

std::optional<core::Date> file_start(const json& facts) {
  if (!facts.contains("event") || !facts["event"].is_object()) return std::nullopt;
  const json& event = facts["event"];
  const std::string type = event.value("type", "");
  for (auto [t, field] : kStartField)
    if (t == type && event.contains(field) && event[field].is_string()) {
      auto d = core::Date::parse(event[field].get<std::string>());
      return d ? std::optional<core::Date>(*d) : std::nullopt;
    }
  return std::nullopt;
}

core::Result<json> check_facts(std::string_view kind, json facts) {
  const KindSpec* k = spec_of(kind);
  if (!k) return fail(ErrorCode::invalid_argument, "expected a kind of file: incapacity or maternity", "kind");
  SECU_RETURN_IF_ERROR(check_shape(facts));
  SECU_RETURN_IF_ERROR(refuse_adviser_fields(*k, facts));
  if (!facts.contains("event") || !facts["event"].is_object())
    return fail(ErrorCode::invalid_argument, "expected the file's event (with its start)", "/facts/event");
  if (!facts.contains("person") || facts["person"].is_null()) facts["person"] = json::object();
  json& event = facts["event"];
  if (!event.contains("type")) event["type"] = std::string(k->event_types.front());
  if (!event["type"].is_string() || !contains(k->event_types, event["type"].get<std::string>()))
    return fail(ErrorCode::invalid_argument, "expected an event of a " + std::string(kind) + " file: " +
                                                 std::string(k->event_types.front()), "/facts/event/type");
  return facts;
}

core::Result<StoredFileEvent> prepare_event(std::string_view kind, const json& facts, const FileEvent& e) {
  const KindSpec* k = spec_of(kind);
  if (!k) return fail(ErrorCode::internal, "a file of an unknown kind: " + std::string(kind), "kind");
  StoredFileEvent out{.kind = e.kind, .date = e.date, .data = json::object()};
  if (!e.note.empty()) out.data["note"] = e.note;
  if (!known_change(e.kind))
    return fail(ErrorCode::invalid_argument, "expected an event: certificate_received, resumption, facts_corrected, "
                                             "delivery, adviser_recognition, adviser_end_date, adviser_control, adviser_third_party_help or "
                                             "handover_invalidity", "kind");
  if (!contains(k->changes, e.kind))
    return fail(ErrorCode::invalid_argument, "a " + std::string(kind) + " file takes no " + e.kind, "kind");
  if (e.kind == "delivery") {
    SECU_TRY(core::Date d, required_date(e));
    if (facts.value("event", json::object()).value("type", "") != "birth")
      return fail(ErrorCode::invalid_argument, "a delivery is recorded on a birth's file", "kind");
    out.data["date"] = d.iso();
  } else if (e.kind == "certificate_received" || e.kind == "adviser_end_date" || e.kind == "resumption") {
    SECU_TRY(core::Date d, required_date(e));
    const bool resumption = e.kind == "resumption";
    SECU_RETURN_IF_ERROR(after_start(facts, d, resumption,
                                     resumption ? "the first day back at work" : e.kind == "adviser_end_date" ? "the last day of incapacity" : "the receipt"));
    out.data["date"] = d.iso();
  } else if (e.kind == "adviser_control") {
    SECU_TRY(core::Date d, required_date(e));
    out.data["date"] = d.iso();
  } else if (e.kind == "adviser_recognition") {
    if (!e.certified) return fail(ErrorCode::invalid_argument, "expected certified: true or false", "certified");
    out.data["certified"] = *e.certified;
  } else if (e.kind == "adviser_third_party_help") {
    // certified true: the need of another person's help is recognised from `date`;
    // false: the need ended, `date` is its last day.
    SECU_TRY(core::Date d, required_date(e));
    if (!e.certified) return fail(ErrorCode::invalid_argument, "expected certified: true (the need begins) or false (it ends)", "certified");
    const json event = facts.value("event", json::object());
    if (!*e.certified && !event.contains("third_party_help_from"))
      return fail(ErrorCode::failed_precondition, "no need of help recognised on this file to end", "certified");
    if (!*e.certified && core::Date::parse(event.value("third_party_help_from", "")).value_or(d) > d)
      return fail(ErrorCode::invalid_argument, "the need cannot end before it began", "date");
    SECU_RETURN_IF_ERROR(after_start(facts, d, false, "the day of the need of help"));
    out.data["date"] = d.iso();
    out.data["certified"] = *e.certified;
  } else if (e.kind == "facts_corrected") {
    SECU_RETURN_IF_ERROR(check_shape(e.facts));
    SECU_RETURN_IF_ERROR(refuse_adviser_fields(*k, e.facts));
    if (e.facts.contains("event") && e.facts["event"].is_object() && e.facts["event"].contains("type") &&
        e.facts["event"]["type"] != facts.value("event", json::object()).value("type", ""))
      return fail(ErrorCode::invalid_argument, "a file's event keeps its type: open another file", "/facts/event/type");
    out.data["facts"] = e.facts;
  } else if (e.kind == "handover_invalidity") {
    // The date is the rules' (files.cc checks the decision and sets "from").
  }
  return out;
}

core::Result<json> apply_event(json facts, const StoredFileEvent& e) {
  json& event = facts["event"];
  if (e.kind == "certificate_received") {
    event["certificate_received"] = e.data.at("date");
  } else if (e.kind == "resumption") {
    SECU_TRY(core::Date back, date_field(e.data, "date", "date"));
    event["end"] = (back - 1).iso();  // the incapacity's last day is the day before work resumes
  } else if (e.kind == "adviser_end_date") {
    event["end"] = e.data.at("date");
  } else if (e.kind == "adviser_recognition") {
    event["certified"] = e.data.at("certified");
  } else if (e.kind == "adviser_third_party_help") {
    if (e.data.at("certified").get<bool>()) {
      event["third_party_help_from"] = e.data.at("date");
      event.erase("third_party_help_until");
    } else {
      event["third_party_help_until"] = e.data.at("date");
    }
  } else if (e.kind == "handover_invalidity") {
    event["invalidity_recognised"] = true;  // the Medical Council for Invalidity's recognition, recorded by the adviser
  } else if (e.kind == "delivery") {
    event["delivery"] = e.data.at("date");
  } else if (e.kind == "facts_corrected") {
    facts.merge_patch(e.data.at("facts"));
  }
  return facts;
}

core::Result<rules::Situation> file_situation(store::Database& db, std::string_view niss, std::string_view kind,
                                              const json& facts) {
  if (!spec_of(kind)) return fail(ErrorCode::invalid_argument, "expected a kind of file: incapacity or maternity", "kind");
  SECU_TRY(rules::Situation stored, situation_on(db, niss, file_start(facts).value_or(core::Date())));
  const std::string id = stored.persons.front().id;
  json person = facts.value("person", json::object());
  json event = facts.value("event", json::object());
  person["id"] = id;
  event["person"] = id;
  const json doc{{"persons", json::array({person})}, {"events", json::array({event})}};
  auto parsed = rules::parse_situation(doc.dump());
  if (!parsed) return fail(parsed.error().code, parsed.error().message, facts_pointer(parsed.error().field));
  rules::Situation s = std::move(*parsed);
  complete_from_store(s.persons.front(), stored.persons.front());
  for (std::size_t i = 1; i < stored.persons.size(); ++i) s.persons.push_back(stored.persons[i]);  // the head of family
  return s;
}

}  // namespace secu::fund

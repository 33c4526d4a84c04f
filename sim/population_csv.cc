#include "sim/population_csv.h"

#include <csv.h>

#include <algorithm>
#include <charconv>
#include <deque>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "rules/situation.h"

namespace secu::sim {

namespace {

using nlohmann::json;

// How a cell becomes a JSON value, from the schema of the fact.
enum class Kind { text, boolean, integer, integer_or_text, number_or_text, json_value };

// Where a column goes: the household or person id, a person's fact (maybe in a nested record),
// or an event's fact.
struct Column {
  enum class Target { household, person_id, person, person_record, event } target = Target::person;
  std::string record;  // person_record: insurance / self_employed; event: its type
  std::string fact;
  Kind kind = Kind::text;
};

const json& schema() {
  static const json s = json::parse(rules::situation_schema());
  return s;
}

// The schema of a property, its $ref followed (once or more).
const json* deref(const json* s) {
  while (s && s->is_object() && s->contains("$ref")) {
    const std::string ref = (*s)["$ref"].get<std::string>();
    const auto slash = ref.rfind('/');
    const json& defs = schema()["definitions"];
    const std::string name = ref.substr(slash + 1);
    s = defs.contains(name) ? &defs[name] : nullptr;
  }
  return s;
}

Kind kind_of(const json& prop) {
  const json* s = deref(&prop);
  if (!s || !s->is_object()) return Kind::text;
  if (s->contains("type")) {
    const json& t = (*s)["type"];
    if (t.is_array()) {
      const bool integer = std::find(t.begin(), t.end(), "integer") != t.end();
      return integer ? Kind::integer_or_text : Kind::text;
    }
    const std::string type = t.get<std::string>();
    if (type == "boolean") return Kind::boolean;
    if (type == "integer") return Kind::integer;
    if (type == "number") return Kind::number_or_text;
    if (type == "array" || type == "object") return Kind::json_value;
    return Kind::text;
  }
  if (s->contains("anyOf"))
    for (const json& alt : (*s)["anyOf"])
      if (alt.value("type", "") == "number") return Kind::number_or_text;
  return Kind::text;
}

// An event type of the schema (a definition whose "type" property is that constant).
const json* event_schema(const std::string& type) {
  const json& defs = schema()["definitions"];
  if (!defs.contains(type)) return nullptr;
  const json& d = defs[type];
  if (!d.contains("properties") || !d["properties"].contains("type")) return nullptr;
  const json& t = d["properties"]["type"];
  return t.value("const", "") == type ? &d : nullptr;
}

core::Result<Column> classify(const std::string& name, std::size_t index) {
  const auto bad = [&](const std::string& why) {
    return core::fail(core::ErrorCode::invalid_argument, fmt::format("the header's column {} '{}': {}", index + 1, name, why), "header");
  };
  if (name == "household") return Column{Column::Target::household, "", name, Kind::text};
  if (name == "person") return Column{Column::Target::person_id, "", name, Kind::text};
  const json& person = schema()["definitions"]["person"]["properties"];
  const auto dot = name.find('.');
  if (dot == std::string::npos) {
    if (name == "id" || !person.contains(name))
      return bad("expected household, person, a person's fact (birth_date, daily_wage…), insurance.<fact>, "
                 "self_employed.<fact> or <event type>.<fact> (incapacity.start…)");
    return Column{Column::Target::person, "", name, kind_of(person[name])};
  }
  const std::string record = name.substr(0, dot), fact = name.substr(dot + 1);
  if (fact.empty() || fact.find('.') != std::string::npos) return bad("expected one dot: record.fact");
  if (const json* ev = event_schema(record)) {
    if (fact == "type" || fact == "person" || !(*ev)["properties"].contains(fact))
      return bad(fmt::format("not a fact of the event {} (secu schema lists them)", record));
    return Column{Column::Target::event, record, fact, kind_of((*ev)["properties"][fact])};
  }
  if (person.contains(record)) {
    const json* rec = deref(&person[record]);
    if (rec && rec->contains("properties") && (*rec)["properties"].contains(fact))
      return Column{Column::Target::person_record, record, fact, kind_of((*rec)["properties"][fact])};
  }
  return bad("expected insurance.<fact>, self_employed.<fact> or <event type>.<fact>");
}

// The cell as the value the schema expects; an error says what was expected.
core::Result<json> cell_value(const std::string& cell, Kind kind) {
  switch (kind) {
    case Kind::boolean:
      if (cell == "true") return json(true);
      if (cell == "false") return json(false);
      return core::fail(core::ErrorCode::invalid_argument, "expected true or false, got '" + cell + "'");
    case Kind::integer:
    case Kind::integer_or_text: {
      std::int64_t v = 0;
      const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), v);
      if (ec == std::errc() && end == cell.data() + cell.size()) return json(v);
      if (kind == Kind::integer_or_text) return json(cell);
      return core::fail(core::ErrorCode::invalid_argument, "expected a whole number, got '" + cell + "'");
    }
    case Kind::number_or_text: {
      json v = json::parse(cell, nullptr, false);
      if (!v.is_discarded() && v.is_number()) return v;
      return json(cell);
    }
    case Kind::json_value: {
      json v = json::parse(cell, nullptr, false);
      if (v.is_discarded() || !(v.is_array() || v.is_object()))
        return core::fail(core::ErrorCode::invalid_argument, "expected a JSON list or object (e.g. [{\"month\": \"2025-01\", \"days\": 21}])");
      return v;
    }
    case Kind::text: break;
  }
  return json(cell);
}

}  // namespace

struct CsvHouseholds::State {
  std::istream& in;
  csv_parser parser{};
  std::uint64_t bytes = 0;
  std::size_t line = 0;           // the line being fed
  std::size_t record_line = 1;    // the line the current record started on (lines end in LF)
  std::vector<std::string> fields;
  // Complete records with their first line, oldest first (a line ended by bare CRs only can hold many).
  std::deque<std::pair<std::vector<std::string>, std::size_t>> records;
  bool header_read = false;
  std::shared_ptr<std::vector<std::string>> header;
  std::vector<Column> columns;
  bool eof = false;

  // The household being gathered.
  struct Building {
    std::string id;
    std::size_t line = 0;
    json doc;
    std::map<std::string, std::size_t> persons;  // person id → index
    std::shared_ptr<CsvOrigin> origin;
    std::optional<BadRow> bad;
    bool open = false;
  } cur;

  explicit State(std::istream& i) : in(i) { csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL); }
  ~State() { csv_free(&parser); }

  static void on_field(void* s, std::size_t n, void* self) {
    auto* st = static_cast<State*>(self);
    st->fields.emplace_back(s ? static_cast<const char*>(s) : "", n);
  }
  static void on_record(int, void* self) {
    auto* st = static_cast<State*>(self);
    st->records.emplace_back(std::move(st->fields), st->record_line);
    st->fields.clear();
    st->record_line = st->line;  // the next record begins on this line (after a bare CR) or a later one (feed)
  }

  // Feeds the next line; false at the end of the input. A line libcsv cannot parse becomes a
  // record of its own marked by an empty field list and the error in `syntax`.
  std::optional<std::pair<std::size_t, std::size_t>> syntax;  // line, column of a syntax error
  bool feed() {
    if (eof) return false;
    std::string text;
    if (!std::getline(in, text)) {
      eof = true;
      if (csv_fini(&parser, on_field, on_record, this) != 0) {
        syntax = std::pair{record_line, fields.size() + 1};
        fields.clear();
      }
      return !records.empty() || syntax.has_value();
    }
    ++line;
    bytes += text.size() + 1;
    text += '\n';
    if (fields.empty() && parser.pstate == 0) record_line = line;  // no record begun yet (libcsv's ROW_NOT_BEGUN)
    if (csv_parse(&parser, text.data(), text.size(), on_field, on_record, this) != text.size()) {
      syntax = std::pair{record_line, fields.size() + 1};
      fields.clear();
      csv_free(&parser);
      csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
    }
    return true;
  }

  core::Status read_header(const std::vector<std::string>& names) {
    header = std::make_shared<std::vector<std::string>>(names);
    bool has_household = false, has_person = false;
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (core::invalid_utf8_at(names[i]) != std::string::npos)
        return core::fail(core::ErrorCode::invalid_argument, fmt::format("the header's column {}: not valid UTF-8", i + 1), "header");
      SECU_TRY(Column c, classify(names[i], i));
      has_household = has_household || c.target == Column::Target::household;
      has_person = has_person || c.target == Column::Target::person_id;
      columns.push_back(std::move(c));
    }
    if (!has_household || !has_person)
      return core::fail(core::ErrorCode::invalid_argument, "the header must name the columns household and person", "header");
    header_read = true;
    return {};
  }

  void finish(std::vector<Pending>& out) {
    if (!cur.open) return;
    Pending p{.line = cur.line, .origin = cur.origin};
    if (cur.bad) p.bad = cur.bad;
    else p.json = cur.doc.dump();
    out.push_back(std::move(p));
    cur = Building{};
  }

  // One data record into the household it belongs to (a new one when its id changes).
  void add(const std::vector<std::string>& f, std::size_t at, std::vector<Pending>& out) {
    const auto fail = [&](std::size_t column, std::string why) {
      // A cell past the header's last column has no name.
      if (!cur.bad) cur.bad = BadRow{at, column, column >= 1 && column <= header->size() ? (*header)[column - 1] : "", std::move(why)};
    };
    std::string household, person;
    for (std::size_t i = 0; i < columns.size() && i < f.size(); ++i) {
      if (columns[i].target == Column::Target::household) household = f[i];
      if (columns[i].target == Column::Target::person_id) person = f[i];
    }
    if (!cur.open || household != cur.id) {
      finish(out);
      cur.open = true;
      cur.id = household;
      cur.line = at;
      cur.doc = json{{"persons", json::array()}, {"events", json::array()}};
      if (!household.empty()) cur.doc["id"] = household;
      cur.origin = std::make_shared<CsvOrigin>();
      cur.origin->header = header;
    }
    if (f.size() != columns.size()) {
      return fail(std::min(f.size(), columns.size()) + 1, fmt::format("expected {} cells as in the header, got {}", columns.size(), f.size()));
    }
    if (household.empty()) return fail(1 + static_cast<std::size_t>(std::find_if(columns.begin(), columns.end(), [](const Column& c) {
      return c.target == Column::Target::household; }) - columns.begin()), "expected the household's id");
    if (person.empty()) return fail(1 + static_cast<std::size_t>(std::find_if(columns.begin(), columns.end(), [](const Column& c) {
      return c.target == Column::Target::person_id; }) - columns.begin()), "expected the person's id");
    if (cur.bad) return;  // the household is reported already; its other rows go with it
    const bool first_row = !cur.persons.contains(person);
    if (first_row) {
      cur.persons[person] = cur.doc["persons"].size();
      cur.doc["persons"].push_back(json{{"id", person}});
      cur.origin->person_lines.push_back(at);
    }
    json& p = cur.doc["persons"][cur.persons[person]];
    std::map<std::string, json> events;  // by type, in header order of first appearance
    std::vector<std::string> order;
    for (std::size_t i = 0; i < columns.size(); ++i)  // the ids too: every cell may end up in JSON
      if (const auto bad_byte = core::invalid_utf8_at(f[i]); bad_byte != std::string::npos)
        return fail(i + 1, fmt::format("not valid UTF-8 (byte {} of the cell)", bad_byte + 1));
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const Column& c = columns[i];
      if (f[i].empty() || c.target == Column::Target::household || c.target == Column::Target::person_id) continue;
      auto v = cell_value(f[i], c.kind);
      if (!v) return fail(i + 1, v.error().message);
      switch (c.target) {
        case Column::Target::person:
        case Column::Target::person_record:
          if (!first_row) return fail(i + 1, "a person's facts go on their first row (line " + std::to_string(
              cur.origin->person_lines[cur.persons[person]]) + "); further rows carry events only");
          if (c.target == Column::Target::person) p[c.fact] = std::move(*v);
          else p[c.record][c.fact] = std::move(*v);
          break;
        case Column::Target::event:
          if (!events.contains(c.record)) {
            events[c.record] = json{{"type", c.record}, {"person", person}};
            order.push_back(c.record);
          }
          events[c.record][c.fact] = std::move(*v);
          break;
        default: break;
      }
    }
    for (const std::string& type : order) {
      cur.doc["events"].push_back(std::move(events[type]));
      cur.origin->event_lines.push_back(at);
      cur.origin->event_types.push_back(type);
    }
  }
};

CsvHouseholds::CsvHouseholds(std::istream& in) : s_(std::make_unique<State>(in)) {}
CsvHouseholds::~CsvHouseholds() = default;
std::uint64_t CsvHouseholds::bytes() const { return s_->bytes; }

core::Result<bool> CsvHouseholds::next(std::vector<Pending>& out, std::size_t max) {
  out.clear();
  State& s = *s_;
  while (out.size() < max) {
    if (s.records.empty() && !s.syntax) {
      if (!s.feed()) break;
      continue;
    }
    if (s.syntax) {  // a line libcsv refused: reported alone; the household being read with it
      const auto [at, column] = *s.syntax;
      s.syntax.reset();
      if (s.cur.open && !s.cur.bad)
        s.cur.bad = BadRow{s.cur.line, 0, "", fmt::format("the household's row on line {} may have been lost: it is not valid CSV", at)};
      s.finish(out);
      out.push_back(Pending{.line = at, .bad = BadRow{at, column, "/", "not valid CSV (a quote opened and not closed, or text after a closing quote)"}});
      continue;
    }
    auto [fields, at] = std::move(s.records.front());
    s.records.pop_front();
    const bool blank = fields.empty() || (fields.size() == 1 && fields[0].find_first_not_of(" \t\r") == std::string::npos);
    if (blank) continue;
    if (!fields.empty() && !fields.back().empty() && fields.back().back() == '\r') fields.back().pop_back();
    if (!s.header_read) {
      SECU_RETURN_IF_ERROR(s.read_header(fields));
      continue;
    }
    s.add(fields, at, out);
  }
  if (out.size() < max && s.eof && s.records.empty() && !s.syntax) s.finish(out);
  return !out.empty();
}

BadRow relocate(const BadRow& bad, const CsvOrigin& origin) {
  // /persons/K/fact[/…] or /events/K/fact[/…]: the row K came from, the column of the fact.
  std::vector<std::string> seg;
  std::size_t from = 1;
  while (from <= bad.field.size() && !bad.field.empty() && bad.field[0] == '/') {
    const auto slash = bad.field.find('/', from);
    seg.push_back(bad.field.substr(from, slash == std::string::npos ? std::string::npos : slash - from));
    if (slash == std::string::npos) break;
    from = slash + 1;
  }
  if (seg.size() < 2) return bad;
  std::size_t k = 0;
  const auto [end, ec] = std::from_chars(seg[1].data(), seg[1].data() + seg[1].size(), k);
  if (ec != std::errc() || end != seg[1].data() + seg[1].size()) return bad;
  BadRow out = bad;
  std::vector<std::string> names;  // the header names this fact could have, most precise first
  if (seg[0] == "persons" && k < origin.person_lines.size()) {
    out.line = origin.person_lines[k];
    if (seg.size() >= 4) names.push_back(seg[2] + "." + seg[3]);
    if (seg.size() >= 3) names.push_back(seg[2]);
  } else if (seg[0] == "events" && k < origin.event_lines.size()) {
    out.line = origin.event_lines[k];
    if (seg.size() >= 3) names.push_back(origin.event_types[k] + "." + seg[2]);
  } else {
    return bad;
  }
  out.message = fmt::format("{} ({})", bad.message, bad.field);
  if (origin.header)
    for (const std::string& n : names) {
      const auto it = std::find(origin.header->begin(), origin.header->end(), n);
      if (it == origin.header->end()) continue;
      out.column = static_cast<std::size_t>(it - origin.header->begin()) + 1;
      out.field = n;
      return out;
    }
  return out;
}

}  // namespace secu::sim

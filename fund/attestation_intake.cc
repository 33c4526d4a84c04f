// parse_intake: an attestation's intake JSON, validated without the database. The lines
// are checked by the situation schema itself (as a "care" event's lines, so the rules read
// exactly what the schema allows) and the error's pointer is moved into the intake.
#include <algorithm>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/niss.h"
#include "fund/attestations.h"

namespace secu::fund {

using core::ErrorCode;
using core::fail;
using nlohmann::json;

namespace {

constexpr std::size_t kMaxKey = 128, kMaxReference = 64, kMaxLines = 200;
constexpr std::size_t kMinSticker = 6, kMaxSticker = 20;
constexpr std::size_t kMaxDepth = 8;  // an intake nests 4 levels (root, lines, line, provider)
constexpr std::array<std::string_view, 7> kFields{"idempotency_key", "niss", "form", "sticker_number",
                                                  "electronic_reference", "received_on", "lines"};

core::Error invalid(std::string message, std::string field) {
  return core::Error{ErrorCode::invalid_argument, std::move(message), std::move(field)};
}

// A JSON pointer's token: '~' and '/' escaped (RFC 6901).
std::string token(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

core::Result<std::optional<std::string>> text_at(const json& j, const char* key) {
  if (!j.contains(key)) return std::optional<std::string>{};
  if (!j[key].is_string()) return std::unexpected(invalid("expected a string", std::string("/") + key));
  return std::optional<std::string>(j[key].get<std::string>());
}

core::Result<std::string> required_text(const json& j, const char* key, std::string_view what) {
  SECU_TRY(std::optional<std::string> v, text_at(j, key));
  if (!v) return std::unexpected(invalid("expected " + std::string(what), std::string("/") + key));
  return std::move(*v);
}

bool all_of(std::string_view s, bool (*ok)(char)) { return std::all_of(s.begin(), s.end(), ok); }
bool digit(char c) { return c >= '0' && c <= '9'; }
bool key_char(char c) { return c > ' ' && c < 0x7f; }
bool reference_char(char c) {
  return digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_' || c == '.' || c == '/';
}

// Checked without recursion, before anything copies or prints the document recursively.
bool too_deep(const json& j) {
  std::vector<std::pair<const json*, std::size_t>> todo{{&j, 0}};
  while (!todo.empty()) {
    auto [v, depth] = todo.back();
    todo.pop_back();
    if (depth > kMaxDepth) return true;
    if (v->is_structured())
      for (const json& child : *v) todo.emplace_back(&child, depth + 1);
  }
  return false;
}

core::Status check_fields(const json& j) {
  for (const auto& [key, value] : j.items())
    if (std::find(kFields.begin(), kFields.end(), key) == kFields.end())
      return std::unexpected(invalid("unknown field", "/" + token(key)));
  return {};
}

core::Status read_key(const json& j, Intake& in) {
  SECU_TRY(in.idempotency_key, required_text(j, "idempotency_key", "the idempotency key"));
  if (in.idempotency_key.empty() || in.idempotency_key.size() > kMaxKey || !all_of(in.idempotency_key, key_char))
    return std::unexpected(invalid("expected 1 to 128 printable characters without spaces", "/idempotency_key"));
  return {};
}

core::Status read_member(const json& j, Intake& in) {
  SECU_TRY(std::string niss, required_text(j, "niss", "the member's NISS"));
  auto n = core::validate_niss(niss);
  if (!n) return std::unexpected(invalid(n.error().message, "/niss"));
  in.niss = n->digits;
  SECU_TRY(std::string received, required_text(j, "received_on", "the day the fund received it, YYYY-MM-DD"));
  auto d = core::Date::parse(received);
  if (!d) return std::unexpected(invalid("expected a real date YYYY-MM-DD", "/received_on"));
  in.received_on = *d;
  return {};
}

// Paper: the sticker number (digits); electronic: the eAttest reference. Never both.
core::Status read_form(const json& j, Intake& in) {
  SECU_TRY(in.form, required_text(j, "form", "\"paper\" or \"electronic\""));
  if (in.form != "paper" && in.form != "electronic") return std::unexpected(invalid("expected \"paper\" or \"electronic\"", "/form"));
  SECU_TRY(in.sticker_number, text_at(j, "sticker_number"));
  SECU_TRY(in.electronic_reference, text_at(j, "electronic_reference"));
  const bool paper = in.form == "paper";
  if (paper && in.electronic_reference) return std::unexpected(invalid("a paper attestation has no electronic reference", "/electronic_reference"));
  if (!paper && in.sticker_number) return std::unexpected(invalid("an electronic attestation has no sticker number", "/sticker_number"));
  if (paper) {
    const std::string s = in.sticker_number.value_or("");
    if (s.size() < kMinSticker || s.size() > kMaxSticker || !all_of(s, digit))
      return std::unexpected(invalid("expected the sticker number: 6 to 20 digits", "/sticker_number"));
    return {};
  }
  const std::string r = in.electronic_reference.value_or("");
  if (r.empty() || r.size() > kMaxReference || !all_of(r, reference_char))
    return std::unexpected(invalid("expected the eAttest reference: 1 to 64 letters, digits, '-', '_', '.', '/'", "/electronic_reference"));
  return {};
}

// "/events/0/lines/1/date" (the wrapper's pointer) -> "/lines/1/date".
std::string intake_pointer(std::string_view situation_pointer) {
  constexpr std::string_view kLines = "/events/0/lines";
  if (situation_pointer.starts_with(kLines)) return "/lines" + std::string(situation_pointer.substr(kLines.size()));
  return "/lines";
}

// The lines as one care event of a one-person situation, parsed by the rules' own parser.
core::Result<std::vector<rules::CareLine>> schema_lines(const json& lines) {
  const json wrapper = {{"persons", json::array({{{"id", "member"}}})},
                        {"events", json::array({{{"type", "care"}, {"person", "member"}, {"lines", lines}}})}};
  auto s = rules::parse_situation(wrapper.dump(-1, ' ', false, json::error_handler_t::replace));
  if (!s) return std::unexpected(invalid(s.error().message, intake_pointer(s.error().field)));
  if (s->cares.size() != 1) return std::unexpected(invalid("expected care lines", "/lines"));
  return std::move(s->cares.front().lines);
}

// What an attestation line needs beyond the schema: the code, the fee, a day on or before receipt.
core::Status check_line(const rules::CareLine& l, std::size_t i, core::Date received) {
  const std::string at = "/lines/" + std::to_string(i);
  if (!l.code) return std::unexpected(invalid("expected the INAMI/RIZIV code (6 digits)", at + "/code"));
  if (!l.fee_charged) return std::unexpected(invalid("expected the fee charged, e.g. \"25.00\"", at + "/fee_charged"));
  if (*l.fee_charged < core::Money{}) return std::unexpected(invalid("expected an amount of 0 or more", at + "/fee_charged"));
  if (l.medicine_category || l.price)
    return std::unexpected(invalid("medicines are not reimbursed on an attestation of care", at + (l.price ? "/price" : "/medicine_category")));
  if (l.date > received) return std::unexpected(invalid("the care cannot be after the day the attestation was received", at + "/date"));
  return {};
}

core::Status read_lines(const json& j, Intake& in) {
  if (!j.contains("lines") || !j["lines"].is_array() || j["lines"].empty() || j["lines"].size() > kMaxLines)
    return std::unexpected(invalid("expected 1 to 200 care lines", "/lines"));
  SECU_TRY(in.lines, schema_lines(j["lines"]));
  for (std::size_t i = 0; i < in.lines.size(); ++i) SECU_RETURN_IF_ERROR(check_line(in.lines[i], i, in.received_on));
  return {};
}

// The content a replay is compared on: the fields read, the NISS in its digits, keys sorted.
std::string canonical(const json& j, const Intake& in) {
  json c = {{"idempotency_key", in.idempotency_key}, {"niss", in.niss}, {"form", in.form},
            {"received_on", in.received_on.iso()}, {"lines", j["lines"]}};
  if (in.sticker_number) c["sticker_number"] = *in.sticker_number;
  if (in.electronic_reference) c["electronic_reference"] = *in.electronic_reference;
  return c.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

core::Result<Intake> parse_intake(std::string_view json_text) {
  const json j = json::parse(json_text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return fail(ErrorCode::invalid_argument, "expected a JSON object", "/");
  if (too_deep(j)) return fail(ErrorCode::invalid_argument, "expected at most 8 levels of nesting", "/");
  SECU_RETURN_IF_ERROR(check_fields(j));
  Intake in;
  SECU_RETURN_IF_ERROR(read_key(j, in));
  SECU_RETURN_IF_ERROR(read_member(j, in));
  SECU_RETURN_IF_ERROR(read_form(j, in));
  SECU_RETURN_IF_ERROR(read_lines(j, in));
  in.canonical = canonical(j, in);
  return in;
}

}  // namespace secu::fund

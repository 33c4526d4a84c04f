#include "sim/population.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace secu::sim {

using nlohmann::json;

std::string describe(const BadRow& bad) {
  if (bad.column > 0 && !bad.field.empty() && bad.field != "/")
    return fmt::format("line {}, column {} ({}): {}", bad.line, bad.column, bad.field, bad.message);
  if (bad.column > 0) return fmt::format("line {}, column {}: {}", bad.line, bad.column, bad.message);
  return fmt::format("line {}, {}: {}", bad.line, bad.field.empty() ? "/" : bad.field, bad.message);
}

std::expected<Household, BadRow> read_row(std::string_view text, std::size_t line) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    // e.byte is the 1-based position of the character where parsing stopped.
    return std::unexpected(BadRow{line, e.byte == 0 ? 1 : e.byte, "/", "not valid JSON (one situation object per line)"});
  } catch (const json::out_of_range&) {  // found by population_fuzz: 7777…e777… escaped as out_of_range.406
    return std::unexpected(BadRow{line, 0, "/", "not valid JSON: a number too large to read"});
  }
  auto s = rules::situation_from_json(doc);
  if (!s) return std::unexpected(BadRow{line, 0, s.error().field, s.error().message});
  Household h{.id = doc.contains("id") ? doc["id"].get<std::string>() : fmt::format("line {}", line), .line = line,
              .situation = std::move(*s)};
  return h;
}

bool LineBlocks::next(std::vector<std::string>& lines, std::vector<std::size_t>& numbers, std::size_t max) {
  lines.clear();
  numbers.clear();
  std::string text;
  while (lines.size() < max && std::getline(in_, text)) {
    ++line_;
    bytes_ += text.size() + 1;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    if (text.find_first_not_of(" \t") == std::string::npos) continue;
    lines.push_back(std::move(text));
    numbers.push_back(line_);
  }
  return !lines.empty();
}

}  // namespace secu::sim

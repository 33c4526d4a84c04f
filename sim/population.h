// A population for `secu simulate`: households as JSON Lines, one situation per line (the
// same JSON as `secu eval`, with an optional "id"), read in blocks so that a file of any size
// streams through in bounded memory. A row that cannot be read is reported with its line,
// column and field, never dropped silently (docs/population-format.md).
//
//   LineBlocks in(file);
//   std::vector<std::string> lines; std::vector<std::size_t> numbers;
//   while (in.next(lines, numbers, 4096))
//     for (std::size_t i = 0; i < lines.size(); ++i) {
//       auto h = read_row(lines[i], numbers[i]);   // std::expected<Household, BadRow>
//     }
#pragma once

#include <cstddef>
#include <cstdint>
#include <expected>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/situation.h"

namespace secu::sim {

/// One household: its id (the row's "id", else "line N"), the line it was read from, its facts.
struct Household {
  std::string id;
  std::size_t line = 0;
  rules::Situation situation;
};

/// A row that could not be read or evaluated: where (line from 1; column from 1, 0 when the
/// JSON itself is fine), the JSON pointer of the field, and what was expected.
struct BadRow {
  std::size_t line = 0;
  std::size_t column = 0;
  std::string field;
  std::string message;
};

/// Where the parts of a household read from CSV came from: the line of each person's first
/// row and of the row each event came from, and the header (for the columns).
struct CsvOrigin {
  std::vector<std::size_t> person_lines;
  std::vector<std::size_t> event_lines;
  std::vector<std::string> event_types;
  std::shared_ptr<const std::vector<std::string>> header;
};

/// A household read but not evaluated yet: its situation as JSON text and the line it starts
/// on, or a row that could not be read at all; `origin` for a household read from CSV.
struct Pending {
  std::string json{};
  std::size_t line = 0;
  std::optional<BadRow> bad{};
  std::shared_ptr<const CsvOrigin> origin{};
};

/// "line 12, column 5: expected ..." / "line 12, /persons/0/birth_date: expected ...".
std::string describe(const BadRow& bad);

/// Reads one JSON Lines row (an object on one line).
std::expected<Household, BadRow> read_row(std::string_view text, std::size_t line);

/// Splits a stream into blocks of lines, skipping blank lines (their numbers still count).
class LineBlocks {
 public:
  explicit LineBlocks(std::istream& in) : in_(in) {}
  /// Fills `lines` with up to `max` non-blank lines and `numbers` with their line numbers;
  /// false when nothing was left to read.
  bool next(std::vector<std::string>& lines, std::vector<std::size_t>& numbers, std::size_t max);
  /// Bytes read so far (for a progress bar).
  std::uint64_t bytes() const { return bytes_; }

 private:
  std::istream& in_;
  std::size_t line_ = 0;
  std::uint64_t bytes_ = 0;
};

}  // namespace secu::sim

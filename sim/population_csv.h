// CSV populations for `secu simulate`: one person a row, the rows of a household one after the
// other, read with libcsv (RFC 4180: quoted fields, doubled quotes, CRLF). The header names the
// columns (docs/population-format.md, "CSV"):
//   household, person             the household's id and the person's id (both required)
//   birth_date, daily_wage, …     a person's fact, by its name in the situation schema
//   insurance.fund, …             a fact of the person's insurance or self_employed record
//   incapacity.start, …           a fact of an event of that type about the person; a row with
//                                 any of an event type's cells filled makes one such event
// A cell is typed by the schema: true/false, whole numbers, JSON for lists (work_months), text
// for the rest (dates, amounts as decimal text); an empty cell is a fact not known. A person's
// facts are on their first row; further rows of the same person carry more events.
//
// Each household becomes the same situation JSON as a JSON Lines row, so the rules see no
// difference; an error in it is moved back to the CSV line and column it came from.
//
//   CsvHouseholds csv(file);
//   std::vector<Pending> block;
//   while (true) { SECU_TRY(bool more, csv.next(block, 4096)); if (!more) break; … }
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "sim/population.h"

namespace secu::sim {

class CsvHouseholds {
 public:
  explicit CsvHouseholds(std::istream& in);
  ~CsvHouseholds();
  CsvHouseholds(const CsvHouseholds&) = delete;
  CsvHouseholds& operator=(const CsvHouseholds&) = delete;

  /// Up to `max` households (each a situation's JSON, or a bad row); false at the end. An
  /// error only for a header that cannot be used (its column and what was expected).
  core::Result<bool> next(std::vector<Pending>& out, std::size_t max);
  /// Bytes read so far.
  std::uint64_t bytes() const;

 private:
  struct State;
  std::unique_ptr<State> s_;
};

/// Moves an error about a CSV household's situation (a JSON pointer) to the line and column of
/// the cell it came from; other errors keep the household's first line.
BadRow relocate(const BadRow& bad, const CsvOrigin& origin);

}  // namespace secu::sim

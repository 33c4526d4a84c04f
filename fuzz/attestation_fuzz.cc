// Fuzzes the attestation intake's parser and validator (fund::parse_intake): the part of
// POST /v1/attestations that runs before the database, on arbitrary bytes.
//
// Contracts checked (besides the sanitizers): a refusal is invalid_argument whose field is
// a JSON pointer into the intake; an accepted intake has 1 to 200 lines, each with a code
// and a fee charged of 0 or more on or before the day received, the NISS in its 11 digits,
// the sticker number or the electronic reference its form needs; and its canonical content
// is a fixed point (parsed again, it gives the same canonical text and lines), so that a
// replay of the same content always matches.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fund/attestations.h"
#include "fuzz/fuzz_env.h"

namespace {

using secu::core::ErrorCode;

void check_accepted(const secu::fund::Intake& in) {
  SECU_FUZZ_CHECK(!in.lines.empty() && in.lines.size() <= 200, in.canonical);
  SECU_FUZZ_CHECK(in.niss.size() == 11, in.niss);
  SECU_FUZZ_CHECK((in.form == "paper") == in.sticker_number.has_value(), in.canonical);
  SECU_FUZZ_CHECK((in.form == "electronic") == in.electronic_reference.has_value(), in.canonical);
  for (const auto& l : in.lines) {
    SECU_FUZZ_CHECK(l.code && l.code->size() == 6, in.canonical);
    SECU_FUZZ_CHECK(l.fee_charged && *l.fee_charged >= secu::core::Money{}, in.canonical);
    SECU_FUZZ_CHECK(l.date <= in.received_on, in.canonical);
  }
  auto again = secu::fund::parse_intake(in.canonical);
  SECU_FUZZ_CHECK(again.has_value(), in.canonical + (again ? "" : ": " + again.error().describe()));
  SECU_FUZZ_CHECK(again->canonical == in.canonical, in.canonical + " != " + again->canonical);
  SECU_FUZZ_CHECK(again->lines.size() == in.lines.size(), in.canonical);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto in = secu::fund::parse_intake(text);
  if (!in) {
    const auto& e = in.error();
    SECU_FUZZ_CHECK(e.code == ErrorCode::invalid_argument, e.describe());
    SECU_FUZZ_CHECK(!e.field.empty() && e.field.front() == '/', e.describe());
    return 0;
  }
  check_accepted(*in);
  return 0;
}

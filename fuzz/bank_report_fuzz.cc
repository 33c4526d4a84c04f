// Fuzzes the reader of the bank's payment status report (fund::sepa::read_pain002) on the
// bytes, with no database: libxml2's parser under the sanitizers, then the tree walk.
//
// Contracts (a violation traps): a refusal is invalid_argument and names an element; a
// report read has, for each transaction, an end-to-end id of 1 to 35 characters and a
// status of 4 capital letters, and a group status that is empty or 4 capital letters; an
// end-to-end id that names a payment is the one end_to_end_id() writes for it. The bytes
// are also passed through sepa_text (the SEPA character set): the result holds only
// characters of that set, is at most the length asked, and is its own image.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fund/payments.h"
#include "fund/sepa.h"
#include "fuzz/fuzz_env.h"

namespace {

using namespace secu;

bool status_code(std::string_view s) {
  if (s.size() != 4) return false;
  for (char c : s)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

void check_text(std::string_view bytes, std::size_t max) {
  const std::string t = fund::sepa::sepa_text(bytes, max);
  SECU_FUZZ_CHECK(t.size() <= max, t);
  constexpr std::string_view kAllowed = "/-?:().,'+ &";
  for (char c : t) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    SECU_FUZZ_CHECK(alnum || kAllowed.find(c) != std::string_view::npos, t);
  }
  SECU_FUZZ_CHECK(t.empty() || (t.front() != ' ' && t.back() != ' '), t);
  SECU_FUZZ_CHECK(fund::sepa::sepa_text(t, max) == t, t);
}

void check_id(std::string_view e2e) {
  if (auto id = fund::sepa::payment_id_of(e2e)) SECU_FUZZ_CHECK(fund::sepa::end_to_end_id(*id) == e2e, std::string(e2e));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  check_text(bytes, 70);
  check_text(bytes, 140);
  check_id(bytes);

  auto report = fund::sepa::read_pain002(bytes);
  if (!report) {
    SECU_FUZZ_CHECK(report.error().code == core::ErrorCode::invalid_argument, report.error().describe());
    SECU_FUZZ_CHECK(!report.error().field.empty() && report.error().field.front() == '/', report.error().describe());
    return 0;
  }
  SECU_FUZZ_CHECK(report->group_status.empty() || status_code(report->group_status), report->group_status);
  for (const fund::sepa::TxStatus& t : report->transactions) {
    SECU_FUZZ_CHECK(!t.end_to_end_id.empty() && t.end_to_end_id.size() <= 35, t.end_to_end_id);
    SECU_FUZZ_CHECK(status_code(t.status), t.status);
    check_id(t.end_to_end_id);
    (void)fund::verdict_of(t.status);
  }
  return 0;
}

// `secu test DIR`: runs the YAML rule cases under DIR (tests/cases/<branch>/*.yaml).
//
// A case file:
//   cases:
//     - name: white-collar, day 30 employer, day 31 fund
//       checks: {seed: "004", chapter: "III", quote: "White-collar workers receive …"}
//       at: 2013-06-01
//       situation: { persons: [...], events: [...] }
//       expect:
//         decisions:
//           - benefit: sickness.employee
//             status: entitled
//             schedule:
//               - {from: 2013-03-04, to: 2013-04-02, payer: employer, amount: "150.00"}
//       reasons_include: [sickness.white_collar]      # optional, rule ids
//       error: /persons/0/niss                        # instead of expect: the input is refused there
//
// `expect` is matched as a subset of the JSON decision output: objects by the keys given,
// arrays element by element and of the same length. Each case also renders in en, fr and
// nl and fails if a message is missing.
#pragma once

#include <string>

#include "cli/app.h"

namespace secu::cli {

struct CaseTotals {
  int passed = 0;
  int failed = 0;
};

/// Runs every case file below `dir`; prints failures and the closing line
/// "N passed, N failed". When `seeds_dir` is set, each seed quote must be found there.
CaseTotals run_cases(const App& app, const std::string& dir, const std::string& seeds_dir, bool verbose);

}  // namespace secu::cli

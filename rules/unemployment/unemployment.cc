// The unemployment branch: each claim decided by its kind (seed 004 ch. X).
#include "rules/unemployment/unemployment.h"

#include "rules/unemployment/company_supplement.h"
#include "rules/unemployment/full.h"
#include "rules/unemployment/other_schemes.h"

namespace secu::rules::unemployment {

core::Result<std::vector<explain::Decision>> evaluate(const Situation& s, const Context& ctx) {
  std::vector<explain::Decision> out;
  for (const auto& claim : s.unemployment_claims) {
    core::Result<explain::Decision> d = [&]() {
      switch (claim.kind) {
        case UnemploymentKind::company_supplement: return company_supplement_decision(s, claim, ctx);
        case UnemploymentKind::integration: return integration_decision(s, claim, ctx);
        case UnemploymentKind::temporary: return temporary_decision(s, claim, ctx);
        case UnemploymentKind::full: break;
      }
      return full_decision(s, claim, ctx);
    }();
    if (!d) return std::unexpected(d.error());
    out.push_back(std::move(*d));
  }
  return out;
}

}  // namespace secu::rules::unemployment

// The route of a newcomer to healthcare (seed 003): urgent medical aid of the CPAS/OCMW
// for those without a formalised status, or the CPAS documents (requisitoire, medical
// card, Mediprim) once a temporary-protection certificate, Annex 15 or A card is issued.
#pragma once

#include <cstdint>

#include "core/result.h"
#include "law/parameter.h"
#include "rules/context.h"
#include "rules/situation.h"

namespace secu::rules::refugees {

/// The parameter that gives the requisitoire's uses; its first date is the first date
/// this branch covers (seed 003 is undated: see the parameter's note).
inline constexpr const char* kRequisitoireUses = "minimum_income.urgent_medical_aid.requisitoire_uses";

/// Which way to care the CPAS/OCMW opens; unknown until the facts settle it.
enum class Route { urgent_aid, cpas_documents, unknown };

/// Whether this branch decides for the person: a migration status other than Belgian or
/// resident, or (status not given) a residence document that marks a newcomer.
bool concerns(const Person& p);

/// Whether the person holds a document that seed 003 names (certificate of temporary
/// protection, Annex 15, A card).
bool holds_named_document(const Person& p);

/// The name of a named document, as a catalog key (for a message argument).
explain::Key document_name(ResidenceDocument d);

/// Whether the person's status is a formal protection (temporary protection, recognised
/// refugee, subsidiary protection).
bool formal_protection(const Person& p);

/// Picks the route and adds its reasons, or the questions that would settle it (status
/// first, then the document). `requisitoire` is the entry of the requisitoire's uses.
core::Result<Route> route(const Person& p, const law::Entry& requisitoire, std::int64_t uses, DecisionBuilder& b);

}  // namespace secu::rules::refugees

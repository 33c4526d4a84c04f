// Seed 003, "Types of health insurance in Belgium":
//   "Regardless of your current status, the Belgian Center for Social Assistance will
//   provide assistance for treatment, mandatory procedures, and diagnostics. This is called
//   emergency care, it is given to all refugees who are officially in the country, but
//   without formalized status. It is issued regardless of medical insurance, or the current
//   situation with the documents. […] The same applies to all members of your family."
//   "After issuing a certificate of temporary protection, Annex 15 or an “A” type
//   certificate, you can get one of the types of health insurance in Belgium for
//   immigrants:" a requisitoire ("It is valid only 1 time, often issued for emergency
//   medical care."), a medical card ("from several days to several months […] long-term
//   treatment, accurate diagnosis"), or the Mediprim form ("valid on a permanent basis").
//
// Base case: urgent medical aid (AMU/DMH) through the CPAS/OCMW.
// Exception (documents): one of the three documents the seed names opens the CPAS
// documents, whatever the status given.
// Which of the three documents the CPAS issues is its own choice for the care needed; the
// decision says when each is used, as the seed does, and does not pick one.
// Not implemented: asylum seekers' care through their reception centre (Fedasil) — not in
// the seeds, which put asylum seekers ("officially in the country, but without formalized
// status") on the urgent-aid route.
#include "rules/refugees/route.h"

namespace secu::rules::refugees {

using explain::Message;

namespace {

bool named(ResidenceDocument d) {
  return d == ResidenceDocument::temporary_protection_certificate || d == ResidenceDocument::annex_15 ||
         d == ResidenceDocument::a_card;
}

bool without_formal_status(MigrationStatus s) {
  return s == MigrationStatus::irregular || s == MigrationStatus::asylum_seeker;
}

// Exception: a certificate of temporary protection, Annex 15 or A card.
core::Status documents(const Person& p, const law::Entry& requisitoire, std::int64_t uses, DecisionBuilder& b) {
  SECU_RETURN_IF_ERROR(b.reason("refugees.documents.route",
                                Message{"refugees.reason.cpas_documents", {{"document", document_name(*p.residence_document)}}}));
  b.reason_from(requisitoire, kRequisitoireUses,
                Message{"refugees.reason.requisitoire", {{"uses", uses}}});
  SECU_RETURN_IF_ERROR(b.reason("refugees.documents.medical_card", msg("refugees.reason.medical_card")));
  return b.reason("refugees.documents.mediprim", msg("refugees.reason.mediprim"));
}

// Base case: urgent medical aid, with the sentence that puts this person on it.
core::Status urgent_aid(const Person& p, DecisionBuilder& b) {
  SECU_RETURN_IF_ERROR(b.reason("refugees.urgent_aid.cpas", msg("refugees.reason.urgent_aid")));
  const auto status = p.migration_status;
  const auto doc = p.residence_document;
  if (status == MigrationStatus::irregular)
    SECU_RETURN_IF_ERROR(b.reason("refugees.urgent_aid.regardless", msg("refugees.reason.urgent_aid_any_papers")));
  else if (status == MigrationStatus::asylum_seeker)
    SECU_RETURN_IF_ERROR(b.reason("refugees.urgent_aid.without_status", msg("refugees.reason.urgent_aid_asylum_seeker")));
  else if (doc == ResidenceDocument::none)
    SECU_RETURN_IF_ERROR(b.reason("refugees.urgent_aid.without_status", msg("refugees.reason.urgent_aid_not_yet_certified")));
  else
    SECU_RETURN_IF_ERROR(b.reason("refugees.urgent_aid.regardless", msg("refugees.reason.urgent_aid_other_document")));
  return b.reason("refugees.urgent_aid.family", msg("refugees.reason.urgent_aid_family"));
}

}  // namespace

explain::Key document_name(ResidenceDocument d) {
  if (d == ResidenceDocument::annex_15) return {"refugees.reason.document.annex_15"};
  if (d == ResidenceDocument::a_card) return {"refugees.reason.document.a_card"};
  return {"refugees.reason.document.temporary_protection_certificate"};
}

bool concerns(const Person& p) {
  if (p.migration_status) return *p.migration_status != MigrationStatus::belgian_or_resident;
  return p.residence_document.has_value();
}

bool holds_named_document(const Person& p) { return p.residence_document && named(*p.residence_document); }

bool formal_protection(const Person& p) {
  return p.migration_status == MigrationStatus::temporary_protection ||
         p.migration_status == MigrationStatus::recognised_refugee ||
         p.migration_status == MigrationStatus::subsidiary_protection;
}

core::Result<Route> route(const Person& p, const law::Entry& requisitoire, std::int64_t uses, DecisionBuilder& b) {
  if (holds_named_document(p)) {
    SECU_RETURN_IF_ERROR(documents(p, requisitoire, uses, b));
    return Route::cpas_documents;
  }
  const bool no_status = p.migration_status && without_formal_status(*p.migration_status);
  // Without a named document, the status decides; a formal protection needs the document
  // to know whether it is issued yet. Unknown status: Belgian or resident would not be here.
  if (!no_status) {
    if (!p.migration_status) b.missing(p.pointer("/migration_status"), msg("question.migration_status"));
    if (!p.residence_document) b.missing(p.pointer("/residence_document"), msg("question.residence_document"));
    if (!p.migration_status || !p.residence_document) return Route::unknown;
  }
  SECU_RETURN_IF_ERROR(urgent_aid(p, b));
  return Route::urgent_aid;
}

}  // namespace secu::rules::refugees

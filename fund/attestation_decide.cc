// The decisions of one intake. Each line is first checked by what only the fund knows —
// was the member insured on that day (fund::insurability: the membership rules), was the
// same care already reimbursed on another attestation — and the other lines go, as one
// "care" event of the stored member's situation, to rules::healthcare, which decides the
// tariff, the DMG/GMD and BIM rates, the supplement and the two-year deadline (the sending
// date is `received_on`). Nothing about reimbursement is computed here.
#include <charconv>
#include <map>

#include "fund/attestation_internal.h"
#include "fund/insurability.h"
#include "rules/context.h"
#include "rules/healthcare/healthcare.h"

namespace secu::fund::internal {

using core::Money;
using explain::Decision;
using explain::Message;
using explain::Status;
using rules::msg;

namespace {

constexpr const char* kLineBenefit = "attestations.line";
constexpr const char* kIntakeBenefit = "attestations.intake";

std::string line_pointer(std::size_t i) { return "/lines/" + std::to_string(i); }

// The rest of `p` after `prefix` when p is prefix or prefix + "/…".
std::optional<std::string_view> after(std::string_view p, std::string_view prefix) {
  if (!p.starts_with(prefix)) return std::nullopt;
  std::string_view rest = p.substr(prefix.size());
  if (!rest.empty() && rest.front() != '/') return std::nullopt;
  return rest;
}

// The index k of "/events/0/lines/k…", if the pointer is one.
std::optional<std::size_t> rule_line(std::string_view p, std::string_view* rest = nullptr) {
  constexpr std::string_view kLines = "/events/0/lines/";
  if (!p.starts_with(kLines)) return std::nullopt;
  p.remove_prefix(kLines.size());
  std::size_t k = 0;
  auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), k);
  if (ec != std::errc{} || (end != p.data() + p.size() && *end != '/')) return std::nullopt;
  if (rest) *rest = std::string_view(end, static_cast<std::size_t>(p.data() + p.size() - end));
  return k;
}

std::optional<Money> amount(const Decision& d, std::string_view name) {
  for (const auto& a : d.amounts)
    if (a.name == name) return a.value;
  return std::nullopt;
}

void remap(Decision& d, const std::vector<std::size_t>& index_of) {
  if (!d.subject.empty()) d.subject = intake_pointer(d.subject, index_of);
  for (auto& m : d.missing) m.fact = intake_pointer(m.fact, index_of);
}

// The exceptions that lower a reimbursement (rules/healthcare/line.cc, conditions.cc).
bool reduced(const Decision& d) {
  for (const auto& r : d.reasons) {
    const std::string& k = r.text.key;
    if (k == "healthcare.reason.no_dmg" || k == "healthcare.reason.no_referral" || k == "healthcare.reason.nurse_non_contracted")
      return true;
  }
  return false;
}

// The rules' line decision, its status and amounts read into the fund's closed list.
LineOutcome from_rules(Decision d) {
  LineOutcome o;
  o.statutory = amount(d, "statutory_fee");
  if (d.status == Status::entitled) {
    o.code = reduced(d) ? LineCode::reimbursed_reduced : LineCode::reimbursed;
    o.reimbursed = amount(d, "reimbursed").value_or(Money{});
    o.personal_share = amount(d, "personal_share");
    o.supplement = amount(d, "supplement");
  } else if (d.status == Status::not_entitled) {
    o.code = d.summary.key == "healthcare.summary.line_late" ? LineCode::late : LineCode::not_reimbursable;
    o.reimbursed = Money{};
  } else {
    o.code = d.missing.empty() ? LineCode::tariff_unknown : LineCode::pending_fact;
  }
  o.decision = std::move(d);
  return o;
}

void asked_and_nothing(Decision& d, const rules::CareLine& l, bool refused) {
  d.amounts.push_back({"fee_charged", msg("amount.healthcare.fee_charged"), *l.fee_charged, explain::Per::once, false});
  if (refused) d.amounts.push_back({"reimbursed", msg("amount.healthcare.reimbursed"), Money{}, explain::Per::once, false});
}

// Not insured on the care date, or cannot tell: the membership decisions' reasons and questions.
core::Result<LineOutcome> insurance_line(const Insurability& a, const rules::CareLine& l, std::size_t i, const rules::Context& ctx,
                                         const std::string& person) {
  rules::DecisionBuilder b(ctx, kLineBenefit, person);
  Decision& d = b.decision();
  d.subject = line_pointer(i);
  for (const Decision& x : a.decisions) {
    d.reasons.insert(d.reasons.end(), x.reasons.begin(), x.reasons.end());
    d.trace.insert(d.trace.end(), x.trace.begin(), x.trace.end());
    for (const auto& m : x.missing) b.missing(intake_pointer(m.fact, {}), m.question);
  }
  const bool refused = a.status == Status::not_entitled;
  asked_and_nothing(d, l, refused);
  LineOutcome o;
  if (!refused) {
    o.decision = b.finish(Status::cannot_tell, Message{"attestations.summary.insurance_unknown", {{"date", l.date}}});
    return o;
  }
  SECU_RETURN_IF_ERROR(b.reason("healthcare.enrolled_only", Message{"attestations.reason.not_insured", {{"date", l.date}}}));
  o.code = LineCode::not_insured;
  o.reimbursed = Money{};
  o.decision = b.finish(Status::not_entitled, Message{"attestations.summary.not_insured", {{"date", l.date}}});
  return o;
}

// A fund's control, not a sentence of the law: one care is reimbursed once.
LineOutcome duplicate_line(const rules::CareLine& l, std::size_t i, std::int64_t other, const rules::Context& ctx,
                           const std::string& person) {
  rules::DecisionBuilder b(ctx, kLineBenefit, person);
  Decision& d = b.decision();
  d.subject = line_pointer(i);
  const Message why{"attestations.reason.duplicate_line", {{"code", *l.code}, {"date", l.date}, {"attestation", other}}};
  d.reasons.push_back({"attestations.duplicate_line", why, core::Citation{}});
  asked_and_nothing(d, l, true);
  LineOutcome o;
  o.code = LineCode::duplicate_line;
  o.reimbursed = Money{};
  o.decision = b.finish(Status::not_entitled, Message{"attestations.summary.duplicate_line", {{"attestation", other}}});
  return o;
}

// The member as the rules see them on the first care day, insured (checked line by line).
core::Result<rules::Situation> situation(store::Database& db, const Intake& in, const Member& m, const Insurability& a,
                                         const std::vector<std::size_t>& included) {
  core::Date first = in.lines[included.front()].date;
  for (std::size_t k : included) first = std::min(first, in.lines[k].date);
  SECU_TRY(rules::Situation s, situation_on(db, in.niss, first));
  rules::Person& p = s.persons.front();
  p.preferential_scheme = m.bim;
  p.insurance.registered = true;
  if (a.fund) p.insurance.fund = a.fund;
  rules::Care c;
  c.person = p.id;
  c.form = in.form;
  if (in.form == "paper") c.sticker = true;  // its number was keyed in
  c.sent = in.received_on;
  for (std::size_t k : included) c.lines.push_back(in.lines[k]);
  s.cares.push_back(std::move(c));
  return s;
}

core::Status run_rules(store::Database& db, const Intake& in, const Member& m, const std::map<core::Date, Insurability>& ins,
                       const std::vector<std::size_t>& included, const rules::Context& ctx, Outcome& out,
                       std::optional<Decision>& attestation) {
  if (included.empty()) return {};
  SECU_TRY(rules::Situation s, situation(db, in, m, ins.at(in.lines[included.front()].date), included));
  SECU_TRY(std::vector<Decision> ds, rules::healthcare::evaluate(s, ctx));
  std::vector<bool> seen(included.size(), false);
  for (Decision& d : ds) {
    const auto k = rule_line(d.subject);
    remap(d, included);
    if (d.benefit == "healthcare.reimbursement" && k && *k < included.size()) {
      seen[*k] = true;
      out.lines[included[*k]] = from_rules(std::move(d));
    } else if (d.benefit == "healthcare.attestation") {
      attestation = std::move(d);
    }
  }
  for (std::size_t k = 0; k < seen.size(); ++k)
    if (!seen[k]) return core::fail(core::ErrorCode::internal, "the healthcare rules gave no decision for this line", line_pointer(included[k]));
  return {};
}

AttestationStatus status_of(const std::vector<LineOutcome>& lines) {
  bool paid = false;
  for (const auto& l : lines) {
    if (l.code == LineCode::pending_fact || l.code == LineCode::tariff_unknown) return AttestationStatus::pending;
    if (is_reimbursed(l.code)) paid = true;
  }
  return paid ? AttestationStatus::decided : AttestationStatus::rejected;
}

// When no line reached the healthcare rules: the fund's own decision on the attestation.
Decision fund_attestation(const Outcome& out, const rules::Context& ctx, const std::string& person) {
  rules::DecisionBuilder b(ctx, kIntakeBenefit, person);
  for (const auto& l : out.lines)
    for (const auto& m : l.decision.missing) b.missing(m.fact, m.question);
  b.decision().amounts.push_back({"reimbursed", msg("amount.healthcare.total_reimbursed"), Money{}, explain::Per::once, false});
  if (out.status == AttestationStatus::pending) return b.finish(Status::cannot_tell, msg("attestations.summary.intake_pending"));
  return b.finish(Status::not_entitled, msg("attestations.summary.intake_rejected"));
}

}  // namespace

bool is_reimbursed(LineCode c) { return c == LineCode::reimbursed || c == LineCode::reimbursed_reduced; }

std::string intake_pointer(std::string_view p, const std::vector<std::size_t>& index_of) {
  std::string_view rest;
  if (auto k = rule_line(p, &rest)) return *k < index_of.size() ? line_pointer(index_of[*k]) + std::string(rest) : std::string(p);
  if (auto r = after(p, "/events/0/attestation/sent")) return "/received_on" + std::string(*r);
  if (auto r = after(p, "/events/0/attestation")) return std::string(*r);
  if (auto r = after(p, "/events/0")) return std::string(*r);
  if (auto r = after(p, "/persons/0")) return "/member" + std::string(*r);
  if (auto r = after(p, "/persons/1")) return "/head_of_family" + std::string(*r);
  return std::string(p);
}

core::Result<Outcome> decide(store::Database& db, const law::LawData& law, const Intake& in, const Member& member,
                             const std::vector<std::optional<std::int64_t>>& already) {
  const rules::Context ctx{law, in.received_on, true};
  std::map<core::Date, Insurability> ins;
  for (const auto& l : in.lines) {
    if (ins.contains(l.date)) continue;
    SECU_TRY(Insurability a, insurability(db, law, in.niss, l.date));
    ins.emplace(l.date, std::move(a));
  }
  Outcome out;
  out.lines.resize(in.lines.size());
  std::vector<std::size_t> included;
  for (std::size_t i = 0; i < in.lines.size(); ++i) {
    const rules::CareLine& l = in.lines[i];
    const Insurability& a = ins.at(l.date);
    if (a.status != Status::entitled) {
      SECU_TRY(out.lines[i], insurance_line(a, l, i, ctx, in.niss));
    } else if (already.at(i)) {
      out.lines[i] = duplicate_line(l, i, *already[i], ctx, in.niss);
    } else {
      included.push_back(i);
    }
  }
  std::optional<Decision> attestation;
  SECU_RETURN_IF_ERROR(run_rules(db, in, member, ins, included, ctx, out, attestation));
  out.status = status_of(out.lines);
  for (const auto& l : out.lines)
    if (is_reimbursed(l.code)) out.reimbursed += l.reimbursed.value_or(Money{});
  out.attestation = attestation ? std::move(*attestation) : fund_attestation(out, ctx, in.niss);
  return out;
}

}  // namespace secu::fund::internal

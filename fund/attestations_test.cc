// fund/attestations: intake, decisions by rules/healthcare, duplicates, deadline, insurance,
// payment and MAF counters — on SQLite always and on PostgreSQL when SECU_PG_URL is set.
//
// Figures (data/params/healthcare/nomenclature/gp/101010, from 2024-01-01, vnz.be): GP
// consultation 101010, fee 18.85; reimbursed ordinary_with_dmg 14.85, ordinary_without_dmg
// 12.85, bim_with_dmg 17.85, bim_without_dmg 17.35. Personal share = fee - reimbursed.
#include "fund/attestations.h"
#include "fund/decisions.h"
#include "fund/maf_counters.h"
#include "fund/members.h"
#include "explain/testing.h"
#include "law/testing.h"
#include "store/testing.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>

namespace secu::fund {
namespace {

using core::Date;
using core::ErrorCode;
using core::Money;
using nlohmann::json;
using store::Engine;

Money eur(const char* text) { return *core::parse_money(text); }

constexpr const char* kAn = "85073003328";     // born 1985-07-30
constexpr const char* kBart = "70011512331";   // born 1970-01-15
constexpr const char* kChild = "00031504540";  // born 2000-03-15

json gp(const char* date, const char* fee, std::optional<bool> dmg = true, bool conventioned = true, const char* code = "101010") {
  json provider{{"kind", "gp"}, {"conventioned", conventioned}};
  if (dmg) provider["holds_dmg"] = *dmg;
  return {{"date", date}, {"code", code}, {"fee_charged", fee}, {"provider", provider}};
}

json paper(const char* key, const char* niss, const char* sticker, const char* received, json lines) {
  return {{"idempotency_key", key}, {"niss", niss}, {"form", "paper"}, {"sticker_number", sticker},
          {"received_on", received}, {"lines", std::move(lines)}};
}

class AttestationsTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    auto s = store::Scratch::open(GetParam());
    ASSERT_TRUE(s) << s.error().describe();
    scratch_ = std::move(*s);
  }
  store::Database& db() { return scratch_.db(); }

  // A member insured from `from` (residence, ground and contributions stored), or with
  // those facts unknown when `facts` is false.
  void member(const char* niss, bool bim = false, bool iban = true, const char* from = "2024-01-01", bool facts = true) {
    MemberInput in{.niss = niss, .family_name = "Peeters", .given_names = "An", .language = "nl", .bim = bim};
    if (iban) in.iban = "BE68 5390 0754 7034";
    auto m = register_member(db(), in);
    ASSERT_TRUE(m) << m.error().describe();
    auto a = add_affiliation(db(), {.niss = niss, .fund_code = "mut_neutral", .valid_from = *Date::parse(from)});
    ASSERT_TRUE(a) << a.error().describe();
    if (!facts) return;
    ASSERT_TRUE(db().exec("UPDATE members SET legal_residence = 1, insured_as = 'employee', contributions_sufficient = 1 "
                          "WHERE niss = $1", {store::text(niss)}));
  }

  core::Result<IntakeResult> take(const json& j) {
    SECU_TRY(Intake in, parse_intake(j.dump()));
    return intake_attestation(db(), law::source_law(), explain::source_catalog(), in, "clerk1");
  }

  Attestation taken(const json& j) {
    auto r = take(j);
    EXPECT_TRUE(r) << r.error().describe();
    return r ? r->attestation : Attestation{};
  }

  std::int64_t count(const char* table) { return db().query(std::string("SELECT COUNT(*) FROM ") + table)->at(0).int64(0).value(); }

  // Every table an intake writes, to check that a refused one writes nothing.
  std::vector<std::int64_t> counts() {
    return {count("attestations"), count("attestation_lines"), count("decisions"), count("payments"), count("audit_log"),
            count("maf_counters")};
  }

  store::Scratch scratch_;
};

// An ordinary insured at a conventioned GP holding the DMG, charged the fee: 14.85 back,
// 4.00 personal share (18.85 - 14.85), no supplement; paid to the member's IBAN.
TEST_P(AttestationsTest, GpConsultationWithDmgIsReimbursedAndPaid) {
  member(kAn);
  Attestation a = taken(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85")}));
  EXPECT_EQ(a.status, AttestationStatus::decided);
  ASSERT_EQ(a.lines.size(), 1u);
  const AttestationLine& l = a.lines[0];
  EXPECT_EQ(l.decision, LineCode::reimbursed);
  EXPECT_EQ(l.asked, eur("18.85"));
  EXPECT_EQ(l.statutory, eur("18.85"));
  EXPECT_EQ(l.reimbursed, eur("14.85"));
  EXPECT_EQ(l.personal_share, eur("4.00"));
  EXPECT_EQ(l.supplement, eur("0"));
  EXPECT_EQ(a.reimbursed, eur("14.85"));
  ASSERT_TRUE(a.payment);
  EXPECT_EQ(a.payment->amount, eur("14.85"));
  EXPECT_EQ(a.payment->status, "due");
  EXPECT_FALSE(a.waits_for_bank_account);
  // One decision per line and one for the attestation, the payment linked to the latter.
  EXPECT_EQ(count("decisions"), 2);
  auto pay = db().query("SELECT debt_key, decision_id, due_on FROM payments");
  EXPECT_EQ(pay->at(0).text(0).value(), "attestation:" + std::to_string(a.id));
  EXPECT_EQ(pay->at(0).int64(1).value(), *a.decision_id);
  EXPECT_EQ(pay->at(0).text(2).value(), "2024-05-10");
  auto audit = db().query("SELECT who, subject FROM audit_log WHERE what = 'attestation.intake'");
  ASSERT_EQ(audit->size(), 1u);
  EXPECT_EQ(audit->at(0).text(0).value(), "clerk1");
  EXPECT_EQ(audit->at(0).text(1).value(), "attestation:" + std::to_string(a.id));
}

// Without the DMG: 12.85 back, 6.00 share (18.85 - 12.85), the reduced code.
TEST_P(AttestationsTest, WithoutDmgTheLowerRate) {
  member(kAn);
  Attestation a = taken(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85", false)}));
  ASSERT_EQ(a.lines.size(), 1u);
  EXPECT_EQ(a.lines[0].decision, LineCode::reimbursed_reduced);
  EXPECT_EQ(a.lines[0].reimbursed, eur("12.85"));
  EXPECT_EQ(a.lines[0].personal_share, eur("6.00"));
}

// BIM (increased reimbursement), 38 years old (the under-25 rule does not apply):
// with DMG 17.85 back, 1.00 share; without 17.35, 1.50.
TEST_P(AttestationsTest, BimWithAndWithoutDmg) {
  member(kAn, true);
  Attestation a = taken(paper("k1", kAn, "100001", "2024-05-10",
                              {gp("2024-05-02", "18.85", true), gp("2024-05-03", "18.85", false)}));
  ASSERT_EQ(a.lines.size(), 2u);
  EXPECT_EQ(a.lines[0].decision, LineCode::reimbursed);
  EXPECT_EQ(a.lines[0].reimbursed, eur("17.85"));
  EXPECT_EQ(a.lines[0].personal_share, eur("1.00"));
  EXPECT_EQ(a.lines[1].decision, LineCode::reimbursed_reduced);
  EXPECT_EQ(a.lines[1].reimbursed, eur("17.35"));
  EXPECT_EQ(a.lines[1].personal_share, eur("1.50"));
  EXPECT_EQ(a.reimbursed, eur("35.20"));
  EXPECT_EQ(a.payment->amount, eur("35.20"));
}

// A non-conventioned GP charging 25.00: the tariff's 18.85 is the base (14.85 back, 4.00
// share); the 6.15 above it is a supplement, never covered.
TEST_P(AttestationsTest, SupplementAboveTheTariff) {
  member(kAn);
  Attestation a = taken(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "25.00", true, false)}));
  const AttestationLine& l = a.lines.at(0);
  EXPECT_EQ(l.asked, eur("25.00"));
  EXPECT_EQ(l.statutory, eur("18.85"));
  EXPECT_EQ(l.reimbursed, eur("14.85"));
  EXPECT_EQ(l.personal_share, eur("4.00"));
  EXPECT_EQ(l.supplement, eur("6.15"));
  EXPECT_EQ(a.supplement, eur("6.15"));
}

// Care on 2024-03-31: two years from the end of that month (law of 14 July 1994, art. 174,
// 3°; healthcare.reimbursement.attestation_deadline_years = 2) ends on 2026-03-31.
TEST_P(AttestationsTest, TwoYearDeadlineBothSides) {
  member(kAn);
  member(kBart);
  Attestation last_day = taken(paper("k1", kAn, "100001", "2026-03-31", {gp("2024-03-31", "18.85")}));
  EXPECT_EQ(last_day.lines.at(0).decision, LineCode::reimbursed);
  EXPECT_EQ(last_day.status, AttestationStatus::decided);
  Attestation late = taken(paper("k2", kBart, "100002", "2026-04-01", {gp("2024-03-31", "18.85")}));
  EXPECT_EQ(late.lines.at(0).decision, LineCode::late);
  EXPECT_EQ(late.lines.at(0).reimbursed, eur("0"));
  EXPECT_EQ(late.status, AttestationStatus::rejected);
  EXPECT_FALSE(late.payment);
  EXPECT_EQ(count("payments"), 1);
}

// Affiliated from 2024-04-01: care on 2024-03-31 is not insured, on 2024-04-01 it is.
TEST_P(AttestationsTest, NotInsuredOnTheCareDate) {
  member(kAn, false, true, "2024-04-01");
  Attestation a = taken(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-03-31", "18.85"), gp("2024-04-01", "18.85")}));
  EXPECT_EQ(a.lines.at(0).decision, LineCode::not_insured);
  EXPECT_EQ(a.lines.at(0).reimbursed, eur("0"));
  EXPECT_EQ(a.lines.at(1).decision, LineCode::reimbursed);
  EXPECT_EQ(a.status, AttestationStatus::decided);
  EXPECT_EQ(a.payment->amount, eur("14.85"));
  Attestation none = taken(paper("k2", kAn, "100002", "2024-05-10", {gp("2024-03-30", "18.85")}));
  EXPECT_EQ(none.status, AttestationStatus::rejected);
  EXPECT_FALSE(none.payment);
}

// The membership facts unknown: the line waits, with the questions about the member.
TEST_P(AttestationsTest, InsuranceUnknownIsPendingWithTheQuestion) {
  member(kAn, false, true, "2024-01-01", false);
  Attestation a = taken(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85")}));
  EXPECT_EQ(a.status, AttestationStatus::pending);
  const AttestationLine& l = a.lines.at(0);
  EXPECT_EQ(l.decision, LineCode::pending_fact);
  EXPECT_FALSE(l.reimbursed);
  ASSERT_FALSE(l.questions.empty());
  EXPECT_TRUE(l.questions[0].fact.starts_with("/member/")) << l.questions[0].fact;
  EXPECT_FALSE(l.questions[0].text[static_cast<std::size_t>(core::Lang::fr)].empty());
  EXPECT_FALSE(a.payment);
  EXPECT_EQ(count("payments"), 0);
  EXPECT_EQ(count("maf_counters"), 0);
}

// The GP's DMG not said on the line: the rules ask, the question points into the intake.
TEST_P(AttestationsTest, MissingLineFactIsAskedAtTheIntakesPointer) {
  member(kAn);
  Attestation a = taken(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85"), gp("2024-05-03", "18.85", std::nullopt)}));
  EXPECT_EQ(a.status, AttestationStatus::pending);
  EXPECT_EQ(a.lines.at(0).decision, LineCode::reimbursed);
  ASSERT_EQ(a.lines.at(1).decision, LineCode::pending_fact);
  ASSERT_EQ(a.lines[1].questions.size(), 1u);
  EXPECT_EQ(a.lines[1].questions[0].fact, "/lines/1/provider/holds_dmg");
  EXPECT_FALSE(a.payment);  // nothing is paid while a line waits
  EXPECT_EQ(count("maf_counters"), 1);  // the decided line counts already
}

// The clerk answers the question (the GP holds no DMG): line 1 decided at the lower rate
// (12.85 back, 6.00 share), the attestation decided and paid 14.85 + 12.85 = 27.70; the MAF
// counter 4.00 + 6.00 = 10.00. The new line decision supersedes the one that asked; the
// intake as received is kept, so a replay of its key still replays.
TEST_P(AttestationsTest, AnsweredQuestionDecidesTheLineAndPays) {
  member(kAn);
  const json first = paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85"), gp("2024-05-03", "18.85", std::nullopt)});
  Attestation a = taken(first);
  ASSERT_EQ(a.status, AttestationStatus::pending);
  const std::int64_t asked = *a.lines.at(1).decision_id;
  EXPECT_EQ(count("decisions"), 3);
  auto r = redecide_attestation(db(), law::source_law(), explain::source_catalog(), a.id,
                                R"({"answers": {"/lines/1/provider/holds_dmg": false}})", "clerk2");
  ASSERT_TRUE(r) << r.error().describe();
  EXPECT_EQ(r->status, AttestationStatus::decided);
  EXPECT_EQ(r->lines.at(0).decision, LineCode::reimbursed);
  EXPECT_EQ(r->lines.at(0).decision_id, a.lines.at(0).decision_id);  // decided before: kept
  EXPECT_EQ(r->lines.at(1).decision, LineCode::reimbursed_reduced);
  EXPECT_EQ(r->lines.at(1).reimbursed, eur("12.85"));
  EXPECT_EQ(r->lines.at(1).personal_share, eur("6.00"));
  EXPECT_TRUE(r->lines.at(1).questions.empty());
  EXPECT_EQ(r->reimbursed, eur("27.70"));
  ASSERT_TRUE(r->payment);
  EXPECT_EQ(r->payment->amount, eur("27.70"));
  EXPECT_EQ(count("decisions"), 5);  // the line and the attestation again
  auto line = find_decision(db(), *r->lines.at(1).decision_id);
  ASSERT_TRUE(line);
  EXPECT_EQ(line->supersedes, asked);
  auto counters = maf_counters(db(), law::source_law(), kAn, 2024);
  ASSERT_TRUE(counters) << counters.error().describe();
  EXPECT_EQ(counters->member.personal_shares, eur("10.00"));
  auto audit = db().query("SELECT who FROM audit_log WHERE what = 'attestation.redecide'");
  ASSERT_EQ(audit->size(), 1u);
  EXPECT_EQ(audit->at(0).text(0).value(), "clerk2");
  auto again = take(first);
  ASSERT_TRUE(again) << again.error().describe();
  EXPECT_TRUE(again->replayed);
  auto twice = redecide_attestation(db(), law::source_law(), explain::source_catalog(), a.id, "{}", "clerk2");
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(twice.error().field, "status");
}

// The member's facts were unknown; once the clerk stores them, an empty answer decides the
// attestation: 14.85 back, paid.
TEST_P(AttestationsTest, MemberFactsStoredThenDecidedAgain) {
  member(kAn, false, true, "2024-01-01", false);
  Attestation a = taken(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85")}));
  ASSERT_EQ(a.status, AttestationStatus::pending);
  auto still = redecide_attestation(db(), law::source_law(), explain::source_catalog(), a.id, "{}", "clerk2");
  ASSERT_TRUE(still) << still.error().describe();
  EXPECT_EQ(still->status, AttestationStatus::pending);  // nothing new: it still waits, asked again
  EXPECT_FALSE(still->lines.at(0).questions.empty());
  ASSERT_TRUE(db().exec("UPDATE members SET legal_residence = 1, insured_as = 'employee', contributions_sufficient = 1 "
                        "WHERE niss = $1", {store::text(kAn)}));
  auto r = redecide_attestation(db(), law::source_law(), explain::source_catalog(), a.id, "", "clerk2");
  ASSERT_FALSE(r);  // an empty body is not JSON
  EXPECT_EQ(r.error().field, "/");
  r = redecide_attestation(db(), law::source_law(), explain::source_catalog(), a.id, "{}", "clerk2");
  ASSERT_TRUE(r) << r.error().describe();
  EXPECT_EQ(r->status, AttestationStatus::decided);
  EXPECT_EQ(r->reimbursed, eur("14.85"));
  ASSERT_TRUE(r->payment);
  EXPECT_EQ(r->payment->amount, eur("14.85"));
}

// Answers that are not a line's fact, a line that does not exist, a value the intake does not
// allow, an unknown attestation: refused, the field named, nothing written.
TEST_P(AttestationsTest, BadAnswersAreRefusedAndWriteNothing) {
  member(kAn);
  Attestation a = taken(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85"), gp("2024-05-03", "18.85", std::nullopt)}));
  const auto before = counts();
  auto refused = [&](const char* body) {
    auto r = redecide_attestation(db(), law::source_law(), explain::source_catalog(), a.id, body, "clerk2");
    EXPECT_FALSE(r) << body;
    return r ? core::Error{} : r.error();
  };
  EXPECT_EQ(refused(R"({"answers": {"/lines/1/date": "2024-05-04"}})").field, "/answers/~1lines~11~1date");
  EXPECT_EQ(refused(R"({"answers": {"/lines/1/fee_charged": "1.00"}})").field, "/answers/~1lines~11~1fee_charged");
  EXPECT_EQ(refused(R"({"answers": {"/lines/2/referral": true}})").field, "/answers/~1lines~12~1referral");
  EXPECT_EQ(refused(R"({"answers": {"/member/legal_residence": true}})").field, "/answers/~1member~1legal_residence");
  EXPECT_EQ(refused(R"({"answers": {"/lines/1/provider/holds_dmg": {"a": 1}}})").field, "/answers/~1lines~11~1provider~1holds_dmg");
  EXPECT_EQ(refused(R"({"answers": {"/lines/1/provider/holds_dmg": "yes"}})").field, "/lines/1/provider/holds_dmg");
  EXPECT_EQ(refused(R"({"answers": []})").field, "/answers");
  EXPECT_EQ(refused(R"({"answer": {}})").field, "/answer");
  EXPECT_EQ(counts(), before);
  auto unknown = redecide_attestation(db(), law::source_law(), explain::source_catalog(), a.id + 100, "{}", "clerk2");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
}

// A code secu's table does not have: never 0 by default, the line waits for a clerk.
TEST_P(AttestationsTest, CodeNotInTheTableWaits) {
  member(kAn);
  Attestation a = taken(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85", true, true, "999999")}));
  EXPECT_EQ(a.lines.at(0).decision, LineCode::tariff_unknown);
  EXPECT_EQ(a.status, AttestationStatus::pending);
}

TEST_P(AttestationsTest, ReplayWithTheSameKeyWritesNothingTwice) {
  member(kAn);
  const json j = paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85")});
  auto first = take(j);
  ASSERT_TRUE(first) << first.error().describe();
  EXPECT_FALSE(first->replayed);
  const auto before = counts();
  json same = j;
  same["niss"] = "85.07.30-033.28";  // the same member in another form: the same content
  auto again = take(same);
  ASSERT_TRUE(again) << again.error().describe();
  EXPECT_TRUE(again->replayed);
  EXPECT_EQ(again->attestation.id, first->attestation.id);
  EXPECT_EQ(again->attestation.reimbursed, eur("14.85"));
  EXPECT_EQ(counts(), before);
}

TEST_P(AttestationsTest, SameKeyOtherContentIsRefused) {
  member(kAn);
  ASSERT_TRUE(take(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85")})));
  const auto before = counts();
  auto other = take(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "20.00")}));
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(other.error().field, "/idempotency_key");
  EXPECT_EQ(counts(), before);
}

TEST_P(AttestationsTest, SameStickerUnderAnotherKeyIsADuplicateAttestation) {
  member(kAn);
  ASSERT_TRUE(take(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85")})));
  const auto before = counts();
  auto twice = take(paper("k2", kAn, "100001", "2024-05-11", {gp("2024-05-06", "18.85")}));
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(twice.error().field, "/sticker_number");
  EXPECT_TRUE(twice.error().message.starts_with("duplicate_attestation")) << twice.error().message;
  EXPECT_EQ(counts(), before);
}

TEST_P(AttestationsTest, SameElectronicReferenceIsADuplicateAttestation) {
  member(kAn);
  json e{{"idempotency_key", "e1"}, {"niss", kAn}, {"form", "electronic"}, {"electronic_reference", "EA-2024-0001"},
         {"received_on", "2024-05-03"}, {"lines", {gp("2024-05-02", "18.85")}}};
  Attestation a = taken(e);
  EXPECT_EQ(a.form, "electronic");
  EXPECT_EQ(a.electronic_reference, "EA-2024-0001");
  EXPECT_FALSE(a.sticker_number);
  e["idempotency_key"] = "e2";
  auto twice = take(e);
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().field, "/electronic_reference");
}

// The same member, day and code already reimbursed on attestation 1: that line is refused,
// the other line of attestation 2 is reimbursed.
TEST_P(AttestationsTest, LineAlreadyReimbursedIsADuplicateLine) {
  member(kAn);
  Attestation first = taken(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85")}));
  Attestation second = taken(paper("k2", kAn, "100002", "2024-05-20", {gp("2024-05-02", "18.85"), gp("2024-05-15", "18.85")}));
  EXPECT_EQ(second.lines.at(0).decision, LineCode::duplicate_line);
  EXPECT_EQ(second.lines.at(0).reimbursed, eur("0"));
  EXPECT_EQ(second.lines.at(1).decision, LineCode::reimbursed);
  EXPECT_EQ(second.status, AttestationStatus::decided);
  EXPECT_EQ(second.payment->amount, eur("14.85"));
  auto why = find_decision(db(), *second.lines[0].decision_id);
  ASSERT_TRUE(why);
  EXPECT_NE(why->explanation.find("attestation " + std::to_string(first.id)), std::string::npos) << why->explanation;
}

TEST_P(AttestationsTest, WithoutIbanDecidedButPaymentWaits) {
  member(kAn, false, false);
  Attestation a = taken(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85")}));
  EXPECT_EQ(a.status, AttestationStatus::decided);
  EXPECT_FALSE(a.payment);
  EXPECT_TRUE(a.waits_for_bank_account);
  const json j = to_json(a, explain::source_catalog(), core::Lang::nl);
  EXPECT_NE(j["payment_note"].get<std::string>().find("IBAN"), std::string::npos);
  EXPECT_EQ(count("payments"), 0);

  // The clerk adds the account: the 14.85 waiting is booked once, to that account.
  auto none_yet = book_waiting_payments(db(), kAn, "clerk1");
  ASSERT_FALSE(none_yet);
  EXPECT_EQ(none_yet.error().field, "iban");
  ASSERT_TRUE(update_member(db(), kAn, {.iban = "BE68 5390 0754 7034"}, "clerk1"));
  auto booked = book_waiting_payments(db(), kAn, "clerk1");
  ASSERT_TRUE(booked) << booked.error().describe();
  ASSERT_EQ(booked->size(), 1u);
  auto paid = find_attestation(db(), a.id);
  ASSERT_TRUE(paid);
  ASSERT_TRUE(paid->payment);
  EXPECT_EQ(paid->payment->amount, eur("14.85"));
  EXPECT_FALSE(paid->waits_for_bank_account);
  auto again = book_waiting_payments(db(), kAn, "clerk1");
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->empty());
  EXPECT_EQ(count("payments"), 1);
}

// Bart (head, DMG: 4.00) and his child (dependant, no DMG: 6.00) in 2024: 10.00 for the
// household. The ceiling needs the household's income of 2021 (healthcare.maf.income_year_offset
// = 3): unknown, cannot tell; 30,000.00 falls in the bracket from 22,687.06 (ceiling 746.66).
TEST_P(AttestationsTest, MafCountersOverAHouseholdOfTwo) {
  member(kBart);
  auto child = register_member(db(), {.niss = kChild, .family_name = "Janssens", .given_names = "Eva", .language = "nl"});
  ASSERT_TRUE(child) << child.error().describe();
  ASSERT_TRUE(register_dependant(db(), {.head_niss = kBart, .dependant_niss = kChild, .relation = "child",
                                        .valid_from = *Date::parse("2020-01-01"), .quarterly_income = Money{},
                                        .fiscally_independent = false}));
  taken(paper("k1", kBart, "100001", "2024-05-10", {gp("2024-05-02", "18.85")}));
  Attestation c = taken(paper("k2", kChild, "100002", "2024-06-10", {gp("2024-06-03", "18.85", false)}));
  EXPECT_EQ(c.lines.at(0).personal_share, eur("6.00"));
  EXPECT_TRUE(c.waits_for_bank_account);  // the child has no IBAN

  auto unknown = maf_counters(db(), law::source_law(), kChild, 2024);
  ASSERT_TRUE(unknown) << unknown.error().describe();
  EXPECT_EQ(unknown->head_niss, kBart);
  EXPECT_EQ(unknown->member.personal_shares, eur("6.00"));
  EXPECT_EQ(unknown->member.lines, 1);
  ASSERT_EQ(unknown->household.size(), 2u);
  EXPECT_EQ(unknown->household_shares, eur("10.00"));
  EXPECT_EQ(unknown->ceiling_status, CeilingStatus::cannot_tell);
  EXPECT_EQ(unknown->why_not_known, "attestations.maf.income_unknown");

  auto known = maf_counters(db(), law::source_law(), kBart, 2024, eur("30000.00"));
  ASSERT_TRUE(known) << known.error().describe();
  EXPECT_EQ(known->household_shares, eur("10.00"));
  EXPECT_EQ(known->ceiling, eur("746.66"));
  EXPECT_EQ(known->refund, eur("0"));
  EXPECT_EQ(known->ceiling_status, CeilingStatus::not_reached);

  auto other_year = maf_counters(db(), law::source_law(), kBart, 2023, eur("30000.00"));
  ASSERT_TRUE(other_year);
  EXPECT_EQ(other_year->household_shares, eur("0"));
  EXPECT_EQ(other_year->ceiling_status, CeilingStatus::cannot_tell);
  EXPECT_EQ(maf_counters(db(), law::source_law(), kBart, 10000).error().field, "year");
}

// A BIM household takes the social MAF ceiling, 516.92 in 2024 (healthcare.maf.ceiling_preferential):
// 600.00 of personal shares (set directly on the counter) pass it by 83.08. The rule still
// asks for the household's income first; below the ceiling is not reached.
TEST_P(AttestationsTest, MafCeilingReachedWithTheSocialCeiling) {
  member(kAn, true);
  ASSERT_TRUE(db().exec("INSERT INTO maf_counters (member_id, care_year, personal_shares, lines) "
                        "SELECT id, 2024, $1, 1 FROM members", {store::money(eur("600.00"))}));
  auto c = maf_counters(db(), law::source_law(), kAn, 2024, eur("10000.00"));
  ASSERT_TRUE(c) << c.error().describe();
  EXPECT_EQ(c->head_niss, kAn);
  EXPECT_EQ(c->ceiling, eur("516.92"));
  EXPECT_EQ(c->refund, eur("83.08"));
  EXPECT_EQ(c->ceiling_status, CeilingStatus::reached);
  ASSERT_TRUE(db().exec("UPDATE maf_counters SET personal_shares = $1", {store::money(eur("516.91"))}));
  EXPECT_EQ(maf_counters(db(), law::source_law(), kAn, 2024, eur("10000.00"))->ceiling_status, CeilingStatus::not_reached);
  const json j = to_json(*c, explain::source_catalog(), law::source_law(), core::Lang::fr);
  EXPECT_EQ(j["ceiling"], "516.92");
  EXPECT_EQ(j["decision"]["benefit"], "healthcare.maf");
}

TEST_P(AttestationsTest, ReadBackInTheAskedLanguage) {
  member(kAn);
  Attestation first = taken(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85")}));
  taken(paper("k2", kAn, "100002", "2024-05-20", {gp("2024-05-15", "18.85", false)}));
  auto list = member_attestations(db(), "85.07.30-033.28");
  ASSERT_TRUE(list) << list.error().describe();
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ(list->at(1).id, first.id);  // newest first
  auto again = find_attestation(db(), first.id);
  ASSERT_TRUE(again);
  const json j = to_json(*again, explain::source_catalog(), core::Lang::fr);
  EXPECT_EQ(j["status"], "decided");
  EXPECT_EQ(j["lines"][0]["reimbursed"], "14.85");
  EXPECT_EQ(j["lines"][0]["decision"], "reimbursed");
  EXPECT_EQ(j["lines"][0]["decision_text"], *explain::source_catalog().text("attestations.code.reimbursed", core::Lang::fr));
  EXPECT_EQ(find_attestation(db(), 999).error().code, ErrorCode::not_found);
  EXPECT_EQ(member_attestations(db(), kBart).error().code, ErrorCode::not_found);
}

TEST_P(AttestationsTest, UnknownMemberWritesNothing) {
  auto r = take(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85")}));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::not_found);
  EXPECT_EQ(r.error().field, "/niss");
  EXPECT_EQ(counts(), (std::vector<std::int64_t>{0, 0, 0, 0, 0, 0}));
}

INSTANTIATE_TEST_SUITE_P(Engines, AttestationsTest, ::testing::ValuesIn(store::engines()),
                         [](const auto& i) { return std::string(store::to_string(i.param)); });

// Validation needs no database: each error names the field in the intake.
std::string field_of(const json& j) {
  auto r = parse_intake(j.dump());
  return r ? "(accepted)" : r.error().field;
}

TEST(ParseIntake, ErrorsNameTheField) {
  const json ok = paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85"), gp("2024-05-03", "18.85")});
  ASSERT_TRUE(parse_intake(ok.dump()));
  EXPECT_EQ(parse_intake("{").error().field, "/");
  EXPECT_EQ(parse_intake("[]").error().field, "/");
  auto with = [&](const char* pointer, json value) {
    json j = ok;
    j[json::json_pointer(pointer)] = std::move(value);
    return field_of(j);
  };
  EXPECT_EQ(with("/niss", "85073003329"), "/niss");  // check digits
  EXPECT_EQ(with("/idempotency_key", ""), "/idempotency_key");
  EXPECT_EQ(with("/form", "fax"), "/form");
  EXPECT_EQ(with("/sticker_number", "12a456"), "/sticker_number");
  EXPECT_EQ(with("/sticker_number", "12345"), "/sticker_number");
  EXPECT_EQ(with("/received_on", "2024-02-30"), "/received_on");
  EXPECT_EQ(with("/lines/1/date", "2024-02-30"), "/lines/1/date");
  EXPECT_EQ(with("/lines/1/date", "2024-05-11"), "/lines/1/date");  // after the day received
  EXPECT_EQ(with("/lines/0/code", "10101"), "/lines/0/code");
  EXPECT_EQ(with("/lines/1/fee_charged", "abc"), "/lines/1/fee_charged");
  EXPECT_EQ(with("/lines/1/fee_charged", "-1.00"), "/lines/1/fee_charged");
  EXPECT_EQ(with("/lines/0/provider/kind", "plumber"), "/lines/0/provider/kind");
  EXPECT_EQ(with("/lines/0/medicine_category", "A"), "/lines/0/medicine_category");
  EXPECT_EQ(with("/lines", json::array()), "/lines");
  EXPECT_EQ(with("/colour", "blue"), "/colour");
  const std::string deep = R"({"idempotency_key": "k", "lines": )" + std::string(100000, '[') + std::string(100000, ']') + "}";
  EXPECT_EQ(parse_intake(deep).error().field, "/");
  json no_fee = ok;
  no_fee["lines"][1].erase("fee_charged");
  EXPECT_EQ(field_of(no_fee), "/lines/1/fee_charged");
  json no_sticker = ok;
  no_sticker.erase("sticker_number");
  EXPECT_EQ(field_of(no_sticker), "/sticker_number");
  json electronic = ok;
  electronic["form"] = "electronic";
  EXPECT_EQ(field_of(electronic), "/sticker_number");  // an eAttest has no sticker
  electronic.erase("sticker_number");
  EXPECT_EQ(field_of(electronic), "/electronic_reference");
}

TEST(ParseIntake, CanonicalContentIgnoresFormatting) {
  auto a = parse_intake(paper("k1", "85.07.30-033.28", "100001", "2024-05-10", {gp("2024-05-02", "18.85")}).dump(2));
  auto b = parse_intake(paper("k1", kAn, "100001", "2024-05-10", {gp("2024-05-02", "18.85")}).dump());
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->canonical, b->canonical);
  EXPECT_EQ(a->niss, kAn);
  EXPECT_EQ(a->lines.at(0).fee_charged, eur("18.85"));
}

TEST(LineCodes, RoundTrip) {
  for (LineCode c : {LineCode::reimbursed, LineCode::reimbursed_reduced, LineCode::not_reimbursable, LineCode::late,
                     LineCode::not_insured, LineCode::duplicate_line, LineCode::pending_fact, LineCode::tariff_unknown}) {
    EXPECT_EQ(parse_line_code(to_string(c)), c);
    for (core::Lang lang : {core::Lang::en, core::Lang::fr, core::Lang::nl})
      EXPECT_NE(explain::source_catalog().text("attestations.code." + std::string(to_string(c)), lang), nullptr) << to_string(c);
  }
  EXPECT_FALSE(parse_line_code("paid"));
  EXPECT_EQ(parse_attestation_status("pending"), AttestationStatus::pending);
}

TEST(PostgresRequired, ServerIsReachableWhenRequired) {
  const char* required = std::getenv("SECU_PG_REQUIRED");
  if (!required || std::string(required) != "1") return;
  ASSERT_NE(store::pg_url(), nullptr) << "SECU_PG_REQUIRED=1 but SECU_PG_URL is not set";
  ASSERT_TRUE(store::connect(store::pg_url()));
}

}  // namespace
}  // namespace secu::fund

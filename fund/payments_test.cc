// fund/payments: batches, the pain.001 export, the bank's pain.002, re-issues and the
// member's history — on SQLite always and on PostgreSQL when SECU_PG_URL is set.
#include "fund/payments.h"

#include <gtest/gtest.h>

#include <atomic>
#include <regex>
#include <set>
#include <thread>

#include "explain/testing.h"
#include "fund/audit.h"
#include "fund/decisions.h"
#include "fund/due.h"
#include "fund/members.h"
#include "law/testing.h"
#include "store/testing.h"

namespace secu::fund {
namespace {

using core::Date;
using core::Money;
using store::Engine;

Date d(const char* iso) { return *Date::parse(iso); }

// Every value of <tag>…</tag> in the document, in order.
std::vector<std::string> values(const std::string& xml, const std::string& tag) {
  std::vector<std::string> out;
  const std::regex re("<" + tag + "(?: [^>]*)?>([^<]*)</" + tag + ">");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), re); it != std::sregex_iterator(); ++it) out.push_back((*it)[1]);
  return out;
}

constexpr const char* kAn = "85073003328";     // nl
constexpr const char* kZoe = "70011512331";    // fr, a name with accents and an ampersand
constexpr const char* kJan = "00031504540";    // en

const sepa::Debtor kFund{.name = "Mutualité Démo", .iban = "BE68 5390 0754 7034", .bic = "GKCCBEBB"};

class PaymentsTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    auto s = store::Scratch::open(GetParam());
    ASSERT_TRUE(s) << s.error().describe();
    scratch_ = std::move(*s);
    member(kAn, "An", "Peeters", "nl", "BE71 0961 2345 6769");
    member(kZoe, "Zoë", "Lefèvre & Dupré", "fr", "BE21 0012 3456 7803");
    member(kJan, "Jan", "Janssens", "en", "BE88 3630 0000 0141");
  }
  store::Database& db() { return scratch_.db(); }

  void member(const char* niss, const char* given, const char* family, const char* lang, const char* iban) {
    auto m = register_member(db(), {.niss = niss, .family_name = family, .given_names = given, .language = lang, .iban = iban});
    ASSERT_TRUE(m) << m.error().describe();
    ids_[niss] = m->id;
  }

  std::int64_t book(const char* niss, Money amount, const std::string& key, const char* due,
                    std::optional<std::int64_t> decision = std::nullopt) {
    auto id = book_due_payment(db(), {.member_id = ids_.at(niss), .amount = amount, .debt_key = key,
                                      .decision_id = decision, .due_on = d(due)});
    EXPECT_TRUE(id) << id.error().describe();
    return id.value_or(0);
  }

  std::int64_t decision_about(const char* niss, const char* as_of) {
    explain::Decision dec;
    dec.benefit = "healthcare.reimbursement";
    dec.person = niss;
    dec.status = explain::Status::entitled;
    auto id = record_decision(db(), law::source_law(), explain::source_catalog(),
                              {.subject = "attestation:1", .member_id = ids_.at(niss), .as_of = d(as_of)}, dec);
    EXPECT_TRUE(id) << id.error().describe();
    return id.value_or(0);
  }

  // Three payments due by 2024-03-31, one after.
  void book_three() {
    p1_ = book(kAn, Money::from_cents(2140), "attestation:1", "2024-03-10", decision_about(kAn, "2024-03-06"));
    p2_ = book(kZoe, Money::from_cents(106845), "attestation:2", "2024-03-07");
    p3_ = book(kJan, Money::from_cents(715), "incapacity:3:2024-02", "2024-03-01");
    later_ = book(kAn, Money::from_euros(50), "attestation:4", "2024-04-01");
  }

  Batch prepared(const char* until = "2024-03-31", int limit = 1000) {
    auto b = prepare_batch(db(), {.until = d(until), .limit = limit}, "alice");
    EXPECT_TRUE(b) << b.error().describe();
    return b.value_or(Batch{});
  }

  Export exported(std::int64_t batch, const sepa::Debtor& debtor = kFund) {
    auto x = export_batch(db(), explain::source_catalog(), batch, {.debtor = debtor, .execution_date = d("2024-04-02")}, "alice");
    EXPECT_TRUE(x) << x.error().describe();
    return x.value_or(Export{});
  }

  ReportOutcome report(std::int64_t batch, const std::string& xml) {
    auto r = apply_bank_report(db(), batch, xml, "alice");
    EXPECT_TRUE(r) << r.error().describe();
    return r.value_or(ReportOutcome{});
  }

  std::string status_of(std::int64_t payment) {
    return db().query("SELECT status FROM payments WHERE id = $1", {store::int64(payment)})->at(0).text(0).value();
  }
  std::int64_t count(const std::string& sql) { return db().query(sql)->at(0).int64(0).value(); }

  store::Scratch scratch_;
  std::map<std::string, std::int64_t> ids_;
  std::int64_t p1_ = 0, p2_ = 0, p3_ = 0, later_ = 0;
};

// A pain.002 for the batch's message: one <TxInfAndSts> per (end-to-end id, status, reason).
std::string pain002(const std::string& msg, const std::vector<std::array<std::string, 3>>& txs, const std::string& group = "") {
  std::string x = R"(<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>)"
                  "<GrpHdr><MsgId>BANK-1</MsgId></GrpHdr><OrgnlGrpInfAndSts><OrgnlMsgId>" + msg + "</OrgnlMsgId>";
  if (!group.empty()) x += "<GrpSts>" + group + "</GrpSts><StsRsnInf><Rsn><Cd>FF01</Cd></Rsn></StsRsnInf>";
  x += "</OrgnlGrpInfAndSts><OrgnlPmtInfAndSts><OrgnlPmtInfId>" + msg + "</OrgnlPmtInfId>";
  for (const auto& [e2e, status, reason] : txs) {
    x += "<TxInfAndSts><OrgnlEndToEndId>" + e2e + "</OrgnlEndToEndId><TxSts>" + status + "</TxSts>";
    if (!reason.empty()) x += "<StsRsnInf><Rsn><Cd>" + reason + "</Cd></Rsn></StsRsnInf>";
    x += "</TxInfAndSts>";
  }
  return x + "</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>";
}

std::string e2e(std::int64_t id) { return sepa::end_to_end_id(id); }

TEST_P(PaymentsTest, ABatchOfThreeExportedFieldByField) {
  book_three();
  Batch b = prepared();
  EXPECT_EQ(b.status, "open");
  ASSERT_EQ(b.count, 3);
  // 21.40 + 1,068.45 + 7.15 = 1,097.00 (by hand); the payment due 2024-04-01 is not in it.
  EXPECT_EQ(b.total, Money::from_cents(109700));
  EXPECT_EQ(status_of(later_), "due");
  Export x = exported(b.id);
  EXPECT_TRUE(x.first_time);
  EXPECT_EQ(x.file_name, b.message_id + ".pain.001.xml");
  const std::string& doc = x.document;
  EXPECT_EQ(values(doc, "MsgId"), std::vector<std::string>{b.message_id});
  EXPECT_EQ(values(doc, "NbOfTxs"), (std::vector<std::string>{"3", "3"}));      // GrpHdr and PmtInf
  EXPECT_EQ(values(doc, "CtrlSum"), (std::vector<std::string>{"1097.00", "1097.00"}));
  EXPECT_EQ(values(doc, "Dt"), std::vector<std::string>{"2024-04-02"});
  // Payments by id: An, Zoë, Jan.
  EXPECT_EQ(values(doc, "EndToEndId"), (std::vector<std::string>{e2e(p1_), e2e(p2_), e2e(p3_)}));
  EXPECT_EQ(values(doc, "InstdAmt"), (std::vector<std::string>{"21.40", "1068.45", "7.15"}));
  EXPECT_EQ(values(doc, "IBAN"),
            (std::vector<std::string>{"BE68539007547034", "BE71096123456769", "BE21001234567803", "BE88363000000141"}));
  EXPECT_EQ(values(doc, "Nm"), (std::vector<std::string>{"Mutualite Demo", "Mutualite Demo", "An Peeters",
                                                         "Zoe Lefevre &amp; Dupre", "Jan Janssens"}));
  // Each in the member's language; An's date is her decision's (2024-03-06), not the due date.
  EXPECT_EQ(values(doc, "Ustrd"),
            (std::vector<std::string>{"Terugbetaling geneeskundige verzorging 2024-03-06 ref. attestation:1",
                                      "Remboursement soins 2024-03-07 ref. attestation:2",
                                      "Incapacity benefit 2024-03-01 ref. incapacity:3:2024-02"}));
  auto after = find_batch(db(), b.id);
  ASSERT_TRUE(after);
  EXPECT_EQ(after->status, "exported");
  EXPECT_EQ(after->file_name, x.file_name);
  EXPECT_EQ(after->execution_date, d("2024-04-02"));
  for (const Payment& p : after->payments) EXPECT_EQ(p.status, "exported") << p.id;
  auto log = audit_entries(db(), "payment_batch:" + std::to_string(b.id));
  ASSERT_EQ(log->size(), 2u);
  EXPECT_EQ(log->at(0).what, "payment_batch.export");
  EXPECT_EQ(log->at(1).what, "payment_batch.prepare");
}

TEST_P(PaymentsTest, ExportingAgainGivesTheSameFileAndNoNewPayment) {
  book_three();
  Batch b = prepared();
  Export first = exported(b.id);
  const std::int64_t fresh = book(kAn, Money::from_euros(3), "attestation:9", "2024-03-02");
  Export again = exported(b.id, {.name = "Another", .iban = "BE88 3630 0000 0141"});
  EXPECT_FALSE(again.first_time);
  EXPECT_EQ(again.document, first.document);
  EXPECT_EQ(again.file_name, first.file_name);
  EXPECT_EQ(status_of(fresh), "due");
  EXPECT_EQ(audit_entries(db(), "payment_batch:" + std::to_string(b.id))->size(), 2u);
}

TEST_P(PaymentsTest, AnExportRefusedWritesNothing) {
  book_three();
  Batch b = prepared();
  auto x = export_batch(db(), explain::source_catalog(), b.id,
                        {.debtor = {.name = "Fund", .iban = "BE68 5390 0754 7035"}, .execution_date = d("2024-04-02")}, "alice");
  ASSERT_FALSE(x);
  EXPECT_EQ(x.error().code, core::ErrorCode::invalid_argument);
  EXPECT_EQ(x.error().field, "debtor/iban");
  auto after = find_batch(db(), b.id);
  EXPECT_EQ(after->status, "open");
  EXPECT_TRUE(after->file_name.empty());
  for (const Payment& p : after->payments) EXPECT_EQ(p.status, "claimed");
  EXPECT_EQ(export_batch(db(), explain::source_catalog(), 999, {.debtor = kFund}, "alice").error().code,
            core::ErrorCode::not_found);
  EXPECT_EQ(exported(b.id).first_time, true);  // then with the right account
}

TEST_P(PaymentsTest, NothingDueIsRefusedAndNothingWritten) {
  book(kAn, Money::from_euros(5), "attestation:1", "2024-04-01");
  auto b = prepare_batch(db(), {.until = d("2024-03-31")}, "alice");
  ASSERT_FALSE(b);
  EXPECT_EQ(b.error().code, core::ErrorCode::failed_precondition);
  EXPECT_EQ(b.error().field, "until");
  EXPECT_EQ(count("SELECT COUNT(*) FROM payment_batches"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE what LIKE 'payment%'"), 0);
  EXPECT_EQ(prepare_batch(db(), {.until = d("2024-04-01"), .limit = 0}, "alice").error().field, "limit");
  EXPECT_EQ(prepare_batch(db(), {.until = d("2024-04-01"), .limit = 10001}, "alice").error().field, "limit");
}

TEST_P(PaymentsTest, AnAmountNotInWholeCentsIsRefusedAndNothingWritten) {
  book(kAn, Money::from_euros(5), "attestation:1", "2024-03-01");
  const std::int64_t odd = book(kZoe, Money::from_ten_thousandths(12345), "attestation:2", "2024-03-02");  // 1.2345
  auto b = prepare_batch(db(), {.until = d("2024-03-31")}, "alice");
  ASSERT_FALSE(b);
  EXPECT_EQ(b.error().field, "amount");
  EXPECT_NE(b.error().message.find("payment " + std::to_string(odd)), std::string::npos) << b.error().message;
  EXPECT_EQ(count("SELECT COUNT(*) FROM payment_batches"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM payments WHERE status = 'due' AND batch_id IS NULL"), 2);
}

TEST_P(PaymentsTest, TheReportMarksExecutedAndRejectedAndNamesTheUnknown) {
  book_three();
  Batch b = prepared();
  exported(b.id);
  const std::string xml = pain002(b.message_id, {{e2e(p1_), "ACSC", ""}, {e2e(p2_), "RJCT", "AC04"},
                                                 {e2e(p3_), "ACCP", ""}, {"SECU-P999999", "ACSC", ""},
                                                 {e2e(later_), "ACSC", ""}, {"OTHER-7", "RJCT", "AC01"}});
  ReportOutcome r = report(b.id, xml);
  ASSERT_EQ(r.executed.size(), 2u);
  EXPECT_EQ(r.executed[0].payment_id, p1_);
  EXPECT_EQ(r.executed[1].payment_id, p3_);
  ASSERT_EQ(r.rejected.size(), 1u);
  EXPECT_EQ(r.rejected[0].payment_id, p2_);
  EXPECT_EQ(r.rejected[0].reason, "AC04");
  // Not payments of this batch (one is a payment, but not in it): reported back, untouched.
  EXPECT_EQ(r.unknown, (std::vector<std::string>{"SECU-P999999", e2e(later_), "OTHER-7"}));
  EXPECT_EQ(status_of(later_), "due");
  EXPECT_EQ(status_of(p1_), "executed");
  EXPECT_EQ(status_of(p2_), "rejected");
  EXPECT_EQ(db().query("SELECT reason FROM payments WHERE id = $1", {store::int64(p2_)})->at(0).text(0).value(), "AC04");
  EXPECT_EQ(find_batch(db(), b.id)->status, "closed");  // the bank spoke of every payment

  // The same report again: nothing changes, nothing is logged; the unknown are named again.
  const auto logged = count("SELECT COUNT(*) FROM audit_log");
  ReportOutcome again = report(b.id, xml);
  EXPECT_TRUE(again.executed.empty());
  EXPECT_TRUE(again.rejected.empty());
  EXPECT_EQ(again.unchanged.size(), 3u);
  EXPECT_EQ(again.unknown.size(), 3u);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log"), logged);
  // A contradiction of a final status is reported, not applied.
  ReportOutcome contra = report(b.id, pain002(b.message_id, {{e2e(p1_), "RJCT", "AC01"}}));
  ASSERT_EQ(contra.conflicting.size(), 1u);
  EXPECT_EQ(status_of(p1_), "executed");
}

TEST_P(PaymentsTest, ReportsThatDoNotApply) {
  book_three();
  Batch b = prepared();
  auto early = apply_bank_report(db(), b.id, pain002(b.message_id, {{e2e(p1_), "ACSC", ""}}), "alice");
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().field, "batch");  // not exported yet
  exported(b.id);
  auto other = apply_bank_report(db(), b.id, pain002("SECU-B99-1", {{e2e(p1_), "ACSC", ""}}), "alice");
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().field, "OrgnlMsgId");
  auto broken = apply_bank_report(db(), b.id, "<Document>", "alice");
  ASSERT_FALSE(broken);
  EXPECT_EQ(broken.error().code, core::ErrorCode::invalid_argument);
  EXPECT_EQ(apply_bank_report(db(), 999, pain002("x", {}), "alice").error().code, core::ErrorCode::not_found);
  EXPECT_EQ(status_of(p1_), "exported");
  // Not final yet: left exported, the batch stays exported.
  ReportOutcome pending = report(b.id, pain002(b.message_id, {{e2e(p1_), "ACSP", ""}}));
  ASSERT_EQ(pending.pending.size(), 1u);
  EXPECT_EQ(status_of(p1_), "exported");
  EXPECT_EQ(find_batch(db(), b.id)->status, "exported");
}

TEST_P(PaymentsTest, AFileRejectedAsAWholeRejectsEveryPayment) {
  book_three();
  Batch b = prepared();
  exported(b.id);
  ReportOutcome r = report(b.id, pain002(b.message_id, {}, "RJCT"));
  ASSERT_EQ(r.rejected.size(), 3u);
  for (const Marked& m : r.rejected) EXPECT_EQ(m.reason, "FF01");
  EXPECT_EQ(find_batch(db(), b.id)->status, "closed");
}

TEST_P(PaymentsTest, ARejectedPaymentIsReissuedOnceTheAccountIsCorrected) {
  book_three();
  Batch b = prepared();
  exported(b.id);
  report(b.id, pain002(b.message_id, {{e2e(p1_), "ACSC", ""}, {e2e(p2_), "RJCT", "AC04"}}));
  auto same_account = reissue_payment(db(), p2_, "alice");
  ASSERT_FALSE(same_account);
  EXPECT_EQ(same_account.error().field, "iban");  // AC04: closed account, still the member's
  EXPECT_EQ(reissue_payment(db(), p1_, "alice").error().field, "status");  // executed
  EXPECT_EQ(reissue_payment(db(), 999, "alice").error().code, core::ErrorCode::not_found);
  ASSERT_TRUE(db().exec("UPDATE members SET iban = 'BE43000000000101' WHERE niss = $1", {store::text(kZoe)}));
  auto retry = reissue_payment(db(), p2_, "alice");
  ASSERT_TRUE(retry) << retry.error().describe();
  EXPECT_EQ(retry->debt_key, "attestation:2:retry1");
  EXPECT_EQ(retry->status, "due");
  EXPECT_EQ(retry->iban, "BE43000000000101");
  EXPECT_EQ(retry->amount, Money::from_cents(106845));
  EXPECT_EQ(retry->reissue_of, p2_);
  EXPECT_EQ(status_of(p2_), "rejected");  // the original stays rejected
  // While the re-issue is pending, no second one.
  auto twice = reissue_payment(db(), p2_, "alice");
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().field, "debt_key");
  // The schema refuses it too: one payment of a debt that is not rejected.
  auto direct = db().exec("INSERT INTO payments (member_id, amount, debt_key, iban, due_on) VALUES ($1, 100, "
                          "'attestation:2:retry7', 'BE43000000000101', '2024-03-07')",
                          {store::int64(ids_.at(kZoe))});
  ASSERT_FALSE(direct);
  EXPECT_TRUE(store::is_duplicate(direct.error()));
  // Paid in the next batch; rejected again for another reason (not the account): re-issued to the same account.
  Batch next = prepared("2024-03-31");
  ASSERT_EQ(next.count, 1);
  exported(next.id);
  report(next.id, pain002(next.message_id, {{e2e(retry->id), "RJCT", "MS03"}}));
  auto second = reissue_payment(db(), retry->id, "alice");
  ASSERT_TRUE(second) << second.error().describe();
  EXPECT_EQ(second->debt_key, "attestation:2:retry2");
  auto log = audit_entries(db(), "payment:" + std::to_string(second->id));
  ASSERT_EQ(log->size(), 1u);
  EXPECT_EQ(log->at(0).what, "payment.reissue");
}

TEST_P(PaymentsTest, AMembersHistory) {
  book_three();
  Batch b = prepared();
  exported(b.id);
  report(b.id, pain002(b.message_id, {{e2e(p2_), "RJCT", "AC01"}}));
  ASSERT_TRUE(db().exec("UPDATE members SET iban = 'BE43000000000101' WHERE niss = $1", {store::text(kZoe)}));
  ASSERT_TRUE(reissue_payment(db(), p2_, "alice"));
  auto history = member_payments(db(), "70.01.15-123.31");
  ASSERT_TRUE(history) << history.error().describe();
  ASSERT_EQ(history->size(), 2u);
  const Payment& first = history->at(0);
  EXPECT_EQ(first.status, "rejected");
  EXPECT_EQ(first.reason, "AC01");
  EXPECT_EQ(first.batch_id, b.id);
  EXPECT_EQ(first.execution_date, d("2024-04-02"));
  EXPECT_FALSE(first.status_at.empty());
  EXPECT_EQ(history->at(1).status, "due");
  EXPECT_EQ(history->at(1).reissue_of, p2_);
  EXPECT_FALSE(history->at(1).batch_id);
  auto j = to_json(history->at(0));
  EXPECT_EQ(j["amount"], "1068.45");
  EXPECT_EQ(j["end_to_end_id"], e2e(p2_));
  EXPECT_EQ(member_payments(db(), "85073003329").error().field, "niss");
}

// Two processes preparing batches at once: each payment in one batch only. PostgreSQL:
// FOR UPDATE SKIP LOCKED gives each claimer its own rows; SQLite: one writer at a time.
TEST_P(PaymentsTest, TwoConnectionsPreparingAtOnceClaimDisjointPayments) {
  constexpr int kPayments = 60;
  ASSERT_TRUE(db().transaction([&](store::Database& tx) -> core::Status {
    for (int i = 0; i < kPayments; ++i) {
      SECU_RETURN_IF_ERROR(book_due_payment(tx, {.member_id = ids_.at(kAn), .amount = Money::from_cents(100 + i),
                                                 .debt_key = "attestation:" + std::to_string(i),
                                                 .due_on = d("2024-01-01") + i % 20}));
    }
    return {};
  }));
  std::vector<std::int64_t> got[2];
  std::atomic<int> failures{0};
  auto worker = [&](int w) {
    auto conn = store::open(scratch_.url);
    if (!conn) return void(++failures);
    for (;;) {
      auto b = prepare_batch(**conn, {.until = d("2024-12-31"), .limit = 4}, "worker" + std::to_string(w));
      if (!b) {
        if (b.error().field != "until") ++failures;  // "until": nothing left
        return;
      }
      for (const Payment& p : b->payments) got[w].push_back(p.id);
    }
  };
  std::thread a(worker, 0), c(worker, 1);
  a.join();
  c.join();
  EXPECT_EQ(failures.load(), 0);
  std::set<std::int64_t> all(got[0].begin(), got[0].end());
  for (auto id : got[1]) EXPECT_TRUE(all.insert(id).second) << "payment " << id << " in two batches";
  EXPECT_EQ(all.size(), static_cast<std::size_t>(kPayments));
  EXPECT_EQ(count("SELECT COUNT(*) FROM payments WHERE status <> 'claimed'"), 0);
}

INSTANTIATE_TEST_SUITE_P(fund, PaymentsTest, ::testing::ValuesIn(store::engines()),
                         [](const auto& p) { return std::string(store::to_string(p.param)); });

}  // namespace
}  // namespace secu::fund

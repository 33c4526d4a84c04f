// fund/sepa: the pain.001 writer (the whole document for a known input, texts reduced to
// the SEPA character set, refusals naming the field) and the pain.002 reader.
#include "fund/sepa.h"

#include <gtest/gtest.h>

namespace secu::fund::sepa {
namespace {

using core::Money;

CreditTransfer two_payments() {
  return {.message_id = "SECU-B7-20240307100000",
          .created_at = "2024-03-07T10:00:00Z",
          .execution_date = *core::Date::parse("2024-03-08"),
          .debtor = {.name = "Mutualité Démo", .iban = "BE68 5390 0754 7034", .bic = "GKCCBEBB"},
          .transfers = {{.payment_id = 12, .amount = Money::from_cents(2140), .creditor_name = "Zoë Lefèvre & Fils",
                         .creditor_iban = "BE71 0961 2345 6769", .remittance = "Remboursement soins 2024-03-06"},
                        {.payment_id = 13, .amount = Money::from_euros(100), .creditor_name = "An Peeters",
                         .creditor_iban = "BE68539007547034", .remittance = ""}}};
}

TEST(Pain001, TheWholeDocument) {
  auto xml = write_pain001(two_payments());
  ASSERT_TRUE(xml) << xml.error().describe();
  // CtrlSum: 21.40 + 100.00 = 121.40. Accents transliterated (ë -> e, è -> e, é -> e),
  // the ampersand escaped; no CdtrAgt (IBAN only); a transfer without remittance has no RmtInf.
  EXPECT_EQ(*xml, R"(<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>SECU-B7-20240307100000</MsgId>
      <CreDtTm>2024-03-07T10:00:00Z</CreDtTm>
      <NbOfTxs>2</NbOfTxs>
      <CtrlSum>121.40</CtrlSum>
      <InitgPty>
        <Nm>Mutualite Demo</Nm>
      </InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>SECU-B7-20240307100000</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <NbOfTxs>2</NbOfTxs>
      <CtrlSum>121.40</CtrlSum>
      <PmtTpInf>
        <SvcLvl>
          <Cd>SEPA</Cd>
        </SvcLvl>
      </PmtTpInf>
      <ReqdExctnDt>
        <Dt>2024-03-08</Dt>
      </ReqdExctnDt>
      <Dbtr>
        <Nm>Mutualite Demo</Nm>
      </Dbtr>
      <DbtrAcct>
        <Id>
          <IBAN>BE68539007547034</IBAN>
        </Id>
      </DbtrAcct>
      <DbtrAgt>
        <FinInstnId>
          <BICFI>GKCCBEBB</BICFI>
        </FinInstnId>
      </DbtrAgt>
      <ChrgBr>SLEV</ChrgBr>
      <CdtTrfTxInf>
        <PmtId>
          <EndToEndId>SECU-P12</EndToEndId>
        </PmtId>
        <Amt>
          <InstdAmt Ccy="EUR">21.40</InstdAmt>
        </Amt>
        <Cdtr>
          <Nm>Zoe Lefevre &amp; Fils</Nm>
        </Cdtr>
        <CdtrAcct>
          <Id>
            <IBAN>BE71096123456769</IBAN>
          </Id>
        </CdtrAcct>
        <RmtInf>
          <Ustrd>Remboursement soins 2024-03-06</Ustrd>
        </RmtInf>
      </CdtTrfTxInf>
      <CdtTrfTxInf>
        <PmtId>
          <EndToEndId>SECU-P13</EndToEndId>
        </PmtId>
        <Amt>
          <InstdAmt Ccy="EUR">100.00</InstdAmt>
        </Amt>
        <Cdtr>
          <Nm>An Peeters</Nm>
        </Cdtr>
        <CdtrAcct>
          <Id>
            <IBAN>BE68539007547034</IBAN>
          </Id>
        </CdtrAcct>
      </CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
)");
  EXPECT_EQ(write_pain001(two_payments()).value(), *xml);  // the same bytes again
}

TEST(Pain001, WithoutBicTheAgentIsNotProvided) {
  CreditTransfer ct = two_payments();
  ct.debtor.bic.reset();
  auto xml = write_pain001(ct);
  ASSERT_TRUE(xml) << xml.error().describe();
  EXPECT_NE(xml->find("<Othr>\n            <Id>NOTPROVIDED</Id>"), std::string::npos) << *xml;
}

TEST(Pain001, RefusalsNameTheField) {
  auto refused = [](CreditTransfer ct) { return write_pain001(ct).error().field; };
  CreditTransfer ct = two_payments();
  ct.transfers[1].amount = Money::from_ten_thousandths(1000050);  // 100.0050: not whole cents
  EXPECT_EQ(refused(ct), "transfers/1/amount");
  ct = two_payments();
  ct.transfers[0].amount = Money{};
  EXPECT_EQ(refused(ct), "transfers/0/amount");
  ct = two_payments();
  ct.transfers[0].creditor_iban = "BE71 0961 2345 6768";  // check digits wrong
  EXPECT_EQ(refused(ct), "transfers/0/creditor_iban");
  ct = two_payments();
  ct.transfers[1].creditor_name = "   ";
  EXPECT_EQ(refused(ct), "transfers/1/creditor_name");
  ct = two_payments();
  ct.debtor.bic = "GKCC";
  EXPECT_EQ(refused(ct), "debtor/bic");
  ct = two_payments();
  ct.debtor.iban = "BE00";
  EXPECT_EQ(refused(ct), "debtor/iban");
  ct = two_payments();
  ct.transfers.clear();
  EXPECT_EQ(refused(ct), "transfers");
  ct = two_payments();
  ct.message_id = std::string(36, 'A');
  EXPECT_EQ(refused(ct), "message_id");
  ct = two_payments();
  ct.created_at = "2024-03-07 10:00";
  EXPECT_EQ(refused(ct), "created_at");
}

TEST(SepaText, TransliteratesAndCuts) {
  EXPECT_EQ(sepa_text("Zoë Lefèvre-Ångström & Søn", 70), "Zoe Lefevre-Angstrom & Son");
  EXPECT_EQ(sepa_text("Straße Œuvre Ĳssel Łódź Čapek", 70), "Strasse OEuvre IJssel Lodz Capek");
  EXPECT_EQ(sepa_text("D’Hondt  <x>  \"q\"", 70), "D'Hondt x q");  // outside the set: spaces, collapsed
  EXPECT_EQ(sepa_text("\xff\xfe abc", 70), "abc");                   // invalid UTF-8 bytes dropped
  EXPECT_EQ(sepa_text(std::string(80, 'a'), 70), std::string(70, 'a'));
  EXPECT_EQ(sepa_text("abc def", 4), "abc");                         // no trailing space after the cut
}

TEST(EndToEndId, RoundTripsAndRefusesOthers) {
  EXPECT_EQ(end_to_end_id(42), "SECU-P42");
  EXPECT_EQ(payment_id_of("SECU-P42"), 42);
  EXPECT_FALSE(payment_id_of("SECU-P"));
  EXPECT_FALSE(payment_id_of("SECU-P042"));
  EXPECT_FALSE(payment_id_of("SECU-P-0"));  // found by bank_report_fuzz: a sign is not a digit
  EXPECT_FALSE(payment_id_of("SECU-P+1"));
  EXPECT_FALSE(payment_id_of("SECU-P4x"));
  EXPECT_FALSE(payment_id_of("OTHER-42"));
  EXPECT_FALSE(payment_id_of("SECU-P99999999999999999999"));
}

constexpr const char* kReport = R"(<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
  <CstmrPmtStsRpt>
    <GrpHdr><MsgId>BANK-REPORT-1</MsgId><CreDtTm>2024-03-08T18:00:00</CreDtTm></GrpHdr>
    <OrgnlGrpInfAndSts>
      <OrgnlMsgId>SECU-B7-20240307100000</OrgnlMsgId>
      <OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>
      <GrpSts>PART</GrpSts>
    </OrgnlGrpInfAndSts>
    <OrgnlPmtInfAndSts>
      <OrgnlPmtInfId>SECU-B7-20240307100000</OrgnlPmtInfId>
      <TxInfAndSts>
        <OrgnlEndToEndId> SECU-P12 </OrgnlEndToEndId>
        <TxSts>ACSC</TxSts>
      </TxInfAndSts>
      <TxInfAndSts>
        <OrgnlEndToEndId>SECU-P13</OrgnlEndToEndId>
        <TxSts>RJCT</TxSts>
        <StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf>
      </TxInfAndSts>
    </OrgnlPmtInfAndSts>
  </CstmrPmtStsRpt>
</Document>)";

TEST(Pain002, ReadsTheStatuses) {
  auto r = read_pain002(kReport);
  ASSERT_TRUE(r) << r.error().describe();
  EXPECT_EQ(r->message_id, "BANK-REPORT-1");
  EXPECT_EQ(r->original_message_id, "SECU-B7-20240307100000");
  EXPECT_EQ(r->group_status, "PART");
  ASSERT_EQ(r->transactions.size(), 2u);
  EXPECT_EQ(r->transactions[0].end_to_end_id, "SECU-P12");
  EXPECT_EQ(r->transactions[0].status, "ACSC");
  EXPECT_EQ(r->transactions[0].reason, "");
  EXPECT_EQ(r->transactions[1].status, "RJCT");
  EXPECT_EQ(r->transactions[1].reason, "AC04");
}

TEST(Pain002, AGroupStatusWithoutTransactions) {
  auto r = read_pain002(R"(<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"><CstmrPmtStsRpt>
    <GrpHdr><MsgId>R2</MsgId></GrpHdr>
    <OrgnlGrpInfAndSts><OrgnlMsgId>M</OrgnlMsgId><GrpSts>RJCT</GrpSts>
      <StsRsnInf><Rsn><Prtry>FF01</Prtry></Rsn></StsRsnInf></OrgnlGrpInfAndSts>
    </CstmrPmtStsRpt></Document>)");
  ASSERT_TRUE(r) << r.error().describe();
  EXPECT_EQ(r->group_status, "RJCT");
  EXPECT_EQ(r->group_reason, "FF01");
  EXPECT_TRUE(r->transactions.empty());
}

TEST(Pain002, RefusalsNameTheElement) {
  auto field = [](std::string_view xml) {
    auto r = read_pain002(xml);
    EXPECT_FALSE(r);
    return r ? std::string("(read)") : r.error().field;
  };
  EXPECT_EQ(field("<Document"), "/");
  EXPECT_EQ(field(""), "/");
  EXPECT_EQ(field(R"(<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"/>)"), "/Document");
  EXPECT_EQ(field(R"(<!DOCTYPE d [<!ENTITY a "aaaa">]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"/>)"),
            "/");
  EXPECT_EQ(field(R"(<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><Other/></Document>)"),
            "/Document/CstmrPmtStsRpt");
  std::string no_status = kReport;
  no_status.replace(no_status.find("<TxSts>RJCT</TxSts>"), 19, "");
  EXPECT_EQ(field(no_status), "/Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts[1]/TxInfAndSts[2]/TxSts");
  std::string no_id = kReport;
  no_id.replace(no_id.find("<OrgnlEndToEndId> SECU-P12 </OrgnlEndToEndId>"), 45, "");
  EXPECT_EQ(field(no_id), "/Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts[1]/TxInfAndSts[1]/OrgnlEndToEndId");
}

}  // namespace
}  // namespace secu::fund::sepa

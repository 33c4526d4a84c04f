// fund/files: incapacity files opened, changed by clerks and medical advisers, re-decided
// by the sickness rules, and their daily benefits booked month by month — on SQLite always
// and on PostgreSQL when SECU_PG_URL is set (ctest's fund_files_postgres).
//
// The facts and schedules come from cases of tests/cases/sickness whose amounts are checked
// there by hand (cited at each test); the monthly amounts are computed here by hand:
// daily amount × benefit days of the month (6-day week: Sundays are not benefit days,
// rules/sickness/benefit.cc).
#include "fund/files.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "explain/testing.h"
#include "fund/members.h"
#include "law/testing.h"
#include "store/testing.h"

namespace secu::fund {
namespace {

using core::Date;
using core::Money;
using nlohmann::json;
using store::Engine;

Date d(const char* iso) { return *Date::parse(iso); }
Money eur(const char* text) { return *core::parse_money(text); }

constexpr const char* kNiss = "85.07.30-033.28";
const Caller kClerk{.id = 1, .name = "clara", .role = Role::clerk};
const Caller kAdviser{.id = 2, .name = "dr.mertens", .role = Role::medical_adviser};

/// One period of a stored schedule, as the explanation renders it.
struct Slice {
  std::string from, to, payer, amount;
  int benefit_days = 0;
  friend bool operator==(const Slice&, const Slice&) = default;
  friend std::ostream& operator<<(std::ostream& o, const Slice& s) {
    return o << s.from << ".." << s.to << " " << s.payer << " " << s.amount << " x" << s.benefit_days;
  }
};

std::vector<Slice> schedule_of(const StoredDecision& dec) {
  std::vector<Slice> out;
  const json explanation = json::parse(dec.explanation);
  for (const json& p : explanation["en"]["schedule"])
    out.push_back({p["from"], p["to"].is_null() ? "" : p["to"].get<std::string>(), p["payer"],
                   p["amount"].is_null() ? "" : p["amount"].get<std::string>(), p.value("benefit_days", 0)});
  return out;
}

Slice last(const std::vector<Slice>& v) { return v.empty() ? Slice{} : v.back(); }

const StoredDecision* decision(const File& f, std::string_view benefit) {
  for (const auto& dec : f.decisions)
    if (dec.benefit == benefit) return &dec;
  return nullptr;
}

json work_months(const char* first, int count, int days) {
  json out = json::array();
  for (core::YearMonth m = *core::YearMonth::parse(first); count-- > 0; m = m.plus(1))
    out.push_back({{"month", m.text()}, {"days", days}});
  return out;
}

// tests/cases/sickness/white_collar.yaml, "2024 white-collar — employer days 1-30, fund 60 % from day 31".
json white_collar_2024() {
  return {{"person", {{"status", "employee"}, {"worker_class", "white_collar"}, {"family_situation", "with_dependants"},
                      {"regular_worker", true}, {"daily_wage", "150.00"},
                      {"insurance", {{"contributions_sufficient", true}, {"still_insured", true}, {"insured_since", "2015-01-01"}}},
                      {"work_months", work_months("2023-03", 12, 15)}}},
          {"event", {{"start", "2024-03-04"}, {"certificate_received", "2024-03-05"}}}};
}

// tests/cases/sickness/certificate.yaml, 2013 blue-collar (daily wage 80.00), the certificate not yet received.
json blue_collar_2013() {
  return {{"person", {{"status", "employee"}, {"worker_class", "blue_collar"}, {"family_situation", "single"},
                      {"regular_worker", true}, {"daily_wage", "80.00"},
                      {"insurance", {{"contributions_sufficient", true}, {"still_insured", true}, {"waiting_period_completed", true}}}}},
          {"event", {{"start", "2013-03-04"}}}};
}

constexpr const char* kAnna = "85041000256";  // born 1985-04-10

// employed_2013.yaml's mother: employed, 20 days a month from September 2012, contributions
// paid for 2012; rest from 7 March 2013 for a birth expected (and delivered) on 21 March.
json anna_2013(const char* daily_wage) {
  return {{"person", {{"status", "employee"}, {"daily_wage", daily_wage},
                      {"contributions_paid", {{{"year", 2012}, {"amount", "7000.00"}}}},
                      {"work_months", work_months("2012-09", 6, 20)}}},
          {"event", {{"type", "birth"}, {"expected_delivery", "2013-03-21"}, {"leave_start", "2013-03-07"},
                     {"multiple", false}}}};
}

class FilesTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    auto s = store::Scratch::open(GetParam());
    ASSERT_TRUE(s) << s.error().describe();
    scratch_ = std::move(*s);
    auto m = register_member(db(), {.niss = kNiss, .family_name = "Peeters", .given_names = "An", .language = "nl",
                                    .iban = "BE68 5390 0754 7034"});
    ASSERT_TRUE(m) << m.error().describe();
    auto a = add_affiliation(db(), {.niss = kNiss, .fund_code = "mut_neutral", .valid_from = d("2010-01-01")});
    ASSERT_TRUE(a) << a.error().describe();
  }
  store::Database& db() { return scratch_.db(); }
  FileRules rules(const char* today) { return {law::source_law(), explain::source_catalog(), d(today)}; }

  File open(const json& facts, const char* today = "2024-06-01") {
    auto f = open_file(db(), rules(today), kClerk, {.niss = kNiss, .kind = "incapacity", .facts = facts});
    EXPECT_TRUE(f) << f.error().describe();
    return f ? *f : File{};
  }
  File event(const Caller& by, std::int64_t id, const FileEvent& e, const char* today = "2024-06-01") {
    auto f = record_event(db(), rules(today), by, id, e);
    EXPECT_TRUE(f) << e.kind << ": " << f.error().describe();
    return f ? *f : File{};
  }
  void register_anna() {
    auto m = register_member(db(), {.niss = kAnna, .family_name = "Janssens", .given_names = "Anna", .language = "fr",
                                    .iban = "BE68 5390 0754 7034"});
    ASSERT_TRUE(m) << m.error().describe();
    ASSERT_TRUE(add_affiliation(db(), {.niss = kAnna, .fund_code = "mut_neutral", .valid_from = d("2010-01-01")}));
  }
  std::int64_t count(const char* table) {
    auto rows = db().query(std::string("SELECT COUNT(*) FROM ") + table);
    return rows ? *rows->at(0).int64(0) : -1;
  }
  std::vector<std::int64_t> counts() { return {count("files"), count("file_events"), count("decisions"), count("audit_log"), count("payments")}; }

  store::Scratch scratch_;
};

// white_collar.yaml 2024: the adviser recognises the incapacity, then sets its end; the
// schedule is the case's, each decision supersedes the previous one, history keeps all.
TEST_P(FilesTest, AdviserDecisionsReshapeTheScheduleAndSupersede) {
  File f = open(white_collar_2024());
  ASSERT_EQ(f.status, "open");
  ASSERT_EQ(f.decisions.size(), 1u);
  EXPECT_EQ(f.decisions[0].status, "cannot_tell");  // the adviser has not recognised the incapacity yet
  const std::int64_t first = f.decisions[0].id;

  f = event(kAdviser, f.id, {.kind = "adviser_recognition", .certified = true});
  ASSERT_NE(decision(f, "sickness.employee"), nullptr);
  const StoredDecision open_ended = *decision(f, "sickness.employee");
  EXPECT_EQ(open_ended.status, "entitled");
  EXPECT_EQ(open_ended.supersedes, first);
  // No end yet: the fund's days run to the day before the hand-over (4 March 2025), which the file shows.
  ASSERT_EQ(schedule_of(open_ended).size(), 2u);
  EXPECT_EQ(schedule_of(open_ended)[1].to, "2025-03-03");
  ASSERT_NE(decision(f, "invalidity.employee"), nullptr);
  EXPECT_EQ(to_json(f, core::Lang::fr)["handover"]["from"], "2025-03-04");

  f = event(kAdviser, f.id, {.kind = "adviser_end_date", .date = d("2024-05-31")});
  EXPECT_EQ(f.status, "ended");
  ASSERT_EQ(f.decisions.size(), 1u);  // the hand-over is no longer decided
  const StoredDecision& ended = f.decisions[0];
  EXPECT_EQ(ended.supersedes, open_ended.id);
  // The case's schedule (payer: the member's fund, mut_neutral, from the stored affiliation):
  // employer 4 March - 2 April, 150.00 × 26; fund 3 April - 31 May, 60 % × 150.00 = 90.00 × 51.
  EXPECT_EQ(schedule_of(ended), (std::vector<Slice>{{"2024-03-04", "2024-04-02", "employer", "150.00", 26},
                                                    {"2024-04-03", "2024-05-31", "mut_neutral", "90.00", 51}}));
  EXPECT_TRUE(to_json(f, core::Lang::en)["handover"].is_null());
  auto history = decision_history(db(), f.subject());
  ASSERT_TRUE(history);
  EXPECT_EQ(history->size(), 4u);  // cannot_tell, entitled (open), hand-over, entitled (ended)
  EXPECT_EQ(f.events.size(), 3u);
  EXPECT_EQ(f.events[2].who, "dr.mertens");
}

// The same file booked to 30 June 2024: April 3-30 = 28 days - 4 Sundays (7, 14, 21, 28) = 24
// × 90.00 = 2160.00; May 1-31 = 31 days - 4 Sundays (5, 12, 19, 26) = 27 × 90.00 = 2430.00
// (24 + 27 = the case's 51). March is the employer's, June has no fund day. Twice: nothing new.
TEST_P(FilesTest, BooksEachCompletedMonthOnce) {
  File f = open(white_collar_2024());
  event(kAdviser, f.id, {.kind = "adviser_recognition", .certified = true});
  event(kAdviser, f.id, {.kind = "adviser_end_date", .date = d("2024-05-31")});

  auto b = book_benefits_due(db(), f.id, d("2024-06-30"), "clara");
  ASSERT_TRUE(b) << b.error().describe();
  ASSERT_EQ(b->booked.size(), 2u);
  EXPECT_EQ(b->booked[0].debt_key, f.subject() + ":2024-04");
  EXPECT_EQ(b->booked[0].amount, eur("2160.00"));
  EXPECT_EQ(b->booked[1].debt_key, f.subject() + ":2024-05");
  EXPECT_EQ(b->booked[1].amount, eur("2430.00"));
  EXPECT_TRUE(b->overpaid.empty());

  const auto before = counts();
  auto again = book_benefits_due(db(), f.id, d("2024-06-30"), "clara");
  ASSERT_TRUE(again) << again.error().describe();
  EXPECT_TRUE(again->booked.empty());
  EXPECT_EQ(counts(), before);  // no payment, no audit entry

  auto read = find_file(db(), f.id);
  ASSERT_TRUE(read);
  ASSERT_EQ(read->payments.size(), 2u);
  EXPECT_EQ(read->payments[0].due_on, d("2024-05-01"));
  EXPECT_EQ(read->payments[0].status, "due");
}

// The bank rejected April's payment and it was re-issued (fund/payments.h: the same debt
// under "<key>:retry1"): April counts once, so booking again books nothing, neither while
// the rejected payment waits for its re-issue nor after.
TEST_P(FilesTest, ARejectedAndReissuedMonthIsNotBookedAgain) {
  File f = open(white_collar_2024());
  event(kAdviser, f.id, {.kind = "adviser_recognition", .certified = true});
  event(kAdviser, f.id, {.kind = "adviser_end_date", .date = d("2024-05-31")});
  ASSERT_TRUE(book_benefits_due(db(), f.id, d("2024-06-30"), "clara"));
  const std::string april = f.subject() + ":2024-04";
  ASSERT_TRUE(db().exec("UPDATE payments SET status = 'rejected' WHERE debt_key = $1", {store::text(april)}));
  auto waiting = book_benefits_due(db(), f.id, d("2024-06-30"), "clara");
  ASSERT_TRUE(waiting) << waiting.error().describe();
  EXPECT_TRUE(waiting->booked.empty());
  ASSERT_TRUE(db().exec("INSERT INTO payments (member_id, amount, debt_key, iban, due_on) "
                        "SELECT member_id, amount, debt_key || ':retry1', iban, due_on FROM payments WHERE debt_key = $1",
                        {store::text(april)}));
  auto after = book_benefits_due(db(), f.id, d("2024-06-30"), "clara");
  ASSERT_TRUE(after) << after.error().describe();
  EXPECT_TRUE(after->booked.empty());
  EXPECT_TRUE(after->overpaid.empty());
}

// A month not completed by `until` is not booked: to 29 May only April.
TEST_P(FilesTest, OnlyCompletedMonths) {
  File f = open(white_collar_2024());
  event(kAdviser, f.id, {.kind = "adviser_recognition", .certified = true});
  event(kAdviser, f.id, {.kind = "adviser_end_date", .date = d("2024-05-31")});
  auto b = book_benefits_due(db(), f.id, d("2024-05-30"), "clara");
  ASSERT_TRUE(b);
  ASSERT_EQ(b->booked.size(), 1u);
  EXPECT_EQ(b->booked[0].month.text(), "2024-04");
  b = book_benefits_due(db(), f.id, d("2024-05-31"), "clara");
  ASSERT_TRUE(b);
  ASSERT_EQ(b->booked.size(), 1u);
  EXPECT_EQ(b->booked[0].month.text(), "2024-05");
}

// certificate.yaml, 2013 blue-collar: received in time the fund pays from day 15 (18 March,
// 48.00 × 38); received on 20 March, after the 2-day deadline, "your entitlement to benefit
// will only start at the later date" (seed 004 ch. III): 20 March - 30 April, 48.00 × 36.
// March 20-31: 12 days - 2 Sundays (24, 31) = 10 × 48.00 = 480.00; April: 30 - 4 Sundays = 26
// × 48.00 = 1248.00 (10 + 26 = 36).
TEST_P(FilesTest, LateCertificateStartsTheFundLater2013) {
  File f = open(blue_collar_2013(), "2013-05-02");
  event(kAdviser, f.id, {.kind = "adviser_recognition", .certified = true}, "2013-05-02");
  f = event(kAdviser, f.id, {.kind = "adviser_end_date", .date = d("2013-04-30")}, "2013-05-02");
  ASSERT_EQ(f.decisions.size(), 1u);
  EXPECT_EQ(last(schedule_of(f.decisions[0])), (Slice{"2013-03-18", "2013-04-30", "mut_neutral", "48.00", 38}));

  const std::int64_t before = f.decisions[0].id;
  f = event(kClerk, f.id, {.kind = "certificate_received", .date = d("2013-03-20")}, "2013-05-02");
  ASSERT_EQ(f.decisions.size(), 1u);
  EXPECT_EQ(f.decisions[0].supersedes, before);
  EXPECT_EQ(schedule_of(f.decisions[0]), (std::vector<Slice>{{"2013-03-04", "2013-03-10", "employer", "80.00", 6},
                                                             {"2013-03-11", "2013-03-17", "employer", "48.00", 6},
                                                             {"2013-03-20", "2013-04-30", "mut_neutral", "48.00", 36}}));
  auto b = book_benefits_due(db(), f.id, d("2013-04-30"), "clara");
  ASSERT_TRUE(b) << b.error().describe();
  ASSERT_EQ(b->booked.size(), 2u);
  EXPECT_EQ(b->booked[0].amount, eur("480.00"));
  EXPECT_EQ(b->booked[1].amount, eur("1248.00"));
}

// certificate.yaml 2024, "late certificate, 10 % less until the day of receipt": received 10
// April (deadline 1 April): 3-9 April 81.00 × 6 = 486.00, 10-30 April 21 days - 3 Sundays = 18
// × 90.00 = 1620.00: April 2106.00. Corrected to a receipt on 1 April (in time): April is 24 ×
// 90.00 = 2160.00, so 54.00 more is booked as the correction ":c1". Then the adviser ends
// the incapacity on 20 April: April 3-20 = 18 days - 2 Sundays = 16 × 90.00 = 1440.00, 720.00
// less than booked, and May (2430.00 booked) is owed nothing: both overpaid, nothing booked.
TEST_P(FilesTest, CorrectionsBookTheDifferenceAndReportOverpayments) {
  json facts = white_collar_2024();
  facts["event"]["certificate_received"] = "2024-04-10";
  File f = open(facts);
  event(kAdviser, f.id, {.kind = "adviser_recognition", .certified = true});
  f = event(kAdviser, f.id, {.kind = "adviser_end_date", .date = d("2024-05-31")});
  ASSERT_EQ(f.decisions.size(), 1u);
  ASSERT_EQ(schedule_of(f.decisions[0]).size(), 3u);
  EXPECT_EQ(schedule_of(f.decisions[0])[1], (Slice{"2024-04-03", "2024-04-09", "mut_neutral", "81.00", 6}));
  auto b = book_benefits_due(db(), f.id, d("2024-04-30"), "clara");
  ASSERT_TRUE(b) << b.error().describe();
  ASSERT_EQ(b->booked.size(), 1u);
  EXPECT_EQ(b->booked[0].amount, eur("2106.00"));

  event(kClerk, f.id, {.kind = "facts_corrected", .facts = {{"event", {{"certificate_received", "2024-04-01"}}}},
                       .note = "the certificate's stamp says 1 April"});
  b = book_benefits_due(db(), f.id, d("2024-05-31"), "clara");
  ASSERT_TRUE(b) << b.error().describe();
  ASSERT_EQ(b->booked.size(), 2u);
  EXPECT_EQ(b->booked[0].debt_key, f.subject() + ":2024-04:c1");
  EXPECT_EQ(b->booked[0].amount, eur("54.00"));
  EXPECT_EQ(b->booked[1].debt_key, f.subject() + ":2024-05");
  EXPECT_EQ(b->booked[1].amount, eur("2430.00"));

  event(kAdviser, f.id, {.kind = "adviser_end_date", .date = d("2024-04-20")});
  const auto before = count("payments");
  b = book_benefits_due(db(), f.id, d("2024-05-31"), "clara");
  ASSERT_TRUE(b) << b.error().describe();
  EXPECT_TRUE(b->booked.empty());
  ASSERT_EQ(b->overpaid.size(), 2u);
  EXPECT_EQ(b->overpaid[0].amount, eur("720.00"));
  EXPECT_EQ(b->overpaid[1].amount, eur("2430.00"));
  EXPECT_EQ(count("payments"), before);
}

// handover.yaml, "an open incapacity reaches the hand-over date": S = 8 January 2024, S + 1
// year = 8 January 2025. A clerk may not hand over (nothing written); the adviser does (the
// Medical Council for Invalidity's recognition): the file says 'invalidity' and the rules
// decide again, the invalidity benefit 65 % x min(150.00, 179.5442) = 97.50 a day (with
// dependants; tests/cases/invalidity/employee.yaml).
TEST_P(FilesTest, HandOverToInvalidityIsTheAdvisersAndOnlyWhenTheRulesSaySo) {
  json facts = white_collar_2024();
  facts["person"]["insurance"] = {{"contributions_sufficient", true}, {"still_insured", true}, {"waiting_period_completed", true}};
  facts["event"] = {{"start", "2024-01-08"}, {"certificate_received", "2024-01-09"}};
  File f = open(facts, "2025-02-01");
  f = event(kAdviser, f.id, {.kind = "adviser_recognition", .certified = true}, "2025-02-01");
  ASSERT_NE(decision(f, "sickness.employee"), nullptr);
  ASSERT_FALSE(schedule_of(*decision(f, "sickness.employee")).empty());
  EXPECT_EQ(last(schedule_of(*decision(f, "sickness.employee"))), (Slice{"2024-02-07", "2025-01-07", "mut_neutral", "90.00", 288}));
  ASSERT_NE(decision(f, "invalidity.employee"), nullptr);
  EXPECT_EQ(decision(f, "invalidity.employee")->status, "cannot_tell");  // not recognised yet

  const auto before = counts();
  auto by_clerk = record_event(db(), rules("2025-02-01"), kClerk, f.id, {.kind = "handover_invalidity"});
  ASSERT_FALSE(by_clerk);
  EXPECT_EQ(by_clerk.error().code, core::ErrorCode::permission_denied);
  EXPECT_EQ(counts(), before);

  f = event(kAdviser, f.id, {.kind = "handover_invalidity"}, "2025-02-01");
  EXPECT_EQ(f.status, "invalidity");
  EXPECT_EQ(f.events.back().date, d("2025-01-08"));
  EXPECT_GT(count("decisions"), before[2]);  // recognised: the rules decide again
  EXPECT_EQ(f.facts["event"]["invalidity_recognised"], true);
  const json j = to_json(f, core::Lang::nl);
  EXPECT_EQ(j["handover"]["from"], "2025-01-08");
  EXPECT_EQ(j["handover"]["handed_over"], true);
  EXPECT_EQ(j["handover"]["invalidity_amount"], "97.50");
  EXPECT_EQ(j["handover"]["status"], "entitled");

  // One schedule across both: January 2025 is paid 1-7 January as sickness benefit (Wednesday 1
  // to Tuesday 7, Sunday 5 excluded: 6 days x 90.00 = 540.00) and 8-31 January as invalidity
  // benefit (24 days - 3 Sundays = 21 days x 97.50 = 2047.50): 2587.50.
  auto b = book_benefits_due(db(), f.id, d("2025-01-31"), "clara");
  ASSERT_TRUE(b) << b.error().describe();
  ASSERT_FALSE(b->booked.empty());
  EXPECT_EQ(b->booked.back().debt_key, f.subject() + ":2025-01");
  EXPECT_EQ(b->booked.back().amount, eur("2587.50"));

  auto twice = record_event(db(), rules("2025-02-01"), kAdviser, f.id, {.kind = "handover_invalidity"});
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, core::ErrorCode::failed_precondition);
}

// tests/cases/invalidity/third_party.yaml on this file: incapacity from 4 March 2024, the
// need of help recognised by the adviser from 1 May; the allowance (20.00 a day) starts on the
// first day of the fourth month, 4 June 2024. The adviser ends the need on 31 July: 4 June -
// 31 July = 58 days - 8 Sundays = 50 benefit days. A clerk may not record it.
TEST_P(FilesTest, TheAdviserRecognisesAndEndsTheNeedOfHelp) {
  File f = open(white_collar_2024());
  event(kAdviser, f.id, {.kind = "adviser_recognition", .certified = true});
  event(kAdviser, f.id, {.kind = "adviser_end_date", .date = d("2024-09-30")});
  const auto before = counts();
  auto by_clerk = record_event(db(), rules("2024-06-01"), kClerk, f.id, {.kind = "adviser_third_party_help", .date = d("2024-05-01"), .certified = true});
  ASSERT_FALSE(by_clerk);
  EXPECT_EQ(by_clerk.error().code, core::ErrorCode::permission_denied);
  auto end_first = record_event(db(), rules("2024-06-01"), kAdviser, f.id, {.kind = "adviser_third_party_help", .date = d("2024-07-31"), .certified = false});
  ASSERT_FALSE(end_first);
  EXPECT_EQ(end_first.error().code, core::ErrorCode::failed_precondition);
  EXPECT_EQ(counts(), before);

  f = event(kAdviser, f.id, {.kind = "adviser_third_party_help", .date = d("2024-05-01"), .certified = true});
  ASSERT_NE(decision(f, "invalidity.third_party_help"), nullptr);
  EXPECT_EQ(decision(f, "invalidity.third_party_help")->status, "entitled");
  EXPECT_EQ(last(schedule_of(*decision(f, "invalidity.third_party_help"))), (Slice{"2024-06-04", "2024-09-30", "mut_neutral", "20.00", 102}));

  auto backwards = record_event(db(), rules("2024-06-01"), kAdviser, f.id, {.kind = "adviser_third_party_help", .date = d("2024-04-30"), .certified = false});
  ASSERT_FALSE(backwards);
  EXPECT_EQ(backwards.error().field, "date");
  f = event(kAdviser, f.id, {.kind = "adviser_third_party_help", .date = d("2024-07-31"), .certified = false});
  EXPECT_EQ(f.facts["event"]["third_party_help_until"], "2024-07-31");
  EXPECT_EQ(last(schedule_of(*decision(f, "invalidity.third_party_help"))), (Slice{"2024-06-04", "2024-07-31", "mut_neutral", "20.00", 50}));
}

TEST_P(FilesTest, NoHandOverBeforeTheRulesSaySo) {
  File f = open(white_collar_2024());
  event(kAdviser, f.id, {.kind = "adviser_recognition", .certified = true});
  event(kAdviser, f.id, {.kind = "adviser_end_date", .date = d("2024-05-31")});
  auto r = record_event(db(), rules("2024-06-01"), kAdviser, f.id, {.kind = "handover_invalidity"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::ErrorCode::failed_precondition);
}

// A clerk calling any of the adviser's decisions is refused and nothing is written; an
// adviser may not key in a clerk's events either.
TEST_P(FilesTest, OnlyTheMedicalAdviserDecidesMedically) {
  File f = open(white_collar_2024());
  const auto before = counts();
  for (const FileEvent& e : {FileEvent{.kind = "adviser_recognition", .certified = true},
                             FileEvent{.kind = "adviser_end_date", .date = d("2024-05-31")},
                             FileEvent{.kind = "adviser_control", .date = d("2024-04-15")}}) {
    auto r = record_event(db(), rules("2024-06-01"), kClerk, f.id, e);
    ASSERT_FALSE(r) << e.kind;
    EXPECT_EQ(r.error().code, core::ErrorCode::permission_denied) << e.kind;
  }
  const Caller admin{.id = 3, .name = "root", .role = Role::admin};
  EXPECT_FALSE(record_event(db(), rules("2024-06-01"), admin, f.id, {.kind = "adviser_end_date", .date = d("2024-05-31")}));
  auto adviser_keys = record_event(db(), rules("2024-06-01"), kAdviser, f.id, {.kind = "certificate_received", .date = d("2024-03-05")});
  ASSERT_FALSE(adviser_keys);
  EXPECT_EQ(adviser_keys.error().code, core::ErrorCode::permission_denied);
  auto adviser_opens = open_file(db(), rules("2024-06-01"), kAdviser, {.niss = kNiss, .kind = "incapacity", .facts = white_collar_2024()});
  ASSERT_FALSE(adviser_opens);
  EXPECT_EQ(adviser_opens.error().code, core::ErrorCode::permission_denied);
  EXPECT_EQ(counts(), before);

  // A control convocation is kept on the file and changes no decision.
  f = event(kAdviser, f.id, {.kind = "adviser_control", .date = d("2024-04-15"), .note = "convocation"});
  EXPECT_EQ(f.events.back().kind, "adviser_control");
  EXPECT_EQ(f.events.back().date, d("2024-04-15"));
  EXPECT_TRUE(f.events.back().decisions.is_null());
  EXPECT_EQ(count("decisions"), before[2]);
}

// Bad facts name the field (in the file's terms, not the situation's) and write nothing.
TEST_P(FilesTest, BadFactsNameTheFieldAndWriteNothing) {
  const auto before = counts();
  auto expect_field = [&](json facts, const char* field, core::ErrorCode code = core::ErrorCode::invalid_argument) {
    auto r = open_file(db(), rules("2024-06-01"), kClerk, {.niss = kNiss, .kind = "incapacity", .facts = facts});
    ASSERT_FALSE(r) << field;
    EXPECT_EQ(r.error().code, code) << r.error().describe();
    EXPECT_EQ(r.error().field, field) << r.error().describe();
  };
  json f = white_collar_2024();
  f["person"]["daily_wage"] = "a lot";
  expect_field(f, "/facts/person/daily_wage");
  f = white_collar_2024();
  f["event"]["start"] = "2024-02-30";
  expect_field(f, "/facts/event/start");
  f = white_collar_2024();
  f["event"]["certified"] = true;  // the adviser's to decide
  expect_field(f, "/facts/event/certified");
  f = white_collar_2024();
  f["event"]["end"] = "2024-05-31";
  expect_field(f, "/facts/event/end");
  f = white_collar_2024();
  f["event"]["invalidity_recognised"] = true;  // the Medical Council's, recorded by the adviser
  expect_field(f, "/facts/event/invalidity_recognised");
  f = white_collar_2024();
  f["event"]["third_party_help_from"] = "2024-05-01";
  expect_field(f, "/facts/event/third_party_help_from");
  f = white_collar_2024();
  f["person"]["id"] = "someone";
  expect_field(f, "/facts/person/id");
  f = white_collar_2024();
  f["event"]["type"] = "care";
  expect_field(f, "/facts/event/type");
  f = white_collar_2024();
  f.erase("event");
  expect_field(f, "/facts/event");
  expect_field(json::array(), "/facts");
  expect_field({{"person", json::object()}, {"event", json::object()}, {"other", 1}}, "/facts/other");
  EXPECT_EQ(counts(), before);

  auto kind = open_file(db(), rules("2024-06-01"), kClerk, {.niss = kNiss, .kind = "holiday", .facts = white_collar_2024()});
  ASSERT_FALSE(kind);
  EXPECT_EQ(kind.error().field, "kind");
  auto nobody = open_file(db(), rules("2024-06-01"), kClerk, {.niss = "70011512331", .kind = "incapacity", .facts = white_collar_2024()});
  ASSERT_FALSE(nobody);
  EXPECT_EQ(nobody.error().code, core::ErrorCode::not_found);
  EXPECT_EQ(counts(), before);
}

// A change with bad facts or dates is refused whole; a second file for the same start too.
TEST_P(FilesTest, BadEventsWriteNothing) {
  File f = open(white_collar_2024());
  const auto before = counts();
  auto bad_patch = record_event(db(), rules("2024-06-01"), kClerk, f.id,
                                {.kind = "facts_corrected", .facts = {{"person", {{"daily_wage", "-"}}}}});
  ASSERT_FALSE(bad_patch);
  EXPECT_EQ(bad_patch.error().field, "/facts/person/daily_wage");
  auto sneaky = record_event(db(), rules("2024-06-01"), kClerk, f.id,
                             {.kind = "facts_corrected", .facts = {{"event", {{"end", "2024-04-01"}}}}});
  ASSERT_FALSE(sneaky);
  EXPECT_EQ(sneaky.error().field, "/facts/event/end");
  auto no_date = record_event(db(), rules("2024-06-01"), kClerk, f.id, {.kind = "certificate_received"});
  ASSERT_FALSE(no_date);
  EXPECT_EQ(no_date.error().field, "date");
  auto too_early = record_event(db(), rules("2024-06-01"), kClerk, f.id, {.kind = "resumption", .date = d("2024-03-04")});
  ASSERT_FALSE(too_early);
  EXPECT_EQ(too_early.error().field, "date");
  auto unknown = record_event(db(), rules("2024-06-01"), kClerk, f.id, {.kind = "holiday"});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().field, "kind");
  auto missing = record_event(db(), rules("2024-06-01"), kClerk, 999, {.kind = "resumption", .date = d("2024-05-01")});
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, core::ErrorCode::not_found);
  auto again = open_file(db(), rules("2024-06-01"), kClerk, {.niss = kNiss, .kind = "incapacity", .facts = white_collar_2024()});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, core::ErrorCode::failed_precondition);
  EXPECT_EQ(counts(), before);
}

// A resumption on 1 June ends the incapacity on 31 May: the case's schedule again.
TEST_P(FilesTest, ResumptionEndsTheDayBefore) {
  File f = open(white_collar_2024());
  event(kAdviser, f.id, {.kind = "adviser_recognition", .certified = true});
  f = event(kClerk, f.id, {.kind = "resumption", .date = d("2024-06-01")});
  ASSERT_EQ(f.decisions.size(), 1u);
  EXPECT_EQ(f.facts["event"]["end"], "2024-05-31");
  EXPECT_EQ(f.status, "ended");
  EXPECT_EQ(last(schedule_of(f.decisions[0])), (Slice{"2024-04-03", "2024-05-31", "mut_neutral", "90.00", 51}));
}

TEST_P(FilesTest, FilesAreAppendOnlyAndListedByMember) {
  File f = open(white_collar_2024());
  EXPECT_FALSE(db().exec("UPDATE file_events SET who = 'eve'"));
  EXPECT_FALSE(db().exec("DELETE FROM file_events"));
  auto all = member_files(db(), "85073003328");
  ASSERT_TRUE(all) << all.error().describe();
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ(all->at(0).id, f.id);
  EXPECT_EQ(all->at(0).events.at(0).kind, "opened");
  EXPECT_EQ(all->at(0).events.at(0).who, "clara");
  auto log = db().query("SELECT who, what, subject FROM audit_log WHERE what = 'file.open'");
  ASSERT_TRUE(log);
  ASSERT_EQ(log->size(), 1u);
  EXPECT_EQ(*log->at(0).text(2), f.subject());
  EXPECT_FALSE(find_file(db(), 999));
}

// tests/cases/maternity/employed_2013.yaml, "2013 employed — 82 % to day 30, 75 % from day
// 31": rest from 7 March 2013, delivery on the expected 21 March; the fund pays 82 % × 100.00
// = 82.00 for days 1-30 (7 March - 5 April, 26 benefit days) and 75 % × 100.00 = 75.00 from
// day 31 (6 April - 19 June, 64). The mother is a member born 1985-04-10 (as in the case),
// affiliated with mut_neutral, which is therefore the payer.
// By month (Sundays excluded): March 7-31 = 25 days - 4 Sundays (10, 17, 24, 31) = 21 × 82.00
// = 1722.00; April 1-5 = 5 × 82.00 = 410.00 plus 6-30 April = 25 days - 4 Sundays (7, 14, 21,
// 28) = 21 × 75.00 = 1575.00: 1985.00; May = 31 - 4 Sundays = 27 × 75.00 = 2025.00; June 1-19
// = 19 - 3 Sundays (2, 9, 16) = 16 × 75.00 = 1200.00 (21 + 5 = 26 and 21 + 27 + 16 = 64).
TEST_P(FilesTest, MaternityFileDecidedByTheMaternityRulesAndBooked) {
  register_anna();
  auto opened = open_file(db(), rules("2013-03-08"), kClerk, {.niss = kAnna, .kind = "maternity", .facts = anna_2013("100.00")});
  ASSERT_TRUE(opened) << opened.error().describe();
  EXPECT_EQ(opened->subject(), "maternity:" + std::to_string(opened->id));
  ASSERT_NE(decision(*opened, "maternity.employee"), nullptr);

  auto born = record_event(db(), rules("2013-03-22"), kClerk, opened->id, {.kind = "delivery", .date = d("2013-03-21")});
  ASSERT_TRUE(born) << born.error().describe();
  EXPECT_EQ(born->facts["event"]["delivery"], "2013-03-21");
  const StoredDecision* rest = decision(*born, "maternity.employee");
  ASSERT_NE(rest, nullptr);
  EXPECT_EQ(rest->status, "entitled");
  EXPECT_EQ(rest->supersedes, decision(*opened, "maternity.employee")->id);
  EXPECT_EQ(schedule_of(*rest), (std::vector<Slice>{{"2013-03-07", "2013-04-05", "mut_neutral", "82.00", 26},
                                                    {"2013-04-06", "2013-06-19", "mut_neutral", "75.00", 64}}));

  auto b = book_benefits_due(db(), born->id, d("2013-06-30"), "clara");
  ASSERT_TRUE(b) << b.error().describe();
  ASSERT_EQ(b->booked.size(), 4u);
  EXPECT_EQ(b->booked[0].debt_key, born->subject() + ":2013-03");
  EXPECT_EQ(b->booked[0].amount, eur("1722.00"));
  EXPECT_EQ(b->booked[1].amount, eur("1985.00"));
  EXPECT_EQ(b->booked[2].amount, eur("2025.00"));
  EXPECT_EQ(b->booked[3].amount, eur("1200.00"));
  EXPECT_TRUE(book_benefits_due(db(), born->id, d("2013-06-30"), "clara")->booked.empty());

  // None of the incapacity's events, and the birth's facts are checked like any other.
  const auto before = counts();
  auto no_certificate = record_event(db(), rules("2013-03-22"), kClerk, born->id,
                                     {.kind = "certificate_received", .date = d("2013-03-08")});
  ASSERT_FALSE(no_certificate);
  EXPECT_EQ(no_certificate.error().field, "kind");
  auto no_end = record_event(db(), rules("2013-03-22"), kAdviser, born->id, {.kind = "adviser_end_date", .date = d("2013-06-19")});
  ASSERT_FALSE(no_end);
  EXPECT_EQ(no_end.error().field, "kind");
  auto incapacity_event = open_file(db(), rules("2013-03-08"), kClerk,
                                    {.niss = kAnna, .kind = "maternity", .facts = white_collar_2024()});
  ASSERT_FALSE(incapacity_event);
  EXPECT_EQ(incapacity_event.error().field, "/facts/event");  // a birth has no start and needs its expected delivery
  EXPECT_EQ(counts(), before);
}

// employed_2013.yaml, "wage above the ceiling": 82 % × 200.00 = 164.00 for days 1-30 (no
// ceiling), 75 % × 126.4894 = 94.86705 -> 94.87 from day 31. By month: March 21 × 164.00 =
// 3444.00; April 5 × 164.00 + 21 × 94.87 = 820.00 + 1992.27 = 2812.27; May 27 × 94.87 =
// 2561.49; June 16 × 94.87 = 1517.92 (the benefit days as in the test above).
TEST_P(FilesTest, MaternityAboveTheCeilingBooksCentExactMonths) {
  register_anna();
  json facts = anna_2013("200.00");
  facts["event"]["delivery"] = "2013-03-21";
  auto f = open_file(db(), rules("2013-03-22"), kClerk, {.niss = kAnna, .kind = "maternity", .facts = facts});
  ASSERT_TRUE(f) << f.error().describe();
  ASSERT_NE(decision(*f, "maternity.employee"), nullptr);
  EXPECT_EQ(schedule_of(*decision(*f, "maternity.employee")),
            (std::vector<Slice>{{"2013-03-07", "2013-04-05", "mut_neutral", "164.00", 26},
                                {"2013-04-06", "2013-06-19", "mut_neutral", "94.87", 64}}));
  auto b = book_benefits_due(db(), f->id, d("2013-07-01"), "clara");
  ASSERT_TRUE(b) << b.error().describe();
  ASSERT_EQ(b->booked.size(), 4u);
  EXPECT_EQ(b->booked[0].amount, eur("3444.00"));
  EXPECT_EQ(b->booked[1].amount, eur("2812.27"));
  EXPECT_EQ(b->booked[2].amount, eur("2561.49"));
  EXPECT_EQ(b->booked[3].amount, eur("1517.92"));
}

INSTANTIATE_TEST_SUITE_P(files, FilesTest, ::testing::ValuesIn(store::engines()),
                         [](const auto& i) { return std::string(store::to_string(i.param)); });

}  // namespace
}  // namespace secu::fund

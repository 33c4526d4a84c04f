// POST /v1/simulations and GET /v1/simulations/{id}, in process: a job runs to done and its
// result is the JSON of the same run made directly (sim::simulate, sim::report_json), with and
// without a reform; bad inputs name their field; the caps (size, body, queue) answer; a server
// stopped with a job running stops cleanly.
#include <chrono>
#include <optional>
#include <fstream>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "server/server.h"
#include "server/testing.h"
#include "sim/generate.h"
#include "sim/report.h"
#include "sim/simulate.h"

namespace secu::server {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

const std::string kRoot = SECU_SOURCE_DIR;
const core::Date kAt = *core::Date::parse("2027-03-01");

using test_support::data;
using test_support::read_file;

/// A server without a database (the simulations need none) on a free port.
class Running {
 public:
  explicit Running(std::size_t queue = 8) {
    server_ = std::make_unique<Server>(data().law, data().catalog,
                                       Config{.port = 0, .threads = 4, .log_requests = false, .simulation_queue = queue,
                                              .simulation_threads = 2});
    auto port = server_->bind();
    if (!port) throw std::runtime_error("cannot bind");
    thread_ = std::thread([this] { server_->listen(); });
    while (!server_->is_running()) std::this_thread::sleep_for(1ms);
    client_ = std::make_unique<httplib::Client>("127.0.0.1", *port);
    client_->set_read_timeout(60, 0);
    client_->set_write_timeout(60, 0);
  }
  ~Running() { stop(); }
  void stop() {
    if (!server_) return;
    server_->stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
  }
  httplib::Result post(const json& body) { return post(body.dump()); }
  httplib::Result post(const std::string& body) { return client_->Post("/v1/simulations", body, "application/json"); }
  httplib::Result get(const std::string& path) { return client_->Get(path); }

  /// Polls the job until it is done or failed (or a minute has passed).
  json wait(const std::string& id) {
    json j;
    for (auto until = std::chrono::steady_clock::now() + 60s; std::chrono::steady_clock::now() < until;) {
      auto r = get("/v1/simulations/" + id);
      if (!r || r->status != 200) return json{{"http", r ? r->status : -1}};
      j = json::parse(r->body);
      if (j["status"] == "done" || j["status"] == "failed") return j;
      std::this_thread::sleep_for(20ms);
    }
    return j;
  }

 private:
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

json generated(std::uint64_t size, std::uint64_t seed) {
  return {{"at", kAt.iso()}, {"population", {{"generate", {{"size", size}, {"seed", seed}}}}}};
}

/// The same run made directly, as `secu simulate --format json` makes it.
json direct(std::uint64_t size, std::uint64_t seed, const law::LawData* reformed, const std::vector<std::string>& names) {
  std::stringstream population;
  EXPECT_TRUE(sim::generate(population, {.size = size, .seed = seed, .at = kAt}));
  auto run = sim::simulate(population, {.at = kAt, .threads = 2}, data().law, reformed);
  EXPECT_TRUE(run) << run.error().describe();
  return sim::report_json(*run, names);
}

json error_of(const httplib::Result& r) { return json::parse(r->body).at("error"); }

TEST(SimulationsHttp, AGeneratedPopulationRunsToTheDirectRunsResult) {
  Running s;
  auto r = s.post(generated(300, 7));
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 202) << r->body;
  const json queued = json::parse(r->body);
  EXPECT_EQ(queued["status"], "queued");
  EXPECT_EQ(queued["id"].get<std::string>().size(), 32u);
  EXPECT_EQ(r->get_header_value("Location"), "/v1/simulations/" + queued["id"].get<std::string>());
  EXPECT_EQ(queued["links"]["self"], r->get_header_value("Location"));
  EXPECT_EQ(queued["progress"]["of"], 300);
  EXPECT_TRUE(queued["started"].is_null());

  const json done = s.wait(queued["id"]);
  ASSERT_EQ(done["status"], "done") << done.dump();
  EXPECT_EQ(done["progress"], (json{{"households", 300}, {"of", 300}, {"fraction", 1.0}}));
  EXPECT_FALSE(done["started"].is_null());
  EXPECT_FALSE(done["finished"].is_null());
  EXPECT_EQ(done["bad_rows_total"], 0);
  EXPECT_EQ(done["result"], direct(300, 7, nullptr, {}));
  EXPECT_EQ(done["result"]["households"], 300);
  EXPECT_FALSE(done["result"]["benefits"].empty());
}

TEST(SimulationsHttp, AReformGivesItsFiguresWinnersAndLosers) {
  const std::string yaml = read_file(kRoot + "/examples/reforms/sickness-rate-65.yaml");
  auto reform = law::parse_reform(yaml, "sickness-rate-65.yaml", data().law.params());
  ASSERT_TRUE(reform) << reform.error().describe();
  const law::LawData reformed = data().law.with(*reform);

  Running s;
  json body = generated(300, 11);
  body["reforms"] = json::array({{{"name", "sickness-rate-65"}, {"yaml", yaml}}});
  auto r = s.post(body);
  ASSERT_EQ(r->status, 202) << r->body;
  const json done = s.wait(json::parse(r->body)["id"]);
  ASSERT_EQ(done["status"], "done") << done.dump();
  EXPECT_EQ(done["reforms"], json::array({"sickness-rate-65"}));
  const json& result = done["result"];
  EXPECT_EQ(result, direct(300, 11, &reformed, {"sickness-rate-65"}));
  EXPECT_TRUE(result["benefits"][0]["all"].contains("net_cost_year"));
  std::int64_t winners = 0;
  for (const json& d : result["deciles"]) winners += d["winners"].get<std::int64_t>();
  EXPECT_GT(winners, 0) << "a higher sickness rate makes winners";
  EXPECT_FALSE(result["biggest_changes"].empty());
}

TEST(SimulationsHttp, AnUploadedPopulationAboveTheUsualBodyLimitRunsWithItsBadRows) {
  std::string jsonl;
  std::uint64_t n = 0;
  while (jsonl.size() < (std::size_t{3} << 19)) jsonl += sim::generate_household(3, n++, kAt) + "\n";  // > 1 MiB
  jsonl += "{\"persons\": [\n\n";                                                                       // a bad row, a blank line
  Running s;
  auto r = s.post(json{{"at", kAt.iso()}, {"population", {{"jsonl", jsonl}}}});
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 202) << r->body.substr(0, 500);
  const json done = s.wait(json::parse(r->body)["id"]);
  ASSERT_EQ(done["status"], "done") << done.dump().substr(0, 500);
  EXPECT_EQ(done["progress"]["of"], n + 1);
  EXPECT_EQ(done["result"]["households"], n);
  EXPECT_EQ(done["bad_rows_total"], 1);
  ASSERT_EQ(done["result"]["bad_rows"].size(), 1u);
  EXPECT_EQ(done["result"]["bad_rows"][0]["line"], n + 1);
}

// A CSV upload (one person a row) is read as CSV, with its bad rows at their line and column;
// a JSON Lines upload whose first line is not an object is JSON Lines still (a bad row), never
// guessed to be CSV.
TEST(SimulationsHttp, ACsvUploadAndAJsonLinesUploadEachInItsOwnFormat) {
  Running s;
  const std::string csv =
      "household,person,birth_date,family_situation,status,worker_class,regular_worker,daily_wage,insurance.fund,"
      "insurance.contributions_sufficient,insurance.waiting_period_completed,insurance.still_insured,incapacity.start,"
      "incapacity.end,incapacity.certified,incapacity.certificate_received\n"
      "an,an,1985-07-30,with_dependants,employee,blue_collar,true,150.00,mut_christian,true,true,true,2024-03-04,2024-05-05,true,2024-03-06\n"
      "bo,bo,1990-01-01,single,employee,white_collar,yes,,,,,,,,,\n";
  auto r = s.post(json{{"at", "2024-03-04"}, {"population", {{"csv", csv}}}});
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 202) << r->body;
  EXPECT_TRUE(json::parse(r->body)["progress"]["of"].is_null()) << "persons are rows: the households are counted as read";
  json done = s.wait(json::parse(r->body)["id"]);
  ASSERT_EQ(done["status"], "done") << done.dump();
  EXPECT_EQ(done["result"]["households"], 1);
  // The blue-collar example: 42 benefit days × 90.00 from the fund (sim_test, cli_test).
  EXPECT_EQ(done["result"]["benefits"][0]["benefit"], "sickness.employee");
  EXPECT_EQ(done["result"]["benefits"][0]["all"]["cost_year"], "3780.00");
  ASSERT_EQ(done["result"]["bad_rows"].size(), 1u);
  EXPECT_EQ(done["result"]["bad_rows"][0]["line"], 3);
  EXPECT_EQ(done["result"]["bad_rows"][0]["column"], 7);
  EXPECT_EQ(done["result"]["bad_rows"][0]["field"], "regular_worker");

  r = s.post(json{{"at", kAt.iso()}, {"population", {{"jsonl", "not json\n" + sim::generate_household(3, 0, kAt) + "\n"}}}});
  ASSERT_EQ(r->status, 202) << r->body;
  done = s.wait(json::parse(r->body)["id"]);
  ASSERT_EQ(done["status"], "done") << done.dump();
  EXPECT_EQ(done["result"]["households"], 1);
  ASSERT_EQ(done["result"]["bad_rows"].size(), 1u);
  EXPECT_EQ(done["result"]["bad_rows"][0]["line"], 1);
}

TEST(SimulationsHttp, BadInputsNameTheirField) {
  const std::string bad_reform =
      "reform: x\nchanges:\n  no.such.parameter:\n    2027-01-01: {value: 1, source: {url: \"https://a.be\", reliability: press}}\n";
  const json ok_population = {{"generate", {{"size", 10}}}};
  const std::vector<std::pair<std::string, std::string>> cases{
      {"not json", "/"},
      {"[1]", "/"},
      {json{{"populaton", ok_population}}.dump(), "/populaton"},
      {json{{"at", "2027-02-30"}, {"population", ok_population}}.dump(), "/at"},
      {json{{"at", 20270301}, {"population", ok_population}}.dump(), "/at"},
      {json::object().dump(), "/population"},
      {json{{"population", json::object()}}.dump(), "/population"},
      {json{{"population", {{"generate", {{"size", 10}}}, {"jsonl", "{}"}}}}.dump(), "/population"},
      {json{{"population", {{"generate", {{"size", 0}}}}}}.dump(), "/population/generate/size"},
      {json{{"population", {{"generate", {{"size", 2000001}}}}}}.dump(), "/population/generate/size"},
      {json{{"population", {{"generate", {{"size", 2.5}}}}}}.dump(), "/population/generate/size"},
      {json{{"population", {{"generate", {{"size", 10}, {"seed", -1}}}}}}.dump(), "/population/generate/seed"},
      {json{{"population", {{"generate", {{"size", 10}, {"colour", 1}}}}}}.dump(), "/population/generate/colour"},
      {json{{"population", {{"jsonl", " \n\t\n"}}}}.dump(), "/population/jsonl"},
      {json{{"population", {{"jsonl", 5}}}}.dump(), "/population/jsonl"},
      {json{{"population", {{"csv", "\n"}}}}.dump(), "/population/csv"},
      {json{{"population", {{"csv", "a"}, {"jsonl", "{}"}}}}.dump(), "/population"},
      {json{{"population", ok_population}, {"reforms", "x"}}.dump(), "/reforms"},
      {json{{"population", ok_population}, {"reforms", {{{"name", "a"}}}}}.dump(), "/reforms/0/yaml"},
      {json{{"population", ok_population}, {"reforms", {{{"yaml", bad_reform}}}}}.dump(), "/reforms/0/yaml"},
      {json{{"population", ok_population}, {"reforms", {{{"yaml", "a: [\n"}}}}}.dump(), "/reforms/0/yaml"},
      {json{{"population", ok_population}, {"reforms", {{{"name", ""}, {"yaml", bad_reform}}}}}.dump(), "/reforms/0/name"},
  };
  Running s;
  for (const auto& [body, field] : cases) {
    auto r = s.post(body);
    ASSERT_TRUE(r) << body;
    EXPECT_EQ(r->status, 400) << body << " → " << r->body;
    EXPECT_EQ(error_of(r)["code"], "invalid_argument") << body;
    EXPECT_EQ(error_of(r)["field"], field) << body << " → " << r->body;
  }
  auto big = s.post(json{{"population", {{"generate", {{"size", 2000001}}}}}});
  EXPECT_NE(error_of(big)["message"].get<std::string>().find("2000000"), std::string::npos) << big->body;
  auto reform = s.post(json{{"population", ok_population}, {"reforms", {{{"yaml", bad_reform}}}}});
  EXPECT_NE(error_of(reform)["message"].get<std::string>().find("no.such.parameter"), std::string::npos) << reform->body;
}

TEST(SimulationsHttp, UnknownIdIs404AndTooLargeABodyIs413) {
  Running s;
  auto none = s.get("/v1/simulations/0123456789abcdef0123456789abcdef");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 404);
  EXPECT_EQ(error_of(none)["code"], "not_found");
  EXPECT_EQ(error_of(none)["field"], "id");
  const std::string huge((std::size_t{64} << 20) + 1, ' ');
  auto r = s.post(huge);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(error_of(r)["code"], "payload_too_large");
  EXPECT_NE(error_of(r)["message"].get<std::string>().find("64 MiB"), std::string::npos) << r->body;
  // The connection and the server go on.
  EXPECT_EQ(s.get("/v1/simulations/x")->status, 404);
}

// A full queue answers 503; stopping the server with a job running ends it at its next block,
// fails the queued ones and joins the worker.
TEST(SimulationsHttp, AFullQueueIs503AndTheServerStopsWithAJobRunning) {
  Running s(2);
  std::vector<std::string> ids;
  std::optional<httplib::Result> refused;
  for (int i = 0; i < 5 && !refused; ++i) {
    auto r = s.post(generated(2000000, static_cast<std::uint64_t>(i)));
    ASSERT_TRUE(r);
    if (r->status == 202) ids.push_back(json::parse(r->body)["id"]);
    else refused.emplace(std::move(r));
  }
  ASSERT_TRUE(refused) << "the queue never filled";
  EXPECT_EQ((*refused)->status, 503);
  EXPECT_EQ(error_of(*refused)["code"], "unavailable");
  EXPECT_FALSE((*refused)->get_header_value("Retry-After").empty());
  EXPECT_GE(ids.size(), 2u);
  EXPECT_LE(ids.size(), 3u);

  json first;
  for (auto until = std::chrono::steady_clock::now() + 30s; std::chrono::steady_clock::now() < until;) {
    first = json::parse(s.get("/v1/simulations/" + ids[0])->body);
    if (first["progress"]["households"] > 0) break;
    std::this_thread::sleep_for(20ms);
  }
  EXPECT_EQ(first["status"], "running");
  EXPECT_GT(first["progress"]["households"], 0);
  EXPECT_LT(first["progress"]["fraction"], 1.0);
  EXPECT_EQ(json::parse(s.get("/v1/simulations/" + ids[1])->body)["status"], "queued");

  const auto start = std::chrono::steady_clock::now();
  s.stop();
  EXPECT_LT(std::chrono::steady_clock::now() - start, 20s);
}

}  // namespace
}  // namespace secu::server

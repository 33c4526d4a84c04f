// The HTTP API, in process: a server on a free loopback port, asked with httplib::Client.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <tuple>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "explain/render.h"
#include "rules/registry.h"
#include "server/metrics.h"
#include "server/routes.h"
#include "server/server.h"
#include "server/testing.h"
#include "store/migrations.h"
#include "store/store.h"

namespace secu::server {

std::string_view openapi_base();
const std::vector<std::string_view>& openapi_fragments();

namespace {

using nlohmann::json;

const std::string kRoot = SECU_SOURCE_DIR;

using test_support::data;
using test_support::read_file;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto pool = store::Pool::open("sqlite::memory:", 4);
    ASSERT_TRUE(pool.has_value()) << pool.error().describe();
    server_ = std::make_unique<Server>(data().law, data().catalog, Config{.port = 0, .threads = 4, .log_requests = false},
                                       std::move(*pool));
    auto port = server_->bind();
    ASSERT_TRUE(port.has_value());
    thread_ = std::thread([this] { server_->listen(); });
    while (!server_->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    client_ = std::make_unique<httplib::Client>("127.0.0.1", *port);
    // One connection kept alive: the server handles (and counts) each request before it reads
    // the next, so /metrics sees every earlier request (the count is recorded after the reply).
    client_->set_keep_alive(true);
  }
  void TearDown() override {
    server_->stop();
    if (thread_.joinable()) thread_.join();
  }
  httplib::Result post(const std::string& path, const std::string& body) {
    return client_->Post(path, body, "application/json");
  }
  static json error_of(const httplib::Result& r) { return json::parse(r->body).at("error"); }

  const std::string example_ = read_file(kRoot + "/examples/sickness-blue-collar.json");
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

// The same JSON as `secu eval --format json`, computed without HTTP.
json expected_eval(const std::string& body, core::Lang lang, bool trace) {
  auto situation = rules::parse_situation(body);
  const core::Date at = *core::Date::parse("2024-03-06");
  auto decisions = rules::evaluate_all(*situation, rules::Context{data().law, at, trace});
  json j = explain::to_json(*decisions, explain::RenderOptions{data().catalog, data().law, lang, trace});
  j["at"] = at.iso();
  return j;
}

TEST_F(ServerTest, EvalAnswersInEachLanguageAsTheCliDoes) {
  const std::vector<std::pair<std::string, core::Lang>> langs{
      {"en", core::Lang::en}, {"fr", core::Lang::fr}, {"nl", core::Lang::nl}};
  for (const auto& [code, lang] : langs) {
    auto r = post("/v1/eval?at=2024-03-06&lang=" + code, example_);
    ASSERT_TRUE(r) << code;
    EXPECT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
    EXPECT_EQ(json::parse(r->body), expected_eval(example_, lang, false)) << code;
  }
  auto fr = post("/v1/eval?at=2024-03-06&lang=fr", example_);
  EXPECT_NE(fr->body.find("Alliance nationale des mutualit"), std::string::npos);
}

TEST_F(ServerTest, ExplainTraceAndCalculate) {
  auto ex = post("/v1/eval?at=2024-03-06&explain=true", example_);
  EXPECT_EQ(json::parse(ex->body), expected_eval(example_, core::Lang::en, true));
  auto tr = post("/trace?at=2024-03-06", example_);
  EXPECT_EQ(json::parse(tr->body), expected_eval(example_, core::Lang::en, true));
  auto calc = post("/calculate?at=2024-03-06&lang=nl", example_);
  EXPECT_EQ(json::parse(calc->body), expected_eval(example_, core::Lang::nl, false));
}

TEST_F(ServerTest, BadSituationNamesTheField) {
  std::string bad = example_;
  bad.replace(bad.find("85073003328"), 11, "85073003329");  // wrong check digits
  auto r = post("/v1/eval?at=2024-03-06", bad);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(error_of(r)["code"], "invalid_argument");
  EXPECT_EQ(error_of(r)["field"], "/persons/0/niss");
}

TEST_F(ServerTest, MalformedJsonIs400) {
  auto r = post("/v1/eval", "{\"persons\": [");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(error_of(r)["code"], "invalid_argument");
  EXPECT_FALSE(error_of(r)["message"].get<std::string>().empty());
}

TEST_F(ServerTest, BadQueryNamesTheParameter) {
  auto at = post("/v1/eval?at=2024-02-30", example_);
  EXPECT_EQ(at->status, 400);
  EXPECT_EQ(error_of(at)["field"], "at");
  auto lang = client_->Get("/v1/params?lang=de");
  EXPECT_EQ(lang->status, 400);
  EXPECT_EQ(error_of(lang)["field"], "lang");
}

TEST_F(ServerTest, OversizedBodyIs413) {
  const std::string big(2 << 20, ' ');
  auto r = post("/v1/eval", big);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(error_of(r)["code"], "payload_too_large");
}

TEST_F(ServerTest, UnknownRouteAndWrongMethod) {
  auto none = client_->Get("/v2/nothing");
  EXPECT_EQ(none->status, 404);
  EXPECT_EQ(error_of(none)["code"], "not_found");
  auto get_eval = client_->Get("/v1/eval");
  EXPECT_EQ(get_eval->status, 405);
  EXPECT_EQ(get_eval->get_header_value("Allow"), "POST");
}

TEST_F(ServerTest, Parameters) {
  auto list = client_->Get("/v1/params?at=2024-03-06");
  ASSERT_EQ(list->status, 200);
  EXPECT_EQ(json::parse(list->body)["parameters"].size(), data().law.params().size());
  auto one = client_->Get("/v1/params/sickness.benefit.wage_ceiling?at=2024-03-06");
  ASSERT_EQ(one->status, 200) << one->body;
  const json j = json::parse(one->body);
  EXPECT_EQ(j["id"], "sickness.benefit.wage_ceiling");
  EXPECT_FALSE(j["in_force"]["value"].is_null());
  EXPECT_TRUE(j["in_force"].contains("source"));
  EXPECT_FALSE(j["history"].empty());
  EXPECT_EQ(j["file"], "params/sickness/benefit/wage_ceiling.yaml");  // never the server's own path
  auto unknown = client_->Get("/v1/params/no.such.parameter");
  EXPECT_EQ(unknown->status, 404);
  EXPECT_EQ(error_of(unknown)["field"], "name");
  auto of = client_->Get("/parameter/sickness.benefit.wage_ceiling");
  EXPECT_EQ(of->status, 200);
  EXPECT_FALSE(json::parse(of->body)["values"].empty());
  EXPECT_EQ(client_->Get("/parameter/no.such.parameter")->status, 404);
  auto all = client_->Get("/parameters");
  EXPECT_TRUE(json::parse(all->body).contains("sickness.benefit.wage_ceiling"));
}

TEST_F(ServerTest, MetricsCountRequests) {
  for (int i = 0; i < 3; ++i) EXPECT_EQ(client_->Get("/health")->status, 200);
  EXPECT_EQ(client_->Get("/v1/params/no.such.parameter")->status, 404);
  auto m = client_->Get("/metrics");
  ASSERT_EQ(m->status, 200);
  EXPECT_NE(m->body.find("secu_http_requests_total{method=\"GET\",route=\"/health\",status=\"200\"} 3\n"), std::string::npos)
      << m->body;
  EXPECT_NE(m->body.find("route=\"/v1/params/{name}\",status=\"404\"} 1\n"), std::string::npos);
  EXPECT_NE(m->body.find("secu_http_request_duration_seconds_count{method=\"GET\",route=\"/health\"} 3\n"),
            std::string::npos);
  EXPECT_NE(m->body.find("le=\"+Inf\"} 3\n"), std::string::npos);
}

TEST_F(ServerTest, HealthReadySchemaDocs) {
  EXPECT_EQ(client_->Get("/health")->status, 200);
  auto ready = client_->Get("/ready");
  EXPECT_EQ(ready->status, 200);
  const json rj = json::parse(ready->body);
  EXPECT_EQ(rj["status"], "ready");
  EXPECT_EQ(rj["database"], "sqlite");
  EXPECT_EQ(rj["schema_version"], store::latest_schema_version());
  auto schema = client_->Get("/v1/schema");
  EXPECT_EQ(schema->body, rules::situation_schema());
  auto docs = client_->Get("/docs");
  for (const Route& r : routes()) EXPECT_NE(docs->body.find(std::string(r.path)), std::string::npos) << r.path;
  EXPECT_EQ(docs->body.find("http://cdn"), std::string::npos);
}

// Every path+method of the OpenAPI document is served, and every served route is documented.
TEST_F(ServerTest, OpenApiMatchesTheRoutes) {
  const json doc = json::parse(openapi_document());
  EXPECT_EQ(client_->Get("/openapi.json")->body, openapi_document());
  EXPECT_EQ(client_->Get("/spec")->body, openapi_document());
  std::size_t operations = 0;
  auto job = post("/v1/simulations", R"({"at": "2024-03-06", "population": {"generate": {"size": 1}}})");
  ASSERT_EQ(job->status, 202) << job->body;
  const std::string simulation = json::parse(job->body)["id"];
  for (const auto& [path, item] : doc.at("paths").items()) {
    // A value for each path variable: a parameter name, a NISS, a simulation's or a record's id.
    std::string concrete = path;
    const bool law = path.starts_with("/v1/params") || path.starts_with("/parameter");
    const std::string id = law ? "sickness.benefit.rate" : path.starts_with("/v1/simulations") ? simulation : "1";
    for (const auto& [var, value] : {std::pair<std::string, std::string>{"{name}", "sickness.benefit.rate"},
                                     {"{id}", id},
                                     {"{niss}", "85073003328"}, {"{file}", "app.js"}})
      if (auto at = concrete.find(var); at != std::string::npos) concrete.replace(at, var.size(), value);
    for (const auto& [method, op] : item.items()) {
      ++operations;
      auto r = method == "post" ? post(concrete + "?at=2024-03-06", example_) : client_->Get(concrete);
      ASSERT_TRUE(r) << method << " " << path;
      EXPECT_NE(r->status, 404) << method << " " << path << ": " << r->body;
      EXPECT_NE(r->status, 405) << method << " " << path;
    }
  }
  EXPECT_EQ(operations, routes().size());
  for (const Route& r : routes()) {
    std::string method(to_string(r.method));
    for (char& c : method) c = static_cast<char>(std::tolower(c));
    EXPECT_TRUE(doc["paths"].contains(std::string(r.path)) && doc["paths"][std::string(r.path)].contains(method))
        << r.path << " " << method << " is served but not in server/openapi.json";
  }
}

// The web page: the HTML shell, its script and style (embedded, no external resource), an
// unknown file 404 naming it, and the page's texts in each language (400 for another).
// The institutions with their names in the language asked; ?kind= filters, an unknown kind is 400.
TEST_F(ServerTest, InstitutionsByKindInALanguage) {
  auto all = client_->Get("/v1/institutions?lang=nl");
  ASSERT_TRUE(all);
  ASSERT_EQ(all->status, 200) << all->body;
  const json j = json::parse(all->body);
  EXPECT_EQ(j["lang"], "nl");
  bool found = false;
  for (const auto& i : j["institutions"])
    if (i["id"] == "mut_christian") {
      found = true;
      EXPECT_EQ(i["name"], "Landsbond der Christelijke Mutualiteiten");
      EXPECT_EQ(i["kind"], "fund_union");
    }
  EXPECT_TRUE(found) << all->body;
  auto funds = client_->Get("/v1/institutions?lang=fr&kind=public_health_fund");
  ASSERT_EQ(funds->status, 200);
  const json public_funds = json::parse(funds->body);
  std::vector<std::string> ids;
  for (const auto& i : public_funds["institutions"]) ids.push_back(i["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"caami", "cspm", "sncb_health_fund"}));
  auto bad = client_->Get("/v1/institutions?kind=bank");
  ASSERT_EQ(bad->status, 400);
  EXPECT_EQ(json::parse(bad->body)["error"]["field"], "kind");
}

TEST_F(ServerTest, WebPageAndItsTexts) {
  auto page = client_->Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_NE(page->body.find(R"(<script type="module" src="/app/app.js">)"), std::string::npos) << page->body;
  EXPECT_EQ(page->body.find("http://"), std::string::npos);
  EXPECT_EQ(page->body.find("https://"), std::string::npos);
  auto script = client_->Get("/app/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 200);
  EXPECT_NE(script->get_header_value("Content-Type").find("text/javascript"), std::string::npos);
  EXPECT_NE(script->body.find("./core.js"), std::string::npos);
  auto law = client_->Get("/app/law.js");
  ASSERT_TRUE(law);
  EXPECT_EQ(law->status, 200);
  EXPECT_NE(law->body.find("/v1/params"), std::string::npos);
  auto style = client_->Get("/app/style.css");
  ASSERT_TRUE(style);
  EXPECT_EQ(style->status, 200);
  EXPECT_NE(style->get_header_value("Content-Type").find("text/css"), std::string::npos);
  auto missing = client_->Get("/app/nope.js");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(json::parse(missing->body)["error"]["field"], "file");
  for (const auto& [lang, title, simulate] :
       {std::tuple<std::string, std::string, std::string>{"en", "The law, figure by figure", "Simulate a reform"},
        {"fr", "La loi, chiffre par chiffre", "Simuler une réforme"},
        {"nl", "De wet, bedrag per bedrag", "Een hervorming simuleren"}}) {
    auto r = client_->Get("/v1/messages?lang=" + lang);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    const json j = json::parse(r->body);
    EXPECT_EQ(j["lang"], lang);
    EXPECT_EQ(j["messages"]["web.law.title"], title);
    EXPECT_EQ(j["messages"]["web.simulate.title"], simulate);
    for (const auto& [key, text] : j["messages"].items()) EXPECT_TRUE(key.starts_with("web.")) << key;
  }
  auto bad = client_->Get("/v1/messages?lang=de");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(json::parse(bad->body)["error"]["field"], "lang");
}

// Each part's fragment adds its own paths and schemas: none redefines another's.
TEST(OpenApiTest, FragmentsMergeCleanly) {
  json seen_paths = json::parse(openapi_base())["paths"];
  json seen_components = json::parse(openapi_base())["components"];
  for (std::string_view text : openapi_fragments()) {
    const json part = json::parse(text);
    const json paths = part.value("paths", json::object());
    const json components = part.value("components", json::object());
    for (const auto& [path, item] : paths.items()) {
      EXPECT_FALSE(seen_paths.contains(path)) << path << " is defined twice";
      seen_paths[path] = item;
    }
    for (const auto& [kind, entries] : components.items()) {
      for (const auto& [name, value] : entries.items()) {
        if (seen_components.contains(kind) && seen_components[kind].contains(name)) {
          EXPECT_EQ(seen_components[kind][name], value) << kind << "/" << name << " is defined twice, differently";
        }
        seen_components[kind][name] = value;
      }
    }
  }
}

// A server on a temp-file database is ready with its schema version; without a database,
// /ready answers 503 with a reason while /health stays 200 (liveness only).
TEST(ServerReadyTest, TempFileDatabaseAndNoDatabase) {
  const std::string path = ::testing::TempDir() + "secu_server_ready_test.db";
  std::remove(path.c_str());
  auto db = store::Pool::open("sqlite:" + path, 2);
  ASSERT_TRUE(db.has_value()) << db.error().describe();
  for (bool with_db : {true, false}) {
    Server server(data().law, data().catalog, Config{.port = 0, .threads = 2, .log_requests = false},
                  with_db ? std::move(*db) : nullptr);
    auto port = server.bind();
    ASSERT_TRUE(port.has_value());
    std::thread t([&] { server.listen(); });
    while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    httplib::Client client("127.0.0.1", *port);
    auto ready = client.Get("/ready");
    ASSERT_TRUE(ready);
    const json r = json::parse(ready->body);
    if (with_db) {
      EXPECT_EQ(ready->status, 200) << ready->body;
      EXPECT_EQ(r["status"], "ready");
      EXPECT_EQ(r["database"], "sqlite");
      EXPECT_EQ(r["schema_version"], store::latest_schema_version());
    } else {
      EXPECT_EQ(ready->status, 503) << ready->body;
      EXPECT_EQ(r["status"], "not_ready");
      EXPECT_NE(r["reason"].get<std::string>().find("no database"), std::string::npos);
    }
    EXPECT_EQ(client.Get("/health")->status, 200);
    server.stop();
    t.join();
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

// `secu serve --web-dir DIR` reads the page's files from DIR at each request (to work on
// web/ without rebuilding); a file DIR lacks is 404 even when the built-in copy has it.
TEST(ServerWebDirTest, ServesFilesFromTheDirectory) {
  const std::string dir = ::testing::TempDir() + "secu_web_dir_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/index.html") << "<p>from the directory</p>";
  Server server(data().law, data().catalog, Config{.port = 0, .threads = 2, .web_dir = dir, .log_requests = false});
  auto port = server.bind();
  ASSERT_TRUE(port.has_value());
  std::thread t([&] { server.listen(); });
  while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  httplib::Client client("127.0.0.1", *port);
  auto page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->body, "<p>from the directory</p>");
  std::ofstream(dir + "/index.html") << "<p>changed</p>";
  EXPECT_EQ(client.Get("/")->body, "<p>changed</p>");
  auto missing = client.Get("/app/app.js");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  server.stop();
  t.join();
  std::filesystem::remove_all(dir);
}

TEST(ServerMetricsTest, RendersPrometheusText) {
  Metrics m(routes().size());
  m.record(0, 200, 120);
  m.record(Metrics::kUnmatched, 404, 5);
  const std::string text = m.render(routes());
  EXPECT_NE(text.find("# TYPE secu_http_requests_total counter"), std::string::npos);
  EXPECT_NE(text.find("route=\"unmatched\",status=\"404\"} 1"), std::string::npos);
  EXPECT_NE(text.find("route=\"/v1/eval\",le=\"0.00025\"} 1"), std::string::npos);
}

}  // namespace
}  // namespace secu::server

// POST /v1/simulations and GET /v1/simulations/{id}: a population run (sim/) as a background
// job of the server (simulation_jobs.h). The population is drawn from a seed (as `secu
// population`) or uploaded as JSON Lines; the law alone or with reforms (YAML overlays, as
// `secu simulate --reform`). Everything is checked before the job is queued, errors naming the
// JSON pointer; once done, the job's result is the JSON of `secu simulate --format json`.
// Public (policy analysts have no fund account) and bounded: 2,000,000 generated households,
// a 64 MiB body, a few jobs waiting, one running.
#include <algorithm>
#include <initializer_list>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "explain/catalog.h"
#include "server/handlers.h"
#include "server/http_util.h"
#include "server/simulation_jobs.h"

namespace secu::server::handlers {

namespace {

using nlohmann::json;

constexpr std::uint64_t kMaxGenerated = 2'000'000;
constexpr std::size_t kMaxBody = std::size_t{64} << 20;
constexpr std::size_t kMaxReforms = 20;
constexpr std::size_t kMaxName = 200;
constexpr std::string_view kSelf = "/v1/simulations/";

std::unexpected<core::Error> wrong(std::string field, std::string message) {
  return core::fail(core::ErrorCode::invalid_argument, std::move(message), std::move(field));
}

/// A key as one token of a JSON pointer ("a/b" → "a~1b").
std::string token(std::string_view key) {
  std::string out;
  for (char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  return out;
}

/// invalid_argument naming the first key of `object` that is not one of `known`.
core::Status only(const json& object, const std::string& at, std::initializer_list<std::string_view> known) {
  for (const auto& item : object.items())
    if (std::find(known.begin(), known.end(), item.key()) == known.end())
      return wrong(at + "/" + token(item.key()),
                   fmt::format("unknown field '{}'; expected {}", item.key(), fmt::join(known, ", ")));
  return {};
}

core::Result<SimulationJob::Generated> read_generate(const json& g, const std::string& at) {
  if (!g.is_object()) return wrong(at, "expected {\"size\": households, \"seed\": a whole number}");
  SECU_RETURN_IF_ERROR(only(g, at, {"size", "seed"}));
  const std::string whole_size = fmt::format("expected a whole number of households from 1 to {}", kMaxGenerated);
  if (!g.contains("size") || !g["size"].is_number_unsigned()) return wrong(at + "/size", whole_size);
  SimulationJob::Generated out{.size = g["size"].get<std::uint64_t>(), .seed = 1};
  if (out.size < 1 || out.size > kMaxGenerated)
    return wrong(at + "/size", whole_size + " (the most this server generates; upload a larger population as jsonl, or "
                                            "run `secu simulate` on your own machine)");
  if (g.contains("seed")) {
    if (!g["seed"].is_number_unsigned())
      return wrong(at + "/seed", "expected a whole number from 0 to 18446744073709551615");
    out.seed = g["seed"].get<std::uint64_t>();
  }
  return out;
}

core::Status read_population(json& body, SimulationJob& job) {
  const std::string expected =
      R"(expected {"generate": {"size", "seed"}}, {"jsonl": "one situation per line"} or {"csv": "one person a row, with a header"})";
  if (!body.contains("population") || !body["population"].is_object()) return wrong("/population", expected);
  json& p = body["population"];
  SECU_RETURN_IF_ERROR(only(p, "/population", {"generate", "jsonl", "csv"}));
  if (p.contains("generate") + p.contains("jsonl") + p.contains("csv") != 1) return wrong("/population", expected + ", one of the three");
  if (p.contains("generate")) {
    SECU_TRY(job.generate, read_generate(p["generate"], "/population/generate"));
    return {};
  }
  const bool csv = p.contains("csv");
  const std::string key = csv ? "csv" : "jsonl";
  const std::string what = csv ? "one person a row, after a header (docs/population-format.md)" : "one situation (JSON) per line";
  if (!p[key].is_string()) return wrong("/population/" + key, "expected the households as text: " + what);
  job.jsonl = std::move(p[key].get_ref<std::string&>());
  job.format = csv ? sim::Format::csv : sim::Format::jsonl;
  if (job.jsonl.find_first_not_of(" \t\r\n") == std::string::npos) return wrong("/population/" + key, "no household: expected " + what);
  return {};
}

core::Result<std::string> optional_text(const json& o, const std::string& at, std::string_view name, std::size_t max) {
  if (!o.contains(name) || o[std::string(name)].is_null()) return std::string();
  const json& v = o[std::string(name)];
  if (!v.is_string() || v.get_ref<const std::string&>().empty() || v.get_ref<const std::string&>().size() > max)
    return wrong(at + "/" + std::string(name), fmt::format("expected a text of 1 to {} characters", max));
  return v.get<std::string>();
}

/// The reforms, each parsed against the law with the earlier ones on top (as `secu simulate`).
core::Status read_reforms(const json& body, const law::LawData& law, SimulationJob& job) {
  if (!body.contains("reforms") || body["reforms"].is_null()) return {};
  const json& list = body["reforms"];
  if (!list.is_array() || list.size() > kMaxReforms)
    return wrong("/reforms", fmt::format(R"(expected a list of at most {} reforms [{{"name", "yaml"}}])", kMaxReforms));
  law::LawData reformed = law;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = fmt::format("/reforms/{}", i);
    const json& r = list[i];
    if (!r.is_object()) return wrong(at, R"(expected {"name": "...", "yaml": "reform: ...\nchanges: ..."})");
    SECU_RETURN_IF_ERROR(only(r, at, {"name", "yaml"}));
    SECU_TRY(std::string name, optional_text(r, at, "name", kMaxName));
    SECU_TRY(std::string yaml, optional_text(r, at, "yaml", kMaxBody));
    if (yaml.empty()) return wrong(at + "/yaml", "expected the reform as YAML (reform:, description:, changes:)");
    auto reform = law::parse_reform(yaml, name.empty() ? fmt::format("reform {}", i + 1) : name, reformed.params());
    if (!reform) return wrong(at + "/yaml", "the reform cannot be read: " + reform.error().describe());
    job.reform_names.push_back(name.empty() ? reform->name : name);
    reformed = reformed.with(*reform);
  }
  if (!list.empty()) job.reformed = std::move(reformed);
  return {};
}

core::Result<SimulationJob> read_job(const law::LawData& law, const std::string& text) {
  json body = json::parse(text, nullptr, false);
  if (body.is_discarded() || !body.is_object())
    return wrong("/", R"(expected a JSON object {"at", "population", "reforms"})");
  SECU_RETURN_IF_ERROR(only(body, "", {"at", "population", "reforms"}));
  SimulationJob job{.at = today()};
  if (body.contains("at")) {
    auto at = core::Date::parse(body["at"].is_string() ? body["at"].get_ref<const std::string&>() : "");
    if (!at) return wrong("/at", "expected a date YYYY-MM-DD");
    job.at = *at;
  }
  SECU_RETURN_IF_ERROR(read_population(body, job));
  SECU_RETURN_IF_ERROR(read_reforms(body, law, job));
  return job;
}

json text_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

double fraction(const JobSnapshot& s) {
  if (s.status == JobStatus::done) return 1.0;
  if (s.of <= 0) return 0.0;
  return std::min(1.0, static_cast<double>(s.households) / static_cast<double>(s.of));
}

/// The benefits of a result by name in `lang` (the catalog's benefit.<id>; the id when it has none).
json benefit_names(const json& result, const explain::Catalog& catalog, core::Lang lang) {
  json names = json::object();
  for (const json& b : result.at("benefits")) {
    const std::string id = b.at("benefit");
    const std::string* text = catalog.text("benefit." + id, lang);
    names[id] = text ? *text : id;
  }
  return names;
}

json job_json(const JobSnapshot& s) {
  json j{{"id", s.id},
         {"status", to_string(s.status)},
         {"at", s.at.iso()},
         {"reforms", s.reforms},
         {"progress", {{"households", s.households}, {"of", s.of > 0 ? json(s.of) : json(nullptr)}, {"fraction", fraction(s)}}},
         {"created", s.created},
         {"started", text_or_null(s.started)},
         {"finished", text_or_null(s.finished)},
         {"links", {{"self", std::string(kSelf) + s.id}}}};
  if (s.result) {
    j["result"] = *s.result;
    j["bad_rows_total"] = s.bad_rows;
  }
  if (s.error) j["error"] = {{"code", core::to_string(s.error->code)}, {"message", s.error->message}};
  return j;
}

void create(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto job = read_job(api.law, req.body);
  if (!job) return reply_error(res, job.error());
  if (!api.simulations) return reply_error(res, 503, "unavailable", "this server runs no simulations");
  auto queued = api.simulations->submit(std::move(*job));
  if (!queued) {
    res.set_header("Retry-After", "60");
    return reply_error(res, queued.error());
  }
  res.set_header("Location", std::string(kSelf) + queued->id);
  reply_json(res, job_json(*queued), 202);
}

void show(const Api& api, const httplib::Request& req, httplib::Response& res) {
  const std::string id = req.matches.size() > 1 ? req.matches[1].str() : "";
  auto lang = query_lang(req);
  if (!lang) return reply_error(res, lang.error());
  auto now = api.simulations ? api.simulations->find(id) : std::nullopt;
  if (!now)
    return reply_error(res, 404, "not_found", "no simulation '" + id + "' (a finished one is kept for an hour)", "id");
  json j = job_json(*now);
  if (now->result) j["benefit_names"] = benefit_names(*now->result, api.catalog, *lang);
  res.set_header("Cache-Control", "no-store");
  reply_json(res, j);
}

}  // namespace

std::vector<Route> simulations_routes() {
  using M = Method;
  return {
      {M::post, "/v1/simulations", "/v1/simulations",
       "Start a population simulation (a synthetic or uploaded population, the law and reforms): 202 and the job",
       "/v1/simulations", create, fund::kPublic, kMaxBody},
      {M::get, "/v1/simulations/{id}", R"(/v1/simulations/([A-Za-z0-9_\-]+))",
       "A simulation: status, progress and, once done, cost, recipients, deciles, winners and losers (names in ?lang=)",
       "/v1/simulations/0123456789abcdef0123456789abcdef?lang=fr", show},
  };
}

}  // namespace secu::server::handlers

// POST /v1/eval, /calculate, /trace and GET /v1/schema: a situation in, the decisions out,
// the same JSON as `secu eval --format json` (plus the trace when asked).
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "explain/render.h"
#include "rules/registry.h"
#include "server/handlers.h"
#include "server/http_util.h"

namespace secu::server::handlers {

namespace {

/// What a request asks: the date, the language, whether to show the trace.
struct Question {
  core::Date at;
  core::Lang lang = core::Lang::en;
  bool trace = false;
};

core::Result<Question> read_question(const httplib::Request& req) {
  SECU_TRY(core::Date at, query_date(req));
  SECU_TRY(core::Lang lang, query_lang(req));
  SECU_TRY(bool trace, query_flag(req, "explain"));
  return Question{at, lang, trace};
}

core::Result<nlohmann::json> decide(const Api& api, std::string_view body, const Question& q) {
  SECU_TRY(rules::Situation situation, rules::parse_situation(body));
  const rules::Context ctx{api.law, q.at, q.trace};
  SECU_TRY(auto decisions, rules::evaluate_all(situation, ctx));
  const explain::RenderOptions ro{api.catalog, api.law, q.lang, q.trace};
  nlohmann::json j = explain::to_json(decisions, ro);
  j["at"] = q.at.iso();
  return j;
}

/// Evaluates the body; `trace` forced on (/trace) or read from ?explain= (nullopt).
void answer(const Api& api, const httplib::Request& req, httplib::Response& res, std::optional<bool> trace) {
  auto q = read_question(req);
  if (!q) return reply_error(res, q.error());
  if (trace) q->trace = *trace;
  auto j = decide(api, req.body, *q);
  if (!j) return reply_error(res, j.error());
  reply_json(res, *j);
}

}  // namespace

void eval(const Api& api, const httplib::Request& req, httplib::Response& res) { answer(api, req, res, std::nullopt); }

void calculate(const Api& api, const httplib::Request& req, httplib::Response& res) { answer(api, req, res, false); }

void trace(const Api& api, const httplib::Request& req, httplib::Response& res) { answer(api, req, res, true); }

void schema(const Api&, const httplib::Request&, httplib::Response& res) {
  res.status = 200;
  res.set_content(std::string(rules::situation_schema()), "application/schema+json");
}

}  // namespace secu::server::handlers

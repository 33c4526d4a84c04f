// Payment batches over fund/payments.h: POST /v1/payment-batches (prepare), GET /v1/payment-batches
// (the latest), GET
// /v1/payment-batches/{id}, POST /v1/payment-batches/{id}/export (the pain.001, application/xml),
// POST /v1/payment-batches/{id}/report (the bank's pain.002 as the body), GET
// /v1/members/{niss}/payments, POST /v1/payments/{id}/reissue.
// Body errors name the JSON pointer ("/until", "/debtor/iban"; "/" for the whole body), a
// report's errors the XML element ("/Document/CstmrPmtStsRpt/…") or "OrgnlMsgId"; path errors
// the parameter ("id", "niss"); query errors the parameter ("until", "limit").
#include <charconv>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "fund/payments.h"
#include "server/handlers.h"
#include "server/http_util.h"
#include "server/json_body.h"

namespace secu::server::handlers {

using core::ErrorCode;
using core::fail;
using nlohmann::json;

namespace {

/// The positive integer of the path (/v1/payment-batches/{id}…), named `id`.
core::Result<std::int64_t> path_id(const httplib::Request& req) {
  const std::string text = req.matches.size() > 1 ? std::string(req.matches[1]) : std::string();
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < 1)
    return fail(ErrorCode::invalid_argument, "expected an id (a positive integer), got '" + text + "'", "id");
  return v;
}

/// A fund error about a request value ("until", "debtor/iban") as a JSON pointer; the path's id is "id".
core::Error in_body(core::Error e) {
  if (e.field == "batch" || e.field == "payment_id") {
    e.field = "id";
  } else if (e.field == "debtor/name" || e.field == "debtor/iban" || e.field == "debtor/bic" || e.field == "until" ||
             e.field == "limit") {
    e.field = "/" + e.field;
  }
  return e;
}

/// The body as a JSON object, or an empty one when there is no body.
core::Result<JsonBody> optional_body(const httplib::Request& req) {
  if (req.body.find_first_not_of(" \t\r\n") == std::string::npos) return JsonBody(json::object());
  return JsonBody::parse(req.body);
}

/// {"until": "YYYY-MM-DD", "limit": n} or ?until=&limit= (default: today, 1000).
core::Result<fund::BatchRequest> batch_request(const httplib::Request& req) {
  SECU_TRY(JsonBody body, optional_body(req));
  fund::BatchRequest out{.until = today(), .limit = 1000};
  if (req.has_param("until")) {
    auto d = core::Date::parse(req.get_param_value("until"));
    if (!d) return fail(ErrorCode::invalid_argument, "expected a date YYYY-MM-DD", "until");
    out.until = *d;
  } else {
    SECU_TRY(auto until, body.optional_date("until"));
    if (until) out.until = *until;
  }
  std::string limit;
  std::string field = "limit";
  if (req.has_param("limit")) {
    limit = req.get_param_value("limit");
  } else if (body.has("limit")) {
    if (!body.json()["limit"].is_number_integer()) return fail(ErrorCode::invalid_argument, "expected an integer", "/limit");
    limit = std::to_string(body.json()["limit"].get<std::int64_t>());
    field = "/limit";
  }
  if (!limit.empty()) {
    int n = 0;
    auto [end, ec] = std::from_chars(limit.data(), limit.data() + limit.size(), n);
    if (ec != std::errc() || end != limit.data() + limit.size() || n < 1 || n > 10000)
      return fail(ErrorCode::invalid_argument, "expected a limit from 1 to 10000", field);
    out.limit = n;
  }
  return out;
}

/// {"debtor": {"name", "iban", "bic"}, "execution_date"} (default: today). The debtor is the
/// fund's own account: needed to export an open batch, not to fetch an exported one again.
core::Result<fund::ExportRequest> export_request(const httplib::Request& req) {
  SECU_TRY(JsonBody body, optional_body(req));
  fund::ExportRequest out{.execution_date = today()};
  SECU_TRY(auto day, body.optional_date("execution_date"));
  if (day) out.execution_date = *day;
  SECU_TRY(auto debtor, body.optional_object("debtor"));
  if (debtor) {
    SECU_TRY(out.debtor.name, debtor->text("name"));
    SECU_TRY(out.debtor.iban, debtor->text("iban"));
    SECU_TRY(out.debtor.bic, debtor->optional_text("bic"));
  }
  return out;
}

void prepare(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto in = batch_request(req);
  if (!in) return reply_error(res, in.error());
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  auto b = fund::prepare_batch(**lease, *in, api.who());
  if (!b) return reply_error(res, in_body(b.error()));
  reply_json(res, fund::to_json(*b), 201);
}

/// GET /v1/payment-batches?limit= (default 50): the latest batches without their payments.
void list(const Api& api, const httplib::Request& req, httplib::Response& res) {
  int limit = 50;
  if (req.has_param("limit")) {
    const std::string text = req.get_param_value("limit");
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), limit);
    if (ec != std::errc() || end != text.data() + text.size())
      return reply_error(res, 400, "invalid_argument", "expected a whole number from 1 to 1000, got '" + text + "'", "limit");
  }
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  auto batches = fund::list_batches(**lease, limit);
  if (!batches) return reply_error(res, batches.error());
  json out = json::array();
  for (const fund::Batch& b : *batches) {
    json j = fund::to_json(b);
    j.erase("payments");
    out.push_back(std::move(j));
  }
  reply_json(res, json{{"batches", std::move(out)}});
}

void show(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto id = path_id(req);
  if (!id) return reply_error(res, id.error());
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  auto b = fund::find_batch(**lease, *id);
  if (!b) return reply_error(res, in_body(b.error()));
  reply_json(res, fund::to_json(*b));
}

void export_file(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto id = path_id(req);
  if (!id) return reply_error(res, id.error());
  auto in = export_request(req);
  if (!in) return reply_error(res, in.error());
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  auto x = fund::export_batch(**lease, api.catalog, *id, *in, api.who());
  if (!x) return reply_error(res, in_body(x.error()));
  res.status = 200;
  res.set_header("Content-Disposition", "attachment; filename=\"" + x->file_name + "\"");
  res.set_content(x->document, "application/xml");
}

void report(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto id = path_id(req);
  if (!id) return reply_error(res, id.error());
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  auto r = fund::apply_bank_report(**lease, *id, req.body, api.who());
  if (!r) return reply_error(res, in_body(r.error()));
  reply_json(res, fund::to_json(*r));
}

void of_member(const Api& api, const httplib::Request& req, httplib::Response& res) {
  const std::string niss = req.matches.size() > 1 ? std::string(req.matches[1]) : std::string();
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  auto list = fund::member_payments(**lease, niss);
  if (!list) return reply_error(res, list.error());  // "niss": the path's
  json out = json::array();
  for (const fund::Payment& p : *list) out.push_back(fund::to_json(p));
  reply_json(res, {{"niss", list->empty() ? json(niss) : json(list->front().niss)}, {"payments", std::move(out)}});
}

void reissue(const Api& api, const httplib::Request& req, httplib::Response& res) {
  auto id = path_id(req);
  if (!id) return reply_error(res, id.error());
  auto lease = api.db();
  if (!lease) return reply_error(res, lease.error());
  auto p = fund::reissue_payment(**lease, *id, api.who());
  if (!p) return reply_error(res, in_body(p.error()));
  reply_json(res, fund::to_json(*p), 201);
}

}  // namespace

std::vector<Route> payment_routes() {
  using M = Method;
  return {
      {M::post, "/v1/payment-batches", "/v1/payment-batches",
       "Prepare a batch of the payments due up to ?until= (default today), at most ?limit= (clerk)",
       "/v1/payment-batches?until=2024-03-31", prepare, fund::kClerks},
      {M::get, "/v1/payment-batches", "/v1/payment-batches",
       "The latest payment batches, newest first (?limit=, default 50): status, count, total, file", "/v1/payment-batches",
       list, fund::kReaders},
      {M::get, "/v1/payment-batches/{id}", R"(/v1/payment-batches/([^/]+))",
       "A payment batch: its payments, count, total, status and file", "/v1/payment-batches/1", show, fund::kReaders},
      {M::post, "/v1/payment-batches/{id}/export", R"(/v1/payment-batches/([^/]+)/export)",
       "The batch's SEPA credit transfer file (pain.001.001.09, application/xml); again: the same file (clerk)",
       "/v1/payment-batches/1/export", export_file, fund::kClerks},
      {M::post, "/v1/payment-batches/{id}/report", R"(/v1/payment-batches/([^/]+)/report)",
       "Apply the bank's status report (pain.002 as the body): payments executed or rejected (clerk)",
       "/v1/payment-batches/1/report", report, fund::kClerks},
      {M::get, "/v1/members/{niss}/payments", R"(/v1/members/([^/]+)/payments)",
       "A member's payments: status, batch, dates, the bank's reason of a rejection", "/v1/members/85073003328/payments",
       of_member, fund::kReaders},
      {M::post, "/v1/payments/{id}/reissue", R"(/v1/payments/([^/]+)/reissue)",
       "Re-issue a rejected payment to the member's corrected account, once (clerk)", "/v1/payments/1/reissue", reissue,
       fund::kClerks},
  };
}

}  // namespace secu::server::handlers

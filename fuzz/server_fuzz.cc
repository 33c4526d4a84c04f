// Fuzzes the public HTTP API's request handling without sockets: the first byte picks a
// route of server::routes(), then "path-argument\nquery\nbody" fill the request, which the
// route's own handler answers. Contract: every answer is a deliberate status — never a 500
// (an internal error or an exception reached from outside input).
#include <httplib.h>

#include <map>
#include <regex>
#include <string>
#include <string_view>

#include "fuzz/fuzz_env.h"
#include "server/metrics.h"
#include "server/routes.h"

namespace {

std::string_view take_line(std::string_view& in) {
  const auto nl = in.find('\n');
  const std::string_view line = in.substr(0, nl);
  in.remove_prefix(nl == std::string_view::npos ? in.size() : nl + 1);
  return line;
}

const std::regex& pattern_of(const secu::server::Route& r) {
  static std::map<std::string_view, std::regex> cache;
  auto it = cache.find(r.pattern);
  if (it == cache.end()) it = cache.emplace(r.pattern, std::regex(std::string(r.pattern))).first;
  return it->second;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace secu;
  if (size == 0) return 0;
  const auto& e = fuzz::env();
  static server::Metrics metrics(server::routes().size());
  // The back office on an in-memory database, called as an admin: every route's handler
  // runs its parsing and its storage (the router's login check is tested in server_test).
  static auto pool = std::move(*store::Pool::open("sqlite::memory:", 1));
  static const fund::Caller admin{.id = 1, .name = "fuzz", .role = fund::Role::admin};
  const server::Api api{e.law, e.catalog, metrics, pool.get(), &admin};
  std::string_view in(reinterpret_cast<const char*>(data), size);
  const auto& rs = server::routes();
  const server::Route& r = rs[static_cast<unsigned char>(in.front()) % rs.size()];
  in.remove_prefix(1);
  const std::string_view argument = take_line(in);
  const std::string_view query = take_line(in);

  httplib::Request req;
  req.method = std::string(server::to_string(r.method));
  req.path = std::string(r.path);
  if (const auto open = req.path.find('{'); open != std::string::npos)
    req.path.replace(open, req.path.find('}', open) - open + 1, argument);
  httplib::detail::parse_query_text(std::string(query), req.params);
  req.body = std::string(in);
  if (!std::regex_match(req.path, req.matches, pattern_of(r))) return 0;  // the router would not call it

  httplib::Response res;
  r.handle(api, req, res);
  SECU_FUZZ_CHECK(res.status != 500, req.method + " " + req.path + " answered 500: " + res.body.substr(0, 300));
  return 0;
}

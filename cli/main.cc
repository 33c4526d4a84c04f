// secu: the command line.
//
//   secu eval situation.json [--at DATE] [--explain] [--lang en|fr|nl] [--format json|text]
//   secu params [NAME] [--at DATE]
//   secu schema
//   secu test tests/cases/
//   secu simulate POPULATION [--at DATE] [--reform FILE]... [--threads N] [--format table|json|csv] [--charts DIR]
//                 [--explain HOUSEHOLD] [--lang en|fr|nl]
//   secu population --size N --seed S [--at DATE] [-o FILE]
//   secu serve [--port N] [--host ADDR] [--threads N] [--data DIR] [--db URL]
//   secu db migrate|backup FILE|restore FILE [--db URL]
//   secu user add NAME --role ROLE [--db URL]     (password: $SECU_PASSWORD or one line of stdin)
//   secu user list [--db URL]
//   secu demo-data [--db URL] [--data DIR]
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/app.h"
#include "cli/cases.h"
#include "cli/db_cmd.h"
#include "cli/demo_cmd.h"
#include "cli/params_cmd.h"
#include "cli/population_cmd.h"
#include "cli/simulate_cmd.h"
#include "cli/user_cmd.h"
#include "explain/render.h"
#include "rules/registry.h"
#include "server/server.h"
#include "store/pool.h"

namespace secu::cli {
namespace {

struct Options {
  std::string data;
  std::string file;
  std::string at;
  std::string lang = "en";
  std::string format = "text";
  std::string name;
  std::string seeds;
  std::vector<std::string> reforms;
  std::vector<std::string> sim_reforms;  // simulate: the law and the reform side by side
  std::string charts;                    // simulate: the directory of the SVG charts
  unsigned threads = 0;
  std::string db = kDefaultDb;
  std::string role;
  bool explain = false;
  bool json = false;
  bool verbose = false;
  server::Config serve;
};

core::Result<std::string> read_input(const std::string& file) {
  std::stringstream ss;
  if (file == "-") {
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return core::fail(core::ErrorCode::not_found, "cannot read the situation file", file);
  ss << in.rdbuf();
  return ss.str();
}

core::Result<core::Date> date_option(const std::string& at) {
  if (at.empty()) return today();
  auto d = core::Date::parse(at);
  if (!d) return core::fail(core::ErrorCode::invalid_argument, "expected a date YYYY-MM-DD, got '" + at + "'", "--at");
  return *d;
}

int report(const core::Error& e, const char* what) {
  std::cerr << "secu " << what << ": " << core::to_string(e.code) << ": " << e.describe() << "\n";
  return exit_code(e);
}

int eval(const App& app, const Options& o) {
  auto lang = core::parse_lang(o.lang);
  auto at = date_option(o.at);
  if (!at) return report(at.error(), "eval");
  auto text = read_input(o.file);
  if (!text) return report(text.error(), "eval");
  auto situation = rules::parse_situation(*text);
  if (!situation) return report(situation.error(), "eval");
  const rules::Context ctx{app.law, *at, o.explain};
  auto decisions = rules::evaluate_all(*situation, ctx);
  if (!decisions) return report(decisions.error(), "eval");
  const explain::RenderOptions ro{app.catalog, app.law, *lang, o.explain};
  if (o.format == "json") {
    nlohmann::json j = explain::to_json(*decisions, ro);
    j["at"] = at->iso();
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    std::cout << explain::to_text(*decisions, ro);
  }
  return kOk;
}

// Applies each --reform file on top of the law, in order.
core::Status apply_reforms(App& app, const std::vector<std::string>& files) {
  SECU_TRY(app.law, with_reforms(app.law, files));
  return {};
}

template <class F>
int with_app(const Options& o, F&& f) {
  auto app = load_app(data_dir(o.data));
  if (!app) {
    std::cerr << "secu: cannot load the data: " << app.error().describe() << "\n";
    return kBadData;
  }
  if (auto applied = apply_reforms(*app, o.reforms); !applied) return report(applied.error(), "--reform");
  return f(*app);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"secu — the Belgian social security system, explained"};
  Options o;
  cli.add_option("--data", o.data, "data directory (default: $SECU_DATA or the source tree's data/)");
  cli.require_subcommand(1);
  const auto langs = CLI::IsMember({"en", "fr", "nl"});

  auto* ev = cli.add_subcommand("eval", "evaluate a situation and explain the decisions");
  ev->add_option("situation", o.file, "situation JSON file, or - for standard input")->required();
  ev->add_option("--at", o.at, "date of the question, YYYY-MM-DD (default: today)");
  ev->add_flag("--explain", o.explain, "include the trace of every step and parameter version");
  ev->add_option("--lang", o.lang, "language of the texts")->check(langs);
  ev->add_option("--format", o.format, "output format")->check(CLI::IsMember({"json", "text"}));
  ev->add_option("--reform", o.reforms, "reform file (YAML overlay of parameter values); repeat to stack");

  auto* pa = cli.add_subcommand("params", "list the legal parameters, or show one with its source");
  pa->add_option("name", o.name, "parameter id, e.g. sickness.benefit.rate");
  pa->add_option("--at", o.at, "date, YYYY-MM-DD (default: today)");
  pa->add_option("--lang", o.lang, "language of the labels")->check(langs);
  pa->add_flag("--json", o.json, "JSON output");
  pa->add_option("--reform", o.reforms, "reform file (YAML overlay of parameter values); repeat to stack");

  auto* sc = cli.add_subcommand("schema", "print the JSON Schema of a situation");

  auto* sv = cli.add_subcommand("serve", "serve the HTTP API until SIGTERM or SIGINT");
  sv->add_option("--port", o.serve.port, "TCP port (0: any free port)")->check(CLI::Range(0, 65535));
  sv->add_option("--host", o.serve.host, "address to listen on (default 127.0.0.1)");
  sv->add_option("--threads", o.serve.threads, "worker threads, one per open connection (default 32)")->check(CLI::Range(1, 1024));
  sv->add_option("--data", o.data, "data directory (as the global --data)");
  sv->add_option("--web-dir", o.serve.web_dir, "serve the web page's files from DIR instead of the built-in copy (to work on web/)");
  const std::string db_help =
      "database URL: sqlite:FILE, sqlite::memory: or postgresql://… (default: sqlite:secu.db in the current directory)";
  sv->add_option("--db", o.db, db_help + "; opened and migrated at start, exit 2 if malformed, 3 if unusable");

  auto* db = cli.add_subcommand("db", "database maintenance: migrate, backup, restore");
  db->require_subcommand(1);
  auto* db_migrate_cmd = db->add_subcommand("migrate", "apply the schema migrations and print the schema version");
  auto* db_backup_cmd = db->add_subcommand("backup", "copy the database to FILE (SQLite backup API; PostgreSQL pg_dump -Fc)");
  auto* db_restore_cmd = db->add_subcommand("restore", "replace the database's content with FILE (SQLite; PostgreSQL pg_restore)");
  for (auto* c : {db_migrate_cmd, db_backup_cmd, db_restore_cmd}) c->add_option("--db", o.db, db_help);
  db_backup_cmd->add_option("file", o.file, "backup file to write")->required();
  db_restore_cmd->add_option("file", o.file, "backup file to read")->required();

  auto* us = cli.add_subcommand("user", "the back office's users: add, list");
  us->require_subcommand(1);
  auto* user_add_cmd = us->add_subcommand("add", "create a user; the password is read from $SECU_PASSWORD or one line of stdin");
  auto* user_list_cmd = us->add_subcommand("list", "list the users: id, name, role");
  for (auto* c : {user_add_cmd, user_list_cmd}) c->add_option("--db", o.db, db_help);
  user_add_cmd->add_option("name", o.name, "user name: 1 to 64 letters, digits, '.', '_' or '-'")->required();
  user_add_cmd->add_option("--role", o.role, "clerk, medical_adviser, auditor or admin")->required();

  auto* dd = cli.add_subcommand("demo-data", "fill the database with a small demo fund (users, members, attestations, files, payments)");
  dd->add_option("--db", o.db, db_help);
  dd->add_option("--data", o.data, "data directory (as the global --data)");

  auto* si = cli.add_subcommand("simulate", "run the rules over a population (JSON Lines or CSV): cost, recipients, deciles, charts; with --reform, side by side");
  si->add_option("population", o.file, "population file: JSON Lines (one household a line) or CSV (one person a row; .csv, or a first line not starting with '{'), or - for standard input")->required();
  si->add_option("--at", o.at, "first day of the year costed, YYYY-MM-DD (default: today)");
  si->add_option("--reform", o.sim_reforms, "reform file (YAML overlay); repeat to stack; compared with the law");
  si->add_option("--threads", o.threads, "worker threads (default: every core)")->check(CLI::Range(1, 256));
  si->add_option("--explain", o.name, "then explain one household (its id, or \"line N\"): its decisions under the law and, "
                 "with --reform, under the reform where they differ, with the parameters used");
  si->add_option("--lang", o.lang, "language of the explanation (en, fr, nl)")->check(langs);
  si->add_option("--charts", o.charts, "write the charts as SVG into DIR: deciles.svg, and winners.svg with a reform");
  si->add_option("--format", o.format, "output: table, json or csv (default table)")->check(CLI::IsMember({"table", "json", "csv", "text"}));

  PopulationOptions pop;
  auto* po = cli.add_subcommand("population", "write a synthetic population (JSON Lines households for secu simulate); same size, seed and date: same bytes");
  po->add_option("--size", pop.size, "number of households")->required()->check(CLI::Range(std::int64_t{0}, std::int64_t{1} << 40));
  po->add_option("--seed", pop.seed, "seed of the random draws (an unsigned 64-bit integer)")->required()->check(
      CLI::Validator([](std::string& v) { return v.starts_with('-') ? std::string("expected an unsigned integer, got " + v) : std::string(); }, "UINT"));
  po->add_option("--at", o.at, "date the population is drawn around: work months before it, spells in the year from it (default: today)");
  po->add_option("-o,--output", pop.output, "output file (default: standard output)");

  auto* te = cli.add_subcommand("test", "run the YAML rule cases");
  te->add_option("dir", o.file, "case file or directory")->required();
  te->add_option("--seeds", o.seeds, "seed directory, to check each case's quote verbatim");
  te->add_flag("-v,--verbose", o.verbose, "list passing cases too");

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e) == 0 ? kOk : kBadInput;
  }
  if (sc->parsed()) {
    std::cout << rules::situation_schema();
    return kOk;
  }
  if (db_migrate_cmd->parsed()) return db_migrate(o.db);
  if (db_backup_cmd->parsed()) return db_backup(o.db, o.file);
  if (db_restore_cmd->parsed()) return db_restore(o.db, o.file);
  if (user_add_cmd->parsed()) return user_add(o.db, o.name, o.role);
  if (user_list_cmd->parsed()) return user_list(o.db);
  if (po->parsed()) {
    auto at = date_option(o.at);
    if (!at) return report(at.error(), "population");
    pop.at = *at;
    return run_population(pop);
  }
  return with_app(o, [&](const App& app) -> int {
    if (ev->parsed()) return eval(app, o);
    if (dd->parsed()) return demo_data(app, o.db);
    if (sv->parsed()) {
      // One connection per worker thread at most (a request holds one while it runs), 16 at
      // most per process: PostgreSQL's default allows 100 for all servers together.
      auto pool = store::Pool::open(o.db, std::min<std::size_t>(o.serve.threads, 16));
      if (!pool) return db_error(pool.error(), "serve", o.db);
      return server::serve(app.law, app.catalog, o.serve, std::move(*pool)) == 0 ? kOk : kFailed;
    }
    if (pa->parsed()) {
      auto at = date_option(o.at);
      if (!at) return report(at.error(), "params");
      return run_params(app, o.name, *at, *core::parse_lang(o.lang), o.json);
    }
    if (si->parsed()) {
      auto at = date_option(o.at);
      if (!at) return report(at.error(), "simulate");
      return run_simulate(app, {.population = o.file, .at = *at, .reforms = o.sim_reforms, .threads = o.threads,
                                .format = o.format == "text" ? "table" : o.format, .charts = o.charts,
                                .explain = o.name, .lang = *core::parse_lang(o.lang)});
    }
    const CaseTotals t = run_cases(app, o.file, o.seeds, o.verbose);
    return t.failed == 0 && t.passed > 0 ? kOk : kFailed;
  });
  (void)te;
}

}  // namespace secu::cli

int main(int argc, char** argv) { return secu::cli::main(argc, argv); }

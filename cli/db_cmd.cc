#include "cli/db_cmd.h"

#include <filesystem>
#include <iostream>

#include "cli/app.h"
#include "store/migrations.h"

namespace secu::cli {

int db_error(const core::Error& e, const char* what, const std::string& url) {
  std::cerr << "secu " << what << ": --db " << url << ": " << core::to_string(e.code) << ": " << e.describe() << "\n";
  return e.code == core::ErrorCode::invalid_argument ? kBadInput : kBadData;
}

namespace {

int print_version(store::Database& db, const char* what, const std::string& url, const std::string& prefix) {
  auto version = store::schema_version(db);
  if (!version) return db_error(version.error(), what, url);
  std::cout << prefix << "schema version " << *version << " (latest " << store::latest_schema_version() << ")\n";
  return kOk;
}

}  // namespace

std::unique_ptr<store::Database> open_db(const std::string& url, const char* what, int& exit) {
  auto db = store::open(url);
  if (!db) {
    exit = db_error(db.error(), what, url);
    return nullptr;
  }
  exit = kOk;
  return std::move(*db);
}

int db_migrate(const std::string& url) {
  int exit = kOk;
  auto db = open_db(url, "db migrate", exit);
  if (!db) return exit;
  return print_version(*db, "db migrate", url, url + ": ");
}

int db_backup(const std::string& url, const std::string& file) {
  auto db = store::connect(url);  // as it is: a backup does not migrate
  if (!db) return db_error(db.error(), "db backup", url);
  if (auto done = (*db)->backup_to(file); !done) return db_error(done.error(), "db backup", url);
  std::cout << "backed up " << url << " to " << file << "\n";
  return kOk;
}

int db_restore(const std::string& url, const std::string& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {  // checked first: opening the target would create it
    std::cerr << "secu db restore: cannot read the backup file " << file << "\n";
    return kBadData;
  }
  auto db = store::connect(url);
  if (!db) return db_error(db.error(), "db restore", url);
  if (auto done = (*db)->restore_from(file); !done) return db_error(done.error(), "db restore", url);
  return print_version(**db, "db restore", url, "restored " + file + " into " + url + ": ");
}

}  // namespace secu::cli

#include "cli/user_cmd.h"

#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iomanip>
#include <iostream>

#include "cli/app.h"
#include "cli/db_cmd.h"
#include "fund/users.h"

namespace secu::cli {
namespace {

int report(const core::Error& e, const char* what) {
  std::cerr << "secu " << what << ": " << core::to_string(e.code) << ": " << e.describe() << "\n";
  return exit_code(e);
}

/// One line of standard input, without echo when it is a terminal.
core::Result<std::string> read_password_line() {
  termios saved{};
  const bool tty = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
  if (tty) {
    std::cerr << "password: " << std::flush;
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  std::string line;
  const bool got = static_cast<bool>(std::getline(std::cin, line));
  if (tty) {
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::cerr << "\n";
  }
  if (!got) return core::fail(core::ErrorCode::invalid_argument, "expected the password in SECU_PASSWORD or on standard input",
                              "password");
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

/// $SECU_PASSWORD when set, else one line of standard input.
core::Result<std::string> read_password() {
  if (const char* env = std::getenv("SECU_PASSWORD")) return std::string(env);
  return read_password_line();
}

}  // namespace

int user_add(const std::string& url, const std::string& name, const std::string& role) {
  const auto parsed = fund::parse_role(role);
  if (!parsed)
    return report({core::ErrorCode::invalid_argument, "expected clerk, medical_adviser, auditor or admin, got '" + role + "'",
                   "--role"},
                  "user add");
  auto password = read_password();
  if (!password) return report(password.error(), "user add");
  int exit = kOk;
  auto db = open_db(url, "user add", exit);
  if (!db) return exit;
  auto id = fund::create_user(*db, name, *password, *parsed, "system");
  if (!id) return report(id.error(), "user add");
  std::cout << "created user " << name << " (" << role << "), id " << *id << "\n";
  return kOk;
}

int user_list(const std::string& url) {
  int exit = kOk;
  auto db = open_db(url, "user list", exit);
  if (!db) return exit;
  auto users = fund::list_users(*db);
  if (!users) return report(users.error(), "user list");
  if (users->empty()) std::cout << "no users yet: secu user add NAME --role admin\n";
  for (const fund::Caller& u : *users)
    std::cout << std::setw(6) << u.id << "  " << std::left << std::setw(24) << u.name << std::right << "  "
              << fund::to_string(u.role) << "\n";
  return kOk;
}

}  // namespace secu::cli

// users.h: users, argon2id passwords (libsodium) and opaque session tokens.
#include "fund/users.h"

#include <sodium.h>

#include <array>
#include <fmt/chrono.h>
#include <fmt/format.h>

#include "fund/audit.h"

namespace secu::fund {

using core::ErrorCode;
using core::fail;
namespace st = store;

namespace {

constexpr std::array<std::pair<Role, std::string_view>, 4> kRoles{{
    {Role::clerk, "clerk"}, {Role::medical_adviser, "medical_adviser"}, {Role::auditor, "auditor"}, {Role::admin, "admin"}}};

constexpr std::size_t kTokenBytes = 32;
constexpr std::size_t kMinPassword = 12, kMaxPassword = 1024;

core::Status sodium_ready() {
  // sodium_init() is thread-safe and idempotent; 1 means "already initialised".
  if (sodium_init() < 0) return fail(ErrorCode::internal, "libsodium cannot initialise");
  return {};
}

std::string timestamp(Clock::time_point t) {
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", std::chrono::floor<std::chrono::seconds>(t));
}

std::string hex(const unsigned char* bytes, std::size_t n) {
  std::string out(n * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, n);
  out.pop_back();
  return out;
}

// Only a hash of the token is stored: a stolen database gives no usable session.
std::string token_hash(std::string_view token) {
  std::array<unsigned char, crypto_generichash_BYTES> h{};
  crypto_generichash(h.data(), h.size(), reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr, 0);
  return hex(h.data(), h.size());
}

bool valid_name(std::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

core::Result<Caller> caller_of(const st::Row& r) {
  Caller c;
  SECU_TRY(c.id, r.int64(0));
  SECU_TRY(c.name, r.text(1));
  SECU_TRY(std::string role, r.text(2));
  auto parsed = parse_role(role);
  if (!parsed) return fail(ErrorCode::internal, "unknown role '" + role + "' stored for user " + c.name);
  c.role = *parsed;
  return c;
}

core::Error bad_login() { return {ErrorCode::unauthenticated, "unknown user name or wrong password", "password"}; }

// An unknown name costs one argon2id verification too, against a hash made once: a wrong
// name must not answer faster than a wrong password (that would tell which names exist).
void spend_a_verification(std::string_view password) {
  static const std::array<char, crypto_pwhash_STRBYTES> kDummy = [] {
    std::array<char, crypto_pwhash_STRBYTES> h{};
    const std::string_view any = "not a password of anyone";
    if (crypto_pwhash_str(h.data(), any.data(), any.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
      h.fill('\0');
    return h;
  }();
  [[maybe_unused]] const int time_only = crypto_pwhash_str_verify(kDummy.data(), password.data(), password.size());
}

}  // namespace

std::string_view to_string(Role r) {
  for (const auto& [role, name] : kRoles)
    if (role == r) return name;
  return "clerk";
}

std::optional<Role> parse_role(std::string_view s) {
  for (const auto& [role, name] : kRoles)
    if (name == s) return role;
  return std::nullopt;
}

core::Result<std::int64_t> create_user(st::Database& db, std::string_view name, std::string_view password, Role role,
                                       std::string_view by) {
  if (!valid_name(name))
    return fail(ErrorCode::invalid_argument, "expected 1 to 64 letters, digits, '.', '_' or '-'", "name");
  if (password.size() < kMinPassword || password.size() > kMaxPassword)
    return fail(ErrorCode::invalid_argument, "expected a password of 12 to 1024 bytes", "password");
  SECU_RETURN_IF_ERROR(sodium_ready());
  std::array<char, crypto_pwhash_STRBYTES> hash{};
  if (crypto_pwhash_str(hash.data(), password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return fail(ErrorCode::internal, "not enough memory to hash the password");
  std::int64_t id = 0;
  auto status = db.transaction([&](st::Database& tx) -> core::Status {
    auto rows = tx.query("INSERT INTO users (name, role, password_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
                         {st::text(std::string(name)), st::text(std::string(to_string(role))),
                          st::text(hash.data()), st::text(timestamp(Clock::now()))});
    if (!rows && st::is_duplicate(rows.error()))
      return fail(ErrorCode::failed_precondition, "the user name '" + std::string(name) + "' is taken", "name");
    if (!rows) return std::unexpected(rows.error());
    SECU_TRY(id, rows->at(0).int64(0));
    return audit(tx, by, "user.create", "user:" + std::to_string(id), {{"name", name}, {"role", to_string(role)}});
  });
  if (!status) return std::unexpected(status.error());
  return id;
}

core::Result<Session> login(st::Database& db, std::string_view name, std::string_view password, Clock::time_point now,
                            std::chrono::seconds lifetime) {
  SECU_RETURN_IF_ERROR(sodium_ready());
  if (!valid_name(name) || password.size() > kMaxPassword) return std::unexpected(bad_login());
  SECU_TRY(st::Rows rows, db.query("SELECT id, name, role, password_hash FROM users WHERE name = $1 AND disabled = 0",
                                   {st::text(std::string(name))}));
  if (rows.empty()) {
    spend_a_verification(password);
    return std::unexpected(bad_login());
  }
  SECU_TRY(std::string hash, rows.at(0).text(3));
  if (crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) != 0) return std::unexpected(bad_login());
  Session s;
  SECU_TRY(s.caller, caller_of(rows.at(0)));
  std::array<unsigned char, kTokenBytes> raw{};
  randombytes_buf(raw.data(), raw.size());
  s.token = hex(raw.data(), raw.size());
  s.expires_at = timestamp(now + lifetime);
  auto opened = db.transaction([&](st::Database& tx) -> core::Status {
    SECU_RETURN_IF_ERROR(tx.exec("DELETE FROM sessions WHERE expires_at <= $1", {st::text(timestamp(now))}));
    SECU_RETURN_IF_ERROR(tx.exec("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
                                 {st::text(token_hash(s.token)), st::int64(s.caller.id), st::text(timestamp(now)),
                                  st::text(s.expires_at)}));
    return audit(tx, s.caller.name, "user.login", "user:" + std::to_string(s.caller.id));
  });
  if (!opened) return std::unexpected(opened.error());
  return s;
}

core::Result<Caller> authenticate(st::Database& db, std::string_view token, Clock::time_point now) {
  if (token.size() != kTokenBytes * 2 || token.find_first_not_of("0123456789abcdef") != std::string_view::npos)
    return fail(ErrorCode::unauthenticated, "expected a session token (64 hexadecimal characters) from POST /v1/login",
                "Authorization");
  SECU_RETURN_IF_ERROR(sodium_ready());
  SECU_TRY(st::Rows rows, db.query("SELECT u.id, u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id "
                                   "WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled = 0",
                                   {st::text(token_hash(token)), st::text(timestamp(now))}));
  if (rows.empty())
    return fail(ErrorCode::unauthenticated, "the session is unknown or has expired: log in again", "Authorization");
  return caller_of(rows.at(0));
}

core::Status logout(st::Database& db, std::string_view token, std::string_view by) {
  SECU_RETURN_IF_ERROR(sodium_ready());
  return db.transaction([&](st::Database& tx) -> core::Status {
    SECU_TRY(st::Rows gone, tx.query("DELETE FROM sessions WHERE token_hash = $1 RETURNING user_id",
                                     {st::text(token_hash(token))}));
    if (gone.empty()) return {};
    SECU_TRY(std::int64_t user, gone.at(0).int64(0));
    return audit(tx, by, "user.logout", "user:" + std::to_string(user));
  });
}

core::Result<std::vector<Caller>> list_users(st::Database& db) {
  SECU_TRY(st::Rows rows, db.query("SELECT id, name, role FROM users ORDER BY name"));
  std::vector<Caller> out;
  for (const st::Row& r : rows) {
    SECU_TRY(Caller c, caller_of(r));
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace secu::fund

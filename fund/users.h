// fund/users: the back office's users, their roles, their sessions.
//
// Passwords are hashed with argon2id (libsodium's crypto_pwhash_str, its "interactive"
// limits); a login returns an opaque random token (32 bytes from randombytes_buf, sent as
// 64 hex characters) of which only a BLAKE2b hash is stored, with its expiry. Every change
// here writes the audit log (audit.h) in the same transaction.
//
//   SECU_TRY(Session s, login(*db, "alice", "correct horse", now));   // s.token for the client
//   SECU_TRY(Caller who, authenticate(*db, s.token, now));           // on each request
//   if (!allowed(who.role, kMedicalAdviser)) ...                     // 403
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/store.h"

namespace secu::fund {

/// What a user may do. A clerk keeps members, attestations, files and payments; a medical
/// adviser takes the medical decisions on incapacity and maternity files (end date,
/// control, hand-over to invalidity) and reads what a clerk reads; an auditor reads
/// everything, the audit log included, and changes nothing; an admin manages users.
enum class Role : unsigned { clerk = 1, medical_adviser = 2, auditor = 4, admin = 8 };

/// "clerk", "medical_adviser", "auditor", "admin".
std::string_view to_string(Role r);
std::optional<Role> parse_role(std::string_view s);

/// A set of roles (bit mask of Role values); 0 means "no login needed".
using Roles = unsigned;
constexpr Roles operator|(Role a, Role b) { return static_cast<Roles>(a) | static_cast<Roles>(b); }
constexpr Roles operator|(Roles a, Role b) { return a | static_cast<Roles>(b); }
inline constexpr Roles kPublic = 0;
inline constexpr Roles kAnyUser = Role::clerk | Role::medical_adviser | Role::auditor | Role::admin;
/// Reading the back office: everyone logged in.
inline constexpr Roles kReaders = kAnyUser;
/// Keeping members, attestations, payments, appeals.
inline constexpr Roles kClerks = Role::clerk | Role::admin;
/// Medical decisions on files.
inline constexpr Roles kMedical = static_cast<Roles>(Role::medical_adviser);
/// Users and the audit log.
inline constexpr Roles kAdmins = static_cast<Roles>(Role::admin);
inline constexpr Roles kAuditors = Role::auditor | Role::admin;

inline bool allowed(Role r, Roles who) { return (static_cast<Roles>(r) & who) != 0; }

/// The user behind a request.
struct Caller {
  std::int64_t id = 0;
  std::string name{};
  Role role = Role::clerk;
};

/// A new session.
struct Session {
  std::string token{};       // give it to the client; never stored as such
  std::string expires_at{};  // UTC timestamp
  Caller caller{};
};

using Clock = std::chrono::system_clock;

/// Creates a user (name: 1–64 letters, digits, '.', '_' or '-'; password: 12 to 1024
/// bytes). A name already taken is failed_precondition (field "name"). `by` is who does
/// it, for the audit log.
[[nodiscard]] core::Result<std::int64_t> create_user(store::Database& db, std::string_view name, std::string_view password,
                                                     Role role, std::string_view by);

/// Checks the password and opens a session lasting `lifetime` from `now`. A wrong name or
/// password is unauthenticated with the same message for both (no hint which was wrong).
[[nodiscard]] core::Result<Session> login(store::Database& db, std::string_view name, std::string_view password,
                                          Clock::time_point now,
                                          std::chrono::seconds lifetime = std::chrono::hours(8));

/// The caller for a token; unauthenticated when unknown, malformed or expired.
[[nodiscard]] core::Result<Caller> authenticate(store::Database& db, std::string_view token, Clock::time_point now);

/// Ends the session of this token (logout); unknown tokens are not an error.
[[nodiscard]] core::Status logout(store::Database& db, std::string_view token, std::string_view by);

/// The users, by name (never their hashes).
[[nodiscard]] core::Result<std::vector<Caller>> list_users(store::Database& db);

}  // namespace secu::fund

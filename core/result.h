// Result<T>: a value or an Error, on std::expected.
//
// Errors are values (STYLE.md §5). A handful of codes, each with a written meaning:
//   invalid_argument    the input is malformed; `field` names it (a JSON pointer or a
//                       YAML key path) and the message says what was expected.
//   failed_precondition the input is well-formed but a rule's precondition does not hold.
//   not_found           a named thing (parameter, institution, message key) does not exist.
//   out_of_range        a date outside the dates a parameter or rule covers: the rules
//                       turn it into "cannot tell", never into 0.
//   internal            a programmer error reached at run time.
//
//   Result<Money> r = parse_money("12.50");
//   SECU_TRY(Money m, parse_money(text));      // returns the error from the caller
#pragma once

#include <expected>
#include <string>
#include <string_view>
#include <utility>

namespace secu::core {

/// The small, closed set of error codes.
/// invalid_argument: the input is wrong (names the field); failed_precondition: the stored
/// state refuses it; not_found; out_of_range: the law data does not cover it;
/// unauthenticated: no valid login; permission_denied: logged in, not allowed;
/// unavailable: a service (the database) does not answer now, try again; internal.
enum class ErrorCode {
  invalid_argument,
  failed_precondition,
  not_found,
  out_of_range,
  unauthenticated,
  permission_denied,
  unavailable,
  internal
};

/// Name of a code as used in JSON output and exit-code tables.
std::string_view to_string(ErrorCode code);

/// What went wrong, where (field), and what was expected (message).
struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;
  std::string field;  // JSON pointer, YAML path or parameter name; may be empty

  /// "field: message" when there is a field, else the message.
  [[nodiscard]] std::string describe() const;
};

template <class T>
using Result = std::expected<T, Error>;

/// The "no value" result: success or an error.
using Status = std::expected<void, Error>;

/// Builds an unexpected Error in one call: `return fail(ErrorCode::not_found, "...");`
inline std::unexpected<Error> fail(ErrorCode code, std::string message, std::string field = {}) {
  return std::unexpected<Error>(Error{code, std::move(message), std::move(field)});
}

/// Prefixes the field of an error (e.g. with the enclosing JSON pointer).
inline Error in_field(Error e, std::string_view prefix) {
  e.field = e.field.empty() ? std::string(prefix) : std::string(prefix) + "/" + e.field;
  return e;
}

}  // namespace secu::core

#define SECU_CONCAT_INNER(a, b) a##b
#define SECU_CONCAT(a, b) SECU_CONCAT_INNER(a, b)

/// Evaluates `expr` (a Result or Status); on error returns the error from the caller.
#define SECU_RETURN_IF_ERROR(expr)                                              \
  do {                                                                          \
    auto&& secu_status_ = (expr);                                               \
    if (!secu_status_) return std::unexpected(std::move(secu_status_).error()); \
  } while (false)

/// `SECU_TRY(T name, expr);` declares `name` from a Result, or returns its error.
#define SECU_TRY(decl, expr) SECU_TRY_IMPL(SECU_CONCAT(secu_result_, __LINE__), decl, expr)
#define SECU_TRY_IMPL(tmp, decl, expr)                           \
  auto tmp = (expr);                                             \
  if (!tmp) return std::unexpected(std::move(tmp).error());      \
  decl = std::move(*tmp)

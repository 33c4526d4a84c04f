#include "core/result.h"

namespace secu::core {

std::string_view to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::failed_precondition: return "failed_precondition";
    case ErrorCode::not_found: return "not_found";
    case ErrorCode::out_of_range: return "out_of_range";
    case ErrorCode::unauthenticated: return "unauthenticated";
    case ErrorCode::permission_denied: return "permission_denied";
    case ErrorCode::unavailable: return "unavailable";
    case ErrorCode::internal: return "internal";
  }
  return "internal";
}

std::string Error::describe() const {
  if (field.empty()) return message;
  return field + ": " + message;
}

}  // namespace secu::core

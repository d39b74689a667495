// The boundary between C callers and the C++ library: every entry point runs its body through
// `guarded`, so no exception crosses into C and every failure becomes a status plus an optional
// warta_error.
#pragma once

#include <cstdint>
#include <exception>
#include <new>
#include <string>
#include <utility>

#include "warta.h"
#include "warta/engine.hpp"

struct warta_error {
  int status = WARTA_ERR_INTERNAL;
  std::string message;
  std::int64_t byte_offset = -1;
  std::int64_t line = -1;
};

namespace warta::capi {

// Thrown inside an entry point to report a caller mistake (NULL argument, bad index, ...).
struct CallerError {
  int status;
  const char* message;
};

inline int status_of(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::invalid_argument: return WARTA_ERR_INVALID_ARGUMENT;
    case ErrorCode::invalid_utf8: return WARTA_ERR_INVALID_UTF8;
    case ErrorCode::lexicon: return WARTA_ERR_LEXICON;
    case ErrorCode::io: return WARTA_ERR_IO;
    case ErrorCode::internal: return WARTA_ERR_INTERNAL;
  }
  return WARTA_ERR_INTERNAL;
}

// Stores a new error in *err when the caller asked for one. If even that allocation fails the
// caller still gets the status, with *err left NULL.
inline void report(warta_error** err, int status, const char* message, std::int64_t byte_offset = -1,
                   std::int64_t line = -1) noexcept {
  if (err == nullptr) return;
  try {
    *err = new warta_error{status, message, byte_offset, line};
  } catch (...) {
    *err = nullptr;
  }
}

inline void require(bool condition, const char* message, int status = WARTA_ERR_INVALID_ARGUMENT) {
  if (!condition) throw CallerError{status, message};
}

// Runs `body` (which returns nothing and throws on failure) and turns the outcome into a status.
template <class Body>
int guarded(warta_error** err, Body&& body) noexcept {
  if (err != nullptr) *err = nullptr;
  try {
    std::forward<Body>(body)();
    return WARTA_OK;
  } catch (const CallerError& e) {
    report(err, e.status, e.message);
    return e.status;
  } catch (const Error& e) {
    const int status = status_of(e.code());
    const auto to_i64 = [](std::optional<std::size_t> v) {
      return v ? static_cast<std::int64_t>(*v) : std::int64_t{-1};
    };
    report(err, status, e.what(), to_i64(e.byte_offset()), to_i64(e.line()));
    return status;
  } catch (const std::bad_alloc&) {
    report(err, WARTA_ERR_OUT_OF_MEMORY, "out of memory");
    return WARTA_ERR_OUT_OF_MEMORY;
  } catch (const std::exception& e) {
    report(err, WARTA_ERR_INTERNAL, e.what());
    return WARTA_ERR_INTERNAL;
  } catch (...) {
    report(err, WARTA_ERR_INTERNAL, "unknown exception");
    return WARTA_ERR_INTERNAL;
  }
}

}  // namespace warta::capi

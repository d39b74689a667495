// Status names, error objects and the version: the entry points that cannot fail.
#include "guard.hpp"
#include "warta/version.hpp"

extern "C" {

const char* warta_status_str(int status) {
  switch (status) {
    case WARTA_OK: return "ok";
    case WARTA_ERR_INVALID_ARGUMENT: return "invalid argument";
    case WARTA_ERR_INVALID_UTF8: return "invalid UTF-8";
    case WARTA_ERR_LEXICON: return "lexicon error";
    case WARTA_ERR_IO: return "I/O error";
    case WARTA_ERR_INTERNAL: return "internal error";
    case WARTA_ERR_OUT_OF_MEMORY: return "out of memory";
    case WARTA_ERR_OUT_OF_RANGE: return "index out of range";
    default: return "unknown status";
  }
}

const char* warta_version(void) { return warta::version(); }

void warta_error_free(warta_error* err) { delete err; }

int warta_error_status(const warta_error* err) {
  return err != nullptr ? err->status : WARTA_ERR_INVALID_ARGUMENT;
}

const char* warta_error_message(const warta_error* err) {
  return err != nullptr ? err->message.c_str() : "";
}

int64_t warta_error_byte_offset(const warta_error* err) { return err != nullptr ? err->byte_offset : -1; }

int64_t warta_error_line(const warta_error* err) { return err != nullptr ? err->line : -1; }

}  // extern "C"

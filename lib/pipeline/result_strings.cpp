// Names of the result's enumerations as warta/1 writes them, and the library version.
#include "json/result_names.hpp"
#include "warta/engine.hpp"
#include "warta/result.hpp"
#include "warta/version.hpp"

namespace warta {

const char* to_string(EntityType t) noexcept { return detail::entity_type_name(t).data(); }

const char* to_string(SummitKind k) noexcept { return detail::summit_kind_name(k).data(); }

const char* to_string(SummitStatus s) noexcept { return detail::summit_status_name(s).data(); }

const char* to_string(ErrorCode c) noexcept {
  switch (c) {
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::invalid_utf8: return "invalid_utf8";
    case ErrorCode::lexicon: return "lexicon";
    case ErrorCode::io: return "io";
    case ErrorCode::internal: return "internal";
  }
  return "internal";
}

const char* to_string(AttributionKind k) noexcept { return detail::attribution_kind_name(k).data(); }

const char* version() noexcept { return WARTA_VERSION_STRING; }

}  // namespace warta

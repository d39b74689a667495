// Names of the result's enumerations as warta/1 writes them, and the library version.
#include "warta/engine.hpp"
#include "warta/result.hpp"
#include "warta/version.hpp"

namespace warta {

const char* to_string(EntityType t) noexcept {
  switch (t) {
    case EntityType::person: return "PERSON";
    case EntityType::gpe: return "GPE";
    case EntityType::loc: return "LOC";
    case EntityType::org: return "ORG";
    case EntityType::media: return "MEDIA";
  }
  return "ORG";
}

const char* to_string(SummitKind k) noexcept {
  switch (k) {
    case SummitKind::visit: return "visit";
    case SummitKind::meeting: return "meeting";
    case SummitKind::summit: return "summit";
    case SummitKind::call: return "call";
  }
  return "meeting";
}

const char* to_string(SummitStatus s) noexcept { return s == SummitStatus::planned ? "planned" : "occurred"; }

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

const char* to_string(AttributionKind k) noexcept { return k == AttributionKind::direct ? "direct" : "indirect"; }

const char* version() noexcept { return WARTA_VERSION_STRING; }

}  // namespace warta

// Names of the result's enumerations as warta/1 writes them, and the library version.
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

const char* to_string(AttributionKind k) noexcept { return k == AttributionKind::direct ? "direct" : "indirect"; }

const char* version() noexcept { return WARTA_VERSION_STRING; }

}  // namespace warta

// Names of the result's enumerations as warta/1 writes them. The public to_string() functions
// return these (a literal's view is NUL-terminated); the JSON writer takes them with their
// lengths, known here, instead of measuring a C string per entity or quote.
#pragma once

#include <string_view>

#include "warta/result.hpp"

namespace warta::detail {

constexpr std::string_view entity_type_name(EntityType t) noexcept {
  switch (t) {
    case EntityType::person: return "PERSON";
    case EntityType::gpe: return "GPE";
    case EntityType::loc: return "LOC";
    case EntityType::org: return "ORG";
    case EntityType::media: return "MEDIA";
  }
  return "ORG";
}

constexpr std::string_view summit_kind_name(SummitKind k) noexcept {
  switch (k) {
    case SummitKind::visit: return "visit";
    case SummitKind::meeting: return "meeting";
    case SummitKind::summit: return "summit";
    case SummitKind::call: return "call";
  }
  return "meeting";
}

constexpr std::string_view summit_status_name(SummitStatus s) noexcept {
  return s == SummitStatus::planned ? "planned" : "occurred";
}

constexpr std::string_view attribution_kind_name(AttributionKind k) noexcept {
  return k == AttributionKind::direct ? "direct" : "indirect";
}

}  // namespace warta::detail

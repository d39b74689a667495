// Names of the result's enumerations as warta/1 writes them. The public to_string() functions
// return these (a literal's view is NUL-terminated); the JSON writer takes them with their
// lengths, known here, instead of measuring a C string per entity or quote. Every name is plain
// ASCII of at most eight bytes, which JsonWriter::name_member relies on (checked below).
#pragma once

#include <cstddef>
#include <initializer_list>
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

// Each name fits JsonWriter::name_member's one block.
static_assert([] {
  constexpr std::size_t kBlock = 8;
  for (auto t : {EntityType::person, EntityType::gpe, EntityType::loc, EntityType::org, EntityType::media})
    if (entity_type_name(t).size() > kBlock) return false;
  for (auto k : {SummitKind::visit, SummitKind::meeting, SummitKind::summit, SummitKind::call})
    if (summit_kind_name(k).size() > kBlock) return false;
  for (auto st : {SummitStatus::occurred, SummitStatus::planned})
    if (summit_status_name(st).size() > kBlock) return false;
  for (auto k : {AttributionKind::direct, AttributionKind::indirect})
    if (attribution_kind_name(k).size() > kBlock) return false;
  return true;
}());

}  // namespace warta::detail

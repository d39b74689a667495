#include "attributions/relay_phrases.hpp"

#include <string_view>

namespace warta::detail::attr {
namespace {

constexpr std::uint32_t kMaxOutletWords = 6;

// The bytes of a platform word without its "-nya" ("Instagram-nya" -> "Instagram").
std::uint32_t platform_end(const TokenView& v, std::uint32_t i) {
  std::string_view f = v.fold(i);
  std::string_view stem = strip_nya(f);
  return v.tok(i).end - static_cast<std::uint32_t>(f.size() - stem.size());
}

}  // namespace

Relay outlet_phrase(const TokenView& v, std::uint32_t begin, std::uint32_t limit, std::uint32_t& end) {
  std::uint32_t i = begin;
  while (i < limit && (v.fold(i) == "dari" || v.fold(i) == "di" || v.fold(i) == "oleh" || v.fold(i) == "pada"))
    ++i;
  std::uint32_t b = i;
  while (i < limit && i - b < kMaxOutletWords && v.word(i) && !v.quoted(i)) {
    if (v.mention(i) < 0 && i > b && v.is(i, word::boundary | word::say_verb)) break;
    ++i;
  }
  end = i;
  if (i <= b) return {};
  Relay r;
  r.cut = begin;
  // An outlet named inside the phrase ("laman resmi AFC", "kantor berita Xinhua") is the relay.
  for (std::uint32_t k = b; k < i; ++k) {
    std::int32_t ent = v.entity_at(k);
    if (ent < 0) continue;
    EntityType t = v.type_of(ent);
    if (t != EntityType::media && t != EntityType::org) continue;
    const EntityMention& m = v.ents.mentions[static_cast<std::size_t>(v.mention(k))];
    r.entity = ent;
    r.tok_begin = m.tok_begin;
    r.tok_end = m.tok_end;
    r.start = v.tok(m.tok_begin).start;
    r.end = v.tok(m.tok_end - 1).end;
    return r;
  }
  r.tok_begin = b;
  r.tok_end = i;
  r.start = v.tok(b).start;
  r.end = v.tok(i - 1).end;
  return r;
}

Relay find_relay(const TokenView& v, std::uint32_t b, std::uint32_t e) {
  for (std::uint32_t i = b; i < e; ++i) {
    const std::uint32_t signal = v.signal(i);
    if (signal == 0 || v.quoted(i) || !v.word(i)) continue;
    if (signal & word::outlet_cue) {
      std::uint32_t start = i;
      if (start > b && v.is(start - 1, word::as_in | word::summary)) --start;
      if (start > b && v.comma(start - 1)) --start;
      std::uint32_t end = 0;
      Relay r = outlet_phrase(v, i + 1, e, end);
      if (!r.found()) continue;
      r.cut = start;
      return r;
    }
    if (signal & word::platform_stem) {
      Relay r;
      r.entity = v.entity_at(i);
      r.tok_begin = i;
      r.tok_end = i + 1;
      r.start = v.tok(i).start;
      r.end = platform_end(v, i);
      // "di akun Instagram-nya": the relay phrase starts at its preposition.
      std::uint32_t start = i;
      while (start > b && i - start < 3 && v.word(start - 1) && !v.is(start - 1, word::say_verb)) {
        --start;
        if (v.is(start, word::boundary)) break;
      }
      r.cut = start;
      return r;
    }
  }
  return {};
}

}  // namespace warta::detail::attr

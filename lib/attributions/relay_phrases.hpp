// Relays: the outlet or platform a statement came through. "…, seperti dikutip AFP", "dikutip dari
// Xinhua", "demikian dilansir TASS", "tulis X di akun Instagram-nya", and the outlet phrase after an
// opening "Dilansir (dari) X," / "Dikutip di media resmi …,".
#pragma once

#include <cstdint>

#include "attributions/token_view.hpp"

namespace warta::detail::attr {

struct Relay {
  std::int32_t entity = -1;          // the outlet's entity, or -1 when the words name none
  std::uint32_t start = 0, end = 0;  // work offsets of the words naming it
  std::uint32_t tok_begin = 0, tok_end = 0;  // the same words as tokens
  std::uint32_t cut = 0;             // first token of the relay phrase: content before it is the claim
  bool found() const noexcept { return end > start; }
};

// The outlet phrase starting at token `begin` (after the cue and an optional "dari"/"di"/"oleh"),
// ending at a comma, a boundary word or `limit`. `end` receives the token after it.
Relay outlet_phrase(const TokenView& v, std::uint32_t begin, std::uint32_t limit, std::uint32_t& end);

// The first relay phrase inside [b, e), skipping quoted tokens.
Relay find_relay(const TokenView& v, std::uint32_t b, std::uint32_t e);

}  // namespace warta::detail::attr

// Indonesian institutions are shortened by syllables, not only initials: "Kejaksaan Tinggi Jawa
// Tengah" is "Kejati Jateng", "Pengadilan Tindak Pidana Korupsi Semarang" is "Pengadilan Tipikor
// Semarang". This tells whether one written name shortens another.
#pragma once

#include <cstdint>
#include <vector>

#include "entities/token_facts.hpp"
#include "lexicon/lexicon.hpp"
#include "pipeline/document.hpp"

namespace warta::detail {

// True when the words [s_begin, s_end) shorten the words [l_begin, l_end) word by word: each short
// word is the same word, the same lexicon name as some long words ("Jateng" = "Jawa Tengah"), or
// made of the starts of two or more consecutive long words ("Tipikor" = Ti-ndak Pi-dana Kor-upsi);
// and at least one is shortened. Bounded: names are a few words long.
bool shortens(const Document& doc, const Lexicon& lex, const std::vector<TokenFact>& facts, std::uint32_t s_begin,
              std::uint32_t s_end, std::uint32_t l_begin, std::uint32_t l_end);

}  // namespace warta::detail

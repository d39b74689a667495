// The facts the entity stage writes for each token (TokenFact::bits, token_facts.hpp), in a header
// of their own: the word classes precompute those a known word brings (WordEntry).
#pragma once

#include <cstdint>

namespace warta::detail {

namespace fact {
inline constexpr std::uint32_t word = 1u << 0;     // a word (or a number with letters: "1News", "G20")
inline constexpr std::uint32_t cap = 1u << 1;      // written like a name: "Putin", "KPK", "G20"
inline constexpr std::uint32_t upper = 1u << 2;    // no lower-case letter: "AS", "DPRK", "G20"
inline constexpr std::uint32_t initial = 1u << 3;  // first word of its sentence, or right after an opening quote / colon
inline constexpr std::uint32_t common = 1u << 4;   // an ordinary word: in the lexicon's list ("sementara"), or
                                                   // shaped like a derived noun ("Perumahan", "Kesehatan")
inline constexpr std::uint32_t blind = 1u << 5;    // in a paragraph whose capitals say nothing
inline constexpr std::uint32_t name_like = 1u << 6;  // a word that may be (part of) a name: capitalized, or
                                                     // any word where capitals say nothing
inline constexpr std::uint32_t scanned = 1u << 7;    // a word the mention scan stops at: name_like, or one
                                                     // where a lexicon name (a title, when in lower case)
                                                     // may start, or a unit or street word ("kota", "jalan")
inline constexpr std::uint32_t starts = 1u << 8;     // the lexicon's trie goes one step along `lex`: a lexicon
                                                     // name or title may start here
}  // namespace fact

}  // namespace warta::detail

// Indonesian (and some English) words that tell what kind of name is near: "kata X" (a person),
// "di X" (a place), "Kementerian X" (an organization), "X Center" (a place), ...
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "entities/fact_bits.hpp"
#include "lexicon/fold_map.hpp"
#include "lexicon/lexicon.hpp"

namespace warta::detail {

namespace wc {
inline constexpr std::uint32_t person_before = 1u << 0;   // kata, ujar, menurut, bernama: a person follows
inline constexpr std::uint32_t honorific = 1u << 1;       // Pak, Bu, Mr, Dr: a person follows
inline constexpr std::uint32_t relative = 1u << 2;        // istrinya, ayahnya, mendiang: a person follows
inline constexpr std::uint32_t place_before = 1u << 3;    // di, ke, dari, kota, provinsi: a place follows
inline constexpr std::uint32_t media_before = 1u << 4;    // dilansir, kantor berita, harian: an outlet follows
inline constexpr std::uint32_t report_after = 1u << 5;    // mengatakan, menegaskan: said by what precedes
inline constexpr std::uint32_t org_head = 1u << 6;        // Kementerian, Badan, Partai, PT, University
inline constexpr std::uint32_t org_suffix = 1u << 7;      // X University, X Group, X Tbk
inline constexpr std::uint32_t loc_head = 1u << 8;        // Istana, Stadion, Jalan, Gunung, Selat
inline constexpr std::uint32_t loc_suffix = 1u << 9;      // X Center, X Airport, X Estate
inline constexpr std::uint32_t gpe_head = 1u << 10;       // Kota, Kabupaten, Provinsi (capitalized, part of the name)
inline constexpr std::uint32_t name_link = 1u << 11;      // de, da, van, bin: inside a person's name
inline constexpr std::uint32_t org_link = 1u << 12;       // dan, untuk, of, for, and: inside an organization's name
inline constexpr std::uint32_t not_name = 1u << 13;       // Senin, Januari, WIB: capitalized but never a name
inline constexpr std::uint32_t media_from = 1u << 14;     // "dari" after a media cue: "dilansir dari X"
inline constexpr std::uint32_t function = 1u << 15;       // di, ke, dan, yang: lower case even in Title Case
inline constexpr std::uint32_t compass = 1u << 17;        // Utara, Selatan, Barat Daya: a region of a place
inline constexpr std::uint32_t numeral = 1u << 16;      // II, III, IV: ends a name ("Paulus II"), never starts one
inline constexpr std::uint32_t descriptor = 1u << 18;     // Kantor berita, Harian: says what a name is
inline constexpr std::uint32_t org_before = 1u << 19;     // band, grup, perusahaan (lower case): an organization follows
inline constexpr std::uint32_t unit_head = 1u << 21;      // desa, kecamatan, dusun: names its unit even in lower case
inline constexpr std::uint32_t event_suffix = 1u << 22;   // X Award, X Festival, X Championship: an event or prize
inline constexpr std::uint32_t copula = 1u << 23;         // adalah, merupakan: "X adalah sebuah band" says what X is
inline constexpr std::uint32_t given_name = 1u << 24;     // Siti, Janet (given_names.txt): a person
inline constexpr std::uint32_t life_after = 1u << 25;     // lahir, wafat, tewas: a person's life, said of what precedes
inline constexpr std::uint32_t work_before = 1u << 26;    // berjudul, serial, film (lower case): a work's title follows
inline constexpr std::uint32_t degree = 1u << 27;         // SH, MBA, PhD: an academic degree after a person's name
inline constexpr std::uint32_t plain_verb = 1u << 28;     // tampil, pindah, belajar: verbs without me-/ber-/di-/ter-
inline constexpr std::uint32_t name_suffix = 1u << 29;    // Jr, Sr: part of the name before it
inline constexpr std::uint32_t event_head = 1u << 30;     // Piala, Kejuaraan, Olimpiade: an event or a prize is named
inline constexpr std::uint32_t street_head = 1u << 31;    // jalan, jl: names a street even in lower case
inline constexpr std::uint32_t adverb = 1u << 20;         // juga, pun, kemudian: may stand between a subject and its verb
}  // namespace wc

// What the entity stage knows of one lexicon token before reading any text: its word classes and
// the fact bits it brings to a token, so that a token of the text costs one probe of the lexicon's
// token table and one read here.
struct KnownWord {
  std::uint32_t words = 0;  // wc:: flags
  // The fact bits of the word written in lower case and otherwise: fact::common (in the lexicon's
  // common-word list), fact::starts (a lexicon path starts with it) and fact::scanned (the mention
  // scan stops there: where a lexicon name or title may start, or a unit or street word). In lower
  // case a word starts no name (those are matched capitalized, or anywhere in a paragraph whose
  // capitals say nothing, where every word is scanned), only a title ("wakil" of "wakil presiden").
  std::uint32_t facts_lower = 0, facts_other = 0;
};

// The classes of a word, with the lexicon's never-name and given-name marks (wc::not_name,
// wc::given_name) folded in. Kept per lexicon token id (KnownWord), so a token the lexicon knows
// (most words of a text) costs one array read; only other words are looked up by their folded form.
class WordClasses {
 public:
  explicit WordClasses(const Lexicon& lex);
  // `token` is a lexicon token id (below lex.token_count()).
  const KnownWord& known(std::uint32_t token) const noexcept { return by_token_[token]; }
  // The lexicon's token id of a one-byte ASCII text (punctuation: ",", "(", "&"), or kNoToken.
  std::uint32_t ascii_id(unsigned char c) const noexcept { return ascii_ids_[c & 0x7F]; }
  // The classes of a word the lexicon has no token for; `hash` is its Token::hash.
  std::uint32_t other(std::string_view folded, std::uint32_t hash) const noexcept {
    const std::uint32_t* cls = others_.find(folded, hash);
    return cls == nullptr ? 0 : *cls;
  }

 private:
  std::vector<KnownWord> by_token_;  // per lexicon token id
  FoldMap<std::uint32_t> others_;    // words the lexicon has no token for
  std::array<std::uint32_t, 128> ascii_ids_{};

  void mark_scanned(const Lexicon& lex);
};

}  // namespace warta::detail

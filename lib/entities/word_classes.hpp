// Indonesian (and some English) words that tell what kind of name is near: "kata X" (a person),
// "di X" (a place), "Kementerian X" (an organization), "X Center" (a place), ...
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "entities/fact_bits.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/same_text.hpp"
#include "text/ascii_block.hpp"

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

// Everything the facts writer needs of one word, kept in one 32-byte slot of WordClasses' table so
// that a token of the text costs one probe into one cache line (the slots are aligned to their
// size, so none straddles two lines): the word's hash and length, the lexicon's id for the word,
// its word classes and the fact bits it brings, and, for a word of up to kInline bytes (nearly
// every word of a text), the word itself.
struct alignas(32) WordEntry {
  static constexpr std::size_t kInline = 12;
  // Beside the fact:: bits in facts_other: the word is ordinary when its token has an inner hyphen
  // (names joined by hyphens, "indonesia-australia", that the lexicon has no token for).
  static constexpr std::uint32_t kCommonIfHyphenated = 1u << 15;
  // Where the facts of a word written in lower case and otherwise sit in `facts`.
  static constexpr unsigned kLowerShift = 0, kOtherShift = 16;
  // First and side by side: the probe compares both with one load.
  std::uint32_t hash;
  std::uint32_t length;  // 0 for an empty slot
  std::uint32_t lex;     // lexicon token id, or kNoToken for a word only the class lists hold
  std::uint32_t words;   // wc:: flags
  // The fact bits of the word written in lower case (the low half) and otherwise (the high half):
  // fact::common (in the lexicon's common-word list, or shaped like a derived noun), fact::starts
  // (a lexicon path starts with it) and fact::scanned (the mention scan stops there: where a
  // lexicon name or title may start, or a unit or street word). In lower case a word starts no
  // name (those are matched capitalized, or anywhere in a paragraph whose capitals say nothing,
  // where every word is scanned), only a title ("wakil" of "wakil presiden"). One word, so the
  // writer picks a half by a shift the token's case gives, without a branch.
  std::uint32_t facts;
  // The word, zero-padded; a longer one's first eight bytes, then its offset in the long-key arena.
  char key[kInline];

  std::uint32_t facts_lower() const noexcept { return (facts >> kLowerShift) & 0xFFFF; }
  std::uint32_t facts_other() const noexcept { return (facts >> kOtherShift) & 0xFFFF; }
};
static_assert(sizeof(WordEntry) == 32);
static_assert(offsetof(WordEntry, length) == offsetof(WordEntry, hash) + 4);

// An ordinary word by its shape, for a word the common-word list does not hold: a derived noun, or
// names joined by hyphens ("Indonesia-Australia") where the lexicon has no token for the whole
// (`id` is the word's lexicon token id, `hyphenated` whether the token has an inner hyphen). Only
// words missing from WordClasses' table have this worked out per token; the table holds the
// answer for its own words. Most words are shorter than a derived noun and have no hyphen:
// settled by the first test, inline.
bool long_or_hyphenated_ordinary_shape(const Lexicon& lex, std::uint32_t id, std::string_view fold, bool hyphenated);
inline bool ordinary_shape(const Lexicon& lex, std::uint32_t id, std::string_view fold, bool hyphenated) {
  return (fold.size() >= 8 || hyphenated) && long_or_hyphenated_ordinary_shape(lex, id, fold, hyphenated);
}

// Probes WordClasses' table. Held by value, so that a loop probing once per token keeps the
// table's pointers in registers instead of reloading them through the WordClasses after every call
// on its rare paths.
class WordProbe {
 public:
  WordProbe(const WordEntry* slots, std::size_t mask, const char* long_keys) noexcept
      : slots_(slots), mask_(mask), long_keys_(long_keys) {}
  // The entry of a folded word (`hash`: its Token::hash), or nullptr for a word neither the
  // lexicon nor the class lists hold.
  // Nearly every probe ends at its first slot, on the word itself: that test comes first, on the
  // hash and length (one load) and the word's first eight bytes, loaded once before the probe. (An
  // empty slot's hash and length are 0: only the empty word has length 0, and its hash is not 0.)
  const WordEntry* find(std::string_view folded, std::uint32_t hash) const noexcept {
    const std::uint64_t wanted = hash | static_cast<std::uint64_t>(folded.size()) << 32;
    const std::uint64_t head = load_short(folded.data(), std::min<std::size_t>(folded.size(), 8));
    for (std::size_t at = hash & mask_;; at = (at + 1) & mask_) {
      const WordEntry& e = slots_[at];
      std::uint64_t hash_length, key_head;  // the first two fields, read as one
      std::memcpy(&hash_length, &e, sizeof hash_length);
      std::memcpy(&key_head, e.key, sizeof key_head);
      if (hash_length == wanted && key_head == head && (folded.size() <= 8 || same_rest(e, folded))) return &e;
      if (e.length == 0) return nullptr;
    }
  }

 private:
  // `s`, of e.length bytes (more than eight) and the same first eight bytes as the entry's word, is
  // that word: the rest of a word of up to WordEntry::kInline bytes is loaded zero-padded, as its
  // slot keeps it; a longer one is compared whole with the long-key arena.
  bool same_rest(const WordEntry& e, std::string_view s) const noexcept {
    if (s.size() <= WordEntry::kInline) {
      std::uint32_t tail;
      std::memcpy(&tail, e.key + 8, sizeof tail);
      return load_short(s.data() + 8, s.size() - 8) == tail;
    }
    std::uint32_t offset;
    std::memcpy(&offset, e.key + 8, sizeof offset);
    return same_text(long_keys_ + offset, s.data(), s.size());
  }

  const WordEntry* slots_;
  std::size_t mask_;
  const char* long_keys_;
};

// The classes of a word, with the lexicon's never-name and given-name marks (wc::not_name,
// wc::given_name) folded in, for every lexicon word and every word of the class lists: one table
// probed by the token's folded form and hash.
class WordClasses {
 public:
  explicit WordClasses(const Lexicon& lex);
  WordProbe probe() const noexcept { return {slots_.data(), mask_, long_keys_.data()}; }
  const WordEntry* find(std::string_view folded, std::uint32_t hash) const noexcept {
    return probe().find(folded, hash);
  }
  // A one-byte ASCII token (punctuation: ",", "(", "&"): its lexicon token id (or kNoToken) and
  // the fact bits it brings, fact::common and fact::starts.
  struct Punct {
    std::uint32_t lex, facts;
  };
  Punct ascii_punct(unsigned char c) const noexcept { return ascii_[c & 0x7F]; }

 private:
  void add(std::string_view word, const WordEntry& entry);

  std::vector<WordEntry> slots_;
  std::size_t mask_ = 0;
  std::string long_keys_;  // words longer than WordEntry::kInline
  std::array<Punct, 128> ascii_{};
};

}  // namespace warta::detail

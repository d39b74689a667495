// The words attribution finding reacts to, by folded spelling: reporting cues, pronouns, the small
// function words that bound a speaker's noun phrase, and the role descriptions that point at a person.
// Structure lives in the finder; this file only says which class a word belongs to.
#pragma once

#include <cstdint>
#include <string_view>

#include "lexicon/fold_map.hpp"
#include "lexicon/hash_filter.hpp"

namespace warta::detail::attr {

namespace word {
inline constexpr std::uint32_t quote_cue = 1u << 0;      // "…," kata/ujar/tutur X (also with -nya)
inline constexpr std::uint32_t say_verb = 1u << 1;       // X mengatakan (bahwa) …
inline constexpr std::uint32_t needs_link = 1u << 2;     // say_verb whose content must follow bahwa/agar/a comma
inline constexpr std::uint32_t direct_only = 1u << 3;    // only before a quotation (menjawab, meneriakkan)
inline constexpr std::uint32_t passive_cue = 1u << 4;    // Hal itu disampaikan X
inline constexpr std::uint32_t according = 1u << 5;      // menurut X
inline constexpr std::uint32_t outlet_cue = 1u << 6;     // dilansir / dikutip / melansir X
inline constexpr std::uint32_t pronoun = 1u << 7;        // ia, dia, beliau
inline constexpr std::uint32_t plural_pronoun = 1u << 8; // mereka
inline constexpr std::uint32_t negation = 1u << 9;       // tidak membantah
inline constexpr std::uint32_t adverb = 1u << 10;        // may stand between subject and verb (juga, telah)
inline constexpr std::uint32_t temporal = 1u << 11;      // Senin, pekan lalu, pagi
inline constexpr std::uint32_t boundary = 1u << 12;      // ends a speaker phrase (di, kepada, yang, saat)
inline constexpr std::uint32_t clause_link = 1u << 13;   // bahwa, agar, supaya
inline constexpr std::uint32_t generic_head = 1u << 14;  // media, pejabat, sejumlah: a description, not a name
inline constexpr std::uint32_t speech_act = 1u << 15;    // selamat, terima kasih, alasan: content-free objects
inline constexpr std::uint32_t label = 1u << 16;         // Baca, Foto, Video: headline labels, not speakers
inline constexpr std::uint32_t demonstrative = 1u << 17; // itu, tersebut, ini
inline constexpr std::uint32_t platform = 1u << 18;      // Instagram, Twitter: relays, not speakers
inline constexpr std::uint32_t outlet_noun = 1u << 19;   // kantor berita, laman resmi: words around an outlet
inline constexpr std::uint32_t summary = 1u << 20;       // demikian, begitu (demikian kata X)
inline constexpr std::uint32_t as_in = 1u << 21;         // seperti, sebagaimana (seperti dikutip X)
inline constexpr std::uint32_t intro = 1u << 22;         // sementara, namun, adapun: clause openers
inline constexpr std::uint32_t topic_verb = 1u << 23;    // menyinggung, membahas: never a cue
inline constexpr std::uint32_t request = 1u << 24;       // meminta, mendesak: object + agar/untuk
inline constexpr std::uint32_t object_prone = 1u << 25;  // mengumumkan, melaporkan: often a plain noun object
inline constexpr std::uint32_t predicate = 1u << 26;     // akan, harus, adalah: a clause has a predicate
inline constexpr std::uint32_t title_abbrev = 1u << 27;  // dr., Prof., H.: abbreviations written before names
inline constexpr std::uint32_t according_clitic = 1u << 31;  // menurutnya: according to him/her
// Derived by the lexicon from the classes above, so one probe per token answers them too.
inline constexpr std::uint32_t clitic_cue = 1u << 28;       // a quote cue with -nya: "ujarnya", "katanya"
inline constexpr std::uint32_t platform_stem = 1u << 29;    // a platform, bare or with -nya: "Instagram-nya"
inline constexpr std::uint32_t speech_act_stem = 1u << 30;  // a speech act, bare or with -nya: "keprihatinannya"
// Every reading of a sentence starts at a word of one of these classes; a sentence without one
// is only noted for the salient speaker.
inline constexpr std::uint32_t sentence_cue =
    say_verb | quote_cue | clitic_cue | according | according_clitic | passive_cue | outlet_cue;
// The classes the scanners search whole spans for: the cues and the platforms a relay names.
inline constexpr std::uint32_t signal = sentence_cue | platform_stem;
}  // namespace word

// The folded word without a trailing "-nya"/"nya" ("Instagram-nya" -> "instagram").
constexpr std::string_view strip_nya(std::string_view f) noexcept {
  if (f.size() > 4 && f.substr(f.size() - 4) == "-nya") return f.substr(0, f.size() - 4);
  if (f.size() > 5 && f.substr(f.size() - 3) == "nya") return f.substr(0, f.size() - 3);
  return f;
}

// Role groups: descriptions that name an office instead of a person ("Kepala Negara", "Menlu").
enum class RoleGroup : std::uint8_t { none, head_of_state, head_of_government, foreign_minister, vice_president };

class CueLexicon {
 public:
  CueLexicon();
  // `hash` is fold_hash(folded), as every Token carries it.
  std::uint32_t classes(std::string_view folded, std::uint32_t hash) const noexcept {
    const std::uint32_t* cls = words_.find(folded, hash);
    return cls == nullptr ? 0 : *cls;
  }
  // Could the word with this fold_hash have a class of word::signal? One bit answers "no" for
  // almost every token of a text, without the probe the full table needs for the many function
  // words it holds.
  bool may_signal(std::uint32_t hash) const noexcept { return signal_filter_.may_hold(hash); }
  // "kepala negara" -> head_of_state; folded words joined by single spaces.
  RoleGroup role_of_description(std::string_view folded_phrase) const noexcept;
  // Does a title the article gives ("Presiden Rusia", "Menlu") name an office of that group?
  static bool title_in_group(std::string_view folded_title, RoleGroup g) noexcept;
  // The role names the entity stage writes into EntityRecord::roles for a group.
  static std::string_view role_name(RoleGroup g) noexcept;

 private:
  void add(std::string_view words, std::uint32_t cls);
  void derive_clitic(std::uint32_t from, std::uint32_t to);
  void derive_stem(std::uint32_t from, std::uint32_t to);
  FoldMap<std::uint32_t> words_;
  HashFilter signal_filter_;  // the words with a class of word::signal
};

}  // namespace warta::detail::attr

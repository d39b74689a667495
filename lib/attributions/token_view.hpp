// Read-only helpers over the document's tokens for the attribution scanners: folded words, cue
// classes, punctuation tests and the per-token marks (inside a quotation, already used).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "attributions/cue_lexicon.hpp"
#include "entities/entity_table.hpp"
#include "pipeline/document.hpp"
#include "text/token_cache.hpp"

namespace warta::detail::attr {

namespace mark {
inline constexpr std::uint8_t in_quote = 1;  // inside a quotation (marks included)
inline constexpr std::uint8_t claimed = 2;   // part of a cue/speaker phrase already read
inline constexpr std::uint8_t signal = 4;    // a word with a class of word::signal (ArticleCueReader)
}  // namespace mark

struct TokenView {
  const Document& doc;
  const EntityTable& ents;
  const CueLexicon& lex;
  // One per token, in the caller's buffer. Sized here but not cleared: ArticleCueReader zeroes each
  // stretch's marks just before it walks the stretch, so a long body's marks are written while
  // their lines are about to be used, not in a pass of their own long before. Whatever reads a
  // token's marks reads only tokens the cue reader has walked.
  std::vector<std::uint8_t>& marks;

  // `marks_storage` and `class_cache` are the caller's, emptied here, so their memory serves
  // article after article.
  TokenView(const Document& d, const EntityTable& e, const CueLexicon& l, std::vector<std::uint8_t>& marks_storage,
            TokenCache& class_cache)
      : doc(d),
        ents(e),
        lex(l),
        marks(marks_storage),
        classes_(class_cache) {
    marks.resize(d.tokens.list.size());
    classes_.reset(d.tokens.list.size());
  }

  std::uint32_t size() const noexcept { return static_cast<std::uint32_t>(doc.tokens.list.size()); }
  const Token& tok(std::uint32_t i) const noexcept { return doc.tokens.list[i]; }
  std::string_view fold(std::uint32_t i) const noexcept { return doc.fold(i); }
  // The cue lexicon's classes of token i, looked up the first time it is asked about: most
  // sentences hold no cue, and their words are never asked about.
  std::uint32_t cls(std::uint32_t i) const noexcept {
    return classes_.get(i, [this](std::uint32_t k) { return look_up(k); });
  }
  // Keeps the classes `c` of token i for cls(), and returns them.
  std::uint32_t remember(std::uint32_t i, std::uint32_t c) const noexcept { return classes_.put(i, c); }
  bool is(std::uint32_t i, std::uint32_t c) const noexcept { return (cls(i) & c) != 0; }
  // cls(i) & word::signal, for the scanners' searches along a span: the token's mark byte, which
  // they read anyway, answers "none" for all other words.
  std::uint32_t signal(std::uint32_t i) const noexcept {
    return (marks[i] & mark::signal) != 0 ? cls(i) & word::signal : 0;
  }
  bool word(std::uint32_t i) const noexcept { return tok(i).kind != TokenKind::punct; }
  bool punct(std::uint32_t i, std::string_view p) const noexcept {
    return tok(i).kind == TokenKind::punct && doc.token_text(i) == p;
  }
  bool comma(std::uint32_t i) const noexcept { return punct(i, ","); }
  bool stop(std::uint32_t i) const noexcept {  // ends a clause for the scanners
    return tok(i).kind == TokenKind::punct && (tok(i).has(tokflag::sentence_end) || doc.token_text(i) == ";");
  }
  // The period of a short abbreviation before a name ("dr. Shari", "Prof. Budi"), not a sentence end.
  bool abbreviation_period(std::uint32_t i) const noexcept {
    return i > 0 && i + 1 < size() && punct(i, ".") && !tok(i).has(tokflag::space_before) && word(i - 1) &&
           is(i - 1, word::title_abbrev) && tok(i + 1).has(tokflag::cap_initial);
  }
  bool cap(std::uint32_t i) const noexcept { return tok(i).has(tokflag::cap_initial); }
  bool quoted(std::uint32_t i) const noexcept { return (marks[i] & mark::in_quote) != 0; }
  bool claimed(std::uint32_t i) const noexcept { return (marks[i] & mark::claimed) != 0; }
  void claim(std::uint32_t b, std::uint32_t e) noexcept {
    const std::uint32_t end = std::min(e, size());  // a fixed bound: the loop runs on whole words
    std::uint8_t* m = marks.data();
    for (std::uint32_t i = b; i < end; ++i) m[i] |= mark::claimed;
  }
  std::int32_t mention(std::uint32_t i) const noexcept { return ents.mention_at(i); }
  std::int32_t entity_at(std::uint32_t i) const noexcept {
    std::int32_t m = ents.mention_at(i);
    return m < 0 ? -1 : ents.mentions[static_cast<std::size_t>(m)].entity;
  }
  EntityType type_of(std::int32_t entity) const noexcept {
    return ents.entities[static_cast<std::size_t>(entity)].type;
  }
  // A word with a verb prefix (me-, ber-, di-, ter-): ends a noun phrase, marks a clause.
  static bool verb_like(std::string_view f) noexcept {
    if (f.size() < 5) return false;
    return f.substr(0, 2) == "me" || f.substr(0, 3) == "ber" || f.substr(0, 2) == "di" || f.substr(0, 3) == "ter";
  }
  // A lower-case active or passive verb ("menghancurkan", "berharap", "diterbitkan"): never part of
  // a speaker's noun phrase. Nouns that share the prefixes are spared.
  static bool clause_verb(std::string_view f) noexcept {
    if (f.size() < 6) return false;
    auto p = [&](std::string_view x) { return f.substr(0, x.size()) == x; };
    // The prefixes first: most words have none, and only those that do can be a spared noun.
    if (!(p("men") || p("mem") || p("ber") || p("di") || p("ter"))) return false;
    for (std::string_view noun : {"menteri", "berita", "direktur", "diplomat", "dinas", "dirjen", "divisi",
                                  "distrik", "dirut", "direksi", "dirigen", "mendiang", "mentan", "menlu",
                                  "tersangka", "terdakwa", "terpidana", "tergugat", "terlapor", "teroris",
                                  "tersebut", "terakhir", "terkait", "termasuk", "terutama", "tertentu"})
      if (p(noun)) return false;
    return true;
  }

 private:
  // Lexicon words are letters (with inner ' and -): numbers and punctuation have no class.
  std::uint32_t look_up(std::uint32_t i) const noexcept {
    const Token& t = tok(i);
    return t.kind == TokenKind::word ? lex.classes(doc.tokens.fold_of(t), t.hash) : 0;
  }
  // The classes looked up so far: the scanners read a cued sentence and the words just before it at
  // a time. The const readers fill it.
  TokenCache& classes_;
};

}  // namespace warta::detail::attr

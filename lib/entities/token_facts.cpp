#include "entities/token_facts.hpp"

#include <algorithm>

namespace warta::detail {
namespace {

bool no_lower_ascii(std::string_view s) noexcept {
  for (unsigned char c : s) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

// Capitals carry no information in a paragraph written in Title Case or all caps (headlines):
// there the ordinary words are capitalized too (function words like "di", "dan" may stay lower
// case). Nor in a paragraph written all in lower case.
bool capitals_say_nothing(const Token* toks, const Lexicon& lex, const TokenFact* f, const Paragraph& p) {
  const auto counted = [&](std::uint32_t i) { return toks[i].kind == TokenKind::word && toks[i].fold_len >= 2; };
  const auto ordinary_word = [&](std::uint32_t i) {
    return f[i].common && !f[i].initial && !(f[i].words & wc::function);
  };
  int words = 0, caps = 0, ordinary_caps_bound = 0;
  for (std::uint32_t i = p.tok_begin; i < p.tok_end; ++i) {
    if (!counted(i)) continue;
    ++words;
    caps += f[i].cap ? 1 : 0;
    ordinary_caps_bound += f[i].cap && ordinary_word(i) ? 1 : 0;
  }
  if (words >= 3 && caps == 0) return true;
  // Ordinary words inside titles are left out below, which only lowers the count of capitalized
  // ones: a paragraph with too few of them even before is decided without walking the trie (most
  // paragraphs of running text are).
  const int min_ordinary = p.kind == BlockKind::headline ? 2 : 4;
  if (ordinary_caps_bound * 4 < min_ordinary * 3) return false;
  int ordinary = 0, ordinary_caps = 0;
  std::uint32_t title_end = 0;  // titles ("Menteri Perdagangan") are capitalized in any text
  for (std::uint32_t i = p.tok_begin; i < p.tok_end; ++i) {
    if (!counted(i)) continue;
    std::uint32_t node = f[i].first;
    const std::uint32_t limit = std::min(p.tok_end, i + lex.max_tokens());
    for (std::uint32_t k = i; node != kNoNode;) {
      if (lex.node(node).title >= 0) title_end = std::max(title_end, k + 1);
      if (++k >= limit) break;
      node = lex.step(node, f[k].lex);
    }
    if (ordinary_word(i) && i >= title_end) {
      ++ordinary;
      ordinary_caps += f[i].cap ? 1 : 0;
    }
  }
  return ordinary >= min_ordinary && ordinary_caps * 4 >= ordinary * 3;
}

// pe(r)-...-an and ke-...-an nouns ("perumahan", "kesehatan", "pertahanan") are ministries' fields
// and ordinary words, never people's names; the word list cannot hold them all.
bool derived_noun(std::string_view fold) noexcept {
  return fold.size() >= 8 && (fold.starts_with("pe") || fold.starts_with("ke")) && fold.ends_with("an") &&
         fold.find('-') == std::string_view::npos;
}

// "Indonesia-Australia", "ASEAN-China": names joined into an adjective ("kemitraan Indonesia-
// Australia"), not a name of their own.
bool compound_of_names(const Lexicon& lex, std::string_view fold) {
  std::size_t parts = 0;
  while (!fold.empty()) {
    const std::size_t dash = fold.find('-');
    const std::string_view part = fold.substr(0, dash);
    const std::uint32_t node = lex.step(Lexicon::root(), lex.token_id(part));
    if (node == kNoNode || (lex.node(node).name < 0 && lex.node(node).exact < 0)) return false;
    ++parts;
    fold = dash == std::string_view::npos ? std::string_view() : fold.substr(dash + 1);
  }
  return parts >= 2;
}

}  // namespace

std::uint64_t extend_key(std::uint64_t key, std::string_view folded) noexcept {
  for (unsigned char c : folded) {
    if (c == '-' || c == '\'' || c == '.' || c == ' ') continue;
    key = (key ^ c) * kKeyPrime;
  }
  return key;
}

std::uint64_t text_key(std::string_view text) {
  std::uint64_t key = kKeySeed;
  for (unsigned char c : text) {
    // Beyond ASCII, folding takes utf8proc; within, it lowers the case of A-Z and nothing else.
    if (c >= 0x80) return extend_key(kKeySeed, fold_text(text));
    if (c == '-' || c == '\'' || c == '.' || c == ' ') continue;
    key = (key ^ (c >= 'A' && c <= 'Z' ? c + 32u : c)) * kKeyPrime;
  }
  return key;
}

std::uint64_t span_key(const Document& doc, std::uint32_t begin, std::uint32_t end) noexcept {
  std::uint64_t key = kKeySeed;
  for (std::uint32_t i = begin; i < end; ++i) {
    if (doc.tokens.list[i].kind != TokenKind::punct) key = extend_key(key, doc.fold(i));
  }
  return key;
}

std::vector<TokenFact> compute_token_facts(const Document& doc, const Lexicon& lex, const WordClasses& words) {
  // Plain pointers, and each fact written once: the flags are bytes, and a byte store may alias
  // anything, so writing through the vectors field by field would reload their bounds after each.
  const std::size_t n = doc.tokens.list.size();
  const Token* const toks = doc.tokens.list.data();
  const char* const folded = doc.tokens.folded.data();
  const char* const text = doc.text.data();
  std::vector<TokenFact> facts(n);
  TokenFact* const f = facts.data();
  // Sentences come in order and do not overlap: the tokens are taken a stretch at a time, a
  // sentence or the gap before one, so whether a word opens its sentence is known as its fact is
  // made.
  const Sentence* sentence = doc.sentences.data();
  const Sentence* const sentences_end = sentence + doc.sentences.size();
  for (std::size_t i = 0; i < n;) {
    std::size_t stop = n;
    bool in_sentence = false;
    if (sentence != sentences_end && i < sentence->tok_begin) {
      stop = sentence->tok_begin;
    } else if (sentence != sentences_end) {
      stop = sentence->tok_end;
      in_sentence = true;
      ++sentence;
    }
    bool start = true;
    for (; i < stop; ++i) {
      const Token& t = toks[i];
      const std::string_view fold(folded + t.fold, t.fold_len);
      TokenFact x;
      x.lex = lex.token_id(fold, t.hash);
      x.first = lex.step(Lexicon::root(), x.lex);
      x.common = lex.is_common_word(x.lex) || derived_noun(fold) ||
                 (t.has(tokflag::hyphenated) && x.lex == kNoToken && compound_of_names(lex, fold));
      if (t.kind != TokenKind::punct) {
        x.words = words.of(x.lex, fold, t.hash);
        const bool letters = t.kind == TokenKind::word || t.has(tokflag::cap_initial) || t.has(tokflag::lower_initial);
        x.word = letters;
        // A word in capitals has no lower-case letter at all; one starting in lower case has one.
        x.upper = letters && !t.has(tokflag::lower_initial) &&
                  (t.has(tokflag::all_caps) || no_lower_ascii(std::string_view(text + t.start, t.end - t.start)));
        // "1news", "9GAG": a name that starts with a digit has no capital to show.
        x.cap = letters && (t.has(tokflag::cap_initial) || t.has(tokflag::all_caps) || t.kind == TokenKind::number);
        x.initial = in_sentence && start;
        start = false;
      } else if (in_sentence) {
        const std::string_view txt(text + t.start, t.end - t.start);
        if (t.has(tokflag::quote) || txt == ":" || txt == "-" || txt == "\xE2\x80\x94" || txt == "\xE2\x80\x93")
          start = true;
      }
      f[i] = x;
    }
  }
  for (const Paragraph& p : doc.paragraphs) {
    if (!capitals_say_nothing(toks, lex, f, p)) continue;
    for (std::uint32_t i = p.tok_begin; i < p.tok_end; ++i) f[i].blind = true;
  }
  return facts;
}

}  // namespace warta::detail

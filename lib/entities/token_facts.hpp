// What the entity stage needs to know about each token of a document, computed once: its lexicon
// id, the word classes it belongs to, whether it is written like a name, and whether its
// capitals mean anything (they do not in an all-caps or Title Case headline, nor in text written
// all in lower case).
#pragma once

#include <cstdint>
#include <vector>

#include "entities/word_classes.hpp"
#include "lexicon/lexicon.hpp"
#include "pipeline/document.hpp"

namespace warta::detail {

struct TokenFact {
  std::uint32_t lex = kNoToken;  // lexicon token id
  std::uint32_t first = kNoNode; // the lexicon trie node one step from the root along `lex`: where
                                 // every name starting here begins (kNoNode: none does)
  std::uint32_t words = 0;       // wc:: flags
  bool word = false;             // a word (or a number with letters: "1News", "G20")
  bool cap = false;              // written like a name: "Putin", "KPK", "G20"
  bool upper = false;            // no lower-case letter: "AS", "DPRK", "G20"
  bool initial = false;          // first word of its sentence, or right after an opening quote / colon
  bool common = false;           // an ordinary word: in the lexicon's list ("sementara"), or shaped like
                                 // a derived noun ("Perumahan", "Kesehatan")
  bool blind = false;            // in a paragraph whose capitals say nothing
};

// Name keys: the folded text without hyphens, apostrophes, dots and spaces (between tokens too), so that "Kim Jong-un",
// "Kim Jong Un" and "KIM JONG UN" share one key.
inline constexpr std::uint64_t kKeySeed = 1469598103934665603ull;
inline constexpr std::uint64_t kKeyPrime = 1099511628211ull;
std::uint64_t extend_key(std::uint64_t key, std::string_view folded) noexcept;

std::vector<TokenFact> compute_token_facts(const Document& doc, const Lexicon& lex, const WordClasses& words);

// The key of tokens [begin, end).
std::uint64_t span_key(const Document& doc, std::uint32_t begin, std::uint32_t end) noexcept;
// The key of a text folded as the tokenizer folds (fold_text), e.g. a lexicon name.
std::uint64_t text_key(std::string_view text);
// The key of token i alone. Computed where a name needs it, not for every token of the text: few
// tokens are ever part of a name.
inline std::uint64_t token_key(const Document& doc, std::uint32_t i) noexcept {
  return extend_key(kKeySeed, doc.fold(i));
}

}  // namespace warta::detail

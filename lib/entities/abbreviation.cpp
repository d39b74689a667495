#include "entities/abbreviation.hpp"

#include <array>
#include <span>
#include <string_view>

namespace warta::detail {
namespace {

constexpr std::uint32_t kMaxWords = 12;  // longer names are not compared
constexpr std::uint32_t kMaxChars = 24;  // longer short words are not syllable abbreviations

// The lexicon entry that exactly the tokens [b, e) name, or -1.
std::int32_t entry_of(const Lexicon& lex, const std::vector<TokenFact>& f, std::uint32_t b, std::uint32_t e) {
  std::uint32_t node = Lexicon::root();
  for (std::uint32_t t = b; t < e && node != kNoNode; ++t) node = lex.step(node, f[t].lex);
  if (node == kNoNode) return -1;
  return lex.node(node).name >= 0 ? lex.node(node).name : lex.node(node).exact;
}

// Marks in `ends` every j such that `s` is the concatenation of non-empty starts of the words
// from `first` up to j - 1 (two words at least).
void syllable_ends(std::string_view s, std::span<const std::string_view> words, std::uint32_t first,
                   std::array<bool, kMaxWords + 1>& ends) {
  // can[p][w]: the first p characters of s are spelled by starts of words first..first+w-1.
  std::array<std::array<bool, kMaxWords + 1>, kMaxChars + 1> can{};
  can[0][0] = true;
  const auto n = static_cast<std::uint32_t>(words.size());
  for (std::uint32_t p = 0; p < s.size(); ++p) {
    for (std::uint32_t w = 0; first + w < n; ++w) {
      if (!can[p][w]) continue;
      std::string_view word = words[first + w];
      for (std::uint32_t k = 1; k <= word.size() && p + k <= s.size() && s[p + k - 1] == word[k - 1]; ++k) {
        can[p + k][w + 1] = true;
      }
    }
  }
  for (std::uint32_t w = 2; first + w <= n; ++w) {
    if (can[s.size()][w]) ends[first + w] = true;
  }
}

}  // namespace

bool shortens(const Document& doc, const Lexicon& lex, const std::vector<TokenFact>& f, std::uint32_t s_begin,
              std::uint32_t s_end, std::uint32_t l_begin, std::uint32_t l_end) {
  // Word tokens only; compared by every pair of organizations of an article, so on the stack.
  std::array<std::uint32_t, kMaxWords> st{}, lt{};
  std::uint32_t m = 0, n = 0;
  for (std::uint32_t t = l_begin; t < l_end; ++t) {
    if (!f[t].word()) continue;
    if (n == kMaxWords) return false;
    lt[n++] = t;
  }
  for (std::uint32_t t = s_begin; t < s_end; ++t) {
    if (!f[t].word()) continue;
    if (m + 1 >= n) return false;  // as many words as the long name, or more
    st[m++] = t;
  }
  if (m == 0) return false;
  std::array<std::string_view, kMaxWords> long_words;
  std::array<std::uint64_t, kMaxWords> long_keys{};
  for (std::uint32_t j = 0; j < n; ++j) {
    long_words[j] = doc.fold(lt[j]);
    long_keys[j] = token_key(doc, lt[j]);
  }
  const std::span<const std::string_view> long_span(long_words.data(), n);
  // reach[i][j] (0: no, 1: by equal words only, 2: with a shortening) over short word i, long word j.
  std::array<std::array<std::uint8_t, kMaxWords + 1>, kMaxWords + 1> reach{};
  reach[0][0] = 1;
  for (std::uint32_t i = 0; i < m; ++i) {
    const std::string_view s = doc.fold(st[i]);
    const std::uint64_t s_key = token_key(doc, st[i]);
    const std::int32_t s_entry = entry_of(lex, f, st[i], st[i] + 1);
    for (std::uint32_t j = 0; j < n; ++j) {
      const std::uint8_t at = reach[i][j];
      if (at == 0) continue;
      auto mark = [&](std::uint32_t j2, bool shortened) {
        const std::uint8_t v = shortened ? 2 : at;
        if (v > reach[i + 1][j2]) reach[i + 1][j2] = v;
      };
      if (s_key == long_keys[j]) mark(j + 1, false);
      if (s_entry >= 0) {
        for (std::uint32_t q = j + 2; q <= n && q <= j + 4; ++q) {
          if (entry_of(lex, f, lt[j], lt[q - 1] + 1) == s_entry) mark(q, true);
        }
      }
      if (s.size() >= 3 && s.size() <= kMaxChars) {
        std::array<bool, kMaxWords + 1> ends{};
        syllable_ends(s, long_span, j, ends);
        for (std::uint32_t q = j + 2; q <= n; ++q) {
          if (ends[q]) mark(q, true);
        }
      }
    }
  }
  return reach[m][n] == 2;
}

}  // namespace warta::detail

// Sentence boundaries inside one paragraph.
//
// A sentence ends at . ! ? … (plus any closing quotes/brackets right after it) when the next token
// starts a new sentence: a capital, a digit, an opening quote, or the paragraph's end. A period
// does not end a sentence after an abbreviation (Jl., No., Prof., dr., H.), an initial ("M. Hatta")
// or inside numbers (the tokenizer already keeps "1.000" and "15.30" whole).
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "pipeline/document.hpp"
#include "text/ascii_block.hpp"

namespace warta::detail {
namespace {

// Abbreviations that are followed by a period and rarely end a sentence. Folded (lower case).
constexpr std::array<std::string_view, 64> kAbbreviations = {
    "jl", "jln", "no", "h", "hj", "prof", "dr", "drs", "dra", "ir", "st", "sdr", "sdri", "tn", "ny", "nn",
    "bpk", "kec", "kab", "kel", "ds", "gg", "rt", "rw", "kol", "jend", "brigjen", "mayjen", "letjen",
    "kompol", "pol", "mr", "mrs", "ms", "jr", "sr", "inc", "ltd", "co", "vs", "yth", "kh", "m", "mt",
    "sh", "se", "mh", "msi", "mkom", "phd", "apt", "tbk", "persero", "a", "an", "u", "up", "dkk", "hlm",
    "tgl", "sept", "okt", "des", "nov"};

// An abbreviation (at most eight bytes) as one number: its bytes, the first lowest, zero above.
constexpr std::uint64_t packed(std::string_view s) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < s.size(); ++i) v |= std::uint64_t{static_cast<unsigned char>(s[i])} << (8 * i);
  return v;
}

// The abbreviations packed and sorted, for a binary search instead of 64 string compares.
constexpr auto kPackedAbbreviations = [] {
  std::array<std::uint64_t, kAbbreviations.size()> out{};
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (kAbbreviations[i].size() > 8) throw "abbreviations are packed into eight bytes";
    out[i] = packed(kAbbreviations[i]);
  }
  std::sort(out.begin(), out.end());
  return out;
}();

bool is_abbreviation(std::string_view folded) {
  if (folded.empty() || folded.size() > 8) return false;  // most words before a period: no search at all
  return std::binary_search(kPackedAbbreviations.begin(), kPackedAbbreviations.end(),
                            load_short(folded.data(), folded.size()));
}

bool is_closing(const Token& t, std::string_view text) {
  if (t.kind != TokenKind::punct) return false;
  if (t.has(tokflag::close_quote)) return true;
  std::string_view s = text.substr(t.start, t.end - t.start);
  return s == "\"" || s == "'" || s == ")" || s == "]";
}

// Can token t begin a sentence?
bool starts_sentence(const Token& t, std::string_view text) {
  if (t.kind == TokenKind::number) return true;
  if (t.kind == TokenKind::word) return t.has(tokflag::cap_initial) || !t.has(tokflag::lower_initial);
  std::string_view s = text.substr(t.start, t.end - t.start);
  return t.has(tokflag::quote) || s == "(" || s == "[" || s == "-" || s == "\xE2\x80\x94" || s == "\xE2\x80\x93";
}

// The first token of [i, end) that may end a sentence. The tokenizer flags sentence_end on . ! ? …
// only, so the flag alone picks them out, read through a pointer the appends to doc.sentences
// cannot move; four tokens a test, as marks are about one token in fifteen.
std::uint32_t next_sentence_mark(const Token* toks, std::uint32_t i, std::uint32_t end) {
  const Token* t = toks + i;
  const Token* const stop = toks + end;
  while (stop - t >= 4 && ((t[0].flags | t[1].flags | t[2].flags | t[3].flags) & tokflag::sentence_end) == 0) t += 4;
  while (t != stop && !t->has(tokflag::sentence_end)) ++t;
  return static_cast<std::uint32_t>(t - toks);
}

}  // namespace

void SentenceSplitter::split(std::uint32_t avail, bool last) {
  Document& doc = doc_;
  const Token* const toks = doc.tokens.list.data();  // reloaded per call: appending tokens may move them
  const std::uint32_t first = first_;
  auto close = [&](std::uint32_t end) {
    if (end <= begin_) return;
    doc.sentences.push_back({toks[begin_].start, toks[end - 1].end, begin_, end, pi_});
    begin_ = end;
  };
  for (std::uint32_t i = next_sentence_mark(toks, next_, avail); i < avail;
       i = next_sentence_mark(toks, i + 1, avail)) {
    const Token& t = toks[i];
    // Extend over repeated marks ("?!", "...") and closing quotes/brackets.
    std::uint32_t j = i + 1;
    while (j < avail && toks[j].kind == TokenKind::punct &&
           (toks[j].has(tokflag::sentence_end) || is_closing(toks[j], doc.text)) && !toks[j].has(tokflag::space_before))
      ++j;
    if (j >= avail) {
      if (last) break;  // the paragraph's end closes the sentence anyway
      next_ = i;        // decided when the tokens after it have come
      return;
    }
    const Token& next = toks[j];
    if (!next.has(tokflag::space_before) && next.kind != TokenKind::punct) continue;  // "a.b", "3.0"
    if (!starts_sentence(next, doc.text)) continue;
    if (doc.text[t.start] == '.' && i > first && j == i + 1) {
      const Token& prev = toks[i - 1];
      if (prev.kind == TokenKind::word && prev.end == t.start) {
        std::string_view f = doc.tokens.fold_of(prev);
        // Initials: a single capital letter ("M. Hatta", "B.J.").
        bool initial = prev.has(tokflag::cap_initial) && f.size() == 1;
        if (initial || is_abbreviation(f)) continue;
      }
    }
    close(j);
    i = j - 1;
  }
  next_ = avail;
  if (!last) return;
  close(avail);
  doc.paragraphs[pi_].sent_end = static_cast<std::uint32_t>(doc.sentences.size());
}

}  // namespace warta::detail

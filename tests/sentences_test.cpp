// Sentence boundaries: abbreviations, initials, numbers, quotes and repeated marks.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/document.hpp"

namespace warta::detail {
namespace {

// The sentences of one body paragraph holding all of `text`.
std::vector<std::string> sentences(const std::string& text) {
  Document doc;
  doc.text = text;
  Paragraph p;
  p.start = 0;
  p.end = static_cast<std::uint32_t>(text.size());
  tokenize(text, p.start, p.end, doc.tokens);
  p.tok_end = static_cast<std::uint32_t>(doc.tokens.list.size());
  doc.paragraphs.push_back(p);
  split_sentences(doc, 0);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

using V = std::vector<std::string>;

TEST(Sentences, SplitsAtPeriodsBeforeCapitals) {
  EXPECT_EQ(sentences("Presiden tiba di Bogor. Ia disambut menteri."),
            (V{"Presiden tiba di Bogor.", "Ia disambut menteri."}));
}

TEST(Sentences, AddressAbbreviationsDoNotEndSentences) {
  std::string s = "Kantornya di Jl. Merdeka No. 5, Kec. Gambir. Gedung itu baru.";
  EXPECT_EQ(sentences(s), (V{"Kantornya di Jl. Merdeka No. 5, Kec. Gambir.", "Gedung itu baru."}));
}

// Abbreviations are looked up packed into eight bytes: the longest, one letter longer, and a
// word that only starts like one.
TEST(Sentences, AbbreviationsOfEveryLengthAndTheirNeighbours) {
  EXPECT_EQ(sentences("Ia Brigjen. Budi datang."), (V{"Ia Brigjen. Budi datang."}));
  EXPECT_EQ(sentences("Ia Brigjenx. Budi datang."), (V{"Ia Brigjenx.", "Budi datang."}));
  EXPECT_EQ(sentences("PT Pelni Persero. Kapal tiba."), (V{"PT Pelni Persero. Kapal tiba."}));
  EXPECT_EQ(sentences("Ini Perseroan. Kapal tiba."), (V{"Ini Perseroan.", "Kapal tiba."}));
  EXPECT_EQ(sentences("Bertemu Jln. Sudirman lalu Jlx. Sudirman."), (V{"Bertemu Jln. Sudirman lalu Jlx.", "Sudirman."}));
}

TEST(Sentences, TitlesDoNotEndSentences) {
  EXPECT_EQ(sentences("Hadir pula H. Agus Salim dan Prof. Emil Salim. Acara dimulai."),
            (V{"Hadir pula H. Agus Salim dan Prof. Emil Salim.", "Acara dimulai."}));
  EXPECT_EQ(sentences("Ia diperiksa dr. Siti di klinik. Hasilnya baik."),
            (V{"Ia diperiksa dr. Siti di klinik.", "Hasilnya baik."}));
}

TEST(Sentences, DllInsideASentenceDoesNotSplit) {
  EXPECT_EQ(sentences("Mereka membawa beras, gula, dll. untuk korban."), (V{"Mereka membawa beras, gula, dll. untuk korban."}));
}

TEST(Sentences, InitialsStayInsideTheName) {
  EXPECT_EQ(sentences("Bandara dinamai B.J. Habibie. Itu usulan warga."),
            (V{"Bandara dinamai B.J. Habibie.", "Itu usulan warga."}));
  EXPECT_EQ(sentences("Proklamator M. Hatta lahir di Bukittinggi. Ia wafat 1980."),
            (V{"Proklamator M. Hatta lahir di Bukittinggi.", "Ia wafat 1980."}));
}

TEST(Sentences, TwoLetterNamesEndSentences) {
  // "Xi", "Wu", "Li" are names, not initials.
  EXPECT_EQ(sentences("Prabowo bertemu Xi. Pada April keduanya bertemu lagi."),
            (V{"Prabowo bertemu Xi.", "Pada April keduanya bertemu lagi."}));
}

TEST(Sentences, NumbersDoNotSplit) {
  EXPECT_EQ(sentences("Sebanyak 1.000 orang hadir pukul 15.30 WIB. Acara selesai."),
            (V{"Sebanyak 1.000 orang hadir pukul 15.30 WIB.", "Acara selesai."}));
}

TEST(Sentences, ClosingQuoteStaysWithItsSentence) {
  EXPECT_EQ(sentences("\"Kami siap.\" Ia lalu pergi."), (V{"\"Kami siap.\"", "Ia lalu pergi."}));
  EXPECT_EQ(sentences("\xE2\x80\x9CKami siap.\xE2\x80\x9D Ia lalu pergi."),
            (V{"\xE2\x80\x9CKami siap.\xE2\x80\x9D", "Ia lalu pergi."}));
}

TEST(Sentences, RepeatedMarksEndOneSentence) {
  EXPECT_EQ(sentences("Benarkah?! Ternyata benar... Semua terkejut."),
            (V{"Benarkah?!", "Ternyata benar...", "Semua terkejut."}));
}

TEST(Sentences, LowerCaseAfterAPeriodContinues) {
  EXPECT_EQ(sentences("Nilainya naik 5 persen. dan itu tinggi."), (V{"Nilainya naik 5 persen. dan itu tinggi."}));
}

TEST(Sentences, ParagraphWithoutFinalMarkIsOneSentence) {
  EXPECT_EQ(sentences("Presiden tiba di Bogor"), (V{"Presiden tiba di Bogor"}));
}

// Marks are found by their flag alone: a long run of them is one end, a mark that opens or closes
// the paragraph splits nothing, and neither do words and numbers around them.
TEST(Sentences, RunsOfMarksAndMarksAtTheParagraphsEdges) {
  EXPECT_EQ(sentences("Apa?!?!?!?!?!?!?!?! Ya."), (V{"Apa?!?!?!?!?!?!?!?!", "Ya."}));
  EXPECT_EQ(sentences(". Ya tiba."), (V{".", "Ya tiba."}));
  EXPECT_EQ(sentences("Ya tiba!"), (V{"Ya tiba!"}));
  EXPECT_EQ(sentences("1.000 orang, 15.30 WIB"), (V{"1.000 orang, 15.30 WIB"}));
}

// Marks are looked for four tokens at a time: a mark at every place in and after such a group, and
// a paragraph whose last group is short, are all found.
TEST(Sentences, MarksAtEveryPlaceInTheScan) {
  for (int words = 1; words <= 9; ++words) {
    std::string first;
    for (int w = 0; w < words; ++w) first += w == 0 ? "Ia" : " tiba";
    first += ".";
    EXPECT_EQ(sentences(first + " Ia pergi."), (V{first, "Ia pergi."})) << words;
    EXPECT_EQ(sentences(first + " Ia pergi lagi ke Bogor. Ya"), (V{first, "Ia pergi lagi ke Bogor.", "Ya"})) << words;
  }
}

// A later paragraph's sentences follow the earlier ones' and keep their token indices absolute.
TEST(Sentences, LaterParagraphsAppendTheirSentences) {
  const std::string text = "Ia tiba. Ia pergi.\nMenteri hadir. Rapat dimulai.";
  Document doc;
  doc.text = text;
  const auto size = static_cast<std::uint32_t>(text.size());
  for (auto [start, end] : {std::pair<std::uint32_t, std::uint32_t>{0, 18}, {19, size}}) {
    Paragraph p;
    p.start = start;
    p.end = end;
    p.tok_begin = static_cast<std::uint32_t>(doc.tokens.list.size());
    tokenize(text, start, end, doc.tokens);
    p.tok_end = static_cast<std::uint32_t>(doc.tokens.list.size());
    doc.paragraphs.push_back(p);
    split_sentences(doc, static_cast<std::uint32_t>(doc.paragraphs.size() - 1));
  }
  ASSERT_EQ(doc.sentences.size(), 4u);
  EXPECT_EQ(doc.paragraphs[1].sent_begin, 2u);
  EXPECT_EQ(doc.paragraphs[1].sent_end, 4u);
  EXPECT_EQ(text.substr(doc.sentences[2].start, doc.sentences[2].end - doc.sentences[2].start), "Menteri hadir.");
  EXPECT_EQ(doc.sentences[2].tok_begin, doc.paragraphs[1].tok_begin);
  EXPECT_EQ(doc.sentences[3].paragraph, 1u);
}

// A splitter fed the tokens a few at a time closes the same sentences as one fed them whole: a
// mark whose following tokens have not all come is left for the next call.
TEST(Sentences, TokensFedInPiecesSplitAsWhole) {
  const std::string text =
      "Ia tiba di Jl. Sudirman pukul 15.30. M. Hatta hadir?! \"Kami siap.\" Ujarnya... Versi 3.0 rilis. "
      "(Foto: Antara) Rapat usai\u2026 \u201cYa.\u201d Tamat.";
  Document doc;
  doc.text = text;
  tokenize(text, 0, static_cast<std::uint32_t>(text.size()), doc.tokens);
  const auto n = static_cast<std::uint32_t>(doc.tokens.list.size());
  doc.paragraphs.push_back({0, static_cast<std::uint32_t>(text.size()), BlockKind::body, 0, n, 0, 0});
  split_sentences(doc, 0);
  const std::vector<Sentence> whole = doc.sentences;
  ASSERT_GE(whole.size(), 7u);
  auto same = [&](const std::vector<Sentence>& got) {
    if (got.size() != whole.size()) return false;
    for (std::size_t i = 0; i < got.size(); ++i)
      if (got[i].start != whole[i].start || got[i].end != whole[i].end || got[i].tok_begin != whole[i].tok_begin ||
          got[i].tok_end != whole[i].tok_end || got[i].paragraph != whole[i].paragraph)
        return false;
    return true;
  };
  for (std::uint32_t step = 1; step <= 4; ++step) {
    for (std::uint32_t first_cut = 1; first_cut < n; ++first_cut) {
      doc.sentences.clear();
      SentenceSplitter splitter(doc, 0);
      for (std::uint32_t avail = first_cut; avail < n; avail += step) splitter.split(avail, false);
      splitter.split(n, true);
      EXPECT_TRUE(same(doc.sentences)) << "step " << step << " first cut " << first_cut;
      EXPECT_EQ(doc.paragraphs[0].sent_end, whole.size());
    }
  }
}

// A paragraph longer than a piece (a one-line body) is read in pieces: the same tokens, sentences
// and date check as one read, for cuts that fall anywhere, between a starting word ("dalam") and
// the word that shows it idle ("suasana") too.
TEST(Sentences, LongParagraphReadInPiecesMatchesOneRead) {
  const DateFinder dates;
  const std::string unit = "Rapat digelar dalam suasana tertib. Ia berkata, \u201cKami siap.\u201d ";
  for (std::size_t shift = 0; shift < unit.size(); shift += 3) {
    for (const std::string_view tail : {"Selesai.", "Rapat usai Senin (8/1/2024)."}) {
      std::string text(shift, 'a');
      text += ' ';
      while (text.size() < 150'000) text += unit;
      text += tail;
      const auto size = static_cast<std::uint32_t>(text.size());
      Document pieces;
      pieces.text = text;
      const bool piece_dates = append_paragraph(pieces, 0, size, BlockKind::body, &dates);
      Document one;
      one.text = text;
      tokenize(text, 0, size, one.tokens);
      const auto n = static_cast<std::uint32_t>(one.tokens.list.size());
      one.paragraphs.push_back({0, size, BlockKind::body, 0, n, 0, 0});
      split_sentences(one, 0);
      EXPECT_EQ(piece_dates, dates.may_hold_date(text, one.tokens, 0, n)) << shift;
      EXPECT_EQ(piece_dates, tail != "Selesai.") << shift;
      ASSERT_EQ(pieces.tokens.list.size(), n);
      EXPECT_EQ(pieces.tokens.folded, one.tokens.folded);
      bool tokens_same = true;
      for (std::uint32_t i = 0; i < n; ++i) {
        const Token &a = pieces.tokens.list[i], &b = one.tokens.list[i];
        tokens_same = tokens_same && a.start == b.start && a.end == b.end && a.hash == b.hash && a.flags == b.flags;
      }
      EXPECT_TRUE(tokens_same) << shift;
      ASSERT_EQ(pieces.sentences.size(), one.sentences.size()) << shift;
      for (std::size_t i = 0; i < one.sentences.size(); ++i)
        EXPECT_TRUE(pieces.sentences[i].start == one.sentences[i].start && pieces.sentences[i].tok_end == one.sentences[i].tok_end);
      EXPECT_EQ(pieces.paragraphs[0].tok_end, n);
      EXPECT_EQ(pieces.paragraphs[0].sent_end, one.sentences.size());
    }
  }
}

}  // namespace
}  // namespace warta::detail

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

}  // namespace
}  // namespace warta::detail

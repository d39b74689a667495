// The layout reader's shortcuts over the lines it reads: a one-line page is the footer's, the
// header's and the body's line at once (each reuses what the others found out about it), and a
// header line without a digit is never read by the date grammar for a timestamp.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dates_test_util.hpp"
#include "layout/article_layout_reader.hpp"

namespace warta::detail {
namespace {

ArticleLayout layout_of(std::string_view text, bool title_given) {
  return read_layout(text, {title_given, false}, dates_testing::finder());
}

std::vector<std::string> texts(std::string_view text, const std::vector<WorkSpan>& spans) {
  std::vector<std::string> out;
  for (const WorkSpan& s : spans) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}

std::vector<std::string> paragraphs(std::string_view text, const ArticleLayout& layout) {
  std::vector<std::string> out;
  for (const Block& b : layout.blocks)
    if (b.kind == BlockKind::body || b.kind == BlockKind::caption) out.emplace_back(text.substr(b.span.start, b.span.end - b.span.start));
  return out;
}

// Every kind of line alone on a page, with the title given: the footer reads it first, and what it
// found must send the header and the body the same way as reading it afresh would.
TEST(LayoutOneLine, FurnitureAloneIsNoParagraph) {
  for (const bool title_given : {true, false}) {
    const std::string boiler = "Simak breaking news dan berita pilihan kami";
    ArticleLayout l = layout_of(boiler, title_given);
    EXPECT_TRUE(paragraphs(boiler, l).empty());
    EXPECT_EQ(texts(boiler, l.boilerplate), std::vector<std::string>{boiler});

    const std::string byline = "Penulis: Andi Pratama | Editor: Siti Rahma";
    l = layout_of(byline, title_given);
    EXPECT_TRUE(paragraphs(byline, l).empty());
    EXPECT_EQ(l.authors, std::vector<std::string>{"Andi Pratama"});
    EXPECT_EQ(l.editors, std::vector<std::string>{"Siti Rahma"});

    const std::string related = "Baca juga: Harga Cabai Naik Jelang Lebaran";
    l = layout_of(related, title_given);
    EXPECT_TRUE(paragraphs(related, l).empty());
    EXPECT_EQ(texts(related, l.related), std::vector<std::string>{"Harga Cabai Naik Jelang Lebaran"});
  }
}

TEST(LayoutOneLine, ProseAloneIsTheBody) {
  const std::string prose = "JAKARTA, KOMPAS.com - Presiden bertemu menteri di Istana, Senin.";
  const ArticleLayout l = layout_of(prose, true);
  EXPECT_EQ(paragraphs(prose, l), std::vector<std::string>{"Presiden bertemu menteri di Istana, Senin."});
  ASSERT_TRUE(l.dateline.has_value());
  EXPECT_EQ(l.dateline->place_name, "Jakarta");
  EXPECT_EQ(l.outlet, "Kompas.com");
}

// The dateline's place in capitals is given title-cased: ASCII letters, others (through
// utf8proc), and an apostrophe that does not start a word.
TEST(LayoutOneLine, DatelinePlaceTitleCased) {
  const auto place = [](const std::string& line) {
    const ArticleLayout l = layout_of(line, true);
    return l.dateline && l.dateline->place_name ? *l.dateline->place_name : std::string("<none>");
  };
  EXPECT_EQ(place("BANDAR LAMPUNG, KOMPAS.com - Gubernur meninjau jalan."), "Bandar Lampung");
  EXPECT_EQ(place("Jakarta, CNN Indonesia -- Menteri tiba di Istana."), "Jakarta");
  EXPECT_EQ(place("\xC3\x89VIAN-LES-BAINS, KOMPAS.com - Menteri tiba di kota itu."), "\xC3\x89vian-Les-Bains");
  EXPECT_EQ(place("M\xC3\x9CNCHEN, KOMPAS.com - Menteri tiba di kota itu."), "M\xC3\xBCnchen");
  EXPECT_EQ(place("N'DJAMENA, KOMPAS.com - Menteri tiba di kota itu."), "N'djamena");
}

// A caption as the first body line, found by the header and handed over to the body.
TEST(LayoutOneLine, CaptionThenProse) {
  const std::string text =
      "Warga antre minyak goreng di pasar (Foto: ANTARA/Budi)\n"
      "Harga minyak goreng naik lagi pekan ini, kata pedagang di Pasar Senen.";
  const ArticleLayout l = layout_of(text, true);
  EXPECT_EQ(paragraphs(text, l), (std::vector<std::string>{"Warga antre minyak goreng di pasar",
                                                           "Harga minyak goreng naik lagi pekan ini, kata pedagang di Pasar Senen."}));
}

// The header asks the date grammar for a stamp only on a line with a digit: a year (and a day) can
// only be written in digits, so a line without one is never a stamp.
TEST(LayoutStamp, NoStampWithoutADigit) {
  const DateFinder& dates = dates_testing::finder();
  for (std::string_view line : {"Senin, tujuh belas Agustus", "Kemarin sore", "Hari ini", "Idul Fitri tahun lalu",
                                "Tahun Baru Imlek", "Jumat pekan depan WIB", "Selasa pagi", "HUT RI ke tujuh puluh"})
    EXPECT_FALSE(dates.parse_stamp(line).has_value()) << line;
  // The same lines with their numbers in digits are stamps, and read as such.
  for (std::string_view line : {"Senin, 17 Agustus 2020", "Selasa, 16 Juli 2024 10:15 WIB"})
    EXPECT_TRUE(dates.parse_stamp(line).has_value()) << line;
  const std::string page = "Judul Berita Hari Ini\nSelasa, 16 Juli 2024 10:15 WIB\nWarga antre minyak goreng di pasar.";
  const ArticleLayout l = layout_of(page, false);
  ASSERT_TRUE(l.published.has_value());
  EXPECT_EQ(l.published->year, 2024);
  EXPECT_EQ(l.published->day, 16);
  EXPECT_EQ(paragraphs(page, l), std::vector<std::string>{"Warga antre minyak goreng di pasar."});
}

}  // namespace
}  // namespace warta::detail

// The line recognizers of the layout reader: bylines, related links, boilerplate, tags, captions.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "layout/line_patterns.hpp"

namespace warta::detail {
namespace {

struct Names {
  std::vector<std::string> authors, editors;
  friend bool operator==(const Names&, const Names&) = default;
};

Names byline(std::string_view line) {
  Names n;
  for (const BylineField& f : parse_byline(line))
    for (std::string& name : split_names(f.value))
      (f.role == BylineRole::author ? n.authors : n.editors).push_back(std::move(name));
  return n;
}

using V = std::vector<std::string>;

TEST(Byline, LabelledFields) {
  EXPECT_EQ(byline("Penulis: Laras Wicaksari"), (Names{{"Laras Wicaksari"}, {}}));
  EXPECT_EQ(byline("Reporter : Bidara Pink"), (Names{{"Bidara Pink"}, {}}));
  EXPECT_EQ(byline("Pewarta: Yashinta Difa Pramudyani"), (Names{{"Yashinta Difa Pramudyani"}, {}}));
  EXPECT_EQ(byline("Editor: Yogi Pramudita"), (Names{{}, {"Yogi Pramudita"}}));
  EXPECT_EQ(byline("Redaktur: Budi Hartono"), (Names{{}, {"Budi Hartono"}}));
}

TEST(Byline, SeveralFieldsOnOneLine) {
  EXPECT_EQ(byline("Penulis: Ihsanuddin | Editor: Sabrina Asril"), (Names{{"Ihsanuddin"}, {"Sabrina Asril"}}));
  EXPECT_EQ(byline("Rep: Dessy Suciati Saputri Red: Joko Sadewo"), (Names{{"Dessy Suciati Saputri"}, {"Joko Sadewo"}}));
  EXPECT_EQ(byline("Reporter: Bidara Pink | Editor: Handoyo"), (Names{{"Bidara Pink"}, {"Handoyo"}}));
}

TEST(Byline, OlehAndTribunReports) {
  EXPECT_EQ(byline("Oleh Tanti Yulianingsih"), (Names{{"Tanti Yulianingsih"}, {}}));
  EXPECT_EQ(byline("Oleh : Natania Longdong, Lazuardhi Utama"), (Names{{"Natania Longdong", "Lazuardhi Utama"}, {}}));
  EXPECT_EQ(byline("Laporan Wartawan Tribunnews.com, Taufik Ismail"), (Names{{"Taufik Ismail"}, {}}));
  EXPECT_EQ(byline("Laporan Wartawan TribunJakarta.com, Yusuf Bachtiar"), (Names{{"Yusuf Bachtiar"}, {}}));
}

TEST(Byline, DetikAndOkezoneForms) {
  EXPECT_EQ(byline("Novi Christiastuti - detikNews"), (Names{{"Novi Christiastuti"}, {}}));
  EXPECT_EQ(byline("Rahman Asmardika , Jurnalis \xC2\xB7 Rabu 19 Juni 2024 10:12 WIB"), (Names{{"Rahman Asmardika"}, {}}));
}

TEST(Byline, NamesSplitOnDanAndCommas) {
  EXPECT_EQ(split_names("Andi Pratama, Siti Nurjanah dan Budi Hartono"), (V{"Andi Pratama", "Siti Nurjanah", "Budi Hartono"}));
  EXPECT_EQ(split_names("Rina Hartati (Kontributor)"), (V{"Rina Hartati"}));
}

TEST(Byline, ProseAndLinksAreNotBylines) {
  EXPECT_TRUE(parse_byline("Pilihan Editor: Harga Beras Naik, Bulog Guyur Stok").empty());
  EXPECT_TRUE(parse_byline("Oleh karena itu, pemerintah menaikkan anggaran subsidi tahun depan.").empty());
  EXPECT_TRUE(parse_byline("Presiden tiba di Bogor pada pukul 10.00 WIB.").empty());
}

TEST(Byline, BareLabels) {
  EXPECT_EQ(bare_byline_label("Penulis"), BylineRole::author);
  EXPECT_EQ(bare_byline_label(" Editor "), BylineRole::editor);
  EXPECT_FALSE(bare_byline_label("Oleh").has_value());
  EXPECT_FALSE(bare_byline_label("Penulis buku itu").has_value());
}

TEST(RelatedLink, EveryLabelForm) {
  EXPECT_EQ(related_link("Baca juga: Jepang Tambah Kuota Pekerja"), "Jepang Tambah Kuota Pekerja");
  EXPECT_EQ(related_link("Baca Juga : Putin Tiba di Hanoi"), "Putin Tiba di Hanoi");
  EXPECT_EQ(related_link("BACA JUGA: Transjakarta Tambah Rute"), "Transjakarta Tambah Rute");
  EXPECT_EQ(related_link("Baca: Albanese ke Bogor"), "Albanese ke Bogor");
  EXPECT_EQ(related_link("Pilihan Editor: Harga Beras Naik"), "Harga Beras Naik");
  // The link text lost by the scraper.
  EXPECT_EQ(related_link("Baca Juga :"), std::string_view{});
  EXPECT_EQ(related_link("BACA JUGA"), std::string_view{});
}

TEST(RelatedLink, LabelsInAnyCaseOfTheirFirstBytes) {
  // Labels are found by their first two bytes in either case, then read whole.
  EXPECT_EQ(related_link("bACA jUGA: Jepang Tambah Kuota"), "Jepang Tambah Kuota");
  EXPECT_EQ(related_link("tONTON JUGA: Video Kunjungan"), "Video Kunjungan");
  EXPECT_EQ(byline("pENULIS: Laras Wicaksari | eDITOR: Yogi Pramudita"), (Names{{"Laras Wicaksari"}, {"Yogi Pramudita"}}));
  EXPECT_TRUE(is_boilerplate_line("sIMAK vIDEO \"Momen Putin di Pyongyang disambut Kim Jong Un\""));
  EXPECT_TRUE(is_boilerplate_line("kREDIT fOTO: ANTARA FOTO/Muhammad Adimaja"));
  // Lines that share only the first byte of a label, or are one byte long.
  EXPECT_FALSE(related_link("Bukan tautan: Jepang Tambah Kuota").has_value());
  EXPECT_FALSE(related_link("B").has_value());
  EXPECT_FALSE(is_boilerplate_line("Sebelumnya, Presiden menerima kunjungan Perdana Menteri Australia di Bogor."));
}

TEST(RelatedLink, ProseIsNotALink) {
  EXPECT_FALSE(related_link("Bacaan doa dipimpin oleh imam masjid.").has_value());
  EXPECT_FALSE(related_link("Baca selengkapnya laporan itu di situs resmi.").has_value());
}

TEST(Boilerplate, PageFurniture) {
  for (const char* line : {"ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Halaman Selanjutnya", "2 dari 2 halaman",
                           "Artikel ini telah tayang di Tribunnews.com dengan judul Banjir",
                           "Simak video \"Momen Putin di Pyongyang\"", "Simak Video \"Momen Putin\"",
                           "Copyright \xC2\xA9 ANTARA 2024", "COPYRIGHT \xC2\xA9 ANTARA 2024", "[Gambas:Video 20detik]",
                           "(abc/xyz)", "(nvc/ita)", "[vvn]", "(ahm)", "Foto: Istimewa",
                           "Foto: ANTARA FOTO/Aditya Pradana Putra", "Bagikan :",
                           "Follow Berita Okezone di Google News"})
    EXPECT_TRUE(is_boilerplate_line(line)) << line;
}

// A short line is compared with the exact furniture lines of its own length only: each of them,
// in any case, and no line of the same length that differs.
TEST(Boilerplate, ExactLinesByTheirLength) {
  for (std::string_view line : {"ADVERTISEMENT", "Advertisement", "SCROLL TO CONTINUE WITH CONTENT", "Bagikan :", "Bagikan:",
                                "Bagikan", "Halaman Selanjutnya", "Halaman Berikutnya", "loading...", "Share",
                                "Tonton Video", "Komentar"}) {
    EXPECT_TRUE(is_boilerplate_line(line)) << line;
    std::string upper(line), lower(line);
    for (char& c : upper) c = ascii_upper(c);
    for (char& c : lower) c = ascii_lower(c);
    EXPECT_TRUE(is_boilerplate_line(upper)) << upper;
    EXPECT_TRUE(is_boilerplate_line(lower)) << lower;
    if (line.starts_with("Halaman")) continue;  // any short "Halaman …" line is furniture
    std::string other(line);
    other.back() = other.back() == 'q' ? 'w' : 'q';
    EXPECT_FALSE(is_boilerplate_line(other)) << other;
    EXPECT_FALSE(is_boilerplate_line(std::string(line) + "s")) << line << "s";
  }
}

TEST(Boilerplate, ArticleTextIsNot) {
  for (const char* line : {"Presiden tiba di Bogor.", "Foto: suasana festival di kawasan Kembang Jepun, Surabaya.",
                           "Halaman istana dipenuhi warga yang ingin melihat kedatangan tamu negara.",
                           "(Kiri ke kanan) Menteri Luar Negeri dan Menteri Pertahanan berfoto bersama.",
                           "Simakrama digelar di Denpasar."})
    EXPECT_FALSE(is_boilerplate_line(line)) << line;
}

TEST(Boilerplate, LongLinesByTheirOpening) {
  // Past the length of any exact furniture line, a line is read only when its first byte can open
  // a label or a tag: these pass that check and are furniture.
  for (const char* line : {"ARTIKEL INI TELAH TAYANG DI KOMPAS.COM DENGAN JUDUL \"Banjir Rob Landa Pesisir\"",
                           "Sumber AFP, Reuters dan kantor berita Yonhap",
                           "Foto: ANTARA FOTO/Muhammad Adimaja/nym",
                           "(Foto: ANTARA/Muhammad Adimaja/nym)",
                           "[Gambas:Video 20detik] Putin tiba di Pyongyang disambut Kim Jong Un"})
    EXPECT_TRUE(is_boilerplate_line(line)) << line;
  // And these open like furniture but are prose.
  for (const char* line : {"Sumber di kementerian menyebut kunjungan itu sudah direncanakan sejak awal tahun lalu.",
                           "(Dalam pernyataannya) Menteri menyebut kerja sama itu berjalan baik sejak 2019.",
                           "Hak warga untuk memilih dijamin undang-undang, kata ketua komisi itu di Jakarta.",
                           "Warga memadati halaman balai kota sejak pagi untuk melihat kedatangan tamu negara."})
    EXPECT_FALSE(is_boilerplate_line(line)) << line;
}

TEST(TrailingTag, InitialsAndCredits) {
  auto cut = [](std::string_view p) { return std::string(p.substr(0, p.size() - trailing_tag_length(p))); };
  EXPECT_EQ(cut("Presiden tiba di Bogor. (mcr5/jpnn)"), "Presiden tiba di Bogor.");
  EXPECT_EQ(cut("Presiden tiba di Bogor. [vvn]"), "Presiden tiba di Bogor.");
  EXPECT_EQ(cut("Presiden tiba di Bogor. (ant)"), "Presiden tiba di Bogor.");
  // What a scraper leaves after the tag goes with it; a paragraph ending otherwise has no tag.
  EXPECT_EQ(cut("Presiden tiba di Bogor. (ant), \r"), "Presiden tiba di Bogor.");
  EXPECT_EQ(cut("Presiden tiba di Bogor. [vvn] ,"), "Presiden tiba di Bogor.");
  EXPECT_EQ(cut("Presiden tiba di Bogor (ant) hari ini."), "Presiden tiba di Bogor (ant) hari ini.");
  EXPECT_EQ(cut(""), "");
  EXPECT_EQ(cut("Putin disambut Kim (KCNA via REUTERS)"), "Putin disambut Kim");
  EXPECT_EQ(cut("Xi Jinping di Beijing. (AP Photo/Andy Wong)"), "Xi Jinping di Beijing.");
  // Prose in brackets stays.
  EXPECT_EQ(cut("Ia dirawat di rumah sakit (rs)"), "Ia dirawat di rumah sakit (rs)");
  EXPECT_EQ(cut("kode tata berperilaku (code of conduct)"), "kode tata berperilaku (code of conduct)");
  EXPECT_EQ(cut("Korea Utara (Korut)"), "Korea Utara (Korut)");
}

TEST(Caption, CreditMarkers) {
  EXPECT_TRUE(looks_like_caption("Foto: Presiden Joko Widodo di Istana Bogor (Antara)"));
  EXPECT_TRUE(looks_like_caption("Retno Marsudi (kanan) berjabat tangan dengan Yoko Kamikawa. (Dok. Kemlu RI)"));
  EXPECT_TRUE(looks_like_caption("Retno Marsudi (kiri) bersama Wang Yi. (AFP/TIMOTHY A. CLARY)"));
  EXPECT_FALSE(looks_like_caption("Presiden Joko Widodo menerima kunjungan Perdana Menteri Australia."));
}

TEST(Caption, MarkersAnywhereAndInAnyCase) {
  // Each marker at the start, in the middle and at the very end (the last, partial block).
  for (const char* marker : {"Foto:", "FOTO:", "(Foto", "(dok.", "ANTARA/", "antara foto", "(Reuters", "(AP PHOTO", "(afp",
                             "(kiri)", "(kanan)"}) {
    const std::string m = marker;
    EXPECT_TRUE(looks_like_caption(m + " Presiden menyapa warga")) << m;
    EXPECT_TRUE(looks_like_caption("Presiden menyapa warga " + m + " di Bogor")) << m;
    EXPECT_TRUE(looks_like_caption("Presiden menyapa warga di Bogor " + m)) << m;
  }
  // "(kiri)" and "(kanan)" are read as written; the rest only as whole markers.
  for (const char* line : {"Presiden (KIRI) menyapa warga", "Presiden (Kanan) menyapa warga",
                           "Fotografer ANTARA menunggu di depan istana", "Konferensi pers (DOK) digelar di Jakarta",
                           "ANTARA melaporkan dari Jakarta/Bogor", "Foto bersama di depan istana",
                           "Presiden\x08 menyapa\x0F warga (AF"})
    EXPECT_FALSE(looks_like_caption(line)) << line;
  EXPECT_FALSE(looks_like_caption(std::string(601, 'a') + " Foto: Istimewa"));
}

TEST(Helpers, CaseInsensitiveSearchAtEveryOffset) {
  // Every position of the needle, in every case, from every start, against a plain scan.
  const std::string_view needle = "JurNalis";
  for (std::size_t at = 0; at <= 20; ++at) {
    for (const char* form : {"Jurnalis", "JURNALIS", "jurnalis"}) {
      std::string line(20, 'j');
      line.insert(at, form);
      line += " \xC2\xB7 Rabu";
      for (std::size_t from = 0; from <= line.size() + 1; ++from) {
        std::size_t expected = std::string_view::npos;
        for (std::size_t i = from; i + needle.size() <= line.size() && expected == std::string_view::npos; ++i)
          if (iequals(std::string_view(line).substr(i, needle.size()), needle)) expected = i;
        EXPECT_EQ(ifind(line, needle, from), expected) << line << " from " << from;
      }
    }
  }
  // Short lines, whose last bytes are read piecewise: the needle at their very end, or cut short
  // by it, in every length up to two blocks and a half.
  for (std::size_t length = 0; length <= 20; ++length) {
    for (std::string_view tail : {"dari", "DARI", "dar", " dari", "d"}) {
      std::string line = std::string(length, 'x') + std::string(tail);
      for (std::string_view n : {std::string_view("dari"), std::string_view(" dari"), std::string_view("x")}) {
        for (std::size_t from = 0; from <= line.size(); ++from) {
          std::size_t expected = std::string_view::npos;
          for (std::size_t i = from; i + n.size() <= line.size() && expected == std::string_view::npos; ++i)
            if (iequals(std::string_view(line).substr(i, n.size()), n)) expected = i;
          EXPECT_EQ(ifind(line, n, from), expected) << line << " / " << n << " from " << from;
        }
      }
    }
  }
  // Needles that open with a space, a bracket or a non-ASCII byte match that byte only.
  EXPECT_EQ(ifind("2 dari 2 halaman", " dari "), 1u);
  EXPECT_EQ(ifind("Foto (ANTARA/Ho)", "(antara"), 5u);
  EXPECT_EQ(ifind("Foto\x08antara/", "(antara"), std::string_view::npos);
  EXPECT_EQ(ifind("kata \xE2\x80\x9C" "dia\xE2\x80\x9D", "\xE2\x80\x9D"), 11u);
  EXPECT_EQ(ifind("Jurnalis", "Jurnalis", 1), std::string_view::npos);
  EXPECT_EQ(ifind("", "a"), std::string_view::npos);
}

TEST(Helpers, TrimAndCaseInsensitiveSearch) {
  EXPECT_EQ(trim(" \xC2\xA0 Jakarta\t\r\n\xC2\xA0"), "Jakarta");
  EXPECT_EQ(trim(std::string_view("\0a\0", 3)), "a");
  // Quotation marks and dashes (U+2010..U+201F) are kept at either end; the separators and
  // zero-width characters just past them (U+2028, U+200B) are white space.
  EXPECT_EQ(trim("\xE2\x80\x9C" "Kami siap,\xE2\x80\x9D"), "\xE2\x80\x9C" "Kami siap,\xE2\x80\x9D");
  EXPECT_EQ(trim("\xE2\x80\x94 kata dia \xE2\x80\x93"), "\xE2\x80\x94 kata dia \xE2\x80\x93");
  EXPECT_EQ(trim("\xE2\x80\xA8" "Kami siap\xE2\x80\x8B"), "Kami siap");
  EXPECT_EQ(trim("\xE2\x80\x9D"), "\xE2\x80\x9D");
  EXPECT_EQ(trim("a\xE2\x80"), "a\xE2\x80");
  EXPECT_TRUE(iequals("KOMPAS.com", "kompas.COM"));
  EXPECT_EQ(ifind("Artikel ini TELAH tayang", "telah"), 12u);
  EXPECT_EQ(ifind("abc", "abcd"), std::string_view::npos);
  EXPECT_TRUE(looks_like_name("Andika Hendra Mustaqim"));
  EXPECT_FALSE(looks_like_name("Presiden tiba di Bogor pada pukul 10"));
}

}  // namespace
}  // namespace warta::detail

namespace warta::detail {
namespace {

// The layout's byte classes are ASCII's, whatever locale the host program has set: a byte of a
// UTF-8 sequence (0x80-0xFF) is never a letter or digit here, and case changes only A-Z / a-z.
TEST(LineAsciiClasses, EveryByteIsClassedAsAsciiDefinesIt) {
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const bool upper = b >= 'A' && b <= 'Z', lower = b >= 'a' && b <= 'z', digit = b >= '0' && b <= '9';
    EXPECT_EQ(ascii_upper_letter(c), upper) << b;
    EXPECT_EQ(ascii_lower_letter(c), lower) << b;
    EXPECT_EQ(ascii_letter(c), upper || lower) << b;
    EXPECT_EQ(ascii_digit(c), digit) << b;
    EXPECT_EQ(ascii_alnum(c), upper || lower || digit) << b;
    EXPECT_EQ(ascii_lower(c), upper ? static_cast<char>(b + 32) : c) << b;
    EXPECT_EQ(ascii_upper(c), lower ? static_cast<char>(b - 32) : c) << b;
  }
}

}  // namespace
}  // namespace warta::detail

// Outlet normalization and the dateline matcher.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "layout/outlets.hpp"

namespace warta::detail {
namespace {

TEST(OutletName, NormalizesKnownForms) {
  EXPECT_EQ(outlet_name("TRIBUNNEWS.COM"), "Tribunnews");
  EXPECT_EQ(outlet_name("KOMPAS.com"), "Kompas.com");
  EXPECT_EQ(outlet_name("(ANTARA)"), "Antara");
  EXPECT_EQ(outlet_name("CNN Indonesia"), "CNN Indonesia");
  EXPECT_EQ(outlet_name("detikNews"), "Detik");
  EXPECT_EQ(outlet_name("detikFinance"), "Detik");
  EXPECT_EQ(outlet_name("kumparanBISNIS"), "Kumparan");
  EXPECT_EQ(outlet_name("Liputan6.com"), "Liputan6");
  EXPECT_EQ(outlet_name("REPUBLIKA.CO.ID"), "Republika");
  EXPECT_EQ(outlet_name("KONTAN.CO.ID"), "Kontan");
  EXPECT_EQ(outlet_name("TEMPO.CO"), "Tempo");
  EXPECT_EQ(outlet_name("IDN Times"), "IDN Times");
  EXPECT_EQ(outlet_name("(VOA)"), "VOA Indonesia");
  EXPECT_EQ(outlet_name("iNews.id"), "iNews");
  EXPECT_EQ(outlet_name("VIVA"), "Viva");
  EXPECT_EQ(outlet_name("SKOR.id"), "Skor.id");
}

// Every key of the outlet table is found (the look-up is a binary search over the keys ordered by
// length), written as the key itself and in capitals with a domain.
TEST(OutletName, EveryKnownKey) {
  const std::pair<std::string, std::string> outlets[] = {
      {"tribunnews", "Tribunnews"}, {"kompas", "Kompas.com"}, {"kompascom", "Kompas.com"}, {"kompasid", "Kompas"},
      {"kompastv", "Kompas TV"}, {"detik", "Detik"}, {"detiknews", "Detik"}, {"detikcom", "Detik"},
      {"detiksport", "Detik"}, {"detikfinance", "Detik"}, {"detikinet", "Detik"}, {"detikhealth", "Detik"},
      {"detikoto", "Detik"}, {"detikhot", "Detik"}, {"cnnindonesia", "CNN Indonesia"},
      {"cnnindonesiacom", "CNN Indonesia"}, {"antara", "Antara"}, {"antaranews", "Antara"}, {"tempo", "Tempo"},
      {"tempoco", "Tempo"}, {"liputan6", "Liputan6"}, {"republika", "Republika"}, {"okezone", "Okezone"},
      {"kontan", "Kontan"}, {"sindonews", "Sindonews"}, {"idntimes", "IDN Times"}, {"kumparan", "Kumparan"},
      {"kumparancom", "Kumparan"}, {"voaindonesia", "VOA Indonesia"}, {"voa", "VOA Indonesia"}, {"inews", "iNews"},
      {"inewsid", "iNews"}, {"viva", "Viva"}, {"vivanews", "Viva"}, {"bisnis", "Bisnis.com"},
      {"bisniscom", "Bisnis.com"}, {"bolasport", "BolaSport.com"}, {"jpnn", "JPNN"}, {"skor", "Skor.id"},
      {"suara", "Suara.com"}, {"merdeka", "Merdeka.com"}, {"jawapos", "Jawa Pos"},
      {"mediaindonesia", "Media Indonesia"}, {"beritasatu", "Beritasatu"}, {"wowkeren", "WowKeren"},
      {"kapanlagi", "KapanLagi.com"}, {"fimela", "Fimela"}, {"posmetro", "Posmetro Medan"},
      {"posmetromedan", "Posmetro Medan"}, {"katadata", "Katadata"}, {"cnbcindonesia", "CNBC Indonesia"},
      {"bola", "Bola.com"}, {"grid", "Grid.id"}, {"medcom", "Medcom.id"}, {"metrotvnews", "Metro TV"},
      {"rmol", "RMOL"}, {"jakartapost", "The Jakarta Post"}, {"thejakartapost", "The Jakarta Post"},
  };
  for (const auto& [key, name] : outlets) {
    EXPECT_EQ(outlet_name(key), name) << key;
    std::string upper = key + ".com";
    for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    EXPECT_EQ(outlet_name(upper), name) << upper;
  }
  EXPECT_FALSE(outlet_name("kompasx").has_value());
  EXPECT_FALSE(outlet_name("Bogor").has_value());
}

TEST(OutletName, RegionalTribunAndUnknownDomains) {
  EXPECT_EQ(outlet_name("TRIBUNJAKARTA.COM"), "TribunJakarta");
  EXPECT_EQ(outlet_name("TribunJateng.com"), "TribunJateng");
  EXPECT_EQ(outlet_name("PESISIRNEWS.ID"), "Pesisirnews.id");
  EXPECT_FALSE(outlet_name("JAKARTA").has_value());
  EXPECT_FALSE(outlet_name("Presiden").has_value());
  EXPECT_FALSE(outlet_name("").has_value());
}

TEST(OutletInFooter, FindsTheOutletWord) {
  EXPECT_EQ(outlet_in_footer("COPYRIGHT \xC2\xA9 ANTARA 2024"), "Antara");
  EXPECT_EQ(outlet_in_footer("Follow Berita Okezone di Google News"), "Okezone");
  EXPECT_EQ(outlet_in_footer("(mcr5/jpnn)"), "JPNN");
  EXPECT_EQ(outlet_in_footer("Artikel ini telah tayang di TribunJakarta.com dengan judul X"), "TribunJakarta");
  EXPECT_FALSE(outlet_in_footer("Presiden tiba di Bogor.").has_value());
}

struct Expect {
  std::string text, outlet, place;
};

Expect dateline(std::string_view line) {
  auto m = match_dateline(line);
  if (!m) return {"<none>", "", ""};
  return {std::string(line.substr(0, m->length)), m->outlet.value_or(""),
          std::string(line.substr(m->place_start, m->place_end - m->place_start))};
}

void expect_dateline(std::string_view line, const std::string& text, const std::string& outlet, const std::string& place) {
  Expect e = dateline(line);
  EXPECT_EQ(e.text, text) << line;
  EXPECT_EQ(e.outlet, outlet) << line;
  EXPECT_EQ(e.place, place) << line;
}

TEST(Dateline, EveryOutletForm) {
  expect_dateline("TRIBUNNEWS.COM, JAKARTA - Menteri tiba.", "TRIBUNNEWS.COM, JAKARTA -", "Tribunnews", "JAKARTA");
  expect_dateline("TRIBUNNEWS.COM - Menteri tiba.", "TRIBUNNEWS.COM -", "Tribunnews", "");
  expect_dateline("JAKARTA, KOMPAS.com - Menteri tiba.", "JAKARTA, KOMPAS.com -", "Kompas.com", "JAKARTA");
  expect_dateline("Jakarta, CNN Indonesia -- Menteri tiba.", "Jakarta, CNN Indonesia --", "CNN Indonesia", "Jakarta");
  expect_dateline("Jakarta (ANTARA) - Menteri tiba.", "Jakarta (ANTARA) -", "Antara", "Jakarta");
  expect_dateline("Liputan6.com, Hanoi - Putin tiba.", "Liputan6.com, Hanoi -", "Liputan6", "Hanoi");
  expect_dateline("REPUBLIKA.CO.ID, BEIJING -- Xi menerima.", "REPUBLIKA.CO.ID, BEIJING --", "Republika", "BEIJING");
  expect_dateline("KONTAN.CO.ID - WASHINGTON. Bank sentral AS.", "KONTAN.CO.ID - WASHINGTON.", "Kontan", "WASHINGTON");
  expect_dateline("TEMPO.CO, Jakarta - Menteri tiba.", "TEMPO.CO, Jakarta -", "Tempo", "Jakarta");
  expect_dateline("Jakarta, IDN Times - Menteri tiba.", "Jakarta, IDN Times -", "IDN Times", "Jakarta");
  expect_dateline("WASHINGTON DC (VOA) \xE2\x80\x94 AS dan Indonesia.", "WASHINGTON DC (VOA) \xE2\x80\x94", "VOA Indonesia",
                  "WASHINGTON DC");
  expect_dateline("WASHINGTON, iNews.id - Biden menerima.", "WASHINGTON, iNews.id -", "iNews", "WASHINGTON");
  expect_dateline("VIVA \xE2\x80\x93 Presiden Rusia.", "VIVA \xE2\x80\x93", "Viva", "");
}

TEST(Dateline, BarePlacesAndGluedDomains) {
  expect_dateline("PYONGYANG - Kim Jong Un menyambut.", "PYONGYANG -", "", "PYONGYANG");
  expect_dateline("Beijing - Kim Jong Un tiba.", "Beijing -", "", "Beijing");
  expect_dateline("BANDAR LAMPUNG - Gubernur meninjau.", "BANDAR LAMPUNG -", "", "BANDAR LAMPUNG");
  expect_dateline("SKOR.idJonatan Christie melaju ke final.", "SKOR.id", "Skor.id", "");
  expect_dateline("Bola.comMarquez kembali menang di Mandalika.", "Bola.com", "Bola.com", "");
}

// The glued domain is looked for in the line's first word only: one that comes after a space, or
// past the first 30 bytes, is no dateline.
TEST(Dateline, GluedDomainOnlyAsTheFirstWord) {
  EXPECT_FALSE(match_dateline("Menurut SKOR.idJonatan Christie melaju ke final.").has_value());
  EXPECT_FALSE(match_dateline("Laga itu disiarkan.Kata Bola.comMarquez menang.").has_value());
  EXPECT_FALSE(match_dateline("Sebuahkatapanjangsekalitanpaspasi.idJonatan melaju.").has_value());
  expect_dateline("Sebuahkatapanjangsekali.idJonatan melaju.", "Sebuahkatapanjangsekali.id", "Sebuahkatapanjangsekali.id",
                  "");
}

TEST(Dateline, ProseIsNotADateline) {
  EXPECT_FALSE(match_dateline("Presiden Joko Widodo menerima kunjungan - kata dia - di Bogor.").has_value());
  EXPECT_FALSE(match_dateline("Skor akhir 2 - 1 untuk Indonesia.").has_value());
  EXPECT_FALSE(match_dateline("Menurut dia, kerja sama itu - yang dimulai 2019 - berjalan baik.").has_value());
  EXPECT_FALSE(match_dateline("").has_value());
  EXPECT_FALSE(match_dateline(" - ").has_value());
}

}  // namespace
}  // namespace warta::detail

// One Engine shared by eight threads: every thread reads the same articles many times, and every
// warta/1 JSON must be byte-identical to a single-threaded run. The TSan build (scripts/sanitize.sh)
// runs these tests to catch data races in state the Engine shares between calls (its pool of
// work buffers among them).
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "warta/warta.hpp"

namespace {

struct Article {
  std::string_view text;
  std::string_view published;
};

// Project-written articles in the style of Indonesian online news: a header layout, quotes,
// dates, a summit, related links, mojibake.
constexpr Article kArticles[] = {
    {"Putin Kunjungi Pyongyang, Bahas Kerja Sama Militer dengan Kim Jong Un\n"
     "Kompas.com - 19/06/2024, 10:12 WIB\n\n"
     "PYONGYANG, KOMPAS.com - Presiden Rusia Vladimir Putin bertemu dengan pemimpin Korea Utara Kim Jong Un di "
     "Pyongyang, Rabu (19/6/2024). Kunjungan kenegaraan ini merupakan lawatan pertama Putin ke Korea Utara dalam "
     "24 tahun.\n\n"
     "\u201cKami sepakat memperkuat kerja sama ekonomi dan militer,\u201d kata Putin seperti dikutip TASS.\n\n"
     "Baca juga: Kim Jong Un Sambut Putin di Bandara Sunan\n\n"
     "Menurut Kim, kedua negara akan menandatangani perjanjian kemitraan strategis. Menteri Luar Negeri Rusia "
     "Sergey Lavrov turut hadir dalam pertemuan tersebut.\n\n"
     "Penulis: Tiara Shelavie\nEditor: Bobby Wiratama\n",
     "2024-06-19"},
    {"JAKARTA, KOMPAS.com - Presiden Joko Widodo menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim di "
     "Istana Bogor, Jawa Barat, Senin (8/1/2024). Kedua pemimpin membahas percepatan perundingan batas laut.\n\n"
     "\"Kita sepakat menyelesaikan batas laut di Selat Malaka tahun ini,\" ujar Jokowi dalam konferensi pers "
     "bersama.\n\n"
     "Anwar mengatakan, Malaysia siap membuka pasar lebih luas bagi produk Indonesia. Pertemuan berikutnya "
     "dijadwalkan digelar di Kuala Lumpur pada Juni mendatang.",
     "2024-01-08"},
    {"Harga Beras Naik Jelang Lebaran\n\n"
     "SURABAYA - Harga beras medium di sejumlah pasar tradisional di Surabaya naik sejak pekan lalu. Kepala Dinas "
     "Perdagangan Jawa Timur mengatakan kenaikan terjadi karena pasokan dari daerah sentra berkurang.\n\n"
     "Menurut dia, harga akan kembali normal dua pekan setelah panen raya pada akhir Maret.",
     "2024-03-04"},
    {"\xC3\xA2\xE2\x82\xAC\xC5\x93Kami tidak akan mundur,\xC3\xA2\xE2\x82\xAC\xC2\x9D kata Ketua DPR Puan Maharani "
     "di Gedung DPR, Jakarta, Kamis (20/6/2024).\xC2\xA0Ia menambahkan bahwa rapat paripurna digelar pukul "
     "10.00 WIB.\r\n\r\n"
     "Dilansir dari Antara, Menteri Keuangan Sri Mulyani Indrawati menghadiri rapat tersebut.",
     "2024-06-20"},
    {"Menlu Retno Bertemu Menlu China Wang Yi di Sela-sela KTT ASEAN\n\n"
     "VIENTIANE - Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri China Wang Yi di sela-sela "
     "KTT ke-44 ASEAN di Vientiane, Laos, Kamis (25/7/2024). Keduanya membahas situasi di Laut China Selatan.\n\n"
     "\u201cIndonesia ingin kawasan yang damai dan stabil,\u201d tegas Retno. Wang Yi menyatakan China menghormati "
     "sentralitas ASEAN.",
     "2024-07-25"},
};

std::string extract_json(const warta::Engine& engine, const Article& a) {
  const warta::Result r = engine.extract({.text = a.text, .published = a.published},
                                         {.invalid_utf8 = warta::InvalidUtf8::replace});
  return warta::to_json(r);
}

TEST(Concurrency, EightThreadsOnOneEngineMatchOneThread) {
  const warta::Engine engine;
  std::vector<std::string> expected;
  for (const Article& a : kArticles) expected.push_back(extract_json(engine, a));

  constexpr int kThreads = 8;
  constexpr int kRounds = 10;
  std::atomic<int> mismatches{0};
  std::atomic<int> failures{0};
  {
    std::vector<std::jthread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        for (int round = 0; round < kRounds; ++round) {
          // Each thread starts at a different article so threads overlap on different inputs.
          for (std::size_t k = 0; k < std::size(kArticles); ++k) {
            const std::size_t i = (k + static_cast<std::size_t>(t)) % std::size(kArticles);
            try {
              if (extract_json(engine, kArticles[i]) != expected[i]) mismatches.fetch_add(1);
            } catch (const std::exception&) {
              failures.fetch_add(1);
            }
          }
        }
      });
    }
  }
  EXPECT_EQ(mismatches.load(), 0);
  EXPECT_EQ(failures.load(), 0);
}

// Threads take turns between long and short articles, so the work buffers one call leaves behind
// (sized for a long body, or a short one) are picked up by other threads' calls; every result
// must equal a fresh Engine's.
TEST(Concurrency, LongAndShortArticlesInTurnMatchAFreshEngine) {
  std::vector<std::string> texts;
  for (const Article& a : kArticles) {
    texts.emplace_back(a.text);
    std::string long_text(a.text);
    while (long_text.size() < 40'000) (long_text += "\n\n") += a.text;
    texts.push_back(std::move(long_text));
  }
  std::vector<std::string> expected;
  const warta::Engine fresh;
  for (std::size_t i = 0; i < texts.size(); ++i) expected.push_back(extract_json(fresh, {texts[i], kArticles[i / 2].published}));

  const warta::Engine engine;
  constexpr int kThreads = 4;
  constexpr int kRounds = 3;
  std::atomic<int> mismatches{0};
  {
    std::vector<std::jthread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        for (int round = 0; round < kRounds; ++round)
          for (std::size_t k = 0; k < texts.size(); ++k) {
            const std::size_t i = (k + static_cast<std::size_t>(t) * 3) % texts.size();
            if (extract_json(engine, {texts[i], kArticles[i / 2].published}) != expected[i]) mismatches.fetch_add(1);
          }
      });
    }
  }
  EXPECT_EQ(mismatches.load(), 0);
}

TEST(Concurrency, CopiesOfAnEngineShareItAcrossThreads) {
  const warta::Engine original;
  const std::string expected = extract_json(original, kArticles[0]);
  std::atomic<int> mismatches{0};
  {
    std::vector<std::jthread> threads;
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&, copy = original] {
        for (int round = 0; round < 5; ++round)
          if (extract_json(copy, kArticles[0]) != expected) mismatches.fetch_add(1);
      });
    }
  }
  EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace

// Engine::extract into a Result an earlier call filled: whatever that result held, what comes out
// is exactly what a fresh result would hold, and an input the engine refuses leaves it as it was.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "warta/warta.hpp"

namespace {

namespace fs = std::filesystem;

// A call's input, with the hints a caller may give.
struct Case {
  std::string name;
  std::string text;
  std::optional<std::string> title, published;
  bool body_only = false;

  warta::Input input() const {
    warta::Input in{.text = text, .body_only = body_only};
    if (title) in.title = *title;
    if (published) in.published = *published;
    return in;
  }
};

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The project's golden articles (every page layout the reader knows), read without hints, and
// project-written texts that make the result's other fields vary: a given title, a body with many
// names then one with none, a quotation-heavy body, quotations relayed through outlets, mojibake
// to repair, a time in the header.
std::vector<Case> cases() {
  std::vector<Case> out;
  const fs::path dir = fs::path(WARTA_SOURCE_DIR) / "tests" / "golden";
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") out.push_back({e.path().stem().string(), read_bytes(e.path())});
  }
  std::sort(out.begin(), out.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
  out.push_back({"given-title",
                 "Presiden Prabowo Subianto menerima Perdana Menteri Jepang Shigeru Ishiba di Istana Merdeka, "
                 "Jakarta, Sabtu (11/1/2025). \"Kami sepakat memperkuat kerja sama energi,\" kata Prabowo.",
                 "Prabowo Terima PM Jepang di Istana", "2025-01-11"});
  out.push_back({"no-names", "hujan turun sejak pagi dan jalanan mulai tergenang air.", std::nullopt, std::nullopt, true});
  out.push_back({"mojibake",
                 "Menteri Keuangan Sri Mulyani mengatakan, \xC3\xA2\xE2\x82\xAC\xC5\x93Kami waspada,\xC3\xA2\xE2\x82\xAC\xC2\x9D "
                 "di Jakarta, Selasa (4/6/2024)."});
  out.push_back({"header-time",
                 "Harga Beras Naik Jelang Lebaran\nKompas.com - 02/04/2024, 09:15 WIB\n\n"
                 "JAKARTA, KOMPAS.com - Badan Pangan Nasional mencatat harga beras medium naik 3 persen sepekan "
                 "terakhir. Kepala Bapanas Arief Prasetyo Adi mengatakan stok aman hingga Juni 2024."});
  // Records that name an outlet they came through, and a source; read before or after records
  // that have neither.
  out.push_back({"relayed",
                 "\"Kami tidak akan mundur,\" kata Presiden Rusia Vladimir Putin, seperti dikutip Reuters. Dilansir "
                 "kantor berita Antara, Menteri Luar Negeri Sugiono mengatakan kunjungan itu digelar pekan depan."});
  std::string quotes;
  for (int i = 0; i < 40; ++i)
    quotes += "\"Stok beras cukup,\" ujar Arief. Menurut Arief, harga turun pekan depan. \xE2\x80\x9CKami pantau,\xE2\x80\x9D "
              "katanya.\n\n";
  out.push_back({"many-quotes", quotes});
  return out;
}

std::string fresh_json(const warta::Engine& engine, const Case& c, const warta::Options& options) {
  return warta::to_json(engine.extract(c.input(), options));
}

TEST(PipelineResultReuse, EveryArticleAfterEveryOtherIsReadAsIntoAFreshResult) {
  const warta::Engine engine;
  const std::vector<Case> all = cases();
  ASSERT_GT(all.size(), 10u);
  std::vector<std::string> expected;
  for (const Case& c : all) expected.push_back(fresh_json(engine, c, {}));
  // Each case read into a result that holds each case before it (so every pair meets once, in
  // both orders across the two loops).
  for (std::size_t before = 0; before < all.size(); ++before) {
    for (std::size_t i = 0; i < all.size(); ++i) {
      warta::Result r;
      engine.extract(all[before].input(), {}, r);
      engine.extract(all[i].input(), {}, r);
      EXPECT_EQ(warta::to_json(r), expected[i]) << all[i].name << " read after " << all[before].name;
    }
  }
}

TEST(PipelineResultReuse, OneResultThroughTheWholeListAndBack) {
  const warta::Engine engine;
  const std::vector<Case> all = cases();
  warta::Result r;
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t k = 0; k < all.size(); ++k) {
      const Case& c = all[pass == 0 ? k : all.size() - 1 - k];
      engine.extract(c.input(), {}, r);
      EXPECT_EQ(warta::to_json(r), fresh_json(engine, c, {})) << c.name << ", pass " << pass;
    }
  }
}

TEST(PipelineResultReuse, AStageTurnedOffLeavesItsPartEmpty) {
  const warta::Engine engine;
  const std::vector<Case> all = cases();
  const warta::Options stage_sets[] = {
      {},
      {.entities = false},
      {.dates = false},
      {.summits = false},
      {.attributions = false},
      {.entities = false, .dates = false, .summits = false, .attributions = false},
  };
  for (const Case& c : all) {
    for (const warta::Options& options : stage_sets) {
      warta::Result r;
      engine.extract(c.input(), {}, r);  // every stage's part filled first
      engine.extract(c.input(), options, r);
      EXPECT_EQ(warta::to_json(r), fresh_json(engine, c, options)) << c.name;
    }
  }
}

TEST(PipelineResultReuse, ARefusedInputLeavesTheResultAsItWas) {
  const warta::Engine engine;
  const std::vector<Case> all = cases();
  warta::Result r;
  engine.extract(all.front().input(), {}, r);
  const std::string before = warta::to_json(r);
  const std::string invalid = "Presiden Joko Widodo \xFF\xFE tiba di Bogor.";
  EXPECT_THROW(engine.extract({.text = invalid}, {}, r), warta::Error);
  EXPECT_EQ(warta::to_json(r), before);
  EXPECT_THROW(engine.extract({.text = "Jakarta.", .published = "kemarin"}, {}, r), warta::Error);
  EXPECT_EQ(warta::to_json(r), before);
}

TEST(PipelineResultReuse, AResultIsReusedAcrossEnginesAndRepairs) {
  // The memory a result holds belongs to the caller, not to the engine that filled it.
  const warta::Engine first, second;
  const std::vector<Case> all = cases();
  const warta::Options replace{.invalid_utf8 = warta::InvalidUtf8::replace};
  const std::string invalid = "Gubernur Jawa Tengah \xC0 meninjau banjir di Semarang, Kamis (7/3/2024).";
  warta::Result r;
  first.extract({.text = invalid}, replace, r);
  EXPECT_EQ(r.repairs.invalid_utf8_replaced, 1u);
  second.extract(all.back().input(), {}, r);
  EXPECT_EQ(warta::to_json(r), fresh_json(first, all.back(), {}));
  EXPECT_EQ(r.repairs.invalid_utf8_replaced, 0u);
}

}  // namespace

// Work buffers kept across extract() calls: results never depend on what ran before, buffers come
// back to their workspace even when a call throws, and the pool keeps no more than it is allowed.
#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "entities/key_map.hpp"
#include "pipeline/workspace_pool.hpp"
#include "text/huge_pages.hpp"
#include "text/token.hpp"
#include "warta/warta.hpp"

namespace {

// Project-written paragraphs in the style of Indonesian online news.
constexpr std::string_view kHeader =
    "Jokowi Terima Kunjungan PM Malaysia di Istana Bogor\n"
    "Kompas.com - 08/01/2024, 14:05 WIB\n\n";
constexpr std::string_view kParagraphs[] = {
    "BOGOR, KOMPAS.com - Presiden Joko Widodo menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim di "
    "Istana Bogor, Jawa Barat, Senin (8/1/2024). Kedua pemimpin membahas percepatan perundingan batas laut.",
    "\u201cKita sepakat menyelesaikan batas laut di Selat Malaka tahun ini,\u201d ujar Jokowi dalam konferensi "
    "pers bersama.",
    "Menurut Menteri Luar Negeri Retno Marsudi, pertemuan berikutnya dijadwalkan digelar di Kuala Lumpur pada "
    "Juni mendatang. Bank Indonesia memperkirakan perdagangan kedua negara tumbuh 5,1 persen tahun ini.",
};

// The header, then the paragraphs round robin until the body holds at least `bytes`.
std::string article(std::size_t bytes) {
  std::string out(kHeader);
  for (std::size_t i = 0; out.size() < bytes; ++i) {
    out += kParagraphs[i % std::size(kParagraphs)];
    out += "\n\n";
  }
  return out;
}

std::string extract_json(const warta::Engine& engine, const std::string& text, const warta::Options& options = {}) {
  return warta::to_json(engine.extract({.text = text}, options));
}

TEST(PipelineWorkspace, ResultsDoNotDependOnEarlierCalls) {
  const std::string big = article(400'000), small = article(600);
  const warta::Options dates_only{.entities = false, .summits = false, .attributions = false};
  const std::string big_all = extract_json(warta::Engine(), big);
  const std::string small_all = extract_json(warta::Engine(), small);
  const std::string big_dates = extract_json(warta::Engine(), big, dates_only);

  const warta::Engine engine;
  EXPECT_EQ(extract_json(engine, big), big_all);
  EXPECT_EQ(extract_json(engine, small), small_all);
  EXPECT_EQ(extract_json(engine, big, dates_only), big_dates);
  EXPECT_EQ(extract_json(engine, small), small_all);
  EXPECT_EQ(extract_json(engine, big), big_all);
}

TEST(PipelineWorkspace, AnEngineKeepsBuffersUpToItsRetentionLimit) {
  const std::string big = article(400'000), small = article(600);

  const warta::Engine keeps_all;
  EXPECT_EQ(warta::detail::idle_workspace_bytes(keeps_all), 0u);
  (void)keeps_all.extract({.text = big});
  EXPECT_GT(warta::detail::idle_workspace_bytes(keeps_all), big.size());

  const warta::Engine keeps_nothing(warta::EngineConfig{.workspace_retention_bytes = 0});
  (void)keeps_nothing.extract({.text = big});
  EXPECT_EQ(warta::detail::idle_workspace_bytes(keeps_nothing), 0u);
  (void)keeps_nothing.extract({.text = small});
  EXPECT_EQ(warta::detail::idle_workspace_bytes(keeps_nothing), 0u);

  // A limit between what the two articles need: the big one's buffers are freed after its call.
  constexpr std::size_t kLimit = 256 << 10;
  const warta::Engine limited(warta::EngineConfig{.workspace_retention_bytes = kLimit});
  (void)limited.extract({.text = small});
  const std::size_t after_small = warta::detail::idle_workspace_bytes(limited);
  EXPECT_GT(after_small, 0u);
  EXPECT_LE(after_small, kLimit);
  (void)limited.extract({.text = big});
  EXPECT_EQ(warta::detail::idle_workspace_bytes(limited), 0u);
  EXPECT_EQ(extract_json(limited, small), extract_json(keeps_all, small));
}

// The documented footprint (EngineConfig, warta.h, docs): 16–19 bytes per input byte (this
// article, dense with names and dates, takes 19), so the default limit keeps the buffers of
// articles up to about 13 MB. A stage that adds a per-byte or per-token buffer fails this, and
// the figure in the documentation must change with it.
TEST(PipelineWorkspace, AnArticlesBuffersTakeSixteenToNineteenBytesPerInputByte) {
  const std::string big = article(1'000'000);
  const warta::Engine engine;
  (void)engine.extract({.text = big});
  const double per_byte = static_cast<double>(warta::detail::idle_workspace_bytes(engine)) / big.size();
  EXPECT_GE(per_byte, 14.0);
  EXPECT_LE(per_byte, 20.0);
  EXPECT_GE(static_cast<double>(warta::EngineConfig{}.workspace_retention_bytes) / per_byte, 13.0e6);
}

TEST(PipelineWorkspace, TheEntityStagesPerTokenArraysAreKeptToo) {
  const std::string big = article(400'000);
  const warta::Engine engine;
  (void)engine.extract({.text = big}, {.entities = false, .dates = false, .summits = false, .attributions = false});
  const std::size_t without_entities = warta::detail::idle_workspace_bytes(engine);
  (void)engine.extract({.text = big}, {.entities = true, .dates = false, .summits = false, .attributions = false});
  const std::size_t with_entities = warta::detail::idle_workspace_bytes(engine);
  // About one token per token of the whole text (the layout drops no line of this body): a fact
  // (12 bytes) and a mention index (4 bytes) are kept for each; facts alone would stay under 15.
  warta::detail::Tokens all;
  warta::detail::tokenize(big, 0, static_cast<std::uint32_t>(big.size()), all);
  EXPECT_GE(with_entities - without_entities, all.list.size() * 15);
}

// The layout, entity, summit and attribution stages' tables and work lists are kept like the other buffers: what
// they hold is counted against the retention limit, and release() frees it.
TEST(PipelineWorkspace, TheStagesListsAreCountedAndReleased) {
  warta::detail::Workspace ws;
  const std::size_t empty = ws.capacity_bytes();
  ws.entity_table.mentions.reserve(100);
  const std::size_t with_mentions = ws.capacity_bytes();
  EXPECT_GE(with_mentions - empty, 100 * sizeof(warta::detail::EntityMention));
  ws.entity_buffers.finder.candidates.reserve(100);
  const std::size_t with_candidates = ws.capacity_bytes();
  EXPECT_GE(with_candidates - with_mentions, 100 * sizeof(warta::detail::Candidate));
  ws.entity_buffers.grouper.by_key.reset(1000);
  const std::size_t with_keys = ws.capacity_bytes();
  EXPECT_GE(with_keys - with_candidates, 2000 * sizeof(std::int32_t));
  ws.entity_table.entities.resize(3);
  ws.entity_table.entities[1].roles.reserve(1000);
  const std::size_t with_records = ws.capacity_bytes();
  EXPECT_GE(with_records - with_keys, 1000 * sizeof(std::uint32_t) + 3 * sizeof(warta::detail::EntityRecord));
  ws.attribution_buffers.marks.reserve(5000);
  ws.attribution_buffers.cues.quotes.reserve(10);
  const std::size_t with_marks = ws.capacity_bytes();
  EXPECT_GE(with_marks - with_records, 5000 + 10 * sizeof(warta::detail::attr::QuoteSpan));
  ws.layout_buffers.lines.reserve(100);
  ws.layout_buffers.blocks.reserve(100);
  const std::size_t with_lines = ws.capacity_bytes();
  EXPECT_GE(with_lines - with_marks, 100 * (sizeof(warta::detail::LayoutLine) + sizeof(warta::detail::Block)));
  ws.summit_buffers.mentions.reserve(10);
  ws.summit_buffers.people_reader.quoted.reserve(1000);
  EXPECT_GE(ws.capacity_bytes() - with_lines, 1000 + 10 * sizeof(warta::detail::summits::Mention));
  ws.release();
  EXPECT_EQ(ws.capacity_bytes(), 0u);
}

// A name map kept across articles is emptied by reset(): nothing of the last article is found,
// and what is added is visited as in a new map.
TEST(PipelineWorkspace, AKeyMapResetIsLikeANewOne) {
  warta::detail::KeyMap<int> used(4);
  for (int v = 0; v < 100; ++v) used.add(static_cast<std::uint64_t>(v % 7), v);
  used.reset(4);
  warta::detail::KeyMap<int> fresh(4);
  for (std::uint64_t key = 0; key < 7; ++key) EXPECT_EQ(used.find(key), nullptr);
  for (int v = 0; v < 20; ++v) {
    used.add(static_cast<std::uint64_t>(v % 3), v);
    fresh.add(static_cast<std::uint64_t>(v % 3), v);
  }
  for (std::uint64_t key = 0; key < 4; ++key) {
    std::vector<int> a, b;
    used.visit(key, [&](int v) { return a.push_back(v), false; });
    fresh.visit(key, [&](int v) { return b.push_back(v), false; });
    EXPECT_EQ(a, b);
  }
  warta::detail::KeyMap<int> unused;
  EXPECT_EQ(unused.capacity_bytes(), 0u);
  EXPECT_EQ(unused.find(3), nullptr);
}

// An engine's later calls read articles of other sizes, names and quotations with the lists and
// records an earlier one left: what they find is what a fresh engine finds.
TEST(PipelineWorkspace, ListsLeftByAnotherArticleChangeNothing) {
  const std::string many_names = article(20'000);
  const std::string other =
      "Wapres Tinjau Banjir di Demak\n\n"
      "DEMAK, KOMPAS.com - Wakil Presiden Ma'ruf Amin meninjau lokasi banjir di Kabupaten Demak, Jawa "
      "Tengah, Rabu (20/3/2024). Bupati Demak Eisti'anah mendampingi kunjungan itu.\n\n"
      "\u201cBantuan logistik sudah disalurkan ke semua posko,\u201d kata Eisti'anah.\n";
  const std::string other_alone = extract_json(warta::Engine(), other);
  const warta::Engine engine;
  (void)engine.extract({.text = many_names});
  EXPECT_EQ(extract_json(engine, other), other_alone);
  // Records the last call filled and did not hand to a result (no entity list asked for).
  (void)engine.extract({.text = many_names}, {.entities = false});
  EXPECT_EQ(extract_json(engine, other), other_alone);
  (void)engine.extract({.text = other}, {.entities = false});
  EXPECT_EQ(extract_json(engine, other), other_alone);
}

TEST(PipelineWorkspace, PoolKeepsAtMostItsIdleCount) {
  warta::detail::WorkspacePool pool(1 << 20, 2);
  {
    const auto a = pool.lend(), b = pool.lend(), c = pool.lend();
    for (const auto* lease : {&a, &b, &c}) (*lease)->tokens.list.reserve(1000);
  }
  EXPECT_EQ(pool.idle_bytes(), 2 * 1000 * sizeof(warta::detail::Token));
  // Both idle workspaces are lent again, still sized, before a new one is made.
  const auto a = pool.lend(), b = pool.lend(), c = pool.lend();
  EXPECT_EQ(a->tokens.list.capacity() + b->tokens.list.capacity() + c->tokens.list.capacity(), 2000u);
  EXPECT_EQ(pool.idle_bytes(), 0u);
}

TEST(PipelineWorkspace, LoanedBuffersComeBackEmptiedWhenACallThrows) {
  warta::detail::Workspace ws;
  try {
    warta::detail::Document doc;
    const warta::detail::DocumentLoan loan(ws, doc);
    const std::string text = "Presiden Joko Widodo tiba di Bogor.";
    doc.text = text;
    warta::detail::append_paragraph(doc, 0, static_cast<std::uint32_t>(text.size()), warta::detail::BlockKind::body);
    ASSERT_EQ(doc.tokens.list.size(), 7u);
    throw std::runtime_error("a stage failed");
  } catch (const std::runtime_error&) {
  }
  EXPECT_GE(ws.tokens.list.capacity(), 7u);
  EXPECT_FALSE(ws.sentences.empty());  // kept as the call left them; emptied when lent again

  warta::detail::Document next;
  const warta::detail::DocumentLoan loan(ws, next);
  EXPECT_TRUE(next.tokens.list.empty());
  EXPECT_TRUE(next.tokens.folded.empty());
  EXPECT_TRUE(next.paragraphs.empty());
  EXPECT_TRUE(next.sentences.empty());
  EXPECT_GE(next.tokens.list.capacity(), 7u);
}

// Buffers reserved for huge pages are ordinary storage: sized as asked, usable to the last byte,
// and kept when already large enough.
TEST(PipelineWorkspace, HugePageReservesAreOrdinaryStorage) {
  std::string arena;
  warta::detail::reserve_on_huge_pages(arena, 6u << 20);
  ASSERT_GE(arena.capacity(), 6u << 20);
  const char* storage = arena.data();
  arena.assign(6u << 20, 'a');
  EXPECT_EQ(arena.data(), storage);
  EXPECT_EQ(arena.back(), 'a');

  std::vector<warta::detail::Token> tokens;
  warta::detail::reserve_on_huge_pages(tokens, 300'000);
  ASSERT_GE(tokens.capacity(), 300'000u);
  const warta::detail::Token* first = tokens.data();
  tokens.resize(300'000);
  warta::detail::reserve_on_huge_pages(tokens, 1000);
  EXPECT_EQ(tokens.data(), first);
  EXPECT_EQ(tokens.size(), 300'000u);
}

}  // namespace

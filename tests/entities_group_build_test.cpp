// The entity table is made in one pass over the candidates in text order: the mentions, the
// records numbered by first mention, the per-token index and the dateline's place, slotted in as
// the pass goes by it. Each check here is against the plain reading of the finished table, so a
// pass that put something out of place would fail them.
#include <gtest/gtest.h>

#include <optional>

#include "entities_test_support.hpp"

namespace warta::detail::testing {
namespace {

constexpr std::string_view kArticle =
    "Gubernur Jawa Tengah Ganjar Pranowo meninjau Pelabuhan Tanjung Emas bersama Wali Kota Semarang Hendrar Prihadi.\n"
    "Ganjar mengatakan perbaikan tanggul akan selesai sebelum musim hujan, sementara Hendrar menyiapkan pompa.\n"
    "Kementerian Pekerjaan Umum dan Perumahan Rakyat ikut meninjau tanggul itu pekan depan.";

// What a reader of the table may rely on, read the plain way.
void expect_consistent(const TestDoc& t, const EntityTable& table) {
  const auto& ms = table.mentions;
  // A mention's offsets, taken from its candidate, are those of its tokens.
  for (const EntityMention& m : ms) {
    if (m.tok_end == m.tok_begin) continue;  // the dateline's place
    EXPECT_EQ(m.start, t.doc.tokens.list[m.tok_begin].start);
    EXPECT_EQ(m.end, t.doc.tokens.list[m.tok_end - 1].end);
  }
  for (std::size_t k = 1; k < ms.size(); ++k) {
    EXPECT_LT(ms[k - 1].start, ms[k].start);
    EXPECT_LE(ms[k - 1].end, ms[k].start);
    EXPECT_LE(ms[k - 1].tok_end, ms[k].tok_begin);
  }
  EXPECT_EQ(table.token_mention.size(), t.doc.tokens.list.size());
  for (std::uint32_t tok = 0; tok < t.doc.tokens.list.size(); ++tok) {
    std::int32_t holder = -1;
    for (std::size_t k = 0; k < ms.size(); ++k) {
      if (ms[k].tok_begin <= tok && tok < ms[k].tok_end) holder = static_cast<std::int32_t>(k);
    }
    EXPECT_EQ(table.mention_at(tok), holder) << "token " << tok;
  }
  // Entities numbered by first mention; each record counts exactly the mentions that name it.
  std::int32_t next = 0;
  std::vector<std::uint32_t> named(table.entities.size());
  for (std::uint32_t k = 0; k < ms.size(); ++k) {
    ASSERT_GE(ms[k].entity, 0);
    ASSERT_LT(static_cast<std::size_t>(ms[k].entity), table.entities.size());
    if (ms[k].entity == next) ++next;
    EXPECT_LT(ms[k].entity, next);
    ++named[static_cast<std::size_t>(ms[k].entity)];
  }
  EXPECT_EQ(static_cast<std::size_t>(next), table.entities.size());
  for (std::size_t e = 0; e < table.entities.size(); ++e) EXPECT_EQ(table.entities[e].mention_count, named[e]);
}

// The table with the dateline's place at bytes [start, end) of the text, named "Semarang".
EntityTable with_dateline(TestDoc& t, std::uint32_t start, std::uint32_t end) {
  DatelineInfo dl;
  dl.span = {start, end};
  dl.place = WorkSpan{start, end};
  dl.place_name = "Semarang";
  t.doc.layout.dateline = dl;
  return recognize(t);
}

TEST(EntitiesGroupBuild, TheTableReadsTheSameWhereverTheDatelineFalls) {
  auto t = make_doc(std::string(kArticle));
  const EntityTable plain = recognize(*t);
  expect_consistent(*t, plain);
  ASSERT_GE(plain.mentions.size(), 5u);
  const auto at = [&](std::string_view word) { return static_cast<std::uint32_t>(t->text.find(word)); };
  const auto mention_starting = [&](std::uint32_t start) -> std::optional<EntityMention> {
    for (const EntityMention& m : plain.mentions)
      if (m.start == start) return m;
    return std::nullopt;
  };
  ASSERT_TRUE(mention_starting(at("Ganjar Pranowo")));
  ASSERT_TRUE(mention_starting(at("Hendrar menyiapkan")));
  struct Place {
    std::uint32_t start, end;
    bool overlaps;
  };
  const std::uint32_t hendrar = at("Hendrar menyiapkan");
  const Place places[] = {
      {at("Gubernur"), at("Gubernur") + 8, false},                 // before every mention
      {at("meninjau Pelabuhan"), at("meninjau Pelabuhan") + 8, false},  // between two
      {at("pompa"), at("pompa") + 5, false},                       // between paragraphs' mentions
      {at("depan"), at("depan") + 5, false},                       // after every mention
      {hendrar - 8, hendrar, false},                               // ends where a mention starts
      {hendrar, hendrar + 7, true},                                // is that mention
      {hendrar + 3, hendrar + 12, true},                           // starts inside it
      {hendrar - 3, hendrar + 2, true},                            // ends inside it
  };
  for (const Place& p : places) {
    SCOPED_TRACE(t->text.substr(p.start, p.end - p.start));
    const EntityTable table = with_dateline(*t, p.start, p.end);
    expect_consistent(*t, table);
    std::size_t before = 0;  // mentions of the plain table that start where the place does or before
    while (before < plain.mentions.size() && plain.mentions[before].start <= p.start) ++before;
    if (p.overlaps) {
      EXPECT_EQ(table.mentions.size(), plain.mentions.size());
      continue;
    }
    ASSERT_EQ(table.mentions.size(), plain.mentions.size() + 1);
    const EntityMention& m = table.mentions[before];
    EXPECT_EQ(m.start, p.start);
    EXPECT_EQ(m.end, p.end);
    EXPECT_EQ(m.tok_begin, m.tok_end);
    EXPECT_EQ(table.entities[static_cast<std::size_t>(m.entity)].type, EntityType::gpe);
  }
}

TEST(EntitiesGroupBuild, ListItemsMadeAfterTheirParagraphStillComeInTextOrder) {
  // A list's items are made at the end of their paragraph, after the names that follow them.
  auto t = make_doc(
      "Hadir dalam rapat itu antara lain Budi Santoso, Siti Aminah, Agus Salim, dan Dewi Lestari dari Universitas "
      "Diponegoro.\nBudi mengatakan rapat berikutnya digelar di Surabaya bersama Siti.");
  const EntityTable table = recognize(*t);
  expect_consistent(*t, table);
  const EntityRecord* budi = entity_of(*t, table, "Budi");
  ASSERT_NE(budi, nullptr);
  EXPECT_EQ(budi, entity_of(*t, table, "Budi Santoso"));
  EXPECT_EQ(entity_of(*t, table, "Siti"), entity_of(*t, table, "Siti Aminah"));
}

TEST(EntitiesGroupBuild, ALexiconNameIsGroupedBeforeTheWordsMadeAheadOfIt) {
  // The lexicon's names are grouped as their candidates are ranked, the rest afterwards in rank
  // order: a lone word met before the full name it is part of still joins that name.
  auto t = make_doc(
      "Kemarin sore Widodo meninjau tanggul yang jebol di Demak bersama warga.\n"
      "Presiden Joko Widodo lalu meminta bantuan segera dikirim ke desa-desa yang terendam.");
  const EntityTable table = recognize(*t);
  expect_consistent(*t, table);
  const EntityRecord* jokowi = entity_of(*t, table, "Joko Widodo");
  ASSERT_NE(jokowi, nullptr);
  EXPECT_TRUE(jokowi->from_lexicon);
  EXPECT_EQ(entity_of(*t, table, "Widodo"), jokowi);
  EXPECT_EQ(table.mentions.front().entity, static_cast<std::int32_t>(jokowi - table.entities.data()));
}

}  // namespace
}  // namespace warta::detail::testing

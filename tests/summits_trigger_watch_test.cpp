// Summits' trigger test rides along in the attribution cue walk (TriggerWatch): one byte per
// sentence, which SummitReading then reads instead of walking the tokens itself, in a long body
// stretch by stretch right behind the walk. The bytes must be
// the answer of summits' own walk (DocContext::has_trigger without them) for every sentence: in
// every kind of paragraph, for "-nya" forms, inside quotations, and in bodies long enough to be
// read a stretch of paragraphs, or of one paragraph's sentences, at a time.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "attributions_test_util.hpp"
#include "summits/doc_context.hpp"
#include "summits/summit_finder.hpp"

namespace warta::detail::attributions_testing {
namespace {

const SummitFinder& summit_finder() {
  static const SummitFinder f;
  return f;
}

// Officials (a role each, as the entity stage gives them): summits are meetings between officials.
const std::vector<EntitySpec> kPeople = {
    person("Joko Widodo", {"Joko Widodo", "Jokowi"}, {}, {"head_of_state"}),
    person("Anwar Ibrahim", {"Anwar Ibrahim", "Anwar"}, {}, {"head_of_government"}),
    person("Retno Marsudi", {"Retno Marsudi", "Retno"}, {}, {"foreign_minister"}),
    person("Anthony Albanese", {"Anthony Albanese", "Albanese"}, {}, {"head_of_government"}),
    gpe("Bogor"), gpe("Canberra"), gpe("Kuala Lumpur")};

// The bytes the cue walk leaves for the article's sentences.
std::vector<std::uint8_t> watched_triggers(const Article& a) {
  SummitBuffers summit_buffers;
  AttributionBuffers attribution_buffers;
  SummitReading reading(summit_finder(), a.doc, a.entities, {}, summit_buffers, true);
  finder().find(a.doc, a.entities, attribution_buffers, reading.watch());
  return summit_buffers.sentence_triggers;
}

// Compares the watch's byte with summits' own walk for every sentence; returns how many hold a
// trigger.
std::size_t expect_watch_matches_own_walk(const Article& a) {
  const std::vector<std::uint8_t> bytes = watched_triggers(a);
  EXPECT_EQ(bytes.size(), a.doc.sentences.size());
  SummitBuffers buffers;
  const SummitReading reading(summit_finder(), a.doc, a.entities, {}, buffers, true);
  summits::DocContext own(a.doc, a.entities, {}, reading.watch()->lexicon, buffers.words);
  std::size_t triggered = 0;
  for (std::uint32_t s = 0; s < a.doc.sentences.size() && s < bytes.size(); ++s) {
    const Sentence& sentence = a.doc.sentences[s];
    EXPECT_EQ(bytes[s] != 0, own.has_trigger(s)) << "sentence " << s << ": " << a.doc.slice(sentence.start, sentence.end);
    triggered += bytes[s] != 0;
  }
  return triggered;
}

// The summits found following the cue walk (stretch by stretch in a long body) are those found by
// summits' own walk; returns how many.
std::size_t expect_same_summits(const Article& a) {
  SummitBuffers buffers;
  AttributionBuffers attribution_buffers;
  SummitReading reading(summit_finder(), a.doc, a.entities, {}, buffers, true);
  finder().find(a.doc, a.entities, attribution_buffers, reading.watch());
  const std::vector<Summit> watched = reading.finish();
  const std::vector<Summit> own = summit_finder().find(a.doc, a.entities, {});
  EXPECT_EQ(watched.size(), own.size());
  for (std::size_t k = 0; k < own.size() && k < watched.size(); ++k) {
    EXPECT_EQ(watched[k].participants, own[k].participants) << "summit " << k;
    EXPECT_EQ(watched[k].evidence.size(), own[k].evidence.size()) << "summit " << k;
    for (std::size_t e = 0; e < own[k].evidence.size() && e < watched[k].evidence.size(); ++e) {
      EXPECT_EQ(watched[k].evidence[e].start, own[k].evidence[e].start);
      EXPECT_EQ(watched[k].evidence[e].end, own[k].evidence[e].end);
    }
  }
  return own.size();
}

// Sentences with a trigger word: verbs and nouns, "-nya" forms, one inside a quotation, a headline
// base form.
const std::vector<std::string> kTriggerSentences = {
    "Presiden Joko Widodo bertemu dengan Perdana Menteri Anwar Ibrahim di Istana Bogor, Senin (19/6/2024).",
    "Menlu Retno Marsudi menemuinya di sela-sela KTT ASEAN di Labuan Bajo.",
    "Kunjungannya ke Kuala Lumpur berlangsung selama dua hari.",
    "\"Kami akan berkunjung ke Canberra bulan depan,\" kata Albanese kepada wartawan.",
    "Lawatan Jokowi ke Australia dijadwalkan pekan depan.",
    "Anwar disambut Jokowi dengan upacara kenegaraan di halaman istana.",
    "Kedua pemimpin juga melakukan pembicaraan empat mata selama satu jam.",
    "Setibanya di Jakarta, Albanese langsung menuju hotel.",
};

// Sentences without one, some with words that end in "nya" or carry reporting cues and quotations.
const std::vector<std::string> kPlainSentences = {
    "Harga beras di pasar tradisional naik dua persen sejak awal bulan.",
    "\"Kami menolak rencana itu,\" ujar Budi Santoso kepada wartawan.",
    "Menurut warga, jalan itu rusak sejak tahun lalu.",
    "Hujan deras mengguyur Jakarta sejak pagi hari.",
    "Pertanyaannya sederhana, dan warga bertanya kapan jalannya diperbaiki.",
    "Ia mengatakan bahwa anggaran perbaikan sudah disiapkan oleh pemerintah daerah.",
    "Polisi masih menyelidiki penyebab kebakaran gudang tersebut.",
};

std::string sentence_from(std::mt19937& rng, int trigger_percent) {
  std::uniform_int_distribution<int> percent(0, 99);
  const std::vector<std::string>& pool = percent(rng) < trigger_percent ? kTriggerSentences : kPlainSentences;
  return pool[std::uniform_int_distribution<std::size_t>(0, pool.size() - 1)(rng)];
}

std::string paragraph_from(std::mt19937& rng, std::size_t sentences, int trigger_percent) {
  std::string p;
  for (std::size_t k = 0; k < sentences; ++k) p += (k ? " " : "") + sentence_from(rng, trigger_percent);
  return p;
}

// A headline, a lead, body paragraphs and captions, in a mix the seed chooses.
std::vector<Para> generated_article(std::mt19937& rng, std::size_t body_paragraphs, int trigger_percent) {
  std::vector<Para> paras;
  paras.push_back(headline(std::uniform_int_distribution<int>(0, 1)(rng) ? "Jokowi Temui Anwar di Bogor"
                                                                         : "Harga Beras Naik Lagi"));
  paras.push_back({BlockKind::lead, paragraph_from(rng, 2, trigger_percent)});
  for (std::size_t k = 0; k < body_paragraphs; ++k) {
    const bool caption = std::uniform_int_distribution<int>(0, 9)(rng) == 0;
    paras.push_back({caption ? BlockKind::caption : BlockKind::body,
                     paragraph_from(rng, caption ? 1 : std::uniform_int_distribution<std::size_t>(1, 5)(rng),
                                    trigger_percent)});
  }
  return paras;
}

TEST(SummitsTriggerWatch, EachSentenceGetsItsOwnAnswer) {
  auto a = article({headline("Jokowi Temui Anwar di Bogor"),
                    body("Harga beras naik. Presiden menemuinya di Istana. \"Kami akan berkunjung,\" kata dia. "
                         "Hujan turun."),
                    {BlockKind::caption, "Kunjungannya disambut warga."}});
  ASSERT_EQ(a->doc.sentences.size(), 6u);
  EXPECT_EQ(watched_triggers(*a), (std::vector<std::uint8_t>{1, 0, 1, 1, 0, 1}));
  EXPECT_EQ(expect_watch_matches_own_walk(*a), 4u);
}

TEST(SummitsTriggerWatch, AnArticleWithoutTriggersGetsNone) {
  std::mt19937 rng(7);
  auto a = article({headline("Harga Beras Naik Lagi"), body(paragraph_from(rng, 6, 0))});
  EXPECT_EQ(expect_watch_matches_own_walk(*a), 0u);
}

TEST(SummitsTriggerWatch, GeneratedArticlesMatchSummitsOwnWalk) {
  std::mt19937 rng(20261126);
  std::size_t triggered = 0, sentences = 0, found = 0;
  for (int k = 0; k < 60; ++k) {
    auto a = article(generated_article(rng, 1 + static_cast<std::size_t>(k % 12), k % 3 == 0 ? 5 : 30), kPeople);
    triggered += expect_watch_matches_own_walk(*a);
    sentences += a->doc.sentences.size();
    found += expect_same_summits(*a);
  }
  EXPECT_GT(found, 0u);
  EXPECT_GT(triggered, 0u);
  EXPECT_LT(triggered, sentences);
}

TEST(SummitsTriggerWatch, LongBodiesReadAStretchAtATimeMatchSummitsOwnWalk) {
  std::mt19937 rng(16384);
  // Many paragraphs: read a stretch of paragraphs at a time.
  auto many = article(generated_article(rng, 1500, 10), kPeople);
  ASSERT_GT(many->doc.tokens.list.size(), 2u * 16384u);
  EXPECT_GT(expect_watch_matches_own_walk(*many), 0u);
  EXPECT_GT(expect_same_summits(*many), 0u);
  // One long body paragraph: read a stretch of its sentences at a time.
  auto one = article({headline("Jokowi Temui Anwar di Bogor"), body(paragraph_from(rng, 4000, 10))}, kPeople);
  ASSERT_GT(one->doc.tokens.list.size(), 2u * 16384u);
  EXPECT_GT(expect_watch_matches_own_walk(*one), 0u);
  EXPECT_GT(expect_same_summits(*one), 0u);
}

}  // namespace
}  // namespace warta::detail::attributions_testing

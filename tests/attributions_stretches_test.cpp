// A long body is read and scanned a stretch at a time (AttributionFinder), a paragraph longer than
// a stretch a stretch of its sentences at a time: a stretch must never cut a quotation, the cue
// after one, or what one paragraph leaves the next (the speaker of a quotation that goes on). A
// block repeated until the body is far longer than a stretch shows it: every repetition finds what
// the second finds, wherever the stretches happen to end.
#include <gtest/gtest.h>

#include <ostream>

#include "attributions_test_util.hpp"

namespace warta::detail::attributions_testing {
namespace {

// One repetition, as paragraphs: quotations over several sentences (most of the sentences, with
// cues a quotation's sentences must not be read for, so a stretch of sentences often ends inside one), one running on into the next paragraph, an uncued
// quotation paragraph after a cued one, reported and according-to speech.
const std::vector<std::string> kBlock = {
    "\"Harga beras naik. Menurut saya, harga gula juga naik tajam. Pedagang mengatakan harga minyak "
    "naik lagi. Menurut mereka, harga telur ikut naik. Petani mengatakan bahwa harga cabai naik. "
    "Menurut warga, harga bawang naik. Semua naik,\" kata Budi Santoso kepada wartawan.",
    "\"Kami sepakat mempercepat perundingan. Tidak ada alasan untuk menunda lagi,\" kata Budi Santoso "
    "di Jakarta, Senin. Ia mengatakan bahwa tim teknis akan bertemu pekan depan.",
    "\"Semua pihak sudah siap bekerja sama dengan baik.",
    "\"Perundingan ini penting bagi kedua negara,\" ujar Budi.",
    "\"Hasilnya akan kami umumkan setelah rapat selesai digelar.\"",
    "Menurut Retno Marsudi, pertemuan berikutnya digelar pada bulan Juni mendatang. Retno "
    "menegaskan, \"Kedua negara ingin hasil yang adil bagi semua.\" Hal itu disampaikan Retno "
    "kepada wartawan.",
};

struct Finding {
  std::size_t start, end;
  AttributionKind kind;
  std::optional<std::string> cue;
  std::string source;
  bool operator==(const Finding&) const = default;
  friend void PrintTo(const Finding& f, std::ostream* os) {
    *os << "[" << f.start << ", " << f.end << ") " << (f.kind == AttributionKind::direct ? "direct" : "indirect")
        << " cue=" << f.cue.value_or("-") << " source=" << f.source;
  }
};

// The findings of each repetition, their spans taken from the repetition's start.
std::vector<std::vector<Finding>> per_repetition(const std::vector<Attribution>& found, std::size_t block_bytes,
                                                 std::size_t repetitions) {
  std::vector<std::vector<Finding>> out(repetitions);
  for (const Attribution& a : found) {
    const std::size_t k = a.content.span.start / block_bytes, base = k * block_bytes;
    out.at(k).push_back({a.content.span.start - base, a.content.span.end - base, a.kind, a.cue, a.source_text});
  }
  return out;
}

void expect_repetitions_alike(bool one_paragraph) {
  constexpr std::size_t kRepetitions = 600;  // some 90,000 tokens: several stretches
  std::vector<Para> paras;
  std::string joined;  // one repetition as one paragraph
  for (const std::string& p : kBlock) joined += p + " ";
  std::size_t block_bytes = 0;
  if (one_paragraph) {
    std::string all;
    for (std::size_t k = 0; k < kRepetitions; ++k) all += joined;
    paras.push_back(body(std::move(all)));
    block_bytes = joined.size();
  } else {
    for (std::size_t k = 0; k < kRepetitions; ++k)
      for (const std::string& p : kBlock) paras.push_back(body(p));
    for (const std::string& p : kBlock) block_bytes += p.size() + 2;  // each joined by "\n\n"
  }
  auto a = article(paras);
  ASSERT_GT(a->doc.tokens.list.size(), 3u * 16384u);
  const auto reps = per_repetition(attributions(*a), block_bytes, kRepetitions);
  ASSERT_GE(reps[1].size(), 5u) << "one_paragraph=" << one_paragraph;
  for (std::size_t k = 2; k < kRepetitions; ++k)
    ASSERT_EQ(reps[k], reps[1]) << "repetition " << k << ", one_paragraph=" << one_paragraph;
}

TEST(AttributionsStretches, EveryRepetitionOfAParagraphBlockFindsTheSame) { expect_repetitions_alike(false); }

TEST(AttributionsStretches, EveryRepetitionInsideOneLongParagraphFindsTheSame) { expect_repetitions_alike(true); }

// The token marks are zeroed a stretch at a time, just before the stretch is walked, not for the
// whole article up front: buffers a longer article left full of marks must find what fresh ones
// find, in a short article read whole and in long bodies read a stretch (of sentences) at a time.
TEST(AttributionsStretches, MarksLeftByAnEarlierArticleChangeNothing) {
  std::vector<std::vector<Para>> articles;
  articles.push_back({headline("Budi Santoso: Harga Beras Akan Turun"), body(kBlock[0]), body(kBlock[5])});
  std::vector<Para> paras;
  std::string all;
  for (std::size_t k = 0; k < 200; ++k)
    for (const std::string& p : kBlock) {
      paras.push_back(body(p));
      all += p + " ";
    }
  articles.push_back(std::move(paras));
  articles.push_back({body(std::move(all))});
  for (const std::vector<Para>& paras_of : articles) {
    auto a = article(paras_of);
    const std::vector<Attribution> fresh = finder().find(a->doc, a->entities);
    ASSERT_FALSE(fresh.empty());
    AttributionBuffers used;
    used.marks.assign(2 * a->doc.tokens.list.size(), 0xFF);  // every mark of every kind set
    const std::vector<Attribution> reused = finder().find(a->doc, a->entities, used);
    auto findings = [](const std::vector<Attribution>& found) {
      std::vector<Finding> out;
      for (const Attribution& x : found)
        out.push_back({x.content.span.start, x.content.span.end, x.kind, x.cue, x.source_text});
      return out;
    };
    EXPECT_EQ(findings(reused), findings(fresh)) << "paragraphs: " << paras_of.size();
  }
}

}  // namespace
}  // namespace warta::detail::attributions_testing

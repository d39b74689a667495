// The result's spans are mapped back to the input by a cursor over the repair's edits
// (InputMapper) instead of a search per span: it must give exactly what SourceText's own mapping
// gives, whatever order the spans come in.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "text/input_mapper.hpp"
#include "text/source_text.hpp"

namespace {

using warta::detail::InputMapper;
using warta::detail::SourceText;

// Project-written sentences with a stray byte (a broken Latin-1 "é", a cut-off sequence) every
// few words, so the work text holds many edits, each replacing a byte or two with U+FFFD.
SourceText repaired_text(std::string& input) {
  const std::vector<std::string> pieces = {"Menteri Luar Negeri ", "\xE9", "Retno Marsudi ", "\xE2\x82",
                                           "mengatakan ", "\xFF", "\xFE", "pertemuan itu ", "berlangsung hangat. ",
                                           "\xC3", "Kedua negara ", "sepakat."};
  for (int round = 0; round < 40; ++round)
    for (std::size_t i = 0; i < pieces.size(); ++i)
      if ((round + i) % 5 != 0) input += pieces[i];
  warta::detail::PrepareStats stats;
  return warta::detail::prepare_text(input, warta::InvalidUtf8::replace, nullptr, stats);
}

void expect_same(const SourceText& src, InputMapper& mapper, std::size_t start, std::size_t end) {
  const warta::Span got = mapper(start, end);
  EXPECT_EQ(got.start, src.to_orig_start(start)) << start << ".." << end;
  EXPECT_EQ(got.end, src.to_orig_end(end)) << start << ".." << end;
}

TEST(ResultInputMapper, TextOrderSpansMapAsTheSourceTextDoes) {
  std::string input;
  const SourceText src = repaired_text(input);
  ASSERT_GT(src.edits.size(), 100U);
  // Every span of up to twelve bytes, in text order: starts and ends on, in and next to each
  // replacement, the cursor moving a step at a time.
  InputMapper mapper(src);
  for (std::size_t start = 0; start <= src.work.size(); ++start)
    for (std::size_t end = start; end <= src.work.size() && end <= start + 12; ++end) expect_same(src, mapper, start, end);
}

TEST(ResultInputMapper, SpansInAnyOrderMapAsTheSourceTextDoes) {
  std::string input;
  const SourceText src = repaired_text(input);
  // Jumps back and ahead, short and long (a summit's evidence, a source named before its quote),
  // from a fixed pseudo-random sequence.
  InputMapper mapper(src);
  std::uint32_t state = 12345;
  const auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int i = 0; i < 20000; ++i) {
    const std::size_t start = next() % (src.work.size() + 1);
    const std::size_t reach = i % 3 == 0 ? src.work.size() : 40;
    const std::size_t end = std::min(src.work.size(), start + next() % (reach + 1));
    expect_same(src, mapper, start, end);
  }
}

TEST(ResultInputMapper, SpansBeforeTheFirstEditAndWithoutEditsAreTheirOwn) {
  std::string input = "Presiden Joko Widodo tiba di Bogor. \xFF Ia disambut.";
  warta::detail::PrepareStats stats;
  const SourceText src = warta::detail::prepare_text(input, warta::InvalidUtf8::replace, nullptr, stats);
  ASSERT_EQ(src.edits.size(), 1U);
  InputMapper mapper(src);
  expect_same(src, mapper, 0, 8);
  expect_same(src, mapper, 9, src.edits.front().work_start);
  expect_same(src, mapper, 0, src.work.size());

  const std::string clean = "Presiden Joko Widodo tiba di Bogor.";
  const SourceText identity = warta::detail::prepare_text(clean, warta::InvalidUtf8::replace, nullptr, stats);
  InputMapper same(identity);
  EXPECT_EQ(same(9, 20), (warta::Span{9, 20}));
  EXPECT_EQ(same(0, clean.size()), (warta::Span{0, clean.size()}));
}

}  // namespace

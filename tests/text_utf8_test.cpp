// UTF-8 helpers: the ASCII scan that reads eight bytes at a time, and validation built on it.
#include <gtest/gtest.h>

#include <string>

#include "text/utf8.hpp"

namespace warta::detail {
namespace {

TEST(Utf8, AsciiRunEndsAtTheFirstHighByteWhereverItSits) {
  // Every position across two sixteen-byte steps, an eight-byte step and the bytes after; a
  // second high byte after the first changes nothing.
  for (std::size_t high = 0; high < 45; ++high) {
    std::string s(45, 'x');
    s[high] = '\xC3';
    if (high + 3 < s.size()) s[high + 3] = '\xA9';
    for (std::size_t from = 0; from <= high; ++from) EXPECT_EQ(ascii_run_end(s, from), high) << high << " " << from;
  }
  EXPECT_EQ(ascii_run_end("", 0), 0u);
  EXPECT_EQ(ascii_run_end(std::string(17, 'a'), 3), 17u);
  EXPECT_EQ(ascii_run_end(std::string_view("a\0b", 3), 0), 3u);  // NUL is ASCII
}

TEST(Utf8, ValidPrefixStopsAtTheFirstBadSequence) {
  EXPECT_EQ(valid_utf8_prefix("Jakarta, Rabu (19/6/2024)"), 25u);
  EXPECT_EQ(valid_utf8_prefix("Erdo\xC4\x9F" "an \xE2\x80\x9Ckami\xE2\x80\x9D"), 19u);
  // After a long ASCII run, inside a block, and a sequence cut short at the end.
  EXPECT_EQ(valid_utf8_prefix("abcdefghijklmnop\xC4\x9Fq\xFFr"), 19u);
  EXPECT_EQ(valid_utf8_prefix("abcdefghijkl\xE2\x80"), 12u);
  EXPECT_EQ(valid_utf8_prefix("abcdefgh\xC0\xAF"), 8u);  // overlong
}

}  // namespace
}  // namespace warta::detail

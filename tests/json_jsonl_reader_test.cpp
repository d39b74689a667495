// The JSON Lines record reader: escapes, surrogates, member types, ids, nesting and garbage.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <string>

#include "warta/jsonl.hpp"

namespace warta {
namespace {

std::optional<InputRecord> parse(std::string_view line, std::string* error_out = nullptr) {
  std::string error;
  auto r = parse_input_record(line, error);
  if (error_out) *error_out = error;
  if (!r) EXPECT_FALSE(error.empty()) << "failure without a reason: " << line;
  return r;
}

TEST(JsonlRecord, AllMembers) {
  auto r = parse(R"({"id":"a1","text":"Isi","title":"Judul","published":"2024-06-19","body_only":true,"extra":[1,{"x":null}]})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->id, "a1");
  EXPECT_EQ(r->text, "Isi");
  EXPECT_EQ(r->title, "Judul");
  EXPECT_EQ(r->published, "2024-06-19");
  EXPECT_TRUE(r->body_only);
  Input in = r->input();
  EXPECT_EQ(in.text, "Isi");
  EXPECT_EQ(in.title, std::optional<std::string_view>("Judul"));
}

TEST(JsonlRecord, Escapes) {
  auto r = parse(R"({"text":"a\"b\\c\/d\n\t\r\b\f\u00e9\u201C"})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->text, "a\"b\\c/d\n\t\r\b\f\xC3\xA9\xE2\x80\x9C");
}

TEST(JsonlRecord, SurrogatePairsAndLoneSurrogates) {
  auto r = parse(R"({"text":"\ud83d\ude00"})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->text, "\xF0\x9F\x98\x80");
  r = parse(R"({"text":"a\ud800b"})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->text, "a\xEF\xBF\xBD" "b");
  r = parse(R"({"text":"a\udc00b"})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->text, "a\xEF\xBF\xBD" "b");
  r = parse(R"({"text":"\ud800\u0041"})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->text, "\xEF\xBF\xBD" "A");
}

TEST(JsonlRecord, NulEscapeIsKept) {
  auto r = parse(R"({"text":"a\u0000b"})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->text, std::string("a\0b", 3));
}

TEST(JsonlRecord, NumericIdIsKeptAsWritten) {
  auto r = parse(R"({"id":42,"text":"x"})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->id, "42");
  r = parse(R"({"id":-7.5e3,"text":"x"})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->id, "-7.5e3");
}

TEST(JsonlRecord, MissingTextIsAnError) {
  std::string error;
  EXPECT_FALSE(parse(R"({"id":"a"})", &error));
  EXPECT_NE(error.find("text"), std::string::npos) << error;
}

TEST(JsonlRecord, WrongTypesAreErrors) {
  std::string error;
  EXPECT_FALSE(parse(R"({"text":5})", &error));
  EXPECT_NE(error.find("text"), std::string::npos);
  EXPECT_FALSE(parse(R"({"text":null})"));
  EXPECT_FALSE(parse(R"({"text":"x","title":["a"]})"));
  EXPECT_FALSE(parse(R"({"text":"x","body_only":"yes"})"));
  EXPECT_FALSE(parse(R"(["text","x"])"));
  EXPECT_FALSE(parse(R"("x")"));
}

TEST(JsonlRecord, NullOptionalMembersAreAbsent) {
  auto r = parse(R"({"text":"x","title":null,"published":null,"body_only":null})");
  ASSERT_TRUE(r);
  EXPECT_FALSE(r->title);
  EXPECT_FALSE(r->published);
  EXPECT_FALSE(r->body_only);
}

TEST(JsonlRecord, MalformedJsonIsAnErrorWithItsOffset) {
  std::string error;
  EXPECT_FALSE(parse(R"({"text":"x",})", &error));
  EXPECT_NE(error.find("byte"), std::string::npos) << error;
  EXPECT_FALSE(parse(R"({"text":"x")"));
  EXPECT_FALSE(parse(R"({"text":"x\q"})"));
  EXPECT_FALSE(parse("{\"text\":\"a\nb\"}"));  // raw control character
  EXPECT_FALSE(parse(R"({"text":"\u12"})"));
  EXPECT_FALSE(parse(""));
}

TEST(JsonlRecord, TrailingGarbageIsAnError) {
  std::string error;
  EXPECT_FALSE(parse(R"({"text":"x"} {"text":"y"})", &error));
  EXPECT_NE(error.find("trailing"), std::string::npos) << error;
  EXPECT_TRUE(parse("  {\"text\":\"x\"}  \r"));
}

TEST(JsonlRecord, NestingIsBounded) {
  std::string deep = "{\"text\":\"x\",\"extra\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
  EXPECT_FALSE(parse(deep));
  std::string shallow = "{\"text\":\"x\",\"extra\":" + std::string(20, '[') + std::string(20, ']') + "}";
  EXPECT_TRUE(parse(shallow));
}

TEST(JsonlRecord, BadNumbersInUnknownMembersAreErrors) {
  EXPECT_FALSE(parse(R"({"text":"x","n":01})"));
  EXPECT_FALSE(parse(R"({"text":"x","n":1.})"));
  EXPECT_FALSE(parse(R"({"text":"x","n":-})"));
  EXPECT_FALSE(parse(R"({"text":"x","n":1e})"));
  EXPECT_TRUE(parse(R"({"text":"x","n":-0.5E+3})"));
}

TEST(JsonlRecord, IdSeenBeforeAnError) {
  std::string error, id;
  EXPECT_FALSE(parse_input_record(R"({"id":"r7","text":5})", error, &id));
  EXPECT_EQ(id, "r7");
}

// Plain runs are scanned eight bytes at a time: a stop (quote, backslash, control character, end
// of line) at each position of a block, after every kind of plain byte, must be found exactly.
TEST(JsonlRecord, RunStopsAtEveryPositionOfABlock) {
  const std::string fillers[] = {"abcdefghijklmnopqrst", "\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80 ~!\x7F\xA0\xFF\xDF" "123"};
  for (const std::string& filler : fillers) {
    for (std::size_t i = 0; i <= filler.size(); ++i) {
      const std::string head = filler.substr(0, i), tail = filler.substr(i);
      auto r = parse("{\"text\":\"" + head + "\\\"" + tail + "\\n\"}");
      ASSERT_TRUE(r) << i;
      EXPECT_EQ(r->text, head + "\"" + tail + "\n");
      r = parse("{\"title\":\"" + head + "\",\"text\":\"" + tail + "\"}");
      ASSERT_TRUE(r) << i;
      EXPECT_EQ(r->title, head);
      EXPECT_EQ(r->text, tail);

      std::string error;
      const std::string with_control = "{\"text\":\"" + head + "\x1F" + tail + "\"}";
      EXPECT_FALSE(parse(with_control, &error));
      EXPECT_NE(error.find(fmt::format("at byte {}", 9 + i)), std::string::npos) << error;
      const std::string with_nul = "{\"text\":\"" + head + std::string(1, '\0') + tail + "\"}";
      EXPECT_FALSE(parse(with_nul, &error));
      EXPECT_NE(error.find(fmt::format("at byte {}", 9 + i)), std::string::npos) << error;
      const std::string unterminated = "{\"text\":\"" + head;
      EXPECT_FALSE(parse(unterminated, &error));
      EXPECT_NE(error.find(fmt::format("at byte {}", unterminated.size())), std::string::npos) << error;
    }
  }
}

}  // namespace
}  // namespace warta

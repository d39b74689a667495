// The JSON writer: string escaping for every byte, containers, and valid output for any Result.
#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "json/json_writer.hpp"
#include "json/result_names.hpp"
#include "json_test_validator.hpp"
#include "text/utf8.hpp"
#include "warta/engine.hpp"
#include "warta/json.hpp"

namespace warta::detail {
namespace {

std::string quoted(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

// The string a strict parser reads back from the writer's output.
std::string round_trip(std::string_view s) {
  std::string error;
  auto v = testing::parse_json_strict(quoted(s), error);
  EXPECT_TRUE(v.has_value()) << error << " in " << quoted(s);
  return v ? v->text : std::string("<invalid>");
}

TEST(JsonString, EscapesQuotesBackslashAndControlCharacters) {
  EXPECT_EQ(quoted("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(quoted("\n\r\t\b\f"), "\"\\n\\r\\t\\b\\f\"");
  EXPECT_EQ(quoted(std::string_view("\0\x01\x1f", 3)), "\"\\u0000\\u0001\\u001f\"");
  EXPECT_EQ(quoted("\x7f"), "\"\x7f\"");
  for (int c = 0; c < 0x20; ++c) {
    std::string s(1, static_cast<char>(c));
    EXPECT_EQ(round_trip(s), s) << c;
  }
}

TEST(JsonString, InvalidBytesBecomeReplacementCharacters) {
  EXPECT_EQ(round_trip("ab\xFF" "cd"), "ab\xEF\xBF\xBD" "cd");
  EXPECT_EQ(round_trip("\xC3"), "\xEF\xBF\xBD");
  EXPECT_EQ(round_trip("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(JsonString, LineSeparatorsAreEscapedForJavaScript) {
  EXPECT_EQ(quoted("a\xE2\x80\xA8" "b\xE2\x80\xA9"), "\"a\\u2028b\\u2029\"");
  EXPECT_EQ(round_trip("a\xE2\x80\xA8" "b"), "a\xE2\x80\xA8" "b");
}

TEST(JsonString, MultiByteTextIsKept) {
  EXPECT_EQ(quoted("Erdo\xC4\x9F" "an \xE2\x80\x9Ckami\xE2\x80\x9D \xF0\x9F\x98\x80"),
            "\"Erdo\xC4\x9F" "an \xE2\x80\x9Ckami\xE2\x80\x9D \xF0\x9F\x98\x80\"");
}

TEST(JsonWriter, NestedContainersCompactAndIndented) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().key<"a">().value(1).key<"b">().begin_array().value("x").null().value(true).end_array();
  w.key<"c">().begin_object().end_object().key<"d">().begin_array().end_array().end_object();
  w.finish();
  EXPECT_EQ(out, "{\"a\":1,\"b\":[\"x\",null,true],\"c\":{},\"d\":[]}");
  EXPECT_EQ(indent_json(out),
            "{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    null,\n    true\n  ],\n  \"c\": {},\n  \"d\": []\n}");
}

// Commas come from one flag, not a stack of open containers: deep nesting, arrays of arrays,
// empty containers between full ones, objects after values in arrays.
TEST(JsonWriter, CommasAtEveryDepth) {
  std::string out;
  {
    JsonWriter w(out);
    w.begin_array();
    for (int i = 0; i < 100; ++i) w.begin_array().value(i);
    for (int i = 0; i < 100; ++i) w.end_array();
    w.begin_array().end_array().begin_object().end_object().value(false);
    w.begin_object().key<"a">().begin_array().begin_object().end_object().value(2).end_array().key<"b">().null().end_object();
    w.end_array();
  }
  std::string expected = "[";
  for (int i = 0; i < 100; ++i) expected += (i > 0 ? ",[" : "[") + std::to_string(i);
  expected += std::string(100, ']') + ",[],{},false,{\"a\":[{},2],\"b\":null}]";
  EXPECT_EQ(out, expected);
  EXPECT_TRUE(testing::is_valid_json(indent_json(out)));
}

// Indenting reads strings as strings: brackets, commas, colons, quotes and backslashes inside
// them are kept as they are.
TEST(JsonIndent, LeavesStringsAlone) {
  std::string out;
  {
    JsonWriter w(out);
    w.begin_object().key<"s">().value("{a,b}: [\"c\\\"]").key<"t">().begin_array().value("\\").value(":,").end_array();
    w.end_object();
  }
  EXPECT_EQ(indent_json(out),
            "{\n  \"s\": \"{a,b}: [\\\"c\\\\\\\"]\",\n  \"t\": [\n    \"\\\\\",\n    \":,\"\n  ]\n}");
  std::string error;
  auto v = testing::parse_json_strict(indent_json(out), error);
  ASSERT_TRUE(v.has_value()) << error;
  EXPECT_EQ(v->find("s")->text, "{a,b}: [\"c\\\"]");
}

TEST(JsonString, EscapesInsideLongPlainRunsKeepTheTextAround) {
  std::string s = std::string(40, 'a') + "\"" + "Erdo\xC4\x9F" "an\n" + std::string(9, 'b') + "\x01\xFF" "c";
  EXPECT_EQ(detail::quoted(s), "\"" + std::string(40, 'a') + "\\\"Erdo\xC4\x9F" "an\\n" + std::string(9, 'b') +
                           "\\u0001\xEF\xBF\xBD" "c\"");
  EXPECT_EQ(quoted(""), "\"\"");
}

// Sixteen bytes, then eight, are checked at a time (a short tail padded, a long string's tail
// read from its last block): a byte that needs escaping is found wherever it sits, in long
// strings and short ones, at either end of a block, and plain runs ending at a block's end or
// just past it.
TEST(JsonString, EveryEscapeFoundAtEveryOffset) {
  for (std::string_view special : {"\"", "\\", "\n", "\x01", "\x1f", "\x7f", " ", "\xC4\x9F", "\xE2\x80\xA8", "\xFF"}) {
    for (std::size_t length : {0, 3, 7, 8, 9, 15, 16, 17, 23, 24, 31, 32, 33, 40, 47, 48}) {
      for (std::size_t pos = 0; pos <= length; ++pos) {
        std::string s(length, 'x');
        s.insert(pos, special);
        std::string expected = s;
        if (special == "\xFF") expected.replace(pos, 1, "\xEF\xBF\xBD");
        EXPECT_EQ(round_trip(s), expected) << pos;
        if (special == "\xC4\x9F") EXPECT_EQ(detail::quoted(s), "\"" + s + "\"") << pos;
      }
    }
  }
}

// The sixteen-byte check (SSE2 where the build has it) finds the same first byte as the portable
// one, for every byte value at every position, behind plain bytes and behind other such bytes.
TEST(JsonString, SixteenByteCheckAgreesWithThePortableOne) {
  auto first = [](std::uint32_t bits) { return std::countr_zero(bits | (1u << 16)); };
  auto words = [](const std::string& block) {
    std::uint64_t lo, hi;
    std::memcpy(&lo, block.data(), 8);
    std::memcpy(&hi, block.data() + 8, 8);
    return std::pair{lo, hi};
  };
  for (int c = 0; c < 256; ++c) {
    for (int pos = 0; pos < 16; ++pos) {
      for (char fill : {'a', ' ', '~', '\x7f', '"'}) {
        std::string block(16, 'k');
        for (int i = pos + 1; i < 16; ++i) block[static_cast<std::size_t>(i)] = fill;
        block[static_cast<std::size_t>(pos)] = static_cast<char>(c);
        const auto [lo, hi] = words(block);
        EXPECT_EQ(first(json_look_bits16(lo, hi)), first(json_look_bits16_blocks(lo, hi))) << c << " at " << pos;
        const bool plain = c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
        EXPECT_EQ(first(json_look_bits16(lo, hi)) == pos, !plain) << c << " at " << pos;
      }
    }
  }
  const std::string plain(16, 'k');
  const auto [lo, hi] = words(plain);
  EXPECT_EQ(json_look_bits16(lo, hi), 0u);
  EXPECT_EQ(json_look_bits16_blocks(lo, hi), 0u);
}

// The writer sizes its string ahead and trims it when done: output that outgrows the first guess
// (here one byte) is grown on the way, and writing may go on after finish(), appending to what
// the string held before.
TEST(JsonWriter, GrowsPastItsFirstGuessAndTrimsWhenDone) {
  std::string out = "prefix:";
  {
    JsonWriter w(out, 1);
    w.begin_array();
    for (int i = 0; i < 1000; ++i) w.value("kata \"Jokowi\" \xE2\x80\xA8");
    w.finish();
    EXPECT_EQ(out.size(), 7u + 1 + 1000 * 25 - 1);
    w.end_array();
  }
  EXPECT_EQ(out.substr(0, 9), "prefix:[\"");
  EXPECT_EQ(out.substr(out.size() - 3), "8\"]");
  EXPECT_TRUE(testing::is_valid_json(out.substr(7)));
}

// Output that fits the first guess is written where the guess reserved it: sizing the string on
// the way never reaches past that memory (a short result's guess is below the sizing step), so
// nothing is reallocated and copied.
TEST(JsonWriter, OutputWithinItsGuessStaysInTheReservedMemory) {
  std::string out;
  const char* reserved = nullptr;
  {
    JsonWriter w(out, 600);
    reserved = out.data();
    w.begin_array();
    for (int i = 0; i < 30; ++i) w.value("Anwar Ibrahim");
    w.end_array();
  }
  EXPECT_EQ(out.data(), reserved);
  EXPECT_EQ(out.size(), 2u + 30 * 15 + 29);
  EXPECT_TRUE(testing::is_valid_json(out));
}

// Every length of a string that needs no escape around the eight-byte steps, and a long one with
// escapes all along, written where the string held something before.
TEST(JsonString, EveryLengthAndLongEscapedRuns) {
  for (std::size_t length = 0; length <= 40; ++length) {
    const std::string s(length, 'k');
    EXPECT_EQ(detail::quoted(s), "\"" + s + "\"") << length;
  }
  std::string s;
  for (int i = 0; i < 5000; ++i) s += "a\"\n\x01\xC4\x9F";
  std::string expected = "\"";
  for (int i = 0; i < 5000; ++i) expected += "a\\\"\\n\\u0001\xC4\x9F";
  EXPECT_EQ(detail::quoted(s), expected + "\"");
}

TEST(JsonWriter, IntegersAtTheirExtremes) {
  std::string out;
  JsonWriter w(out);
  w.begin_array().value(0).value(-7).value(std::int64_t{9223372036854775807LL});
  w.value(std::numeric_limits<std::int64_t>::min()).value(std::size_t{4294967296u}).end_array();
  w.finish();
  EXPECT_EQ(out, "[0,-7,9223372036854775807,-9223372036854775808,4294967296]");
}

// The byte table and the inline sequence check read UTF-8 exactly as utf8proc does: every lead
// byte before every second byte, the sequence completed with continuation bytes or cut short.
TEST(JsonString, Utf8ChecksAgreeWithUtf8procForEveryLeadAndSecondByte) {
  for (int lead = 0x80; lead < 0x100; ++lead) {
    for (int second = 0; second < 0x100; ++second) {
      for (std::string_view tail : {"\x80\x80", "\xBF", "x", ""}) {
        std::string s = "ab";
        s += static_cast<char>(lead);
        s += static_cast<char>(second);
        s += tail;
        if (s.find_first_of("\"\\") != std::string::npos || static_cast<unsigned char>(second) < 0x20) continue;
        std::string expected = sanitize_utf8(s);
        for (std::string_view sep : {"\xE2\x80\xA8", "\xE2\x80\xA9"})
          if (s.find(sep) != std::string::npos) expected.clear();  // escaped instead; checked elsewhere
        if (expected.empty()) continue;
        ASSERT_EQ(round_trip(s), expected) << std::hex << lead << ' ' << second << ' ' << tail.size();
      }
    }
  }
}

TEST(JsonWriter, KeysAreWrittenQuotedWithTheirColon) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().key<"invalid_utf8_replaced">().value(0).key<"n">().value(7).end_object();
  w.finish();
  EXPECT_EQ(out, "{\"invalid_utf8_replaced\":0,\"n\":7}");
  EXPECT_EQ(indent_json(out), "{\n  \"invalid_utf8_replaced\": 0,\n  \"n\": 7\n}");
}

// Numbers below 10 are written as one digit, those below 10^8 eight digits at once in a register,
// the rest through to_chars: both sides of each edge.
TEST(JsonWriter, SmallAndLargeNumbersAroundTheFastPath) {
  std::string out;
  JsonWriter w(out);
  w.begin_array().value(0).value(9).value(10).value(42).value(99).value(100).value(-1).value(12345).end_array();
  w.finish();
  EXPECT_EQ(out, "[0,9,10,42,99,100,-1,12345]");
}

// The register conversion against to_string: every power of ten and its neighbours, numbers with
// inner zeros, as values and as span members.
TEST(JsonWriter, EveryNumberReadsAsToString) {
  std::vector<std::int64_t> numbers = {0, 7, 1010, 100200, 10203040, 99999999, 100000000, 123456789012345LL};
  for (std::int64_t p = 1; p <= 1000000000000LL; p *= 10)
    for (std::int64_t d : {-1, 0, 1}) numbers.push_back(p + d);
  std::string out, expected = "[";
  {
    JsonWriter w(out);
    w.begin_array();
    for (std::int64_t n : numbers) {
      w.value(n).span_object(static_cast<std::size_t>(n), static_cast<std::size_t>(n) + 1);
      if (expected.size() > 1) expected += ",";
      expected += std::to_string(n) + ",{\"start\":" + std::to_string(n) + ",\"end\":" + std::to_string(n + 1) + "}";
    }
    w.end_array();
  }
  EXPECT_EQ(out, expected + "]");
}

// Offsets below 10^4 take their own four-digit path: every one of them, and the first past it.
TEST(JsonWriter, EveryFourDigitOffsetReadsAsToString) {
  std::string out, expected;
  {
    JsonWriter w(out);
    for (std::size_t n = 0; n <= 10001; ++n) w.span_object(n, n + 1);
  }
  for (std::size_t n = 0; n <= 10001; ++n) {
    if (n > 0) expected += ',';
    expected += "{\"start\":" + std::to_string(n) + ",\"end\":" + std::to_string(n + 1) + "}";
  }
  EXPECT_EQ(out, expected);
}

// Spans are written in one piece each: they must read as the same members, first or after another
// member, in arrays and objects, at the extremes, and indent as members written one by one.
TEST(JsonWriter, SpansAsObjectsAndAsMembers) {
  constexpr auto kMax = static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max());
  std::string out;
  JsonWriter w(out);
  w.begin_array().span_object(0, 7).span_object(123456, kMax).text_span_object(3, 12, "kata \"Jokowi\"");
  w.begin_object().span_members(5, 99).end_object();
  w.begin_object().key<"text">().value("x").span_members(100, 1000).key<"n">().value(1).end_object();
  w.end_array();
  w.finish();
  EXPECT_EQ(out,
            "[{\"start\":0,\"end\":7},{\"start\":123456,\"end\":9223372036854775807},"
            "{\"start\":3,\"end\":12,\"text\":\"kata \\\"Jokowi\\\"\"},{\"start\":5,\"end\":99},"
            "{\"text\":\"x\",\"start\":100,\"end\":1000,\"n\":1}]");
  EXPECT_EQ(indent_json(out),
            "[\n  {\n    \"start\": 0,\n    \"end\": 7\n  },\n"
            "  {\n    \"start\": 123456,\n    \"end\": 9223372036854775807\n  },\n"
            "  {\n    \"start\": 3,\n    \"end\": 12,\n    \"text\": \"kata \\\"Jokowi\\\"\"\n  },\n"
            "  {\n    \"start\": 5,\n    \"end\": 99\n  },\n"
            "  {\n    \"text\": \"x\",\n    \"start\": 100,\n    \"end\": 1000,\n    \"n\": 1\n  }\n]");
}

// An array of spans written in one call reads as its objects written one by one: empty, one, and
// many, with offsets on both sides of the four-digit fast path and texts that need escapes.
TEST(JsonWriter, SpanArraysReadAsTheirObjectsOneByOne) {
  const std::vector<Span> spans = {{0, 7}, {9999, 10000}, {123456, 1234567}, {42, 42}};
  const std::vector<TextSpan> mentions = {{{3, 9}, "Jokowi"},
                                          {{10, 40}, "Presiden \"Joko Widodo\" di Bogor\n"},
                                          {{10000, 10005}, "Bogor \xE2\x80\xA8 \xFF"}};
  for (std::size_t n : {0U, 1U, 4U}) {
    std::string whole, one_by_one;
    {
      JsonWriter w(whole);
      w.begin_object().key<"spans">().span_array(std::span(spans).first(n));
      w.key<"mentions">().text_span_array(std::span(mentions).first(std::min<std::size_t>(n, mentions.size())));
      w.end_object();
    }
    {
      JsonWriter w(one_by_one);
      w.begin_object().key<"spans">().begin_array();
      for (std::size_t i = 0; i < n; ++i) w.span_object(spans[i].start, spans[i].end);
      w.end_array().key<"mentions">().begin_array();
      for (std::size_t i = 0; i < std::min<std::size_t>(n, mentions.size()); ++i)
        w.text_span_object(mentions[i].span.start, mentions[i].span.end, mentions[i].text);
      w.end_array().end_object();
    }
    EXPECT_EQ(whole, one_by_one) << n;
    std::string error;
    EXPECT_TRUE(testing::parse_json_strict(whole, error).has_value()) << error << " in " << whole;
  }
}

// A member written in one step reads as its name and value written one after the other: every
// kind of value, first in an object and after another member.
TEST(JsonWriter, MembersInOneStepReadAsKeyAndValue) {
  std::string fused, apart;
  {
    JsonWriter w(fused);
    w.begin_array().begin_object().member<"s">("kata \"x\"").member<"e">("").member<"c">(std::string_view("\x01\xFF"));
    w.member<"i">(7).member<"n">(-12).member<"z">(std::size_t{123456789012}).member<"t">(true).member<"f">(false);
    w.member<"o">(std::optional<int>{}).member<"p">(std::optional<std::string>{"y"}).null_member<"u">();
    w.end_object().begin_object().member<"only">(0).end_object().end_array();
  }
  {
    JsonWriter w(apart);
    w.begin_array().begin_object().key<"s">().value("kata \"x\"").key<"e">().value("");
    w.key<"c">().value(std::string_view("\x01\xFF")).key<"i">().value(7).key<"n">().value(-12);
    w.key<"z">().value(std::size_t{123456789012}).key<"t">().value(true).key<"f">().value(false);
    w.key<"o">().value(std::optional<int>{}).key<"p">().value(std::optional<std::string>{"y"}).key<"u">().null();
    w.end_object().begin_object().key<"only">().value(0).end_object().end_array();
  }
  EXPECT_EQ(fused, apart);
  EXPECT_TRUE(testing::is_valid_json(fused)) << fused;
  EXPECT_EQ(fused.substr(0, 25), "[{\"s\":\"kata \\\"x\\\"\",\"e\":\"\"");
}

TEST(JsonWriter, EnumerationNamesReadAsPlainStringMembers) {
  // name_member copies a name as one block with no look for escapes; it must write what member()
  // writes for every name of the result, first in an object and after another member.
  std::vector<std::string_view> names;
  for (auto t : {EntityType::person, EntityType::gpe, EntityType::loc, EntityType::org, EntityType::media})
    names.push_back(entity_type_name(t));
  for (auto k : {SummitKind::visit, SummitKind::meeting, SummitKind::summit, SummitKind::call})
    names.push_back(summit_kind_name(k));
  for (auto st : {SummitStatus::occurred, SummitStatus::planned}) names.push_back(summit_status_name(st));
  for (auto k : {AttributionKind::direct, AttributionKind::indirect}) names.push_back(attribution_kind_name(k));
  for (std::string_view name : names) {
    std::string block, plain;
    {
      JsonWriter w(block);
      w.begin_object().name_member<"kind">(name).name_member<"type">(name).end_object();
    }
    {
      JsonWriter w(plain);
      w.begin_object().member<"kind">(name).member<"type">(name).end_object();
    }
    EXPECT_EQ(block, plain);
    EXPECT_EQ(block, "{\"kind\":\"" + std::string(name) + "\",\"type\":\"" + std::string(name) + "\"}");
  }
}

TEST(JsonWriter, OptionalValues) {
  std::string out;
  JsonWriter w(out);
  w.begin_array().value(std::optional<std::string>{}).value(std::optional<std::string>{"x"}).end_array();
  w.finish();
  EXPECT_EQ(out, "[null,\"x\"]");
}

TEST(ToJson, ValidForHostileInput) {
  Engine engine;
  Options o;
  o.invalid_utf8 = InvalidUtf8::replace;
  std::string text("Judul \"aneh\"\n\x01\x02 Penulis: A\\B\n\nJAKARTA - Isi\0 dengan \xFF byte \xE2\x80\xA8 dan \x1b.", 66);
  Input in;
  in.text = text;
  for (bool pretty : {false, true}) {
    JsonOptions jo;
    jo.pretty = pretty;
    jo.id = "id-\"1\"\n";
    std::string json = to_json(engine.extract(in, o), jo);
    std::string error;
    auto v = testing::parse_json_strict(json, error);
    ASSERT_TRUE(v.has_value()) << error << "\n" << json;
    EXPECT_EQ(v->find("schema")->text, "warta/1");
    EXPECT_EQ(v->find("id")->text, "id-\"1\"\n");
    for (const char* key : {"article", "entities", "summits", "attributions", "dates"})
      EXPECT_NE(v->find(key), nullptr) << key;
  }
}

// to_json takes any Result, not only the engine's: texts a caller built by hand with invalid
// UTF-8, control bytes, quotes and backslashes anywhere, at block ends and past them, still make
// valid JSON that reads back as the texts with bad bytes as U+FFFD.
TEST(ToJson, ValidForAHandBuiltResultWithAnyBytes) {
  const std::vector<std::string> texts = {std::string("\0", 1), "abcdefg\xFF", "abcdefgh\xC3", "\xE2\x80",
                                          "Jokowi\"\\\x7f\x1f\xED\xA0\x80 12345678", std::string(16, '\\'),
                                          "Erdo\xC4\x9F" "an \xF0\x9F\x98\x80\xF4\x90\x80\x80"};
  Result r;
  for (const std::string& t : texts) {
    Entity& e = r.entities.emplace_back();
    e.name = t;
    e.mentions.push_back({{0, t.size()}, t});
    e.titles.push_back(t);
    r.article.authors.push_back(t);
  }
  r.attributions.emplace_back().content.text = texts[4];
  for (bool pretty : {false, true}) {
    JsonOptions o;
    o.pretty = pretty;
    const std::string json = to_json(r, o);
    std::string error;
    auto v = testing::parse_json_strict(json, error);
    ASSERT_TRUE(v.has_value()) << error << "\n" << json;
    const auto& entities = v->find("entities")->items;
    ASSERT_EQ(entities.size(), texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
      EXPECT_EQ(entities[i].find("name")->text, sanitize_utf8(texts[i])) << i;
      EXPECT_EQ(entities[i].find("mentions")->items[0].find("text")->text, sanitize_utf8(texts[i])) << i;
      EXPECT_EQ(v->find("article")->find("authors")->items[i].text, sanitize_utf8(texts[i])) << i;
    }
  }
}

TEST(StrictValidator, RejectsWhatRfc8259Forbids) {
  for (const char* bad : {"", "{", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "+1", "1e", "\"\\x\"", "\"a\nb\"",
                          "\"\\ud800\"", "\"\\udc00\"", "nul", "[1] 2", "{'a':1}", "\"\xC0\xAF\"", "\"\xFF\"",
                          "\"\xED\xA0\x80\""})
    EXPECT_FALSE(testing::is_valid_json(bad)) << bad;
  for (const char* good : {"0", "-0.5e+10", "\"\\ud83d\\ude00\"", " [ {} , [ ] , null ] ", "{\"a\":{\"b\":[true,false]}}"})
    EXPECT_TRUE(testing::is_valid_json(good)) << good;
}

}  // namespace
}  // namespace warta::detail

namespace {

// The error line of batch tools: valid JSON whatever the message holds, id and offset kept.
TEST(JsonErrorLine, IsValidJsonWithIdCodeMessageAndOffset) {
  warta::JsonOptions o;
  o.id = "rec\"7";
  const std::string message = std::string("bad byte \xFF at \"here\"\x01\n", 21);
  const std::string j = warta::error_to_json({"invalid_utf8", message, 31}, o);
  EXPECT_TRUE(warta::testing::is_valid_json(j)) << j;
  EXPECT_EQ(j.rfind(R"({"id":"rec\"7","schema":"warta/1","error":{"code":"invalid_utf8","message":)", 0), 0U) << j;
  EXPECT_NE(j.find("\"byte_offset\":31}}"), std::string::npos) << j;
  EXPECT_EQ(warta::to_string(warta::ErrorCode::invalid_utf8), std::string("invalid_utf8"));
}

}  // namespace

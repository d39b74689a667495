#pragma once
// Helpers for the entities_*_test.cpp and lexicon_*_test.cpp files: a Document built straight from
// text (one paragraph per line, the first one a headline when asked), the entity table read
// back as names, and two mention scans compared.
#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entities/entity_recognizer.hpp"
#include "entities/mention_finder.hpp"
#include "lexicon/lexicon.hpp"
#include "pipeline/document.hpp"

namespace warta::detail::testing {

struct TestDoc {
  std::string text;
  Document doc;
};

// `skip_lines` first lines stay out of the paragraphs (a dateline line, a byline).
inline std::unique_ptr<TestDoc> make_doc(std::string text, bool headline_first = false,
                                         std::optional<CivilTime> reference = std::nullopt, int skip_lines = 0) {
  auto t = std::make_unique<TestDoc>();
  t->text = std::move(text);
  Document& doc = t->doc;
  doc.text = t->text;
  doc.reference = reference;
  std::uint32_t at = 0;
  const auto size = static_cast<std::uint32_t>(t->text.size());
  while (at < size) {
    std::uint32_t nl = at;
    while (nl < size && t->text[nl] != '\n') ++nl;
    if (skip_lines > 0) {
      --skip_lines;
    } else if (nl > at) {
      append_paragraph(doc, at, nl, headline_first && doc.paragraphs.empty() ? BlockKind::headline : BlockKind::body);
    }
    at = nl + 1;
  }
  return t;
}

// The built-in lexicon (built once for all tests), or one with extra user buffers.
inline std::shared_ptr<const Lexicon> builtin_lexicon() {
  static const std::shared_ptr<const Lexicon> lex = build_lexicon(EngineConfig{});
  return lex;
}

inline std::shared_ptr<const Lexicon> lexicon_with(std::string tsv, bool builtin = true) {
  EngineConfig config;
  config.builtin_lexicons = builtin;
  config.lexicons.push_back({LexiconSource::Kind::buffer, std::move(tsv), "test"});
  return build_lexicon(config);
}

inline EntityTable recognize(const TestDoc& t, std::shared_ptr<const Lexicon> lex = builtin_lexicon()) {
  return EntityRecognizer(std::move(lex)).recognize(t.doc);
}

// The entity a mention with this exact text belongs to, or nullptr.
inline const EntityRecord* entity_of(const TestDoc& t, const EntityTable& table, std::string_view mention) {
  for (const EntityMention& m : table.mentions) {
    if (t.doc.slice(m.start, m.end) == mention && m.entity >= 0) return &table.entities[static_cast<std::size_t>(m.entity)];
  }
  return nullptr;
}

inline std::vector<std::string> mention_texts(const TestDoc& t, const EntityTable& table, const EntityRecord& e) {
  // The table's mentions in text order, those that name `e` (a record counts them, not lists them).
  const auto entity = static_cast<std::int32_t>(&e - table.entities.data());
  std::vector<std::string> out;
  for (const EntityMention& m : table.mentions) {
    if (m.entity == entity) out.emplace_back(t.doc.slice(m.start, m.end));
  }
  return out;
}

inline const EntityRecord* entity_named(const EntityTable& table, std::string_view name) {
  for (const EntityRecord& e : table.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

// What a mention scan found: its candidates, the part keys they point into and the nickname cues.
struct ScanResult {
  std::vector<Candidate> candidates;
  std::vector<std::uint64_t> part_keys;
  std::vector<NicknameCue> cues;

  static ScanResult of(MentionFinder& finder) {
    return {finder.candidates(), {finder.part_keys().begin(), finder.part_keys().end()}, finder.nickname_cues()};
  }
};

// Two scans of `doc` (one read some other way than the plain scan) found the same, field by field.
inline void expect_same_scan(const ScanResult& found, const ScanResult& expected, const Document& doc) {
  ASSERT_EQ(found.candidates.size(), expected.candidates.size());
  for (std::size_t k = 0; k < found.candidates.size(); ++k) {
    const Candidate& a = found.candidates[k];
    const Candidate& b = expected.candidates[k];
    SCOPED_TRACE(::testing::Message() << "candidate " << k << ": " << doc.slice(b.text_start, b.text_end));
    EXPECT_EQ(a.begin, b.begin);
    EXPECT_EQ(a.end, b.end);
    EXPECT_EQ(a.title_begin, b.title_begin);
    EXPECT_EQ(a.title_end, b.title_end);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.entry, b.entry);
    EXPECT_EQ(a.alias_of, b.alias_of);
    EXPECT_EQ(a.core_begin, b.core_begin);
    EXPECT_EQ(a.core_end, b.core_end);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.evidence, b.evidence);
    EXPECT_EQ(a.upper, b.upper);
    EXPECT_EQ(a.clear, b.clear);
    EXPECT_EQ(a.part_count, b.part_count);
    EXPECT_EQ(a.parts, b.parts);
    EXPECT_EQ(a.words, b.words);
    EXPECT_EQ(a.start, b.start);
    EXPECT_EQ(a.text_start, b.text_start);
    EXPECT_EQ(a.text_end, b.text_end);
    EXPECT_EQ(a.key, b.key);
    if (b.has_core()) EXPECT_EQ(a.core_key(found.part_keys), b.core_key(expected.part_keys));
  }
  EXPECT_EQ(found.part_keys, expected.part_keys);
  ASSERT_EQ(found.cues.size(), expected.cues.size());
  for (std::size_t k = 0; k < expected.cues.size(); ++k) {
    EXPECT_EQ(found.cues[k].candidate, expected.cues[k].candidate) << k;
    EXPECT_EQ(found.cues[k].other, expected.cues[k].other) << k;
  }
}

}  // namespace warta::detail::testing

#pragma once
// Helpers for the entities_*_test.cpp and lexicon_*_test.cpp files: a Document built straight from
// text (one paragraph per line, the first one a headline when asked), and the entity table read
// back as names.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entities/entity_recognizer.hpp"
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

}  // namespace warta::detail::testing

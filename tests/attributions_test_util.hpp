#pragma once
// Shared helpers for the attributions_*_test.cpp files: a Document built from paragraphs the way
// the pipeline builds it (tokenizer + sentence splitter), and an EntityTable written by hand, so
// the attribution stage is tested on its own.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "../lib/attributions/attribution_finder.hpp"
#include "../lib/entities/entity_table.hpp"
#include "../lib/pipeline/document.hpp"
#include "../lib/text/source_text.hpp"

namespace warta::detail::attributions_testing {

struct EntitySpec {
  EntityType type = EntityType::person;
  std::string name;                    // canonical
  std::vector<std::string> surfaces;   // forms searched in the text (the name itself when empty)
  std::vector<std::string> titles = {};
  std::vector<std::string> roles = {};
};

struct Para {
  BlockKind kind;
  std::string text;
};
inline Para body(std::string t) { return {BlockKind::body, std::move(t)}; }
inline Para headline(std::string t) { return {BlockKind::headline, std::move(t)}; }

struct Article {
  std::string text;
  SourceText source;  // of `text`, valid UTF-8: the input the findings' spans and texts come from
  Document doc;
  EntityTable entities;

  std::string name_of(const std::optional<int>& id) const {
    return id ? entities.entities[static_cast<std::size_t>(*id)].name : std::string("<null>");
  }
};

inline bool word_edge(const std::string& s, std::size_t at) {
  if (at == 0 || at >= s.size()) return true;
  unsigned char c = static_cast<unsigned char>(s[at]);
  return !(std::isalnum(c) || c >= 0x80);
}

inline std::unique_ptr<Article> article(const std::vector<Para>& paras, const std::vector<EntitySpec>& specs = {}) {
  auto a = std::make_unique<Article>();
  for (const Para& p : paras) {
    if (!a->text.empty()) a->text += "\n\n";
    a->text += p.text;
  }
  PrepareStats stats;
  a->source = prepare_text(a->text, InvalidUtf8::reject, nullptr, stats);
  Document& d = a->doc;
  d.source = &a->source;
  d.text = a->source.work;
  std::uint32_t at = 0;
  for (const Para& p : paras) {
    const std::uint32_t end = at + static_cast<std::uint32_t>(p.text.size());
    append_paragraph(d, at, end, p.kind);
    at = end + 2;
  }
  // Mentions: every whole-word occurrence of each surface form, longest forms first.
  EntityTable& t = a->entities;
  t.token_mention.assign(d.tokens.list.size(), -1);
  struct Hit { std::uint32_t b, e; std::int32_t entity; };
  std::vector<std::pair<std::string, std::int32_t>> forms;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    EntityRecord r;
    r.type = specs[i].type;
    r.name = specs[i].name;
    r.titles = specs[i].titles;
    r.roles = specs[i].roles;
    t.entities.push_back(r);
    if (specs[i].surfaces.empty()) forms.emplace_back(specs[i].name, static_cast<std::int32_t>(i));
    for (const auto& s : specs[i].surfaces) forms.emplace_back(s, static_cast<std::int32_t>(i));
  }
  std::stable_sort(forms.begin(), forms.end(), [](auto& x, auto& y) { return x.first.size() > y.first.size(); });
  std::vector<Hit> hits;
  std::vector<char> used(d.tokens.list.size(), 0);
  for (const auto& [form, ent] : forms) {
    for (std::size_t pos = a->text.find(form); pos != std::string::npos; pos = a->text.find(form, pos + 1)) {
      if (!word_edge(a->text, pos - (pos ? 1 : 0)) && pos) continue;
      if (!word_edge(a->text, pos + form.size())) continue;
      std::uint32_t b = 0, e = 0;
      bool found_b = false, found_e = false;
      for (std::uint32_t k = 0; k < d.tokens.list.size(); ++k) {
        if (d.tokens.list[k].start == pos) b = k, found_b = true;
        if (d.tokens.list[k].end == pos + form.size()) e = k + 1, found_e = true;
      }
      if (!found_b || !found_e || e <= b) continue;
      bool clash = false;
      for (std::uint32_t k = b; k < e; ++k) clash = clash || used[k];
      if (clash) continue;
      for (std::uint32_t k = b; k < e; ++k) used[k] = 1;
      hits.push_back({b, e, ent});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& x, const Hit& y) { return x.b < y.b; });
  for (const Hit& h : hits) {
    EntityMention m;
    m.start = d.tokens.list[h.b].start;
    m.end = d.tokens.list[h.e - 1].end;
    m.tok_begin = h.b;
    m.tok_end = h.e;
    m.title_begin = m.title_end = h.b;
    m.entity = h.entity;
    auto idx = static_cast<std::int32_t>(t.mentions.size());
    t.mentions.push_back(m);
    ++t.entities[static_cast<std::size_t>(h.entity)].mention_count;
    for (std::uint32_t k = h.b; k < h.e; ++k) t.token_mention[k] = idx;
  }
  return a;
}

inline const AttributionFinder& finder() {
  static const AttributionFinder f;
  return f;
}

inline std::vector<Attribution> attributions(const Article& a) { return finder().find(a.doc, a.entities); }

// Person and outlet specs, for brevity.
inline EntitySpec person(std::string name, std::vector<std::string> surfaces = {},
                         std::vector<std::string> titles = {}, std::vector<std::string> roles = {}) {
  if (surfaces.empty()) surfaces.push_back(name);
  return {EntityType::person, std::move(name), std::move(surfaces), std::move(titles), std::move(roles)};
}
inline EntitySpec media(std::string name) { return {EntityType::media, name, {name}}; }
inline EntitySpec org(std::string name) { return {EntityType::org, name, {name}}; }
inline EntitySpec gpe(std::string name) { return {EntityType::gpe, name, {name}}; }

}  // namespace warta::detail::attributions_testing

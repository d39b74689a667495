#pragma once
// Helpers for the summits_*_test.cpp files: a Document built from text (one paragraph per line,
// the first one a headline when asked), an entity table built by hand from the names a test
// declares (so the summit tests do not depend on the entity stage), the real date finder, and the
// summits read back as names.
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dates/date_finder.hpp"
#include "entities/entity_table.hpp"
#include "pipeline/document.hpp"
#include "summits/summit_finder.hpp"

namespace warta::detail::testing {

struct Name {
  EntityType type = EntityType::person;
  std::string canonical;
  std::vector<std::string> forms;  // surface forms besides the canonical one
  std::string country;             // ISO alpha-2 or empty
  bool official = true;            // a person with an office (the entity stage's roles)
};

inline Name person(std::string canonical, std::vector<std::string> forms = {}, std::string country = "") {
  return {EntityType::person, std::move(canonical), std::move(forms), std::move(country)};
}
// A person with no office: an athlete, a celebrity, a defendant.
inline Name private_person(std::string canonical, std::vector<std::string> forms = {}) {
  return {EntityType::person, std::move(canonical), std::move(forms), "", false};
}
inline Name gpe(std::string canonical, std::string country = "", std::vector<std::string> forms = {}) {
  return {EntityType::gpe, std::move(canonical), std::move(forms), std::move(country)};
}
inline Name loc(std::string canonical, std::string country = "") {
  return {EntityType::loc, std::move(canonical), {}, std::move(country)};
}

struct SummitCase {
  std::string text;
  Document doc;
  EntityTable entities;
  std::vector<DateFinding> dates;
  std::vector<Summit> summits;

  std::string name(int id) const { return entities.entities[static_cast<std::size_t>(id)].name; }
  std::vector<std::string> names(const std::vector<int>& ids) const {
    std::vector<std::string> out;
    for (int id : ids) out.push_back(name(id));
    return out;
  }
  std::optional<std::string> location(const Summit& s) const {
    return s.location ? std::optional<std::string>(name(*s.location)) : std::nullopt;
  }
  std::string evidence_text(const Span& s) const { return text.substr(s.start, s.end - s.start); }
};

namespace summits_detail {

// Words of a title phrase written before a person's name ("Presiden Rusia", "Perdana Menteri").
inline bool title_word(std::string_view folded) {
  for (std::string_view w : {"presiden", "perdana", "menteri", "pemimpin", "kanselir", "raja", "luar", "negeri",
                             "wakil", "sekjen", "pm", "menlu", "imam", "besar", "ibu", "negara", "sultan", "kardinal",
                             "sekretaris", "juru", "bicara"})
    if (w == folded) return true;
  return false;
}

inline void add_entities(SummitCase& c, const std::vector<Name>& names) {
  const Tokens& toks = c.doc.tokens;
  c.entities.token_mention.assign(toks.list.size(), -1);
  for (const Name& n : names) {
    EntityRecord r;
    r.type = n.type;
    r.name = n.canonical;
    r.country = n.country;
    r.from_lexicon = !n.country.empty();
    if (n.type == EntityType::person && n.official) r.roles.push_back("official");
    c.entities.entities.push_back(r);
  }
  // Longest form first at every token, scanning the text once.
  for (std::uint32_t i = 0; i < toks.list.size(); ++i) {
    int best_entity = -1;
    std::uint32_t best_len = 0;
    for (std::size_t e = 0; e < names.size(); ++e) {
      std::vector<std::string> forms = names[e].forms;
      forms.push_back(names[e].canonical);
      for (const std::string& f : forms) {
        Tokens ft;
        tokenize(f, 0, static_cast<std::uint32_t>(f.size()), ft);
        std::uint32_t n = static_cast<std::uint32_t>(ft.list.size());
        if (n <= best_len || i + n > toks.list.size()) continue;
        bool match = true;
        for (std::uint32_t k = 0; k < n && match; ++k) match = toks.fold_of(i + k) == ft.fold_of(k);
        if (match) best_entity = static_cast<int>(e), best_len = n;
      }
    }
    if (best_entity < 0) continue;
    EntityMention m;
    m.tok_begin = i;
    m.tok_end = i + best_len;
    m.start = toks.list[i].start;
    m.end = toks.list[i + best_len - 1].end;
    m.entity = best_entity;
    m.title_begin = m.title_end = i;
    if (names[static_cast<std::size_t>(best_entity)].type == EntityType::person) {
      // Title words, with a country inside ("Perdana Menteri Australia"), up to the name.
      std::uint32_t b = i, k = i;
      while (k > 0 && (title_word(toks.fold_of(k - 1)) || c.entities.token_mention[k - 1] >= 0)) {
        --k;
        if (title_word(toks.fold_of(k))) b = k;
      }
      if (b < i) {
        m.title_begin = b;
        m.title_end = i;
        EntityRecord& r = c.entities.entities[static_cast<std::size_t>(best_entity)];
        std::string title(c.doc.slice(toks.list[b].start, toks.list[i - 1].end));
        if (std::find(r.titles.begin(), r.titles.end(), title) == r.titles.end()) r.titles.push_back(title);
      }
    }
    auto index = static_cast<std::int32_t>(c.entities.mentions.size());
    c.entities.mentions.push_back(m);
    ++c.entities.entities[static_cast<std::size_t>(best_entity)].mention_count;
    for (std::uint32_t k = m.tok_begin; k < m.tok_end; ++k) c.entities.token_mention[k] = index;
    i = m.tok_end - 1;
  }
}

}  // namespace summits_detail

inline const SummitFinder& summit_finder() {
  static const SummitFinder f;
  return f;
}

// Reads `text` (paragraphs are lines; the first is the headline when `headline_first`) with the
// given names, a reference date (the article's publication day) and the real date finder.
inline std::unique_ptr<SummitCase> read_summits(std::string text, const std::vector<Name>& names,
                                                CivilTime reference = {2024, 6, 19}, bool headline_first = false) {
  auto c = std::make_unique<SummitCase>();
  c->text = std::move(text);
  Document& doc = c->doc;
  doc.text = c->text;
  doc.reference = reference;
  const auto size = static_cast<std::uint32_t>(c->text.size());
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;
  for (std::uint32_t at = 0; at < size;) {
    std::uint32_t nl = at;
    while (nl < size && c->text[nl] != '\n') ++nl;
    if (nl > at) {
      append_paragraph(doc, at, nl, headline_first && doc.paragraphs.empty() ? BlockKind::headline : BlockKind::body);
      ranges.emplace_back(at, nl);
    }
    at = nl + 1;
  }
  summits_detail::add_entities(*c, names);
  static const DateFinder dates;
  c->dates = dates.find(doc.text, ranges, DateQuery{reference});
  c->summits = summit_finder().find(doc, c->entities, c->dates);
  return c;
}

}  // namespace warta::detail::testing

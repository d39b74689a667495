#include "summits/doc_context.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

namespace warta::detail::summits {
namespace {

// The first of `items` (ordered by `before`) that is not before `key`, searched from `cursor`, the
// last answer: the readers ask in text order, mostly a little past it, so a gallop from there
// replaces a binary search over all of a long body's items, whose first probes miss the cache.
template <class T, class Before>
std::size_t gallop_to(std::span<const T> items, std::size_t cursor, std::uint32_t key, Before before) {
  const std::size_t n = items.size(), c = std::min(cursor, n);
  std::size_t lo = 0, hi = c;
  if (c < n && before(items[c], key)) {  // the answer lies past c
    std::size_t step = 1;
    lo = c + 1;
    while (c + step < n && before(items[c + step], key)) {
      lo = c + step + 1;
      step *= 2;
    }
    hi = std::min(n, c + step);
  } else {  // at c or before it
    std::size_t step = 1;
    while (step <= c && !before(items[c - step], key)) {
      hi = c - step;
      step *= 2;
    }
    lo = step <= c ? c - step + 1 : 0;
  }
  return static_cast<std::size_t>(std::lower_bound(items.begin() + static_cast<std::ptrdiff_t>(lo),
                                                   items.begin() + static_cast<std::ptrdiff_t>(hi), key, before) -
                                  items.begin());
}

}  // namespace

DocContext::DocContext(const Document& d, const EntityTable& e, std::span<const DateFinding> f,
                       const SummitLexicon& l, TokenCache& word_cache,
                       const std::vector<std::uint8_t>* sentence_triggers)
    : doc(d), entities(e), dates(f), lexicon(l), sentence_triggers_(sentence_triggers), word_cache_(word_cache) {
  // The cache is held by value while the context lives (one indirection less on every look-up),
  // and given back after.
  std::swap(words_, word_cache_);
  if (sentence_triggers_ != nullptr) return;  // filled as the other walk goes
  // The tokens up to the first trigger are walked now: an article without one is left alone. One
  // walk over the sentences' tokens, not one per sentence: the sentence is looked for once a word
  // passes the filter.
  const std::vector<Sentence>& ss = d.sentences;
  const auto sentences = static_cast<std::uint32_t>(ss.size());
  if (sentences == 0) return;
  const Token* toks = d.tokens.list.data();
  const Token* const end = toks + ss.back().tok_end;
  for (const Token* t = toks + ss.front().tok_begin; t != end; ++t) {
    if (!lexicon.may_be_trigger(t->hash) || t->kind != TokenKind::word ||
        !lexicon.is_trigger(d.tokens.fold_of(*t), t->hash))
      continue;
    // Tokens between sentences, if any, belong to none: the walk goes on past them.
    const auto tok = static_cast<std::uint32_t>(t - toks);
    while (ss[first_trigger_].tok_end <= tok) ++first_trigger_;
    if (ss[first_trigger_].tok_begin <= tok) {
      words_.reset(d.tokens.list.size());
      return;
    }
  }
  first_trigger_ = sentences;  // nothing will be read
}

DocContext::~DocContext() { std::swap(words_, word_cache_); }

bool DocContext::holds_trigger(std::uint32_t s) const {
  // Searched up to the first trigger word; most sentences of most articles hold none. Walked by
  // pointer: this loop runs for every token of most sentences.
  const Token* toks = doc.tokens.list.data();
  const Token* const end = toks + doc.sentences[s].tok_end;
  for (const Token* t = toks + doc.sentences[s].tok_begin; t != end; ++t)
    if (lexicon.may_be_trigger(t->hash) && t->kind == TokenKind::word &&
        lexicon.is_trigger(doc.tokens.fold_of(*t), t->hash))
      return true;
  return false;
}

std::uint32_t DocContext::look_up(std::uint32_t tok) const {
  auto pack = [](WordInfo w, bool clitic) {
    return std::uint32_t{clitic} << 16 | std::uint32_t{static_cast<std::uint8_t>(w.cue)} << 8 |
           static_cast<std::uint8_t>(w.frame);
  };
  const Token& t = doc.tokens.list[tok];
  if (t.kind != TokenKind::word) return pack(WordInfo{}, false);
  const std::string_view f = doc.tokens.fold_of(t);
  const WordInfo w = lexicon.lookup(f, t.hash);
  if (w.frame != Frame::none || w.cue != Cue::none || f.size() <= 5 || !f.ends_with("nya")) return pack(w, false);
  const WordInfo stem = lexicon.lookup(f.substr(0, f.size() - 3));
  return pack(stem, stem.frame != Frame::none || stem.cue != Cue::none);
}

const std::string& DocContext::folded_name(int entity) {
  if (folded_names_.empty()) {
    folded_names_.reserve(entities.entities.size());
    for (const EntityRecord& r : entities.entities) folded_names_.push_back(fold_text(r.name));
  }
  return folded_names_[static_cast<std::size_t>(entity)];
}

// The lexicon's tables know most countries, provinces and cities. For names they miss:
// countries show up as title modifiers ("Presiden Rusia"), regions as the tail of a place chain
// ("Woodside, California").
void DocContext::classify_places() {
  places_done_ = true;
  const auto& ents = entities.entities;
  place_class_.assign(ents.size(), static_cast<std::uint8_t>(PlaceClass::city));
  std::vector<std::uint8_t> decided(ents.size(), 0);
  for (std::size_t i = 0; i < ents.size(); ++i) {
    if (ents[i].type == EntityType::loc) {
      place_class_[i] = static_cast<std::uint8_t>(PlaceClass::venue);
      decided[i] = 1;
      continue;
    }
    PlaceClass cls;
    if (ents[i].type == EntityType::gpe && lexicon.place_kind(fold_text(ents[i].name), cls)) {
      place_class_[i] = static_cast<std::uint8_t>(cls);
      decided[i] = 1;
    }
  }
  // Country modifiers sit inside the title of the person named next ("Presiden Rusia Vladimir Putin").
  const auto& ms = entities.mentions;
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const EntityMention& m = ms[k];
    if (m.entity < 0 || m.tok_end <= m.tok_begin) continue;  // metadata mentions (dateline) have no tokens
    auto e = static_cast<std::size_t>(m.entity);
    if (ents[e].type != EntityType::gpe || decided[e]) continue;
    bool in_title = false;
    for (std::size_t j = k + 1; j < ms.size() && j <= k + 3; ++j) {
      const EntityMention& p = ms[j];
      if (p.entity < 0 || ents[static_cast<std::size_t>(p.entity)].type != EntityType::person) continue;
      in_title = p.title_begin < p.title_end && p.title_begin <= m.tok_begin && m.tok_end <= p.title_end;
      break;
    }
    if (in_title) {
      place_class_[e] = static_cast<std::uint8_t>(PlaceClass::country);
      decided[e] = 1;
      continue;
    }
    // "X, <this>" with X a GPE: this one is the wider area.
    if (k > 0 && m.tok_begin >= 1 && is_punct(m.tok_begin - 1, ",")) {
      const EntityMention& prev = ms[k - 1];
      if (prev.entity >= 0 && prev.tok_end + 1 == m.tok_begin &&
          ents[static_cast<std::size_t>(prev.entity)].type == EntityType::gpe &&
          prev.entity != m.entity)
        place_class_[e] = static_cast<std::uint8_t>(PlaceClass::region);
    }
  }
}

PlaceClass DocContext::place_class(int entity) {
  if (!places_done_) classify_places();
  return static_cast<PlaceClass>(place_class_[static_cast<std::size_t>(entity)]);
}

int DocContext::city_in_venue(const EntityMention& venue) {
  if (gpe_names_.empty()) {
    for (std::size_t i = 0; i < entities.entities.size(); ++i)
      if (entities.entities[i].type == EntityType::gpe)
        gpe_names_.emplace_back(fold_text(entities.entities[i].name), static_cast<int>(i));
    if (gpe_names_.empty()) gpe_names_.emplace_back("", -1);  // computed, none
  }
  if (venue.tok_end <= venue.tok_begin + 1) return -1;
  std::string_view last = doc.fold(venue.tok_end - 1);
  for (const auto& [name, id] : gpe_names_)
    if (id >= 0 && name == last && place_class(id) == PlaceClass::city) return id;
  return -1;
}

bool DocContext::quote_open_at(std::uint32_t s) {
  if (s >= doc.sentences.size()) return false;
  if (quote_open_at_.empty()) quote_open_at_.assign(doc.sentences.size(), kQuoteUnknown);
  if (quote_open_at_[s] == kQuoteUnknown) {
    const std::uint32_t first = doc.paragraphs[doc.sentences[s].paragraph].sent_begin;
    // The walk goes on from where it stopped when that is in the paragraph, before `s`; else it
    // starts again at the paragraph's first sentence.
    if (quote_walk_ <= first || quote_walk_ > s) {
      quote_walk_ = first;
      quote_walk_open_ = false;
    }
    bool open = quote_walk_open_;
    for (std::uint32_t k = quote_walk_; k < s; ++k) {
      const Sentence& sent = doc.sentences[k];
      quote_open_at_[k] = open;
      for (std::uint32_t i = sent.tok_begin; i < sent.tok_end; ++i) {
        const Token& t = doc.tokens.list[i];
        if (t.kind != TokenKind::punct || !t.has(tokflag::quote)) continue;
        if (t.has(tokflag::open_quote)) open = true;
        else if (t.has(tokflag::close_quote)) open = false;
        else open = !open;
      }
    }
    quote_open_at_[s] = open;
    quote_walk_ = s;
    quote_walk_open_ = open;
  }
  return quote_open_at_[s] != 0;
}

bool DocContext::has_title_word(int person, std::string_view role) {
  if (!titles_done_) {
    titles_done_ = true;
    titles_.resize(entities.entities.size());
    for (std::size_t i = 0; i < entities.entities.size(); ++i) {
      const EntityRecord& r = entities.entities[i];
      if (r.type != EntityType::person) continue;
      for (const std::string& t : r.titles) {
        titles_[i] += '|';
        titles_[i] += fold_text(t);
        titles_[i] += ' ';
      }
      for (const std::string& t : r.roles) titles_[i] += "|" + t;
    }
  }
  const std::string& t = titles_[static_cast<std::size_t>(person)];
  // Whole words only: "presiden" must not match "wakil presiden"'s "wapres" and vice versa.
  for (std::size_t at = t.find(role); at != std::string::npos; at = t.find(role, at + 1)) {
    bool left = at == 0 || t[at - 1] == ' ' || t[at - 1] == '|';
    bool right = at + role.size() >= t.size() || t[at + role.size()] == ' ' || t[at + role.size()] == '|';
    if (left && right) return true;
  }
  return false;
}

bool DocContext::is_leader(int person) {
  for (const std::string& r : entities.entities[static_cast<std::size_t>(person)].roles)
    if (r == "head_of_state" || r == "head_of_government" || r == "royal" || r == "religious") return true;
  for (std::string_view w : {"presiden", "perdana", "pemimpin", "raja", "ratu", "kanselir", "sultan", "paus", "kaisar"})
    if (has_title_word(person, w)) return true;
  return false;
}

bool DocContext::fits_role(int person, std::string_view role) {
  if (role.empty()) return true;
  if (role == "pemimpin" || role == "presiden" || role == "kepala" || role == "tokoh") return is_leader(person);
  return has_title_word(person, role);
}

bool DocContext::is_official(int person) {
  const EntityRecord& r = entities.entities[static_cast<std::size_t>(person)];
  for (const std::string& role : r.roles)
    if (role != "honorific" && role != "generic_role") return true;
  static constexpr std::string_view kOfficialWords[] = {
      "presiden", "wapres", "perdana", "pm", "menteri", "menlu", "pemimpin", "kanselir", "raja", "ratu", "sultan",
      "paus", "pangeran", "emir", "syekh", "kaisar", "gubernur", "bupati", "wali", "ketua", "sekjen", "sekretaris",
      "duta", "dubes", "konsul", "kepala", "panglima", "kapolri", "jenderal", "wakil", "imam", "kardinal", "uskup",
      "senator", "direktur", "dirjen", "deputi", "komisioner", "utusan", "premier", "jaksa", "hakim"};
  for (std::string_view w : kOfficialWords)
    if (has_title_word(person, w)) return true;
  // "Paus Fransiskus", "Raja Salman": the title is part of the name.
  std::string name = fold_text(r.name);
  std::string_view first = std::string_view(name).substr(0, name.find(' '));
  for (std::string_view w : {"paus", "raja", "ratu", "sultan", "pangeran", "syekh", "emir", "kaisar", "kardinal"})
    if (first == w) return true;
  return false;
}

const std::vector<int>* DocContext::group_for(std::string_view role) {
  for (auto it = groups_.rbegin(); it != groups_.rend(); ++it) {
    bool fits = true;
    for (int e : *it) fits = fits && fits_role(e, role);
    if (fits) return &*it;
  }
  return groups_.empty() ? nullptr : &groups_.back();
}

void DocContext::note_group(const std::vector<int>& participants) {
  if (participants.size() < 2) return;
  std::erase(groups_, participants);
  groups_.push_back(participants);
}

std::size_t DocContext::first_mention_at(std::uint32_t tok) const {
  const auto& ms = entities.mentions;
  return static_cast<std::size_t>(
      std::lower_bound(ms.begin(), ms.end(), tok, [](const EntityMention& m, std::uint32_t t) { return m.tok_begin < t; }) -
      ms.begin());
}

std::size_t DocContext::first_mention_near(std::uint32_t tok) const {
  // Mentions are in text order (by tok_begin, the dateline's included).
  mention_cursor_ = gallop_to(std::span<const EntityMention>(entities.mentions), mention_cursor_, tok,
                              [](const EntityMention& m, std::uint32_t t) { return m.tok_begin < t; });
  return mention_cursor_;
}

// "Presiden" alone means the president the article is about: of the people with that title named
// so far, the one named most often (the later one on a tie).
int DocContext::person_with_title(std::uint32_t tok, std::string_view role) {
  std::size_t k = first_mention_at(tok);
  int best = -1, best_count = 0;
  std::vector<std::pair<int, int>> counts;  // entity, mentions so far
  for (std::size_t steps = 0; k > 0 && steps < 400; ++steps) {
    const EntityMention& m = entities.mentions[--k];
    if (m.entity < 0 || m.tok_end <= m.tok_begin || type_of(m.entity) != EntityType::person ||
        !has_title_word(m.entity, role))
      continue;
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == m.entity; });
    if (it == counts.end()) it = counts.insert(counts.end(), {m.entity, 0});
    if (++it->second > best_count) best = m.entity, best_count = it->second;
  }
  return best;
}

std::size_t DocContext::first_date_at(std::uint32_t off) const {
  date_cursor_ = gallop_to(dates, date_cursor_, off, [](const DateFinding& d, std::uint32_t o) { return d.start < o; });
  return date_cursor_;
}

namespace {

// The year of a finding, or the year the article's other dates give when it lacks one ("Rabu (19/6)").
int year_of(const DocContext& c, const DateFinding& d) {
  if (d.first && d.first->year > 0) return d.first->year;
  if (c.doc.reference && c.doc.reference->year > 0) return c.doc.reference->year;
  for (const DateFinding& o : c.dates)
    if (o.first && o.first->year > 0) return o.first->year;
  return 0;
}

}  // namespace

bool DocContext::states_year(int finding) const {
  const DateFinding& d = dates[static_cast<std::size_t>(finding)];
  std::string_view text = doc.slice(d.start, d.end);
  int run = 0;
  for (char ch : text) {
    run = ch >= '0' && ch <= '9' ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

std::string DocContext::date_value(const DateRef& ref) const {
  const DateFinding& d = dates[static_cast<std::size_t>(ref.finding)];
  if (!d.first) return {};
  int y = year_of(*this, d) - (ref.last_year ? 1 : 0);
  if (y <= 0) return {};
  const CivilTime& t = *d.first;
  switch (d.grain) {
    case DateGrain::year: return fmt::format("{:04d}", y);
    case DateGrain::month: return t.month > 0 ? fmt::format("{:04d}-{:02d}", y, t.month) : fmt::format("{:04d}", y);
    case DateGrain::week: return {};
    default:
      if (t.month <= 0) return fmt::format("{:04d}", y);
      if (t.day <= 0) return fmt::format("{:04d}-{:02d}", y, t.month);
      return fmt::format("{:04d}-{:02d}-{:02d}", y, t.month, t.day);
  }
}

bool DocContext::on_or_before_reference(int finding) const {
  if (!doc.reference || doc.reference->year <= 0) return false;
  const DateFinding& d = dates[static_cast<std::size_t>(finding)];
  if (!d.first || d.first->year <= 0) return false;
  const CivilTime& r = *doc.reference;
  const CivilTime& t = *d.first;
  if (t.year != r.year) return t.year < r.year;
  if (t.month <= 0 || d.grain == DateGrain::year) return false;
  if (t.month != r.month) return t.month < r.month;
  if (t.day <= 0 || d.grain == DateGrain::month) return false;
  return t.day <= r.day;  // the report's own day: a meeting told in the past tense has happened
}

}  // namespace warta::detail::summits

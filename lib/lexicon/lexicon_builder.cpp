#include "lexicon/lexicon_builder.hpp"

#include <charconv>
#include <string>

#include "lexicon/ascii_tokens.hpp"
#include "lexicon/tsv_lines.hpp"

namespace warta::detail {
namespace {

bool parse_type(std::string_view s, EntityType& out) noexcept {
  if (s == "PERSON") return out = EntityType::person, true;
  if (s == "GPE") return out = EntityType::gpe, true;
  if (s == "LOC") return out = EntityType::loc, true;
  if (s == "ORG") return out = EntityType::org, true;
  if (s == "MEDIA") return out = EntityType::media, true;
  return false;
}

std::uint32_t parse_uint(std::string_view s) noexcept {
  std::uint32_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// "2012-", "2008-2012", "2014-10-20-2024-10-20", "2019": the first and (unless open) the last
// four-digit year.
void parse_period(std::string_view s, int& from, int& to) {
  from = to = 0;
  int years[2] = {0, 0};
  int found = 0;
  for (std::size_t i = 0; i + 4 <= s.size();) {
    bool four = true;
    for (std::size_t k = 0; k < 4; ++k) four = four && s[i + k] >= '0' && s[i + k] <= '9';
    bool alone = four && (i + 4 == s.size() || s[i + 4] < '0' || s[i + 4] > '9');
    if (alone) {
      years[found == 0 ? 0 : 1] = static_cast<int>(parse_uint(s.substr(i, 4)));
      found = found == 0 ? 1 : 2;
      i += 4;
    } else {
      ++i;
    }
  }
  from = years[0];
  bool open = !s.empty() && s.back() == '-';
  to = open ? 0 : (found == 2 ? years[1] : years[0]);
}

bool has_lower_letter(std::string_view s) noexcept {
  for (unsigned char c : s) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

bool has_upper_letter(std::string_view s) noexcept {
  for (unsigned char c : s) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

[[noreturn]] void bad_line(std::string_view source, std::size_t line, std::string_view why) {
  throw Error(ErrorCode::lexicon, std::string(source) + ":" + std::to_string(line) + ": " + std::string(why),
              std::nullopt, line);
}

}  // namespace

LexiconBuilder::LexiconBuilder() : lex_(std::make_unique<Lexicon>()) {
  lex_->nodes_.emplace_back();  // the root
  lex_->entries_.reserve(8192);
  lex_->nodes_.reserve(1u << 16);
}

std::string_view LexiconBuilder::keep(std::string text) { return lex_->owned_.emplace_back(std::move(text)); }

bool LexiconBuilder::tokenize_surface(std::string_view surface, std::vector<std::uint32_t>& ids) {
  ids.clear();
  bool word = false;
  if (fold_ascii_tokens(surface, ascii_folded_, ascii_tokens_)) {
    for (std::string_view t : ascii_tokens_) {
      ids.push_back(lex_->tokens_.intern(t));
      word = word || t.size() > 1 || (t[0] >= '0' && t[0] <= '9') || (t[0] >= 'a' && t[0] <= 'z');
    }
    return word;
  }
  scratch_.list.clear();
  scratch_.folded.clear();
  tokenize(surface, 0, static_cast<std::uint32_t>(surface.size()), scratch_);
  for (const Token& t : scratch_.list) {
    ids.push_back(lex_->tokens_.intern(scratch_.fold_of(t)));
    word = word || t.kind != TokenKind::punct;
  }
  return word;
}

std::uint32_t LexiconBuilder::node_for(const std::vector<std::uint32_t>& ids) {
  std::uint32_t n = Lexicon::root();
  for (std::uint32_t id : ids) {
    // What Lexicon::step reads to pass over the edge table: the parent has a child, and a token
    // after the first is inside a name.
    lex_->nodes_[n].leaf = false;
    if (n != Lexicon::root()) {
      if (lex_->common_.size() <= id) lex_->common_.resize(id + 1, 0);
      lex_->common_[id] |= Lexicon::kInsideName;
    }
    n = lex_->trie_.step_or_add(n, id);
    if (n >= lex_->nodes_.size()) lex_->nodes_.resize(n + 1);
  }
  if (ids.size() > lex_->max_tokens_) lex_->max_tokens_ = static_cast<std::uint32_t>(ids.size());
  return n;
}

bool LexiconBuilder::wins_over(std::uint32_t challenger, std::int32_t holder) const {
  if (holder < 0) return true;
  auto h = static_cast<std::uint32_t>(holder);
  if (h == challenger) return false;
  if (entry_rank_[challenger] != entry_rank_[h]) return entry_rank_[challenger] < entry_rank_[h];
  // Two places of one rank with one name ("Lima"): the more populous.
  return lex_->entries_[challenger].population > lex_->entries_[h].population;
}

void LexiconBuilder::add_surface(std::string_view surface, std::uint32_t entry) {
  if (!tokenize_surface(surface, ids_)) return;
  std::uint32_t n = node_for(ids_);
  // Written in capitals: "AS" must not match "as". Long acronyms that are no word ("ASEAN",
  // "NATO") also match when written "Asean", "Nato".
  bool caps = has_upper_letter(surface) && !has_lower_letter(surface);
  bool also_any_case = caps && surface.size() >= 4 && ids_.size() == 1 && !lex_->is_common_word(ids_[0]);
  LexNode& node = lex_->nodes_[n];
  if (caps && wins_over(entry, node.exact)) node.exact = static_cast<std::int32_t>(entry);
  if ((!caps || also_any_case) && wins_over(entry, node.name)) node.name = static_cast<std::int32_t>(entry);
}

std::string_view LexiconBuilder::title_kind(std::string_view title) {
  if (!tokenize_surface(title, ids_)) return {};
  std::uint32_t n = Lexicon::root();
  std::string_view kind;
  for (std::uint32_t id : ids_) {
    n = lex_->trie_.step(n, id);
    if (n == kNoNode) break;
    if (lex_->nodes_[n].title >= 0) kind = lex_->titles_[static_cast<std::size_t>(lex_->nodes_[n].title)].kind;
  }
  return kind;
}

void LexiconBuilder::parse_roles(std::string_view roles, LexEntry& e) {
  e.roles_begin = static_cast<std::uint32_t>(lex_->roles_.size());
  FieldReader items(roles, '|');
  while (!items.done()) {
    std::string_view item = items.next();
    if (item.empty()) continue;
    LexRole r;
    std::size_t at = item.rfind('@');
    r.title = trim_blanks(item.substr(0, at));
    if (at != std::string_view::npos) parse_period(item.substr(at + 1), r.from_year, r.to_year);
    r.kind = title_kind(r.title);
    lex_->roles_.push_back(r);
  }
  e.roles_end = static_cast<std::uint32_t>(lex_->roles_.size());
}

void LexiconBuilder::add_titles(std::string_view text) {
  TsvLines lines(text);
  std::string_view line;
  while (lines.next(line)) {
    FieldReader f(line, '\t');
    LexTitle t;
    t.text = f.next();
    t.kind = f.next();
    if (t.text.empty() || !tokenize_surface(t.text, ids_)) continue;
    std::uint32_t n = node_for(ids_);
    if (lex_->nodes_[n].title >= 0) continue;  // the first spelling of a title wins
    lex_->nodes_[n].title = static_cast<std::int32_t>(lex_->titles_.size());
    lex_->titles_.push_back(t);
  }
}

void LexiconBuilder::add_common_words(std::string_view text) { mark_words(text, Lexicon::kCommonWord); }

void LexiconBuilder::add_never_names(std::string_view text) { mark_words(text, Lexicon::kNeverName); }

void LexiconBuilder::add_given_names(std::string_view text) { mark_words(text, Lexicon::kGivenName); }

void LexiconBuilder::mark_words(std::string_view text, std::uint8_t flag) {
  TsvLines lines(text);
  std::string_view line;
  while (lines.next(line)) {
    std::string_view word = trim_blanks(FieldReader(line, '\t').next());
    if (!tokenize_surface(word, ids_) || ids_.size() != 1) continue;
    if (lex_->common_.size() <= ids_[0]) lex_->common_.resize(ids_[0] + 1, 0);
    lex_->common_[ids_[0]] |= flag;
  }
}

void LexiconBuilder::add_entities(std::string_view text, SourceRank rank, std::string_view source, bool strict) {
  TsvLines lines(text);
  std::string_view line;
  while (lines.next(line)) {
    FieldReader f(line, '\t');
    LexEntry e;
    std::string_view type = f.next();
    if (!parse_type(type, e.type)) {
      if (strict) bad_line(source, lines.line_number(), "unknown type '" + std::string(type) + "'");
      continue;
    }
    e.name = f.next();
    if (e.name.empty()) {
      if (strict) bad_line(source, lines.line_number(), "missing name");
      continue;
    }
    std::string_view aliases = f.next();
    e.kb_id = f.next();
    e.country = f.next();
    e.user = rank == SourceRank::user;
    FieldReader attrs(f.next(), ';');
    while (!attrs.done()) {
      std::string_view kv = attrs.next();
      std::size_t eq = kv.find('=');
      if (eq == std::string_view::npos) continue;
      std::string_view key = trim_blanks(kv.substr(0, eq)), value = trim_blanks(kv.substr(eq + 1));
      if (key == "kind") e.kind = value;
      else if (key == "pop") e.population = parse_uint(value);
      else if (key == "capital") e.capital = value == "1";
      else if (key == "roles") parse_roles(value, e);
    }
    // Social platforms are listed with the outlets, but they are companies, not news media.
    if (e.type == EntityType::media && e.kind == "social") e.type = EntityType::org;
    auto index = static_cast<std::uint32_t>(lex_->entries_.size());
    lex_->entries_.push_back(e);
    entry_rank_.push_back(rank);
    add_surface(e.name, index);
    FieldReader alias(aliases, '|');
    while (!alias.done()) {
      std::string_view a = alias.next();
      if (!a.empty()) add_surface(a, index);
    }
  }
}

std::shared_ptr<const Lexicon> LexiconBuilder::finish() {
  lex_->common_.resize(lex_->tokens_.size(), 0);
  lex_->root_child_.resize(lex_->tokens_.size());
  for (std::uint32_t id = 0; id < lex_->tokens_.size(); ++id)
    lex_->root_child_[id] = lex_->trie_.step(Lexicon::root(), id);
  return std::shared_ptr<const Lexicon>(std::move(lex_));
}

}  // namespace warta::detail

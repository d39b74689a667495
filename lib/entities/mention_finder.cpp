#include "entities/mention_finder.hpp"

#include <algorithm>

namespace warta::detail {
namespace {

// Organizations and outlets are one kind of name, places another, people a third.
bool same_kind(EntityType a, EntityType b) noexcept {
  auto kind = [](EntityType t) {
    return t == EntityType::media ? EntityType::org : t == EntityType::loc ? EntityType::gpe : t;
  };
  return kind(a) == kind(b);
}

}  // namespace

std::size_t MentionFinder::Buffers::capacity_bytes() const noexcept {
  return (candidates.capacity() + listed.capacity()) * sizeof(Candidate) +
         part_keys.capacity() * sizeof(std::uint64_t) + (cues.capacity() + listed_cues.capacity()) * sizeof(NicknameCue);
}

std::vector<Candidate>& MentionFinder::find() {
  begin();
  for (const Paragraph& p : doc_.paragraphs) read(p);
  return out_;
}

void MentionFinder::begin() {
  parts_ = {};
  out_.clear();
  cues_.clear();
  listed_.clear();
  listed_cues_.clear();
  // Names take about one token in sixteen of news text, a token about six bytes: room for twice
  // that, so the list is rarely copied as it grows. Sized from the text: the tokens may not all be
  // there yet (EntityReading).
  out_.reserve(doc_.text.size() / 48 + 16);
  part_keys_.clear();
  part_keys_.reserve(out_.capacity());  // some of the names are people's, of two or three parts each
}

inline void MentionFinder::scan_steps(std::uint32_t begin, std::uint32_t end, bool blind, std::uint32_t limit,
                                      ScanCursor& cursor) {
  // In locals while the scan goes (written back when it stops): the steps are calls, after which
  // members would be read again.
  const std::uint32_t reach = std::min(end, limit);
  std::uint32_t i = cursor.at, stop = cursor.stop;
  bool seeking = cursor.seeking;
  for (;;) {
    if (!seeking) {
      if (i >= end) break;
      // Every candidate starting before i is kept: none the scan finds from here starts before.
      // The lists are read that far every stretch (a blind paragraph's one stretch is all of it).
      if (i >= stop) {
        extend_lists(begin, end, i);
        stop = std::min(end, i + kListStretch);
      }
    }
    // Most words are written in lower case, start no lexicon name or title and are no unit word
    // ("kota", "desa", "jalan"): passed over before any of the checks below.
    i = next_marked(f_.data(), i, reach, fact::scanned);
    if (i >= reach) {
      // The next marked token is past what may be read yet: the scan goes on from here, as if
      // it had passed over these tokens in one go.
      seeking = reach < end;
      if (!seeking) i = end;
      break;
    }
    seeking = false;
    LexMatch m = match_at(i, end);
    if (blind) {
      i = blind_step(i, m, end);
      continue;
    }
    if (m.title_len > m.name_len) {
      i = after_title(i, m, end);
      continue;
    }
    // "kota Semarang", "kabupaten Pati": the unit word in lower case before a known place is part
    // of the mention, as in "Kota Semarang"; the entity stays the lexicon's.
    if (!f_[i].cap() && (f_[i].words & wc::gpe_head) && !(f_[i].words & wc::unit_head) && i + 1 < end &&
        f_[i + 1].cap()) {
      const LexMatch next = match_at(i + 1, end);
      if (next.title_len == 0 && (next.name_len == 0 || unit_place(next))) {
        std::uint32_t skip = 1;
        Candidate c = resolve(i + 1, end, next, skip);
        if (c.begin == i + 1 && c.end > c.begin && (c.type == EntityType::gpe || c.type == EntityType::loc)) {
          c.begin = i;
          i = emit(c, end);
          continue;
        }
      }
    }
    // "desa Kramas", "kecamatan Gabus": the unit's name, as "Desa Kramas" would be; a known name
    // after the word ("desa Bogor") is left to the lexicon.
    const bool unit_named = (f_[i].words & (wc::unit_head | wc::street_head)) && i + 1 < end && f_[i + 1].cap() && !f_[i + 1].common() &&
                            !(f_[i + 1].words & kHeads) && match_at(i + 1, end).name_len == 0;
    if (!f_[i].cap() && m.name_len == 0 && !unit_named) {
      ++i;
      continue;
    }
    std::uint32_t skip = 1;
    Candidate c = resolve(i, end, m, skip);
    if (c.end > c.begin) {
      i = emit(c, end);
    } else {
      i += skip;
    }
  }
  cursor = {i, stop, seeking};
}

inline void MentionFinder::start_paragraph(const Paragraph& p) {
  para_begin_ = p.tok_begin;
  start_lists(p.tok_begin);
  // Its list items wait in listed_: a long paragraph's get room for as many as its candidates,
  // sized like out_, so that they are not copied as they grow.
  if (p.tok_end - p.tok_begin > kListStretch) listed_.reserve((p.tok_end - p.tok_begin) / 8 + 16);
}

inline MentionFinder::ScanCursor MentionFinder::scan_start(const Paragraph& p, bool blind) noexcept {
  return {p.tok_begin, blind ? p.tok_end : std::min(p.tok_end, p.tok_begin + kListStretch), false};
}

inline void MentionFinder::finish_paragraph(const Paragraph& p, bool blind) {
  if (blind) return;
  extend_lists(p.tok_begin, p.tok_end, p.tok_end);
  // After the paragraph's own candidates, as when the lists were read after the scan.
  if (!listed_.empty()) {
    for (NicknameCue& cue : listed_cues_) cue.candidate += static_cast<std::uint32_t>(out_.size());
    cues_.insert(cues_.end(), listed_cues_.begin(), listed_cues_.end());
    listed_cues_.clear();
    out_.insert(out_.end(), listed_.begin(), listed_.end());
    listed_.clear();
  }
}

void MentionFinder::read(const Paragraph& p) {
  const bool blind = p.tok_begin < p.tok_end && f_[p.tok_begin].blind();
  if (!parts_.on) {
    // The whole paragraph in one go: where the scan stands is kept in registers.
    start_paragraph(p);
    ScanCursor c = scan_start(p, blind);
    scan_steps(p.tok_begin, p.tok_end, blind, p.tok_end, c);
  } else {
    parts_.on = false;
    if (blind) {
      // Read in parts as running text, the paragraph turned out a headline: what its scan found
      // is dropped and it is scanned again, as it is.
      out_.resize(parts_.candidates);
      cues_.resize(parts_.cues);
      part_keys_.resize(parts_.part_keys);
      listed_.clear();
      listed_cues_.clear();
      last_walk_ = {};  // its walks read the facts without the blind marks
      start_paragraph(p);
      parts_.at = scan_start(p, blind);
    }
    scan_steps(p.tok_begin, p.tok_end, blind, p.tok_end, parts_.at);
  }
  finish_paragraph(p, blind);
}

void MentionFinder::read_part(const Paragraph& p, std::uint32_t upto) {
  if (!parts_.on) {
    start_paragraph(p);
    parts_ = {scan_start(p, false), true, out_.size(), cues_.size(), part_keys_.size()};
  }
  scan_steps(p.tok_begin, p.tok_end, false, upto, parts_.at);
}

bool MentionFinder::in_capitalized_phrase(std::uint32_t i, std::uint32_t end) const noexcept {
  // "Konsensus Lima Poin": a common word among capitalized common words is part of a phrase.
  auto phrase_word = [&](std::uint32_t k) { return k < end && f_[k].cap() && f_[k].common(); };
  return (i > para_begin_ && phrase_word(i - 1)) || phrase_word(i + 1);
}

LexMatch MentionFinder::walk_names(std::uint32_t i, std::uint32_t end) const {
  LexMatch m;
  const std::uint32_t limit = std::min<std::uint32_t>(end, i + lex_.max_tokens());
  std::uint32_t node = Lexicon::root();
  bool upper = true;
  std::uint32_t last_word = i, words = 0;
  for (std::uint32_t k = i; k < limit; ++k) {
    node = lex_.step(node, f_[k].lex);
    if (node == kNoNode) break;
    if (f_[k].word()) {
      upper = upper && f_[k].upper();
      last_word = k;
      ++words;
    }
    const LexNode& n = lex_.node(node);
    const std::uint32_t len = k - i + 1;
    if (n.title >= 0) {
      m.title_len = len;
      m.title = n.title;
    }
    if (n.exact >= 0 && upper) {
      m.name_len = len;
      m.entry = n.exact;
      continue;
    }
    if (n.name < 0) continue;
    // Any case in a paragraph whose capitals say nothing, but a lone common word ("Batu", "Solo")
    // is then no name; elsewhere the name must be written capitalized, and a common word opening
    // a sentence is the word.
    bool ok;
    if (f_[i].blind()) {
      ok = !(words == 1 && f_[i].common());
    } else {
      ok = f_[i].cap() && f_[last_word].cap() && !(f_[i].words & wc::not_name) &&
           !(words == 1 && f_[i].common() && (f_[i].initial() || in_capitalized_phrase(i, end)));
    }
    if (ok) {
      m.name_len = len;
      m.entry = n.name;
    }
  }
  return m;
}

std::uint32_t MentionFinder::after_title(std::uint32_t i, const LexMatch& m, std::uint32_t end) {
  const std::uint32_t title_begin = i;
  const std::int32_t title = m.title;
  std::uint32_t j = i + m.title_len;
  // Names inside the title are mentions of their own: "Menteri Luar Negeri Rusia", "Juru Bicara
  // Kementerian Luar Negeri China". A name may run on past the title's last word only over another
  // lexicon name ("China"): "Kementerian Luar Negeri Rolliansyah Soemirat" is a title and a person.
  const std::uint32_t listed_end = j;
  for (std::uint32_t k = i + 1; k < j;) {
    if (!f_[k].cap()) {
      ++k;
      continue;
    }
    const LexMatch mk = match_at(k, end);
    Candidate c;
    if (mk.name_len > 0 || (f_[k].words & wc::org_head)) {
      std::uint32_t skip = 1;
      c = resolve(k, end, mk, skip);
    }
    const bool named = c.end > c.begin && c.type != EntityType::person;
    // Past the title, ordinary words ("menteri Kabinet | Merah Putih") still name the
    // organization; a name that is none ("... Luar Negeri | Rolliansyah Soemirat") is a person's.
    bool ordinary = true;
    for (std::uint32_t q = listed_end; q < c.end; ++q) ordinary = ordinary && (f_[q].common() || !f_[q].word());
    // Over a lexicon name that is no person's only: "Sekretaris Kabinet | Budi Santoso".
    const LexMatch tail = c.end > listed_end ? match_at(listed_end, end) : LexMatch{};
    const bool tail_named = tail.name_len > 0 && tail.name_len == c.end - listed_end &&
                            lex_.entry(static_cast<std::uint32_t>(tail.entry)).type != EntityType::person;
    const bool runs_over = named && c.entry < 0 && c.end > listed_end && !ordinary && !tail_named;
    if (named && (runs_over || (c.end <= listed_end && c.entry < 0))) {
      // Not trusted as a whole: keep the lexicon name inside the title, if there is one.
      c = Candidate{};
      if (mk.name_len > 0 && k + mk.name_len <= listed_end &&
          lex_.entry(static_cast<std::uint32_t>(mk.entry)).type != EntityType::person) {
        c.begin = k;
        c.end = k + mk.name_len;
        c.entry = mk.entry;
        c.type = lex_.entry(static_cast<std::uint32_t>(mk.entry)).type;
      }
    }
    if (c.end > c.begin && c.type != EntityType::person) {
      k = emit(c, end);
      j = std::max(j, k);
    } else {
      ++k;
    }
  }
  // The title phrase goes on over modifiers: more titles ("Wakil" "Presiden"), a country or an
  // organization ("Presiden Rusia", "Juru Bicara Kementerian Luar Negeri China"), and capitalized
  // common words ("Menteri Keuangan").
  for (int part = 0; part < kMaxTitleParts && j < end; ++part) {
    LexMatch mm = match_at(j, end);
    if (mm.title_len > mm.name_len) {
      j += mm.title_len;
      continue;
    }
    if (!f_[j].cap()) break;
    if (mm.name_len > 0 || (f_[j].words & (wc::org_head | wc::loc_head))) {
      std::uint32_t skip = 1;
      Candidate c = resolve(j, end, mm, skip);
      if (c.end > c.begin && c.type != EntityType::person && c.evidence != Evidence::multiword &&
          c.evidence != Evidence::context) {
        j = emit(c, end);
        continue;
      }
      if (mm.name_len > 0) break;
    }
    if (f_[j].common() && j + 1 < end && f_[j + 1].cap()) {
      ++j;
      continue;
    }
    break;
  }
  const std::uint32_t title_end = j;
  std::uint32_t k = j;
  const bool comma = k + 1 < end && is_punct(k, ',') && f_[k + 1].cap();
  if (comma) ++k;  // "Presiden Rusia, Vladimir Putin"
  if (k >= end || !f_[k].cap() || (f_[k].words & (wc::not_name | wc::numeral))) return j;
  LexMatch mm = match_at(k, end);
  if (comma && first_name_like(k, mm, end)) mm = LexMatch{};
  Candidate c;
  c.begin = k;
  c.title_begin = title_begin;
  c.title_end = title_end;
  c.title = title;
  c.type = EntityType::person;
  if (mm.name_len > 0) {
    const LexEntry& e = lex_.entry(static_cast<std::uint32_t>(mm.entry));
    if (e.type != EntityType::person) return j;
    c.end = k + mm.name_len;
    c.entry = mm.entry;
    c.evidence = Evidence::lexicon;
  } else {
    if (f_[k].initial() && f_[k].common()) return j;
    c.end = name_run_end(k, end);
    c.evidence = Evidence::title;
    bool ordinary = true;  // "Menteri Perguruan Tinggi": the rest of the title, not a name
    for (std::uint32_t q = k; q < c.end; ++q) ordinary = ordinary && (f_[q].common() || !f_[q].word());
    if (ordinary) return j;
    if (c.end == k + 1 && f_[k].upper()) {
      // "Kepala BNPB", "Ketua KPK": an acronym after a title is the office's organization.
      c.type = EntityType::org;
      c.title_begin = c.title_end = 0;
      c.title = -1;
    }
  }
  return emit(c, end);
}

std::uint32_t MentionFinder::name_run_end(std::uint32_t i, std::uint32_t end) const {
  // Capitalized words, with lower-case particles inside ("Rio de Janeiro", "Lula da Silva"); it
  // stops where a lexicon place or organization starts ("Xi Jinping Beijing" never occurs as one
  // name).
  std::uint32_t e = i + 1;
  const std::uint32_t limit = std::min(end, i + kMaxNameTokens);
  while (e < limit) {
    if (f_[e].words & wc::numeral) {
      ++e;
      continue;
    }
    // A middle initial: "Stephen R. Covey", "Arifin C. Noer" (the letter may be a word that is
    // never a name on its own).
    if (f_[e].upper() && doc_.tokens.list[e].fold_len == 1 && e + 2 < limit && is_punct(e + 1, '.') && f_[e + 2].cap() &&
        !f_[e + 2].common() && doc_.tokens.list[e + 2].fold_len > 1 && !(f_[e + 2].words & wc::not_name)) {
      e += 2;
      continue;
    }
    // A head word with capitals after it starts a name of its own: "Miniatur | Menara Kudus".
    if ((f_[e].words & kHeads) && e + 1 < end && f_[e + 1].cap()) break;
    if (f_[e].cap() && !(f_[e].words & wc::not_name)) {
      LexMatch mm = match_at(e, end);
      // "Janet Jackson": a town closing the name after a given name is the surname.
      // So is a foreign town after another unknown word: "Masutatsu Oyama".
      const bool surname_town =
          e == i + 1 && mm.name_len == 1 && !(e + 1 < end && f_[e + 1].cap()) &&
          lex_.entry(static_cast<std::uint32_t>(mm.entry)).kind == "city" &&
          ((f_[i].words & wc::given_name) ||
           (!f_[i].common() && !f_[i].upper() && lex_.entry(static_cast<std::uint32_t>(mm.entry)).country != "ID"));
      if (mm.name_len > 0 && !surname_town &&
          lex_.entry(static_cast<std::uint32_t>(mm.entry)).type != EntityType::person)
        break;
      if (mm.title_len > mm.name_len) break;
      ++e;
      continue;
    }
    if ((f_[e].words & wc::name_link) && !f_[e].cap() && e + 1 < limit && f_[e + 1].cap()) {
      e += 2;
      continue;
    }
    break;
  }
  return e;
}

bool MentionFinder::run_may_pass(std::uint32_t k, std::uint32_t end) const noexcept {
  // The dot is read last, after the initial before it: a token, not a fact, on a long body cold.
  return k < end && ((f_[k].bits & (fact::cap | fact::upper)) || (f_[k].words & (wc::numeral | wc::name_link)) ||
                     (f_[k - 1].upper() && is_punct(k, '.')));
}

bool MentionFinder::suffix_within(std::uint32_t begin, std::uint32_t end) const noexcept {
  for (std::uint32_t k = begin; k < end; ++k) {
    if (f_[k].words & (wc::org_suffix | wc::loc_suffix)) return true;
  }
  return false;
}

bool MentionFinder::unit_place(const LexMatch& m) const {
  if (m.name_len == 0) return false;
  const LexEntry& e = lex_.entry(static_cast<std::uint32_t>(m.entry));
  return (e.type == EntityType::gpe || e.type == EntityType::loc) && e.kind != "country";
}

bool MentionFinder::closing_place(std::uint32_t i, std::uint32_t end) const {
  const LexMatch m = match_at(i, end);
  if (m.name_len == 0) return false;
  const LexEntry& e = lex_.entry(static_cast<std::uint32_t>(m.entry));
  const std::uint32_t after = i + m.name_len;
  return (e.type == EntityType::gpe || e.type == EntityType::loc) && e.kind != "country" &&
         (after >= end || !f_[after].cap());
}

std::uint32_t MentionFinder::head_run_end(std::uint32_t i, std::uint32_t end) const {
  // Head word, then capitalized words, numbers ("SMA Negeri 1") and linking words ("Badan Pengawas
  // Obat dan Makanan"). A lexicon place or organization inside ends it when more capitals follow:
  // "Kementerian Luar Negeri China | Hua Chunying", "Komisi I DPR | Meutya Hafid".
  std::uint32_t e = i + 1;
  if (e < end && is_punct(e, '.')) ++e;  // "Jl. Sudirman"
  const std::uint32_t limit = std::min(end, i + kMaxOrgTokens);
  const bool org = (f_[i].words & wc::org_head) != 0;
  while (e < limit) {
    const Token& t = doc_.tokens.list[e];
    if (f_[e].cap()) {
      LexMatch mm = match_at(e, end);
      if (mm.name_len > 0 && lex_.entry(static_cast<std::uint32_t>(mm.entry)).type != EntityType::person) {
        std::uint32_t after = e + mm.name_len;
        // Not before a roman numeral ("PT Angkasa Pura II") or a town closing the name
        // ("Universitas Muhammadiyah Surakarta"; a country is a mention of its own). A place's
        // name may close on one more word ("Jalan Lamongan Raya", "Desa Bandar Ratu"); more
        // capitals name something else ("Masjid Istiqlal | Nasaruddin Umar").
        const bool closing_word = !org && (after + 1 >= end || !f_[after + 1].cap());
        if (after < end && f_[after].cap() && !f_[after].common() && !(f_[after].words & wc::numeral) &&
            !closing_place(after, end) && !closing_word)
          return after;
        e = after;
        continue;
      }
      // "Partai X Ketua Umum Y": a title followed by a name starts another phrase; one followed by
      // ordinary words or nothing is part of this name ("Desa Bandar Ratu", "SMP Negeri 1 Putri Hijau").
      if (mm.title_len > 0 && e > i + 1) {
        std::uint32_t after = e + mm.title_len;
        while (after < limit && f_[after].cap() && f_[after].common()) ++after;
        if (after < end && f_[after].cap()) break;
        e = after;
        continue;
      }
      ++e;
      continue;
    }
    if (t.kind == TokenKind::number && !f_[e].word() && e > i + 1 && e + 1 < limit && f_[e + 1].cap()) {
      ++e;  // "SMA Negeri 6 Jakarta", not "Gunung Muria 9 km"
      continue;
    }
    // Linking words belong to organizations' names, and only when no other name starts after
    // them: "Desa Wonorejo dan Desa Kebonagung" are two.
    if (org && (f_[e].words & wc::org_link) && !f_[e].cap() && e + 1 < limit && f_[e + 1].cap() &&
        !(f_[e + 1].words & kHeads)) {
      e += 2;
      continue;
    }
    break;
  }
  return e;
}

Candidate MentionFinder::resolve(std::uint32_t i, std::uint32_t end, const LexMatch& m, std::uint32_t& skip) const {
  Candidate c;
  c.begin = c.end = i;
  skip = 1;
  const std::uint32_t w = f_[i].words;
  // "Piala Suratin", "GP Hungaria 2009", "Olimpiade Tokyo": an event or a prize, no place or
  // organization; the names inside are passed over with it.
  if ((w & wc::event_head) && i + 1 < end && f_[i + 1].cap()) {
    skip = head_run_end(i, end) - i;
    return c;
  }
  // A head word and the capitals after it: "Kementerian Luar Negeri China", "Stadion My Dinh".
  if ((w & kHeads) && i + 1 < end) {
    std::uint32_t e = head_run_end(i, end);
    bool named = e > i + 1 && !(e == i + 2 && is_punct(i + 1, '.'));
    // "Gedung SMK", "Kantor Dinas": a head word after a head word names no particular thing.
    if (e == i + 2 && (f_[i + 1].words & kHeads)) named = false;
    if (named && e - i > m.name_len) {
      c.end = e;
      c.type = (w & wc::org_head) ? EntityType::org : (w & wc::loc_head) ? EntityType::loc : EntityType::gpe;
      c.evidence = Evidence::head;
      c.core_begin = i + 1;
      c.core_end = e;
      // "Kota Irpin": the city is "Irpin" ("kota" only says what it is); but "Kecamatan Gembong",
      // "Desa Wates" are the names of those units.
      if (c.type == EntityType::gpe && doc_.fold(i) == "kota") c.begin = i + 1;
      return c;
    }
  }
  // A word that is no name ("Senin", or an ordinary word opening a sentence: "Sementara") and that
  // nothing after it could extend: settled before its run is measured (the run is that word alone,
  // so no head word closes it and what follows below finds no name).
  // With capitals after it ("Sementara Presiden ..."), the one name it may still start ends in a
  // head word ("Jakarta Convention Center"): without such a word within a name's reach, its run is
  // not measured either.
  if (m.name_len == 0 && ((w & (wc::not_name | wc::numeral)) || (f_[i].initial() && f_[i].common())) &&
      (!(i + 1 < end && ((f_[i + 1].bits & (fact::cap | fact::upper)) || (f_[i + 1].words & (wc::numeral | wc::name_link)))) ||
       !suffix_within(i + 1, std::min(end, i + kMaxNameTokens))))
    return c;
  // A lexicon name is made longer only by a run of capitals that reaches past it (below: a head
  // word closing the run, a person's fuller name). A run steps one token at a time, or two over a
  // middle initial's dot or a name particle before a capital: it passes the name's end only over a
  // token right after the name that it takes in or jumps to. Without one the run is not measured.
  const std::uint32_t run = m.name_len > 0 && !run_may_pass(i + m.name_len, end) ? i + 1 : name_run_end(i, end);
  // A name ending in a head word: "Jakarta Convention Center", "Filoli Estate", "Harvard University";
  // not ordinary words before it ("Tanah Air" is the homeland).
  bool named_before_suffix = false;
  for (std::uint32_t k = i; k + 1 < run && !named_before_suffix; ++k) named_before_suffix = !f_[k].common();
  if (run - i >= 2 && (f_[run - 1].words & (wc::org_suffix | wc::loc_suffix)) && run - i > m.name_len &&
      named_before_suffix) {
    c.end = run;
    c.type = (f_[run - 1].words & wc::org_suffix) ? EntityType::org : EntityType::loc;
    c.evidence = Evidence::head;
    c.core_begin = i;
    c.core_end = run - 1;
    return c;
  }
  // "Warren Buffett", "Jackson Wang": a foreign town followed by a word that is no ordinary word,
  // no name and no region word is a first name.
  if (m.name_len == 1 && lex_.entry(static_cast<std::uint32_t>(m.entry)).country != "ID" &&
      first_name_like(i, m, end) && !f_[i].initial() && !(f_[i + 1].words & kHeads) &&
      !(i + 2 < end && f_[i + 2].cap())) {
    c.end = i + 2;
    c.type = EntityType::person;
    c.evidence = Evidence::multiword;
    return c;
  }
  if (m.name_len > 0) {
    c.end = i + m.name_len;
    c.entry = m.entry;
    const LexEntry& e = lex_.entry(static_cast<std::uint32_t>(m.entry));
    c.type = e.type;
    c.evidence = Evidence::lexicon;
    if ((e.type == EntityType::gpe || e.type == EntityType::loc) && c.end < end && (f_[c.end].words & wc::compass) &&
        f_[c.end].cap()) {
      // "Maluku Selatan", "Libya Barat": a region of a known place is a place of its own.
      while (c.end < end && (f_[c.end].words & wc::compass) && f_[c.end].cap()) ++c.end;
      c.entry = -1;
      c.type = e.type;
      c.evidence = Evidence::head;
    } else if (e.type == EntityType::person && run > c.end && run - c.end <= 2) {
      // "Sri Mulyani Indrawati" where the lexicon knows "Sri Mulyani": the fuller form.
      bool plain = true;
      for (std::uint32_t k = c.end; k < run; ++k) plain = plain && !f_[k].common();
      if (plain) c.end = run;
    } else if ((e.type == EntityType::org || e.type == EntityType::media) && c.end < end && f_[c.end].cap()) {
      // "DPR RI": an organization with its own country's name after it is the same organization.
      LexMatch g = match_at(c.end, end);
      if (g.name_len > 0) {
        const LexEntry& ge = lex_.entry(static_cast<std::uint32_t>(g.entry));
        if (ge.type == EntityType::gpe && !e.country.empty() && ge.country == e.country && ge.kind == "country") {
          c.end += g.name_len;
        }
      }
    }
    return c;
  }
  // "Drs Sabarani", "Pak Daeng Soetigna": the honorific is not part of the name; the name after
  // it is read with the honorific as its cue.
  if ((w & wc::honorific) && i + 1 < end && f_[i + 1].cap()) return c;
  // An unknown name; a head word alone ("di Istana") or ordinary words in capitals ("Konferensi
  // Tingkat Tinggi") are none.
  if ((w & (wc::not_name | wc::numeral)) || (f_[i].initial() && f_[i].common())) return c;
  if (run == i + 1 && (w & kHeads)) return c;
  c.end = run;
  bool all_common = true;
  for (std::uint32_t k = i; k < run; ++k) all_common = all_common && (f_[k].common() || !f_[k].word());
  if (all_common) {
    c.end = c.begin;
    skip = run - i;
    return c;
  }
  if (!classify_unknown(c, para_begin_, end)) {
    c.end = c.begin;
    skip = run - i;
  }
  return c;
}

bool MentionFinder::short_form_follows(std::uint32_t begin, std::uint32_t name_end, std::uint32_t end) const {
  // "(BNPB)", "(Banggar)", "(Jokowi)": one word in parentheses, in capitals or starting with the
  // name's first letter. "Wirasaba (Purwokerto)" names another place; "(kanan)" is a caption.
  if (!(name_end + 2 < end && is_punct(name_end, '(') && is_punct(name_end + 2, ')'))) return false;
  const std::uint32_t k = name_end + 1;
  if (!f_[k].word() || !f_[k].cap() || (f_[k].words & wc::not_name)) return false;  // "(Persero)": a legal form
  if (f_[k].upper()) return true;
  std::string_view a = doc_.fold(k), n = doc_.fold(begin);
  return !a.empty() && !n.empty() && a[0] == n[0];
}

std::uint32_t MentionFinder::emit(Candidate& c, std::uint32_t end) {
  const auto at = static_cast<std::int32_t>(out_.size());
  // "Harold Belafonte Jr.", "Sammy Davis, Jr.": the generation suffix is part of the name.
  if (c.type == EntityType::person) {
    std::uint32_t k = c.end;
    if (k + 1 < end && is_punct(k, ',')) ++k;
    if (k < end && (f_[k].words & wc::name_suffix) && f_[k].cap()) {
      c.end = k + 1;
      if (c.end < end && is_punct(c.end, '.')) ++c.end;
    }
  }
  // "Badan Nasional Penanggulangan Bencana (BNPB)": the acronym is another name of the same thing.
  if (short_form_follows(c.begin, c.end, end)) {
    Candidate alias;
    alias.begin = c.end + 1;
    alias.end = c.end + 2;
    LexMatch a = match_at(alias.begin, alias.end);
    if (a.name_len == 1) {
      // A known acronym names what the long form is: "Kerja Sama Ekonomi Asia-Pasifik (APEC)".
      const LexEntry& e = lex_.entry(static_cast<std::uint32_t>(a.entry));
      if (c.entry < 0 && same_kind(c.type, e.type)) {
        c.entry = a.entry;
        c.type = e.type;
      }
      alias.entry = a.entry;
      alias.type = e.type;
      alias.evidence = Evidence::lexicon;
    } else {
      alias.type = c.type;
      alias.alias_of = at;
      alias.evidence = Evidence::acronym;
    }
    keep(c, out_);
    keep(alias, out_);
    return c.end + 3;
  }
  keep(c, out_);
  return c.end;
}

void MentionFinder::keep(Candidate& c, std::vector<Candidate>& to) {
  const Token* const toks = doc_.tokens.list.data();
  const char* const folded = doc_.tokens.folded.data();
  // span_key's walk, counting the words as it goes.
  std::uint64_t key = kKeySeed;
  std::uint32_t words = 0;
  bool upper = true;
  bool first = true;  // no keyed token yet: a key of none may be any span's
  std::uint16_t start = NameStarts::kAny;
  for (std::uint32_t k = c.begin; k < c.end; ++k) {
    if (toks[k].kind != TokenKind::punct) {
      const std::string_view fold(folded + toks[k].fold, toks[k].fold_len);
      if (first) start = NameStarts::code(fold), first = false;
      key = extend_key(key, fold);
    }
    if (f_[k].word()) {
      ++words;
      upper = upper && f_[k].upper();
    }
  }
  const std::size_t parts = part_keys_.size();
  if (c.type == EntityType::person && words >= 2) {
    for (std::uint32_t k = c.begin; k < c.end; ++k) {
      if (name_part(f_[k], toks[k])) part_keys_.push_back(token_key(doc_, k));
    }
  }
  c.key = key;
  c.start = start;
  c.words = static_cast<std::uint16_t>(words);
  c.upper = upper;
  if (c.end > c.begin) {
    c.text_start = toks[c.begin].start;
    c.text_end = toks[c.end - 1].end;
    c.clear = !f_[c.begin].blind();
  }
  c.parts = static_cast<std::uint32_t>(parts);
  c.part_count = static_cast<std::uint8_t>(part_keys_.size() - parts);
  if (c.has_core()) part_keys_.push_back(span_key(doc_, c.core_begin, c.core_end));  // Candidate::core_key
  if (c.title_end > c.title_begin) {  // Candidate::title_text and title_key
    const std::uint32_t title_start = toks[c.title_begin].start, title_end = toks[c.title_end - 1].end;
    part_keys_.push_back(std::uint64_t{title_start} << 32 | title_end);
    part_keys_.push_back(exact_key(doc_.slice(title_start, title_end)));
  }
  if (c.type == EntityType::person) {
    NicknameCue cue;
    if (nickname_cue_at(doc_, c.end, cue)) {
      cue.candidate = static_cast<std::uint32_t>(to.size());
      (&to == &out_ ? cues_ : listed_cues_).push_back(cue);
    }
  }
  to.push_back(c);
}

}  // namespace warta::detail

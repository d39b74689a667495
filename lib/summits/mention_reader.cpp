#include "summits/mention_reader.hpp"

#include <algorithm>

#include "summits/mention_details.hpp"

namespace warta::detail::summits {
namespace {

// When several trigger words stand together ("menerima kunjungan", "percakapan telepon",
// "menghadiri KTT"), the most telling one names the frame.
int priority(Frame f) {
  switch (f) {
    case Frame::summit_noun: return 16;
    case Frame::call_verb:
    case Frame::call_noun: return 15;
    case Frame::host_verb: return 14;
    case Frame::host_passive: return 13;
    case Frame::visit_verb: return 12;
    case Frame::meet_verb: return 11;
    case Frame::visit_noun: return 10;
    case Frame::meet_noun: return 9;
    case Frame::welcome_noun: return 8;
    case Frame::talk_noun: return 7;
    case Frame::talk_verb: return 6;
    case Frame::travel_verb: return 5;
    case Frame::arrival_noun: return 4;
    case Frame::attend: return 3;
    case Frame::sign: return 2;
    case Frame::escort: return 1;
    case Frame::none: break;
  }
  return 0;
}

bool is_verb_frame(Frame f) {
  switch (f) {
    case Frame::meet_verb:
    case Frame::talk_verb:
    case Frame::call_verb:
    case Frame::visit_verb:
    case Frame::travel_verb:
    case Frame::host_verb:
    case Frame::host_passive:
    case Frame::attend:
    case Frame::sign:
    case Frame::escort: return true;
    default: return false;
  }
}

// How directly a date next to this trigger is the date of the talks.
int date_rank(Frame f) {
  switch (f) {
    case Frame::visit_verb:
    case Frame::visit_noun: return 2;
    case Frame::travel_verb:
    case Frame::arrival_noun: return 1;
    case Frame::escort:
    case Frame::sign: return 0;
    default: return 3;
  }
}

bool contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

void push_unique(std::vector<int>& v, int x) {
  if (x >= 0 && !contains(v, x)) v.push_back(x);
}

}  // namespace

int MentionReader::subject_of(std::uint32_t s) const {
  // A sentence just read knows its people with roles resolved ("Bapak Presiden").
  if (s == sentence_ && !people_.empty()) {
    for (const Person& p : people_)
      if (!p.group && !p.delegation) return p.entity;
  }
  return named_subject(s);
}

int MentionReader::named_subject(std::uint32_t s) const {
  const Sentence& sen = c_.doc.sentences[s];
  for (std::size_t k = c_.first_mention_in(s); k < c_.entities.mentions.size(); ++k) {
    const EntityMention& m = c_.entities.mentions[k];
    if (m.tok_begin >= sen.tok_end) break;
    if (m.entity >= 0 && m.tok_end > m.tok_begin && c_.type_of(m.entity) == EntityType::person) return m.entity;
  }
  return -1;
}

void MentionReader::note_subject(std::uint32_t s) {
  // A sentence not read: its mentions name its subject, looked up only when the run of such
  // sentences it joins ends, from its last sentence back to the last one naming someone (the one
  // whose subject would stand).
  if (s != sentence_) {
    if (run_begin_ == run_end_ || s != run_end_) {
      apply_run();
      run_begin_ = s;
    }
    run_end_ = s + 1;
    return;
  }
  apply_run();
  // A sentence read without its people (no trigger held): they are worked out only if a later
  // sentence asks for the previous subject; notes after it wait in line behind it.
  const bool deferred = !people_read_;
  if (!deferred && notes_.empty()) {
    const int subject = subject_of(s);
    if (subject >= 0) c_.previous_subject = subject;
    return;
  }
  notes_.push_back({s, deferred ? -1 : subject_of(s), deferred});
}

void MentionReader::apply_run() {
  for (std::uint32_t s = run_end_; s > run_begin_;) {
    const int subject = named_subject(--s);
    if (subject < 0) continue;
    if (notes_.empty()) c_.previous_subject = subject;
    else notes_.push_back({s, subject, false});
    break;
  }
  run_begin_ = run_end_ = 0;
}

void MentionReader::forget_subjects() {
  notes_.clear();
  run_begin_ = run_end_ = 0;
  c_.previous_subject = -1;
}

int MentionReader::previous_subject() {
  apply_run();
  if (notes_.empty()) return c_.previous_subject;
  // In text order, as the notes would have been applied: a deferred sentence's people depend on
  // the subject before it (its pronouns).
  for (const SubjectNote& n : notes_) {
    int subject = n.subject;
    if (n.deferred) {
      people_reader_->prepare(n.sentence);
      people_reader_->prepare_people();
      subject = people_reader_->subject_of(n.sentence);
    }
    if (subject >= 0) c_.previous_subject = subject;
  }
  notes_.clear();
  return c_.previous_subject;
}

// ---- preparing a sentence --------------------------------------------------------------------

void MentionReader::prepare(std::uint32_t s) {
  const Sentence& sen = c_.doc.sentences[s];
  sentence_ = s;
  begin_ = sen.tok_begin;
  end_ = sen.tok_end;
  const std::size_t n = end_ - begin_;
  title_.assign(n, 0);
  sideline_ = phone_ = video_ = sport_ = false;
  const Token* toks = c_.doc.tokens.list.data();
  for (std::uint32_t i = begin_; i < end_; ++i) {
    if (!c_.lexicon.may_flag(toks[i].hash)) continue;  // most words: no lookup
    Cue cue = info(i).cue;
    if (cue == Cue::sideline) sideline_ = true;
    if (cue == Cue::sport) sport_ = true;
    if (cue == Cue::phone) phone_ = true;
    if (cue == Cue::video && i > begin_ && (c_.fold(i - 1) == "konferensi" || c_.fold(i - 1) == "panggilan" ||
                                            c_.fold(i - 1) == "secara" || c_.fold(i - 1) == "melalui"))
      video_ = true;
  }
  for (std::size_t k = c_.first_mention_near(begin_ > 8 ? begin_ - 8 : 0); k < c_.entities.mentions.size(); ++k) {
    const EntityMention& m = c_.entities.mentions[k];
    if (m.tok_begin >= end_) break;
    if (m.entity < 0 || c_.type_of(m.entity) != EntityType::person) continue;
    for (std::uint32_t i = std::max(m.title_begin, begin_); i < std::min(m.title_end, end_); ++i) title_[i - begin_] = 1;
  }
  speaker_ = -2;
  people_read_ = false;
}

void MentionReader::prepare_people() {
  mark_quotes();
  split_segments();
  collect_people();
  people_read_ = true;
}

// Quotation state from the paragraph's start, so a quote opened in an earlier sentence counts.
void MentionReader::mark_quotes() {
  quoted_.assign(end_ - begin_, 0);
  bool open = c_.quote_open_at(sentence_);
  for (std::uint32_t i = c_.doc.sentences[sentence_].tok_begin; i < end_; ++i) {
    const Token& t = c_.doc.tokens.list[i];
    if (t.kind == TokenKind::punct && t.has(tokflag::quote)) {
      if (t.has(tokflag::open_quote)) open = true;
      else if (t.has(tokflag::close_quote)) open = false;
      else open = !open;
      continue;
    }
    if (i >= begin_) quoted_[i - begin_] = open;
  }
}

// Clause barriers (sejak, setelah, sementara, ...) start a clause that may report another event:
// "tatap muka pertama ... sejak mereka bertemu di Bali pada November 2022".
void MentionReader::split_segments() {
  seg_starts_.assign(1, begin_);
  part_starts_.assign(1, begin_);
  for (std::uint32_t i = begin_ + 1; i < end_; ++i) {
    if (c_.is_punct(i, ";")) {
      if (i + 1 < end_) seg_starts_.push_back(i + 1);
      continue;
    }
    // "... dengan Xi. Kunjungan ini ...": a sentence end the splitter took for an initial.
    const Token& t = c_.doc.tokens.list[i];
    if (t.kind == TokenKind::punct && t.has(tokflag::sentence_end) && i + 1 < end_ &&
        c_.doc.tokens.list[i + 1].has(tokflag::cap_initial) && c_.entities.mention_at(i - 1) >= 0 &&
        c_.entities.mention_at(i + 1) < 0) {
      seg_starts_.push_back(i + 1);
      part_starts_.push_back(i + 1);
      continue;
    }
    if (info(i).cue != Cue::barrier) continue;
    if (i + 1 < end_) {
      if (info(i + 1).cue == Cue::demonstrative) continue;  // "setelah itu", "saat ini"
      std::uint32_t off = c_.doc.tokens.list[i + 1].start;
      std::size_t d = c_.first_date_at(off);
      if (d < c_.dates.size() && c_.dates[d].start == off) continue;  // "sejak Minggu (25/3)": a date, not a clause
    }
    seg_starts_.push_back(i);
  }
}

std::uint32_t MentionReader::segment_begin(std::uint32_t tok) const {
  auto it = std::upper_bound(seg_starts_.begin(), seg_starts_.end(), tok);
  return *std::prev(it);
}

std::uint32_t MentionReader::segment_end(std::uint32_t tok) const {
  auto it = std::upper_bound(seg_starts_.begin(), seg_starts_.end(), tok);
  return it == seg_starts_.end() ? end_ : *it;
}

// ---- triggers --------------------------------------------------------------------------------

bool MentionReader::valid_trigger(std::uint32_t i, Frame f) const {
  auto next = [&](std::uint32_t k) -> std::string_view { return k < end_ ? c_.fold(k) : std::string_view{}; };
  auto person_or_title_at = [&](std::uint32_t k) {
    if (k >= end_) return false;
    if (c_.entities.mention_at(k) >= 0 || title_[k - begin_] || info(k).cue == Cue::role || info(k).cue == Cue::pronoun)
      return true;
    // "menerima Perdana Menteri Australia Anthony Albanese": capitalized title words, then the name.
    for (std::uint32_t j = k; j < end_ && j < k + 5 && c_.doc.tokens.list[j].has(tokflag::cap_initial); ++j) {
      std::int32_t mj = c_.entities.mention_at(j);
      if (mj >= 0 && c_.type_of(c_.entities.mentions[static_cast<std::size_t>(mj)].entity) == EntityType::person) return true;
    }
    return false;
  };
  std::string_view w = c_.fold(i);
  // "konferensi pers", "jumpa pers", "pertemuan pers": press events are not meetings.
  if (i + 1 < end_ && info(i + 1).cue == Cue::not_meeting) return false;
  switch (f) {
    case Frame::summit_noun:
      if (w == "konferensi") return next(i + 1) == "tingkat" || next(i + 1) == "video";
      for (std::uint32_t k = i; k > begin_ && k + 4 > i; --k)
        if (info(k - 1).cue == Cue::sideline) return false;  // "di sela-sela KTT": context of another meeting
      return true;
    case Frame::meet_verb: {
      if (w == "bertatap") return next(i + 1) == "muka";
      if (w == "berjabat") return next(i + 1) == "tangan";
      if (w == "menemui" || w == "temui") {
        // "menemui Presiden X", not "menemui titik temu / kendala".
        std::uint32_t k = i + 1;
        while (k < end_ && (next(k) == "langsung" || next(k) == "kembali" || next(k) == "secara")) ++k;
        return c_.clitic(i) || person_or_title_at(k) ||
               (k < end_ && c_.doc.tokens.list[k].has(tokflag::cap_initial));
      }
      return true;
    }
    case Frame::meet_noun:
      if (w == "tatap") return next(i + 1) == "muka" && (i == begin_ || c_.fold(i - 1) != "bertatap");
      return true;
    case Frame::talk_verb: return phone_ || video_;
    case Frame::host_verb: {
      if (w == "menyambut" || w == "sambut" || w == "menjamu" || w == "jamu") {
        // "menyambut Presiden X", "menyambut kedatangan X"; not "menyambut baik" or "menyambut HUT TNI".
        std::string_view n = next(i + 1);
        if (n == "kedatangan" || n == "kunjungan" || n == "rombongan" || n == "delegasi") return true;
        return c_.clitic(i) || person_or_title_at(i + 1) || n == "tamunya" || n == "tamu";
      }
      if (w == "menerima" || w == "terima") {
        std::string_view n = next(i + 1);
        if (n == "kunjungan" || n == "kedatangan" || n == "lawatan" || n == "utusan" || n == "delegasi" ||
            n == "rombongan")
          return true;
        return person_or_title_at(i + 1);
      }
      return true;
    }
    case Frame::host_passive: {
      std::uint32_t k = i + 1;
      while (k < end_ && (next(k) == "oleh" || next(k) == "langsung" || next(k) == "hangat")) ++k;
      // "disambut dengan upacara kenegaraan" is a welcome; "disambut tawa" is not.
      if (w == "disambut" && next(k) == "dengan")
        return next(k + 1) == "upacara" || next(k + 1) == "jamuan" || next(k + 1) == "karpet";
      return person_or_title_at(k);
    }
    case Frame::travel_verb: {
      if (w == "setibanya") return true;
      for (std::uint32_t k = i + 1; k < end_ && k <= i + 3; ++k)
        if (info(k).cue == Cue::locative) return true;
      return false;
    }
    case Frame::arrival_noun: {
      if (w == "kedatangan") return true;
      for (std::uint32_t k = i + 1; k < end_ && k <= i + 5; ++k)
        if (c_.fold(k) == "ke") return true;
      return false;
    }
    case Frame::welcome_noun:
      return w == "jamuan" || (i > begin_ && (c_.fold(i - 1) == "upacara" || c_.fold(i - 1) == "acara"));
    default: return true;
  }
}

void MentionReader::collect_triggers() {
  triggers_.clear();
  const Token* toks = c_.doc.tokens.list.data();
  for (std::uint32_t i = begin_; i < end_; ++i) {
    if (!c_.lexicon.may_be_trigger(toks[i].hash)) continue;  // most words: no lookup
    Frame f = info(i).frame;
    if (f == Frame::none || !valid_trigger(i, f)) continue;
    // "konferensi video" is a call; "Konferensi Tingkat Tinggi" a summit.
    bool video_conference = c_.fold(i) == "konferensi" && i + 1 < end_ && c_.fold(i + 1) == "video";
    if (video_conference) f = Frame::call_noun;
    bool is_summit = f == Frame::summit_noun, is_call = f == Frame::call_noun || f == Frame::call_verb;
    bool is_visit = f == Frame::visit_noun || f == Frame::host_verb || f == Frame::host_passive;
    bool puncak = (f == Frame::meet_noun || f == Frame::talk_noun) && i + 1 < end_ && c_.fold(i + 1) == "puncak";
    if (!triggers_.empty() && triggers_.back().last + 2 >= i) {
      Trigger& t = triggers_.back();
      t.last = i;
      if (priority(f) > priority(t.frame)) t.frame = f;
      t.summit_word |= is_summit, t.call_word |= is_call, t.visit_word |= is_visit, t.puncak |= puncak;
      continue;
    }
    Trigger t;
    t.first = t.last = i;
    t.frame = f;
    t.summit_word = is_summit, t.call_word = is_call, t.visit_word = is_visit, t.puncak = puncak;
    triggers_.push_back(t);
  }
}

bool MentionReader::light_verb_before(std::uint32_t tok, std::uint32_t seg_begin) const {
  for (std::uint32_t k = tok; k > seg_begin && k + 5 > tok;) {
    --k;
    const WordInfo w = info(k);
    if (w.cue == Cue::light_verb || w.frame == Frame::attend || w.frame == Frame::host_verb ||
        c_.fold(k) == "melanjutkan")
      return true;
    std::string_view f = c_.fold(k);
    if (w.cue == Cue::planned || w.cue == Cue::occurred || f == "juga" || f == "kemudian" || f == "langsung" ||
        f == "pun" || f == "lalu" || f == "akhirnya" || f == "sebuah" || f == "resmi" || f == "segera")
      continue;
    return false;
  }
  return false;
}

std::uint32_t MentionReader::noun_phrase_end(std::uint32_t tok, std::uint32_t seg_end, bool& demonstrative) const {
  demonstrative = false;
  std::uint32_t j = tok + 1;
  while (j < seg_end && j < tok + 16) {
    const Token& t = c_.doc.tokens.list[j];
    std::int32_t m = c_.entities.mention_at(j);
    if (m >= 0) {
      j = std::max(j + 1, c_.entities.mentions[static_cast<std::size_t>(m)].tok_end);
      continue;
    }
    if (t.kind == TokenKind::punct) {
      std::string_view p = c_.doc.token_text(j);
      if (p == "(" || p == ")" || p == "-") {
        ++j;
        continue;
      }
      break;
    }
    const WordInfo w = info(j);
    if (w.cue == Cue::demonstrative) {
      demonstrative = true;
      return j + 1;
    }
    if (title_[j - begin_] || t.has(tokflag::cap_initial) || t.has(tokflag::all_caps) || w.cue == Cue::np_modifier ||
        w.cue == Cue::connector || w.cue == Cue::both || w.cue == Cue::group || w.cue == Cue::role ||
        c_.fold(j) == "ke" || c_.fold(j) == "para" || c_.fold(j) == "seorang") {
      ++j;
      continue;
    }
    break;
  }
  return j;
}

bool MentionReader::anaphoric_start(std::uint32_t tok) const {
  if (tok == begin_) return true;
  std::string_view first = c_.fold(begin_);
  if (tok == begin_ + 1 && (first == "dalam" || first == "selama" || first == "sepanjang")) return true;
  // "Ini adalah/merupakan perjalanan pertama ..."
  return first == "ini" && tok <= begin_ + 3;
}

// "KTT bertema "ASEAN Matters" itu dihadiri ...": a demonstrative before the verb points back.
bool MentionReader::summit_demonstrative(std::uint32_t after) const {
  for (std::uint32_t j = after + 1; j < end_ && j < after + 14; ++j) {
    const WordInfo w = info(j);
    if (w.cue == Cue::demonstrative) return true;
    if (w.frame != Frame::none || w.cue == Cue::light_verb || w.cue == Cue::reporting || w.cue == Cue::planned) return false;
  }
  return false;
}

std::string MentionReader::summit_name(std::uint32_t after) const {
  std::string name;
  std::uint32_t j = after + 1;
  // "Konferensi Tingkat Tinggi (KTT) ke-43 ASEAN": skip the spelled-out form and its abbreviation.
  while (j < end_ && (c_.fold(j) == "tingkat" || c_.fold(j) == "tinggi" || c_.fold(j) == "ktt" ||
                      c_.is_punct(j, "(") || c_.is_punct(j, ")")))
    ++j;
  for (; j < end_ && j < after + 12; ++j) {
    const Token& t = c_.doc.tokens.list[j];
    bool word = t.kind == TokenKind::word || t.kind == TokenKind::number;
    bool name_word = word && (t.has(tokflag::cap_initial) || t.has(tokflag::all_caps) || t.has(tokflag::has_digit));
    if (!name_word && !(c_.is_punct(j, "(") || c_.is_punct(j, ")"))) break;
    if (!word) continue;
    if (!name.empty()) name += ' ';
    name += c_.fold(j);
  }
  return name;
}

// ---- one mention -----------------------------------------------------------------------------

void MentionReader::build(const Trigger& t, bool summary, std::vector<Mention>& out) {
  const std::uint32_t sb = segment_begin(t.first), se = segment_end(t.first);
  Mention m;
  m.sentence = sentence_;
  m.trigger = t.first;
  m.frame = t.frame;
  m.rank = date_rank(t.frame);
  m.summary = summary;
  switch (t.frame) {
    case Frame::summit_noun: m.kind = EventKind::summit; break;
    case Frame::call_noun:
    case Frame::call_verb:
    case Frame::talk_verb: m.kind = EventKind::call; break;
    case Frame::meet_verb:
    case Frame::meet_noun: m.kind = EventKind::meeting; break;
    case Frame::talk_noun: m.kind = EventKind::talk; break;
    case Frame::escort:
    case Frame::attend:
    case Frame::sign: m.kind = EventKind::attach; break;
    default: m.kind = EventKind::visit; break;
  }
  if (t.summit_word) m.kind = EventKind::summit;
  if (t.call_word || ((phone_ || video_) && (m.kind == EventKind::meeting || m.kind == EventKind::talk)))
    m.kind = EventKind::call;
  m.phone = phone_ && m.kind == EventKind::call;
  m.video = video_ && m.kind == EventKind::call;
  m.sideline = sideline_ && (m.kind == EventKind::meeting || m.kind == EventKind::talk || m.kind == EventKind::visit);
  for (std::uint32_t i = t.first; i <= t.last; ++i) {
    std::string_view f = c_.fold(i);
    if (f == "perundingan" || f == "berunding") m.negotiation = true;
  }

  if (t.puncak && m.kind == EventKind::meeting) {
    // "pertemuan puncak" of many leaders is a summit; of two, a (bilateral) meeting.
    for (std::uint32_t i = sb; i < se; ++i)
      if (c_.fold(i) == "para" || c_.fold(i) == "anggota") m.kind = EventKind::summit;
  }
  // People and places after the next trigger of the clause belong to that trigger: "terbang ke
  // Rio untuk menghadiri KTT G20 yang dibuka Presiden Lula" makes Lula part of the summit.
  std::uint32_t prev_trigger = sb, next_trigger = se;
  for (const Trigger& o : triggers_) {
    if (o.last < t.first && o.last >= sb && o.last + 1 > prev_trigger) prev_trigger = o.last + 1;
    if (o.first > t.last && o.first < next_trigger) next_trigger = o.first;
  }
  const bool trig_quoted = quoted(t.first);
  auto usable = [&](const Person& p) { return !p.delegation && p.quoted == trig_quoted; };
  const bool verb_like = is_verb_frame(t.frame) || light_verb_before(t.first, sb) || m.kind == EventKind::summit;
  std::vector<int> subject, object;
  bool counted = false;  // "dua pertemuan puncak": other meetings, not this one
  if (verb_like) {
    // "KCNA melaporkan Xi telah menerima ...": after a reporting verb the subject starts anew.
    std::uint32_t from = sb;
    for (std::uint32_t i = sb; i < t.first; ++i)
      if (info(i).cue == Cue::reporting && quoted(i) == trig_quoted) {
        for (const Person& p : people_)
          if (p.tok > i && p.tok < t.first && usable(p)) {
            from = i;
            break;
          }
      }
    // "pesan untuk Presiden Putin, yang akan saya temui": a relative clause's event involves its
    // antecedent, not the people named before it.
    if (m.kind != EventKind::summit)
      for (std::uint32_t i = t.first; i > from;)
        if (c_.fold(--i) == "yang") {
          // The antecedent is the person named right before "(,) yang"; "61 tokoh Papua yang
          // bertemu Presiden" has none.
          std::uint32_t before = i > from && c_.is_punct(i - 1, ",") ? i - 1 : i;
          std::uint32_t antecedent = i;
          for (const Person& p : people_) {
            std::int32_t pm = c_.entities.mention_at(p.tok);
            std::uint32_t p_end = pm >= 0 ? c_.entities.mentions[static_cast<std::size_t>(pm)].tok_end : p.tok + 1;
            if (usable(p) && p.tok >= from && p_end == before) antecedent = p.tok;
          }
          from = antecedent;
          break;
        }
    for (const Person& p : people_)
      if (usable(p) && p.tok >= from && p.tok < t.first) push_unique(subject, p.entity);
    // "Kapolri X dan Panglima Y mengunjungi Papua": people travelling together do not meet.
    if (t.frame == Frame::visit_verb || t.frame == Frame::travel_verb) drop_fellow_travellers(subject, from, t.first);
    // "mengunjungi Riau bersama Panglima TNI X": X travels along.
    std::uint32_t object_end = m.kind == EventKind::summit ? se : next_trigger;
    if (t.frame == Frame::visit_verb || t.frame == Frame::travel_verb)
      for (std::uint32_t k = t.last + 1; k < object_end; ++k)
        if (c_.fold(k) == "bersama") object_end = k;
    for (const Person& p : people_)
      if (usable(p) && p.tok > t.last && p.tok < object_end) push_unique(object, p.entity);
    if (subject.empty() && sb != begin_) {
      // "X mengatakan ... usai bertemu Y": the subordinate clause shares the main clause's subject.
      for (const Person& p : people_)
        if (usable(p) && p.tok < sb && !p.group) {
          subject.push_back(p.entity);
          break;
        }
    }
  } else {
    bool demo = false;
    std::uint32_t np_end = noun_phrase_end(t.last, se, demo);
    for (const Person& p : people_)
      if (usable(p) && ((p.tok > t.last && p.tok < np_end) || (p.group && p.tok >= sb && p.tok < se)))
        push_unique(object, p.entity);
    counted = t.first > begin_ && info(t.first - 1).cue == Cue::quantifier;
    m.anaphoric = !counted && (demo || anaphoric_start(t.first));
  }
  for (const Person& p : people_)
    if (p.group && p.tok >= sb && p.tok < se) m.group_reference = true;
  // "Rouhani tidak akan bertemu Trump", "Trump bersedia bertemu Rouhani", "membantah melakukan
  // pertemuan": denied or merely wished for, so no meeting.
  if (verb_like && m.kind != EventKind::summit)
    for (std::uint32_t k = t.first; k > sb && k + 5 > t.first;) {
      const WordInfo w = info(--k);
      if (w.cue == Cue::negation || w.cue == Cue::hypothetical) return;
      std::string_view f = c_.fold(k);
      if (w.cue != Cue::planned && w.cue != Cue::occurred && w.cue != Cue::light_verb && f != "juga" && f != "untuk" &&
          f != "dapat" && f != "bisa" && f != "segera" && f != "kembali")
        break;
    }
  // "Uang itu diterima X": something received is no visitor.
  if (t.frame == Frame::host_passive && subject.empty()) return;
  for (int e : subject) push_unique(m.participants, e);
  for (int e : object) push_unique(m.participants, e);
  for (const Person& p : people_)
    if (p.delegation && p.tok >= sb && p.tok < se && !contains(m.participants, p.entity)) push_unique(m.delegation, p.entity);

  if (m.kind != EventKind::call) {
    // A place belongs to the nearest trigger: "Xi datang ke AS untuk menghadiri KTT APEC yang
    // digelar di San Francisco" puts the summit, not the trip, in San Francisco.
    // A noun's place follows it ("pertemuan di Sochi"); a verb's may also be fronted
    // ("Di Washington, Biden menelepon ...").
    std::uint32_t place_end = next_trigger;
    for (std::uint32_t i = t.last + 1; i < place_end; ++i)
      if (info(i).cue == Cue::topic) place_end = i;  // "membahas ketegangan di Timur Tengah"
    pick_place(m, verb_like ? prev_trigger : t.last + 1, place_end);
  }
  switch (t.frame) {
    case Frame::host_verb:
      m.hosts = subject, m.visitors = object, m.visit_evidence = true;
      break;
    case Frame::host_passive:
      m.visitors = subject, m.hosts = object, m.visit_evidence = true;
      break;
    case Frame::welcome_noun:
    case Frame::visit_noun: m.visit_evidence = true; break;
    case Frame::visit_verb:
    case Frame::travel_verb:
    case Frame::arrival_noun: {
      // Travel makes a visit when it goes to a country or city; "mengunjungi Masjid Istiqlal" is
      // going to a meeting place.
      bool to_place = m.place.entity >= 0 && m.place.cls != PlaceClass::venue;
      bool venue_first = false;
      for (const Place& p : places_)
        if (p.candidate && !p.chain_only && p.tok > t.last && p.tok < se) {
          venue_first = c_.type_of(p.entity) == EntityType::loc;
          break;
        }
      if (venue_first && t.frame == Frame::visit_verb && !t.visit_word) m.kind = EventKind::meeting;
      else m.visit_evidence = to_place || t.visit_word;
      if (!subject.empty()) m.visitors.push_back(subject.front());
      else if (!object.empty() && !verb_like) m.visitors.push_back(object.front());
      if (m.visitors.size() == 1 && m.participants.size() == 2)
        m.hosts.push_back(m.participants[0] == m.visitors[0] ? m.participants[1] : m.participants[0]);
      break;
    }
    default: break;
  }
  if (t.visit_word && t.frame != Frame::host_verb && t.frame != Frame::host_passive) m.visit_evidence = true;
  if (t.puncak && m.kind == EventKind::meeting && m.participants.size() >= 3) m.kind = EventKind::summit;
  if (m.kind == EventKind::summit) {
    m.summit_name = summit_name(t.last);
    m.anaphoric = anaphoric_start(t.first) || summit_demonstrative(t.last);
  }

  pick_date(m, sb, se, t.first);
  pick_status(m, sb, se);
  read_details(c_, m, sb, se, t.first);

  // ", kunjungan pertama dalam 24 tahun": a bare noun after the sentence's own meeting restates it.
  auto same_family = [](EventKind a, EventKind b) {
    auto family = [](EventKind k) { return k == EventKind::summit ? 0 : k == EventKind::call ? 1 : 2; };
    return family(a) == family(b);
  };
  if (m.participants.empty() && !m.anaphoric && !counted && !out.empty() && out.back().sentence == sentence_ &&
      !out.back().participants.empty() && same_family(out.back().kind, m.kind))
    m.anaphoric = true;
  if (m.participants.empty() && !m.anaphoric && m.kind != EventKind::attach) return;
  out.push_back(std::move(m));
}

MentionReader::MentionReader(DocContext& context, Buffers& buffers, MentionReader* people_reader)
    : c_(context),
      quoted_(buffers.quoted),
      title_(buffers.title),
      seg_starts_(buffers.seg_starts),
      part_starts_(buffers.part_starts),
      people_(buffers.people),
      places_(buffers.places),
      triggers_(buffers.triggers),
      notes_(buffers.notes),
      people_reader_(people_reader) {
  quoted_.clear();
  title_.clear();
  seg_starts_.clear();
  part_starts_.clear();
  people_.clear();
  places_.clear();
  triggers_.clear();
  notes_.clear();
}

void MentionReader::read(std::uint32_t s, bool summary, std::vector<Mention>& out) {
  prepare(s);
  // Teams "bertemu" and clubs "menjamu" each other in matches: no meetings of officials there.
  if (sport_) return;
  collect_triggers();
  // People and places are read only for a trigger that holds (note_subject may ask for the people
  // later).
  if (triggers_.empty()) return;
  prepare_people();
  collect_places();
  for (const Trigger& t : triggers_) build(t, summary, out);
}

}  // namespace warta::detail::summits

// MentionReader, where and when: the place candidates of a sentence, the place, date and status of
// one mention.
#include <algorithm>

#include "summits/mention_reader.hpp"

namespace warta::detail::summits {

void MentionReader::collect_places() {
  places_.clear();
  const auto& ms = c_.entities.mentions;
  for (std::size_t k = c_.first_mention_in(sentence_); k < ms.size() && ms[k].tok_begin < end_; ++k) {
    const EntityMention& m = ms[k];
    if (m.entity < 0 || m.tok_end <= m.tok_begin) continue;
    EntityType ty = c_.type_of(m.entity);
    if (ty == EntityType::person || ty == EntityType::media) continue;
    if (title_[m.tok_begin - begin_]) continue;
    Place p;
    p.tok = m.tok_begin;
    p.entity = m.entity;
    // Look back over a few common words ("di desa perbatasan Panmunjom") for the preposition.
    std::uint32_t j = m.tok_begin;
    for (int skipped = 0; j > begin_ && skipped <= 3; ++skipped) {
      --j;
      const WordInfo w = info(j);
      if (w.cue == Cue::locative || w.frame == Frame::visit_verb) {
        p.candidate = true;
        p.at = c_.fold(j) == "di" || c_.fold(j) == "setibanya";
        break;
      }
      const Token& t = c_.doc.tokens.list[j];
      if (t.kind != TokenKind::word || !t.has(tokflag::lower_initial) || w.cue != Cue::none || w.frame != Frame::none ||
          c_.entities.mention_at(j) >= 0)
        break;
    }
    // A chain "di Istana Maryinsky, Kyiv, Ukraina" continues the place before it.
    if (!p.candidate && m.tok_begin >= begin_ + 2 && c_.is_punct(m.tok_begin - 1, ",") && !places_.empty()) {
      std::uint32_t before = m.tok_begin - 2;
      // "di Jakarta Convention Center (JCC), Jakarta": step over the abbreviation.
      if (c_.is_punct(before, ")") && before >= begin_ + 3 && c_.is_punct(before - 2, "(")) before -= 3;
      std::int32_t pm = c_.entities.mention_at(before);
      const Place* link = nullptr;
      if (pm >= 0)
        for (const Place& q : places_)
          if (q.tok == ms[static_cast<std::size_t>(pm)].tok_begin) link = &q;
      if (link && link->candidate) {
        p.candidate = true;
        p.at = link->at;
      }
    }
    if (p.candidate && ty == EntityType::loc) {
      int city = c_.city_in_venue(m);
      if (city >= 0) {
        Place inner = p;
        inner.entity = city;
        places_.push_back(inner);
      }
    }
    // "di Filoli, sebuah rumah peristirahatan ...": described as a building, so a venue.
    if (m.tok_end + 1 < end_ && c_.is_punct(m.tok_end, ",")) {
      std::string_view n = c_.fold(m.tok_end + 1);
      p.venue = n == "sebuah" || n == "yakni" || n == "yaitu";
    }
    // Organizations only carry a chain ("di Gedung Putih, Washington"); they are no location.
    p.chain_only = ty == EntityType::org;
    places_.push_back(p);
  }
}

void MentionReader::pick_place(Mention& m, std::uint32_t b, std::uint32_t e) {
  const Place* best = nullptr;
  PlaceClass best_cls = PlaceClass::country;
  for (const Place& p : places_) {
    if (!p.candidate || p.chain_only || p.tok < b || p.tok >= e) continue;
    PlaceClass cls = p.venue ? PlaceClass::venue : c_.place_class(p.entity);
    if (!best || cls > best_cls || (cls == best_cls && p.at && !best->at)) best = &p, best_cls = cls;
  }
  if (best) {
    m.place.entity = best->entity;
    m.place.cls = best_cls;
    m.place.at = best->at;
    m.place.tok = best->tok;
  }
  for (std::uint32_t i = b; i + 2 < e; ++i) {
    std::string_view f = c_.fold(i);
    if ((f == "tempat" || f == "lokasi") && c_.fold(i + 1) == "yang" && c_.fold(i + 2) == "sama") m.same_place = true;
    if (f == "hari" && c_.fold(i + 1) == "yang" && c_.fold(i + 2) == "sama") m.same_day = true;
  }
}

// ---- dates and status ------------------------------------------------------------------------

void MentionReader::pick_date(Mention& m, std::uint32_t b, std::uint32_t e, std::uint32_t trigger) {
  const auto& toks = c_.doc.tokens.list;
  auto token_at = [&](std::uint32_t off) {
    auto it = std::lower_bound(toks.begin() + begin_, toks.begin() + end_, off,
                               [](const Token& t, std::uint32_t o) { return t.start < o; });
    return static_cast<std::uint32_t>(it - toks.begin());
  };
  auto best_in = [&](std::uint32_t sb, std::uint32_t se) {
    int best = -1;
    std::uint32_t best_dist = ~0u;
    std::uint32_t lo = toks[sb].start, hi = toks[se - 1].end;
    for (std::size_t d = c_.first_date_at(lo); d < c_.dates.size() && c_.dates[d].start < hi; ++d) {
      const DateFinding& f = c_.dates[d];
      if (f.end > hi || !f.first || f.grain == DateGrain::week) continue;
      std::uint32_t at = token_at(f.start);
      if (at > sb && info(at - 1).cue == Cue::date_end) continue;  // "hingga Kamis": the end of a span
      // "dalam setahun terakhir", "selama dua hari": a stretch of time, not the meeting's date.
      auto duration_word = [&](std::uint32_t k) { return c_.fold(k) == "dalam" || c_.fold(k) == "selama"; };
      if (duration_word(at) || (at > sb && duration_word(at - 1))) continue;
      bool reported = false;  // "Dikutip dari BBC, Kamis (27/4/2023)": the report's date
      for (std::uint32_t j = sb; j < at; ++j) {
        if (info(j).cue == Cue::report_source) reported = true;
        if (info(j).frame != Frame::none && j >= trigger) reported = false;
      }
      if (reported) continue;
      std::uint32_t dist = at >= trigger ? at - trigger : trigger - at + 1;
      if (dist < best_dist) best = static_cast<int>(d), best_dist = dist;
    }
    return best;
  };
  int d = best_in(b, e);
  // A fronted date ("Pada 1 April 2024, saat ..., Prabowo berkunjung") sets the scene for the
  // clauses after it, unless its own clause reports an event.
  std::uint32_t part = *std::prev(std::upper_bound(part_starts_.begin(), part_starts_.end(), trigger));
  if (d < 0 && b != part) {
    std::uint32_t first_end = *std::upper_bound(seg_starts_.begin(), seg_starts_.end(), part);
    bool own_event = false;
    for (const Trigger& t : triggers_)
      if (t.first >= part && t.first < first_end) own_event = true;
    if (!own_event) d = best_in(part, first_end);
  }
  if (d >= 0) {
    m.date.finding = d;
    m.date.rank = m.rank;
    m.date.tok = token_at(c_.dates[static_cast<std::size_t>(d)].start);
  }
}

void MentionReader::pick_status(Mention& m, std::uint32_t b, std::uint32_t e) {
  bool planned = false, occurred = false, invited = false;
  for (std::uint32_t i = b; i < e; ++i) {
    Cue cue = info(i).cue;
    if (cue == Cue::invitation) invited = true;
    if (cue == Cue::planned) planned = true;
    if (cue == Cue::occurred) occurred = true;
  }
  if (m.date.finding >= 0) {
    const DateFinding& f = c_.dates[static_cast<std::size_t>(m.date.finding)];
    if (f.future) planned = true;
    else if (c_.on_or_before_reference(m.date.finding)) occurred = true;
  }
  if (invited || planned) {
    m.status = Status::planned;
    return;
  }
  // "terakhir kali bertemu pada September": a recalled meeting lies in the past, so a month or day
  // the date finder put after the report is last year's.
  bool recalled = false;
  for (std::uint32_t i = b; i < e; ++i) {
    std::string_view f = c_.fold(i);
    if ((f == "terakhir" && i + 1 < e && c_.fold(i + 1) == "kali") || f == "pernah" || f == "sebelumnya")
      recalled = true;
  }
  if (recalled && m.date.finding >= 0 && !c_.on_or_before_reference(m.date.finding) &&
      !c_.states_year(m.date.finding))
    m.date.last_year = true;
  if (occurred || recalled) m.status = Status::occurred;
}

}  // namespace warta::detail::summits

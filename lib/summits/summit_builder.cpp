#include "summits/summit_builder.hpp"

#include <algorithm>
#include <cstdlib>

#include "dates/civil.hpp"
#include "text/token.hpp"

namespace warta::detail::summits {
namespace {

// Does `longer` contain `shorter` as whole words ("kerja sama pertahanan" ⊇ "pertahanan")?
bool contains_words(std::string_view longer, std::string_view shorter) {
  for (std::size_t at = longer.find(shorter); at != std::string_view::npos; at = longer.find(shorter, at + 1)) {
    bool left = at == 0 || longer[at - 1] == ' ';
    bool right = at + shorter.size() == longer.size() || longer[at + shorter.size()] == ' ';
    if (left && right) return true;
  }
  return false;
}

// Adds a topic unless one already says it; a fuller phrase replaces the shorter one it contains.
// Compared folded, so the headline's "Sengketa Blok Ambalat" matches the body's "sengketa Blok Ambalat".
void add_topic(std::vector<std::string>& topics, const std::string& topic) {
  const std::string key = fold_text(topic);
  for (std::string& t : topics) {
    const std::string have = fold_text(t);
    if (contains_words(have, key)) return;
    if (contains_words(key, have)) {
      t = topic;
      return;
    }
  }
  topics.push_back(topic);
}

bool contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

void push_unique(std::vector<int>& v, int x) {
  if (x >= 0 && !contains(v, x)) v.push_back(x);
}

int shared(const std::vector<int>& a, const std::vector<int>& b) {
  int n = 0;
  for (int x : a) n += contains(b, x) ? 1 : 0;
  return n;
}

struct Ymd {
  int y = 0, m = 0, d = 0;
};

Ymd parse_iso(const std::string& v) {
  Ymd r;
  if (v.size() >= 4) r.y = std::atoi(v.substr(0, 4).c_str());
  if (v.size() >= 7) r.m = std::atoi(v.substr(5, 2).c_str());
  if (v.size() >= 10) r.d = std::atoi(v.substr(8, 2).c_str());
  return r;
}

// Names of one summit share a word: "kerja sama ekonomi asia-pasifik ( apec )" and "apec".
bool names_match(const std::string& a, const std::string& b) {
  std::size_t i = 0;
  while (i < a.size()) {
    std::size_t j = a.find(' ', i);
    if (j == std::string::npos) j = a.size();
    std::string_view w(a.data() + i, j - i);
    if (w.size() >= 2 && w != "ke" && w != "(" && w != ")") {
      std::size_t k = 0;
      while (k < b.size()) {
        std::size_t l = b.find(' ', k);
        if (l == std::string::npos) l = b.size();
        if (std::string_view(b.data() + k, l - k) == w) return true;
        k = l + 1;
      }
    }
    i = j + 1;
  }
  return false;
}

}  // namespace

// ---- compatibility ---------------------------------------------------------------------------

bool SummitBuilder::kind_fits(const Mention& m, const Record& r) const {
  switch (m.kind) {
    case EventKind::summit: return r.summit;
    case EventKind::call: return !r.summit && !r.meet;
    case EventKind::talk: return !r.summit;
    case EventKind::meeting:
    case EventKind::visit: return !r.summit && !r.call;
    case EventKind::attach: return true;
  }
  return false;
}

bool SummitBuilder::dates_conflict(const DateRef& a, const DateRef& b) const {
  std::string va = c_.date_value(a), vb = c_.date_value(b);
  if (va.empty() || vb.empty()) return false;
  Ymd x = parse_iso(va), y = parse_iso(vb);
  if (x.y != y.y) {
    // Days either side of New Year can still be one visit.
    if (!(x.d && y.d)) return true;
  } else if (!x.m || !y.m) {
    return false;
  } else if (!x.d || !y.d) {
    return x.m != y.m;
  }
  if (!x.m || !y.m) return true;
  // One visit spans a few days: arrival, talks, departure.
  auto dx = civil::days_from_civil(x.y, x.m, x.d), dy = civil::days_from_civil(y.y, y.m, y.d);
  return std::llabs(dx - dy) > 3;
}

bool SummitBuilder::places_conflict(const PlaceRef& a, const PlaceRef& b) const {
  if (a.entity < 0 || b.entity < 0 || a.entity == b.entity) return false;
  // One place the entity stage split in two ("WOODSIDE" in the dateline, "Woodside" in the body).
  if (c_.folded_name(a.entity) == c_.folded_name(b.entity)) return false;
  if (a.cls == PlaceClass::venue || b.cls == PlaceClass::venue) return false;
  // Places the lexicon does not know ("Istana" read as a town) cannot contradict anything.
  const std::string& ca = c_.entities.entities[static_cast<std::size_t>(a.entity)].country;
  const std::string& cb = c_.entities.entities[static_cast<std::size_t>(b.entity)].country;
  if (ca.empty() || cb.empty()) return false;
  return a.cls == b.cls || ca != cb;
}

// "Xi menerima undangan Kim untuk berkunjung ke Korea Utara" after Kim visited Xi: a return visit.
bool SummitBuilder::roles_swapped(const Mention& m, const Record& r) const {
  for (const Vote& v : r.votes) {
    if (v.host > v.visitor && contains(m.visitors, v.entity)) return true;
    if (v.visitor > v.host && contains(m.hosts, v.entity)) return true;
  }
  return false;
}

bool SummitBuilder::compatible(const Mention& m, const Record& r) const {
  if (!kind_fits(m, r)) return false;
  const int common = shared(m.participants, r.participants);
  if (m.kind == EventKind::summit) {
    bool named = !m.summit_name.empty() && !r.summit_name.empty();
    if (named && !names_match(m.summit_name, r.summit_name)) return false;
    if (!named && !m.anaphoric && common == 0) return false;
  } else {
    const int a = static_cast<int>(m.participants.size()), b = static_cast<int>(r.participants.size());
    if (a == 0 || common == 0 || common < std::min({2, a, b})) return false;
    if (roles_swapped(m, r)) return false;
  }
  if (m.date.finding >= 0)
    if (const Dated* d = best_date(r); d && dates_conflict(m.date, d->ref)) return false;
  if (m.place.entity >= 0)
    for (const Placed& p : r.places)
      if (places_conflict(m.place, p.ref)) return false;
  return true;
}

int SummitBuilder::score(const Mention& m, const Record& r) const {
  int s = 10 * shared(m.participants, r.participants);
  if (m.place.entity >= 0)
    for (const Placed& p : r.places)
      if (p.ref.entity == m.place.entity) s += 3;
  if (m.date.finding >= 0)
    if (const Dated* d = best_date(r); d && c_.date_value(d->ref) == c_.date_value(m.date)) s += 3;
  bool exact = (m.kind == EventKind::visit && r.visit_evidence) || (m.kind == EventKind::meeting && !r.visit_evidence) ||
               (m.kind == EventKind::call && r.call) || (m.kind == EventKind::summit && r.summit);
  return s + (exact ? 2 : 0);
}

// The meeting the text is talking about now: the record touched last that the mention may join.
SummitBuilder::Record* SummitBuilder::in_focus(const Mention& m) {
  Record* best = nullptr;
  for (Record& r : records_)
    if (kind_fits(m, r) && (!best || r.touched > best->touched)) best = &r;
  return best;
}

// ---- merging ---------------------------------------------------------------------------------

void SummitBuilder::merge(Record& r, const Mention& m) {
  for (int e : m.participants) push_unique(r.participants, e);
  for (int e : m.delegation) push_unique(r.delegation, e);
  auto vote = [&](int e, bool host) {
    for (Vote& v : r.votes)
      if (v.entity == e) return void(host ? ++v.host : ++v.visitor);
    Vote v;
    v.entity = e;
    (host ? v.host : v.visitor) = 1;
    r.votes.push_back(v);
  };
  for (int e : m.hosts) vote(e, true);
  for (int e : m.visitors) vote(e, false);
  ++order_;
  if (m.place.entity >= 0) {
    bool clash = false, known = false;
    const int rank = m.summary ? 0 : m.rank;
    for (Placed& p : r.places) {
      clash |= places_conflict(m.place, p.ref);
      // The same place said again only strengthens it: the list stays one entry per way of saying
      // it, so a long article does not make every later merge slower.
      if (p.ref.entity == m.place.entity && p.ref.cls == m.place.cls && p.ref.at == m.place.at) {
        p.rank = std::max(p.rank, rank);
        known = true;
      }
    }
    if (!clash && !known) r.places.push_back({m.place, rank, order_});
  }
  if (m.date.finding >= 0) {
    const Dated* d = best_date(r);
    bool known = false;
    for (const Dated& x : r.dates)
      known |= x.summary == m.summary && x.ref.rank == m.date.rank && x.ref.last_year == m.date.last_year &&
               c_.date_value(x.ref) == c_.date_value(m.date);
    if (!known && (!d || !dates_conflict(m.date, d->ref))) r.dates.push_back({m.date, m.summary, order_});
  }
  switch (m.kind) {
    case EventKind::summit: r.summit = true; break;
    case EventKind::call: r.call = true; break;
    case EventKind::meeting:
    case EventKind::visit: r.meet = true; break;
    case EventKind::talk: r.talk = true; break;
    case EventKind::attach: break;
  }
  r.visit_evidence |= m.visit_evidence;
  r.sideline |= m.sideline;
  r.phone |= m.phone;
  r.video |= m.video;
  r.negotiation |= m.negotiation;
  r.planned |= m.status == Status::planned;
  r.occurred |= m.status == Status::occurred;
  if (r.summit_name.empty()) r.summit_name = m.summit_name;
  // Mentions arrive in reading order, so a repeated sentence can only be the last one.
  if (r.sentences.empty() || r.sentences.back() != m.sentence) r.sentences.push_back(m.sentence);
  for (const SummitMilestone& x : m.milestones) {
    bool seen = false;
    for (const SummitMilestone& y : r.milestones) seen |= y.kind == x.kind;
    if (!seen) r.milestones.push_back(x);
  }
  for (const SummitOutcome& x : m.outcomes) {
    bool seen = false;
    for (const SummitOutcome& y : r.outcomes) seen |= y.text == x.text;
    if (!seen) r.outcomes.push_back(x);
  }
  for (const std::string& x : m.topics) add_topic(r.topics, x);
  if (!m.summary && r.first_order == ~0u) r.first_order = order_;
  r.last_paragraph = c_.doc.sentences[m.sentence].paragraph;
  r.touched = ++clock_;
  c_.note_group(r.participants);
}

// Cues that only add to a meeting already found: the delegation after "didampingi", the leaders
// who "hadir" at a summit, the agreement "ditandatangani".
void SummitBuilder::attach_details(const Mention& m) {
  Record* target = nullptr;
  const std::uint32_t para = c_.doc.sentences[m.sentence].paragraph;
  for (Record& r : records_) {
    if (r.last_paragraph + 2 < para) continue;
    bool fits = m.frame == Frame::attend ? r.summit : (m.participants.empty() || shared(m.participants, r.participants) > 0 ||
                                                       m.group_reference);
    if (fits && (!target || r.touched > target->touched)) target = &r;
  }
  if (!target) return;
  Mention copy = m;
  copy.place = {};
  copy.date = {};
  if (m.frame != Frame::attend) copy.participants.clear();
  for (SummitOutcome& o : copy.outcomes)
    if (o.signatories.empty()) o.signatories = target->participants;
  copy.kind = EventKind::attach;
  merge(*target, copy);
}

void SummitBuilder::add(Mention m) {
  if (m.kind == EventKind::attach) return attach_details(m);
  // "di tempat yang sama", "pada hari yang sama": as the meeting reported just before.
  const Record* last = nullptr;
  for (const Record& r : records_)
    if (!last || r.touched > last->touched) last = &r;
  if (last && m.same_place && m.place.entity < 0)
    if (const Placed* p = best_place(*last)) m.place = p->ref;
  if (last && m.same_day && m.date.finding < 0)
    if (const Dated* d = best_date(*last)) m.date = d->ref;

  if (m.participants.empty()) {
    // "Lawatan ini", "Percakapan tersebut": the meeting in focus, whatever the clause adds.
    Record* r = in_focus(m);
    if (!r) return;
    if (m.date.finding >= 0)
      if (const Dated* d = best_date(*r); d && dates_conflict(m.date, d->ref)) m.date = {};
    for (const Placed& p : r->places)
      if (places_conflict(m.place, p.ref)) m.place = {};
    merge(*r, m);
    return;
  }

  Record* best = nullptr;
  int best_score = -1;
  int subsets = 0;  // records whose people are all named by the mention (a headline naming two meetings)
  std::vector<const std::vector<int>*> seen_sets;
  for (Record& r : records_) {
    if (!compatible(m, r)) continue;
    if (m.participants.size() >= 3 && m.kind != EventKind::summit && r.participants.size() >= 2 &&
        shared(r.participants, m.participants) == static_cast<int>(r.participants.size())) {
      bool repeat = false;
      for (const auto* s : seen_sets) repeat |= *s == r.participants;
      if (!repeat) ++subsets, seen_sets.push_back(&r.participants);
    }
    int s = score(m, r);
    if (s > best_score || (s == best_score && r.touched > best->touched)) best = &r, best_score = s;
  }
  if (subsets >= 2) return;
  if (!best) {
    records_.emplace_back();
    best = &records_.back();
  }
  merge(*best, m);
}

// ---- finishing -------------------------------------------------------------------------------

bool SummitBuilder::known_place(int entity) const {
  return !c_.entities.entities[static_cast<std::size_t>(entity)].country.empty();
}

const SummitBuilder::Dated* SummitBuilder::best_date(const Record& r) const {
  const Dated* best = nullptr;
  for (const Dated& d : r.dates) {
    if (!best) {
      best = &d;
      continue;
    }
    if (d.summary != best->summary) {
      if (!d.summary) best = &d;
      continue;
    }
    if (d.ref.rank > best->ref.rank) best = &d;
  }
  return best;
}

const SummitBuilder::Placed* SummitBuilder::best_place(const Record& r) const {
  const Placed* best = nullptr;
  for (const Placed& p : r.places) {
    if (!best) {
      best = &p;
      continue;
    }
    if (p.ref.cls != best->ref.cls) {
      if (p.ref.cls > best->ref.cls) best = &p;
      continue;
    }
    if (p.rank != best->rank) {
      if (p.rank > best->rank) best = &p;
      continue;
    }
    bool known = known_place(p.ref.entity), best_known = known_place(best->ref.entity);
    if (known != best_known) {
      if (known) best = &p;
      continue;
    }
    if (p.ref.at && !best->ref.at) best = &p;
  }
  return best;
}

void SummitBuilder::finish_roles(const Record& r, Summit& s) const {
  for (int e : s.participants) {
    for (const Vote& v : r.votes) {
      if (v.entity != e) continue;
      if (v.host > v.visitor) s.host.push_back(e);
      if (v.visitor > v.host) s.visitors.push_back(e);
    }
  }
  // The side whose country the meeting is in hosts it.
  if ((s.host.empty() || s.visitors.empty()) && s.location) {
    const std::string& where = c_.entities.entities[static_cast<std::size_t>(*s.location)].country;
    if (!where.empty())
      for (int e : s.participants) {
        if (contains(s.host, e) || contains(s.visitors, e)) continue;
        const std::string& from = c_.entities.entities[static_cast<std::size_t>(e)].country;
        if (from.empty()) continue;
        if (from == where && s.host.empty()) s.host.push_back(e);
        else if (from != where && s.visitors.empty()) s.visitors.push_back(e);
      }
  }
  // Two people, one side known: the other is the other side.
  if (s.participants.size() == 2 && (s.host.empty() != s.visitors.empty())) {
    std::vector<int>& known = s.host.empty() ? s.visitors : s.host;
    std::vector<int>& other = s.host.empty() ? s.host : s.visitors;
    for (int e : s.participants)
      if (!contains(known, e)) other.push_back(e);
  }
}

std::vector<Summit> SummitBuilder::finish() {
  // Principals: named people acting officially, not the delegation. A meeting needs two.
  auto principals = [&](const Record& r) {
    std::vector<int> out;
    for (int e : r.participants)
      if (!contains(r.delegation, e) && c_.is_official(e)) out.push_back(e);
    return out;
  };
  std::vector<const Record*> kept;
  for (const Record& r : records_)
    if (principals(r).size() >= 2) kept.push_back(&r);
  std::stable_sort(kept.begin(), kept.end(), [](const Record* a, const Record* b) { return a->first_order < b->first_order; });

  std::vector<Summit> out;
  std::vector<const Record*> done;
  for (const Record* r : kept) {
    Summit s;
    s.participants = principals(*r);
    for (int e : r->delegation)
      if (!contains(s.participants, e)) s.delegation.push_back(e);
    if (r->summit) s.kind = SummitKind::summit;
    else if (r->call && !r->meet) s.kind = SummitKind::call;
    else if (r->visit_evidence && !r->sideline) s.kind = SummitKind::visit;
    else s.kind = SummitKind::meeting;
    s.status = r->occurred || !r->planned ? SummitStatus::occurred : SummitStatus::planned;

    if (s.kind != SummitKind::call) {
      if (const Placed* p = best_place(*r)) s.location = p->ref.entity;
      // A sideline meeting happens where the summit is; a summit of a series where the series is.
      if (!s.location && (r->sideline || r->summit)) {
        const Dated* mine = best_date(*r);
        for (auto it = done.rbegin(); it != done.rend(); ++it) {
          const Record* o = *it;
          if (!o->summit) continue;
          const Dated* theirs = best_date(*o);
          if (mine && theirs && dates_conflict(mine->ref, theirs->ref)) continue;
          if (const Placed* p = best_place(*o)) {
            s.location = p->ref.entity;
            break;
          }
        }
      }
    }
    if (const Dated* d = best_date(*r)) {
      std::string v = c_.date_value(d->ref);
      if (!v.empty()) {
        s.date = v;
        const DateFinding& f = c_.dates[static_cast<std::size_t>(d->ref.finding)];
        s.date_text = std::string(c_.doc.slice(f.start, f.end));
      }
    }
    if (s.kind == SummitKind::visit) finish_roles(*r, s);
    s.topics = r->topics;
    s.milestones = r->milestones;
    s.outcomes = r->outcomes;
    for (SummitOutcome& o : s.outcomes)
      if (o.signatories.empty()) o.signatories = s.participants;
    for (std::uint32_t sen : r->sentences) {
      const Sentence& x = c_.doc.sentences[sen];
      s.evidence.push_back({x.start, x.end});
    }
    std::sort(s.evidence.begin(), s.evidence.end(), [](const Span& a, const Span& b) { return a.start < b.start; });

    if (s.kind == SummitKind::call) s.mode.push_back(r->video && !r->phone ? "video" : "phone");
    else s.mode.push_back("in_person");
    if (r->sideline) s.mode.push_back("sideline");
    // CAMEO: 041 by telephone, 046 negotiation, 042 a visit, 044 at a third place, else 040 consult.
    if (s.kind == SummitKind::call) s.cameo = "041";
    else if (r->negotiation) s.cameo = "046";
    else if (s.kind == SummitKind::visit) s.cameo = "042";
    else {
      bool third = r->sideline;
      if (!third && s.location) {
        const std::string& where = c_.entities.entities[static_cast<std::size_t>(*s.location)].country;
        third = !where.empty();
        for (int e : s.participants)
          if (c_.entities.entities[static_cast<std::size_t>(e)].country == where) third = false;
      }
      s.cameo = third ? "044" : "040";
    }
    done.push_back(r);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace warta::detail::summits

#include "scanner.hpp"

#include <array>
#include <cstdlib>

#include "civil.hpp"
#include "holidays.hpp"

namespace warta::detail::dates {

namespace {

constexpr int kPartStart[] = {0, 6, 12, 15, 18};  // hour a deictic day + part of day points at (Duckling)

bool has_time(const CivilTime& t) { return t.hour >= 0; }

CivilTime day_of(const CivilTime& t) { return civil::date_only(t); }

std::int64_t day_number(const CivilTime& t) { return civil::days_from_civil(t.year, t.month, t.day); }

// Applies "pagi/siang/sore/malam" to a 12-hour clock reading.
int apply_part(int h, PartOfDay p) {
  switch (p) {
    case PartOfDay::siang: return h < 11 ? h + 12 : h;
    case PartOfDay::sore: return h < 12 ? h + 12 : h;
    case PartOfDay::malam: return h >= 6 && h < 12 ? h + 12 : (h == 12 ? 0 : h);
    default: return h;
  }
}

}  // namespace

struct Scanner::Clock {
  int h = -1, m = -1, s = -1;
  int h2 = -1, m2 = -1;  // end of a "10.00-12.00" range
  std::optional<int> zone;
  std::size_t end = 0;
};

struct Scanner::PDate {
  int y = 0, m = 0, d = 0;  // 0 = not stated
  int d2 = 0;               // "18-19/6": last day of a range inside one month
  int weekday = 0;
  std::size_t end = 0;
};

// These three read the token in place (no copy): nothing else reads a token before they are done.
bool Scanner::is_kw(std::size_t i, Kw k) {
  const Token& t = ts_->at(i);
  return t.kind == TokKind::word && t.info && t.info->kw == k;
}

bool Scanner::is_punct(std::size_t i, char c) {
  const Token& t = ts_->at(i);
  return t.kind == TokKind::punct && t.punct == c;
}

const WordInfo* Scanner::info(std::size_t i) {
  const Token& t = ts_->at(i);
  return t.kind == TokKind::word ? t.info : nullptr;
}

// ---- numbers and clocks -------------------------------------------------------------------

std::optional<std::pair<int, std::size_t>> Scanner::count(std::size_t i) {
  const Token& t = tok(i);
  if (t.kind == TokKind::number) {
    if (t.value < 0 || t.value > 100000) return std::nullopt;
    return std::pair{t.value, i + 1};
  }
  const WordInfo* w = info(i);
  if (!w || w->count < 0) return std::nullopt;
  int n = w->count;
  std::size_t j = i + 1;
  if (w->unit != Unit::none || n >= 10) return std::pair{n, j};
  if (const WordInfo* x = info(j); x && x->teen) return std::pair{n + 10, j + 1};
  if (const WordInfo* x = info(j); x && x->tens) {
    n *= 10, ++j;
    if (const WordInfo* y = info(j); y && y->count > 0 && y->count < 10 && y->unit == Unit::none) n += y->count, ++j;
  }
  return std::pair{n, j};
}

std::optional<Scanner::Clock> Scanner::clock(std::size_t i, bool triggered) {
  std::size_t j = i;
  if (const WordInfo* w = info(j); w && (w->kw == Kw::pukul || w->unit == Unit::hour)) triggered = true, ++j;
  const Token& th = tok(j);
  if (th.kind != TokKind::number || th.digits > 2 || th.value > 24) return std::nullopt;
  Clock c;
  c.h = th.value;
  bool colon = false;
  ++j;
  auto minutes = [&](std::size_t k, int& out) {
    const Token& sep = tok(k);
    const Token& mm = tok(k + 1);
    if (sep.kind == TokKind::punct && (sep.punct == ':' || sep.punct == '.') && !sep.space_before &&
        mm.kind == TokKind::number && !mm.space_before && mm.digits == 2 && mm.value < 60) {
      colon |= sep.punct == ':';
      out = mm.value;
      return true;
    }
    return false;
  };
  if (minutes(j, c.m)) {
    j += 2;
    if (minutes(j, c.s)) j += 2;
  }
  if (const WordInfo* w = info(j); w && w->part != PartOfDay::none) c.h = apply_part(c.h, w->part), ++j;
  else if (is_kw(j, Kw::dini) && is_kw(j + 1, Kw::hari)) j += 2;
  // "10.00-12.00", "10.00 hingga 12.00"
  std::size_t k = range_connector(j);
  if (k && tok(k).kind == TokKind::number && tok(k).digits <= 2 && tok(k).value <= 24) {
    int m2 = -1;
    const std::size_t save = j;
    c.h2 = tok(k).value;
    j = k + 1;
    if (minutes(j, m2)) j += 2;
    if (c.m >= 0 && m2 < 0) c.h2 = -1, j = save;  // "10.00-12" is not a time range
    else c.m2 = m2;
  }
  if (const WordInfo* w = info(j); w && w->zone) c.zone = w->zone, ++j;
  else if (is_kw(j, Kw::waktu) && is_kw(j + 1, Kw::setempat)) j += 2;
  if (!triggered && !c.zone && !(colon && c.m >= 0)) return std::nullopt;
  if (c.h == 24 && c.m > 0) return std::nullopt;
  c.end = j;
  return c;
}

// "-", "–", "hingga", "sampai", "s.d.", "s/d", "sd": returns the index after it, or 0.
std::size_t Scanner::range_connector(std::size_t i) {
  if (is_punct(i, '-')) return i + 1;
  if (is_kw(i, Kw::hingga) || is_kw(i, Kw::sampai) || is_kw(i, Kw::sd)) {
    if (is_kw(i, Kw::sampai) && is_kw(i + 1, Kw::dengan)) return i + 2;
    return i + 1;
  }
  const Token& s = tok(i);
  if (s.kind == TokKind::word && s.end - s.start == 1 && (text_[s.start] | 0x20) == 's' &&
      (is_punct(i + 1, '/') || is_punct(i + 1, '.'))) {
    const Token& d = tok(i + 2);
    if (d.kind == TokKind::word && d.end - d.start == 1 && (text_[d.start] | 0x20) == 'd')
      return is_punct(i + 3, '.') ? i + 4 : i + 3;
  }
  return 0;
}

// ---- calendar dates ---------------------------------------------------------------------

std::optional<Scanner::PDate> Scanner::numeric_date(std::size_t i, bool context) {
  const Token& a = tok(i);
  if (a.kind != TokKind::number) return std::nullopt;
  PDate p;
  if (a.digits == 8) {  // 20251112
    const int v = a.value;
    p.y = v / 10000, p.m = v / 100 % 100, p.d = v % 100;
    if (p.y < 1900 || p.y > 2100 || !civil::valid_date(p.y, p.m, p.d)) return std::nullopt;
    p.end = i + 1;
    return p;
  }
  const Token& s1 = tok(i + 1);
  const Token& b = tok(i + 2);
  if (s1.kind != TokKind::punct || b.kind != TokKind::number) return std::nullopt;
  const char sep = s1.punct;
  if (sep != '/' && sep != '-' && sep != '.') return std::nullopt;
  if (sep != '/' && (s1.space_before || b.space_before)) return std::nullopt;
  const Token& s2 = tok(i + 3);
  const Token& c = tok(i + 4);
  const bool third = s2.kind == TokKind::punct && !s2.space_before && c.kind == TokKind::number && !c.space_before &&
                     (s2.punct == sep || (sep == '-' && s2.punct == '/'));
  if (a.digits == 4 && sep == '-' && third) {  // ISO 2024-06-19
    p.y = a.value, p.m = b.value, p.d = c.value;
    if (b.digits > 2 || c.digits > 2 || !civil::valid_date(p.y, p.m, p.d)) return std::nullopt;
    p.end = i + 5;
    return p;
  }
  if (a.digits > 2 || b.digits > 2) return std::nullopt;
  p.d = a.value, p.m = b.value, p.end = i + 3;
  if (third && sep == '-' && s2.punct == '/') {  // "18-19/6[/2024]": a day range inside one month
    if (c.digits > 2) return std::nullopt;
    p.d2 = b.value, p.m = c.value, p.end = i + 5;
    if (is_punct(i + 5, '/') && tok(i + 6).kind == TokKind::number && (tok(i + 6).digits == 4 || tok(i + 6).digits == 2))
      p.y = tok(i + 6).value, p.end = i + 7;
    context = true;
  } else if (third) {
    if (c.digits != 4 && c.digits != 2) return std::nullopt;
    p.y = c.value, p.end = i + 5;
  }
  if (p.y && p.y < 100) p.y += p.y < 50 ? 2000 : 1900;
  if (p.m < 1 || p.m > 12 || p.d < 1 || p.d > civil::days_in_month(p.y ? p.y : 2000, p.m)) return std::nullopt;
  if (p.d2 && (p.d2 <= p.d || p.d2 > civil::days_in_month(p.y ? p.y : 2000, p.m))) return std::nullopt;
  if (!p.y && !context) {
    // Without a year or context, "2/3", "2-1" or "1.5" are far more often fractions, scores or
    // decimals: accept only day numbers no month can be, or a zero-padded month ("15-02", "05/06").
    if (!(p.d > 12 || (b.digits == 2 && sep != '.'))) return std::nullopt;
    const Token& n = tok(p.end);
    const Token& n2 = tok(p.end + 1);
    const bool continues = !n.space_before && n2.kind == TokKind::number && !n2.space_before;  // "15.2.3", "15/2,5"
    if ((n.kind == TokKind::punct && (n.punct == '%' || ((n.punct == '.' || n.punct == ',' || n.punct == sep) && continues))) ||
        (n.kind == TokKind::word && !n.info) || (n.kind == TokKind::number && !n.space_before))
      return std::nullopt;
  }
  return p;
}

std::optional<Scanner::PDate> Scanner::named_date(std::size_t i) {
  const Token& a = tok(i);
  if (a.kind != TokKind::number || a.digits > 2 || a.value < 1 || a.value > 31) return std::nullopt;
  const WordInfo* w = info(i + 1);
  if (!w || !w->month) return std::nullopt;
  PDate p;
  p.d = a.value, p.m = w->month, p.end = i + 2;
  if (w->abbreviated && is_punct(p.end, '.') && !tok(p.end).space_before) ++p.end;
  const Token& y = tok(p.end);
  if (y.kind == TokKind::number && y.digits == 4 && y.value >= 1000) p.y = y.value, ++p.end;
  if (p.d > civil::days_in_month(p.y ? p.y : 2000, p.m)) return std::nullopt;
  return p;
}

std::optional<Scanner::PDate> Scanner::any_date(std::size_t i, bool context) {
  if (is_kw(i, Kw::tanggal)) ++i, context = true;
  if (is_punct(i, '(')) {
    auto p = numeric_date(i + 1, true);
    if (p && is_punct(p->end, ')')) return ++p->end, p;
    return std::nullopt;
  }
  if (auto p = named_date(i)) return p;
  return numeric_date(i, context);
}

bool Scanner::resolve_year(PDate& d, int weekday) {
  if (d.y) return true;
  const auto anc = anchor();
  if (!anc) return false;
  const std::int64_t at = day_number(*anc);
  int best = 0;
  std::int64_t best_dist = 0;
  bool best_wd = false;
  for (int y : {anc->year, anc->year - 1, anc->year + 1}) {  // the anchor's own year wins ties
    if (!civil::valid_date(y, d.m, d.d)) continue;
    const std::int64_t diff = civil::days_from_civil(y, d.m, d.d) - at;
    if (future_ && diff < 0) continue;
    const bool wd_ok = weekday && civil::iso_weekday(y, d.m, d.d) == weekday;
    const std::int64_t dist = std::llabs(diff);
    if (!best || (wd_ok && !best_wd) || (wd_ok == best_wd && dist < best_dist)) best = y, best_dist = dist, best_wd = wd_ok;
  }
  d.y = best;
  return best != 0;
}

Expr Scanner::date_expr(const PDate& d, int weekday) {
  Expr e;
  e.end = d.end;
  PDate p = d;
  if (resolve_year(p, weekday)) {
    e.resolved = true;
    e.a.year = p.y, e.a.month = p.m, e.a.day = p.d;  // a contradicting weekday loses to the date
    e.explicit_day = true;
    if (p.d2) {
      e.interval = true;
      e.b = civil::add_days(e.a, p.d2 - p.d + 1);
    }
  }
  return e;
}

Expr Scanner::range(Expr first, const PDate& a, std::size_t j) {
  // j is just past a range connector; the second date may name a weekday first.
  std::size_t k = j;
  int wd = 0;
  if (const WordInfo* w = info(k); w && w->weekday) wd = w->weekday, ++k, k += is_punct(k, ',');
  auto b = any_date(k, wd != 0);
  if (!b) return first;
  PDate pa = a, pb = *b;
  if (!pb.y && pa.y) pb.y = pa.y;
  if (!pb.m) return first;
  if (!resolve_year(pb, wd)) {
    Expr e = first;
    e.end = pb.end, e.resolved = false, e.interval = true;
    return e;
  }
  if (!pa.m) pa.m = pb.m;
  if (!pa.y) pa.y = pb.y - ((pa.m > pb.m || (pa.m == pb.m && pa.d > pb.d)) ? 1 : 0);
  if (!civil::valid_date(pa.y, pa.m, pa.d)) return first;
  Expr e;
  e.end = pb.end, e.resolved = true, e.interval = true, e.explicit_day = true;
  e.a.year = pa.y, e.a.month = pa.m, e.a.day = pa.d;
  CivilTime last;
  last.year = pb.y, last.month = pb.m, last.day = pb.d2 ? pb.d2 : pb.d;
  e.b = civil::add_days(last, 1);
  if (day_number(e.b) <= day_number(e.a)) return first;
  return e;
}

void Scanner::set_time(Expr& e, const Clock& c) {
  e.a.hour = c.h, e.a.minute = c.m < 0 ? 0 : c.m, e.a.second = c.s;
  e.a.utc_offset_minutes = c.zone;
  e.grain = c.s >= 0 ? DateGrain::second : c.m >= 0 ? DateGrain::minute : DateGrain::hour;
  if (c.h2 >= 0) {
    e.interval = true;
    e.b = e.a;
    e.b.hour = c.h2, e.b.minute = c.m2 < 0 ? 0 : c.m2;
  }
  e.end = c.end;
}

// A day-grain expression may go on with a part of day and/or a clock time.
Expr Scanner::with_tail(Expr e, bool deictic) {
  std::size_t j = e.end;
  PartOfDay part = PartOfDay::none;
  if (const WordInfo* w = info(j); w && w->part != PartOfDay::none) part = w->part, ++j;
  else if (is_kw(j, Kw::dini) && is_kw(j + 1, Kw::hari)) j += 2;
  e.end = j;
  if (deictic && part != PartOfDay::none && e.resolved && !e.interval) {
    // Duckling: "besok pagi" is 06:00 at hour grain; an explicit date keeps its day grain (news use).
    e.a.hour = kPartStart[static_cast<int>(part)], e.a.minute = 0;
    e.grain = DateGrain::hour;
  }
  std::size_t k = j;
  if (is_punct(k, ',') || is_punct(k, '|')) ++k;
  if (is_kw(k, Kw::sekitar) || is_kw(k, Kw::pada)) ++k;
  if (auto c = clock(k, false)) {
    if (part != PartOfDay::none && c->h < 12) c->h = apply_part(c->h, part);
    if (e.resolved && !e.interval) set_time(e, *c);
    else e.end = c->end;
  }
  return e;
}

Expr Scanner::deictic_day(std::size_t end, int offset) {
  Expr e;
  e.end = end;
  if (auto anc = anchor()) e.resolved = true, e.a = civil::add_days(day_of(*anc), offset);
  return with_tail(e, true);
}

// ---- rules by first token ---------------------------------------------------------------

std::optional<Expr> Scanner::weekday_expr(std::size_t i, const WordInfo& w) {
  std::size_t j = i + 1;
  j += is_punct(j, ',');
  // "Selasa-Rabu (18-19/6/2024)"
  if (is_punct(j, '-') && info(j + 1) && info(j + 1)->weekday) {
    if (auto p = any_date(j + 2, true); p && p->d2) return with_tail(date_expr(*p, w.weekday), false);
  }
  if (auto p = any_date(j, true)) {
    p->weekday = w.weekday;
    if (std::size_t k = range_connector(p->end); k && !p->d2) {
      Expr e = range(date_expr(*p, w.weekday), *p, k);
      if (e.interval) return e;
    }
    return with_tail(date_expr(*p, w.weekday), false);
  }
  if (w.abbreviated) return std::nullopt;  // "sen", "sel", "min" alone are ordinary words
  Expr e;
  e.end = i + 1;
  int dir = future_ ? 1 : 0;
  if (is_kw(i + 1, Kw::lalu) || is_kw(i + 1, Kw::kemarin)) dir = -1, ++e.end;
  else if (is_kw(i + 1, Kw::depan) || is_kw(i + 1, Kw::mendatang) || is_kw(i + 1, Kw::nanti)) dir = 1, ++e.end;
  else if (is_kw(i + 1, Kw::ini)) ++e.end;
  auto anc = anchor();
  if (!anc) return with_tail(e, false);
  const int today = civil::iso_weekday(anc->year, anc->month, anc->day);
  int delta = w.weekday - today;  // within the anchor's week
  if (dir == 0 && delta > 0) delta -= 7;  // news: the most recent one, or the anchor day itself
  if (dir < 0 && delta >= 0) delta -= 7;
  if (dir > 0 && delta <= 0) delta += 7;
  e.resolved = true, e.explicit_day = false;
  e.a = civil::add_days(day_of(*anc), delta);
  return with_tail(e, false);
}

std::optional<Expr> Scanner::month_expr(std::size_t i, bool triggered) {
  const WordInfo* w = info(i);
  std::size_t j = i + 1;
  if (w->abbreviated && is_punct(j, '.') && !tok(j).space_before) ++j;
  int y = 0, dir = future_ ? 1 : 0;
  if (tok(j).kind == TokKind::number && tok(j).digits == 4 && tok(j).value >= 1000) y = tok(j).value, ++j;
  else if (w->abbreviated && !triggered) return std::nullopt;
  else if (is_kw(j, Kw::lalu) || is_kw(j, Kw::kemarin)) dir = -1, ++j;
  else if (is_kw(j, Kw::mendatang) || is_kw(j, Kw::depan) || is_kw(j, Kw::nanti)) dir = 1, ++j;
  else if (is_kw(j, Kw::ini)) ++j;
  else if (!triggered) return std::nullopt;
  Expr e;
  e.end = j;
  e.grain = DateGrain::month;
  e.a.month = w->month;
  if (y) {
    e.a.year = y, e.resolved = true;
  } else if (auto anc = anchor()) {
    const int here = anc->year * 12 + anc->month - 1;
    int best = 0, best_dist = 1 << 30;
    for (int cand : {anc->year, anc->year - 1, anc->year + 1}) {
      const int diff = cand * 12 + w->month - 1 - here;
      if ((dir < 0 && diff > 0) || (dir > 0 && diff < 0)) continue;
      if (std::abs(diff) < best_dist) best = cand, best_dist = std::abs(diff);
    }
    e.a.year = best, e.resolved = best != 0;
  }
  return e;
}

std::optional<Expr> Scanner::relative_period(Unit u, std::size_t after) {
  int k;
  if (is_kw(after, Kw::lalu) || is_kw(after, Kw::kemarin)) k = -1;
  else if (is_kw(after, Kw::depan) || is_kw(after, Kw::kemudian) || is_kw(after, Kw::mendatang) || is_kw(after, Kw::nanti)) k = 1;
  else if (is_kw(after, Kw::ini)) k = 0;
  else return std::nullopt;
  Expr e;
  e.end = after + 1;
  e.interval = true;
  e.day_bounds = true;
  auto anc = anchor();
  if (!anc) return e;
  const CivilTime d = day_of(*anc);
  e.resolved = true;
  if (u == Unit::week) {
    e.grain = DateGrain::week;
    e.a = civil::add_days(d, 1 - civil::iso_weekday(d.year, d.month, d.day) + 7 * k);
    e.b = civil::add_days(e.a, 7);
  } else if (u == Unit::month) {
    e.grain = DateGrain::month;
    CivilTime first = d;
    first.day = 1;
    e.a = civil::add_months(first, k), e.b = civil::add_months(first, k + 1);
  } else if (u == Unit::year) {
    e.grain = DateGrain::year;
    e.a = d, e.a.year += k, e.a.month = 1, e.a.day = 1;
    e.b = e.a, e.b.year += 1;
  } else {
    return std::nullopt;
  }
  return e;
}

bool Scanner::after_superlative(std::size_t i) {
  const Token t = tok(i);
  if (t.kind != TokKind::word) return false;
  std::string_view s = text_.substr(t.start, t.end - t.start);
  auto lower_eq = [&](std::string_view w) {
    if (s.size() != w.size()) return false;
    for (std::size_t k = 0; k < s.size(); ++k)
      if ((s[k] | 0x20) != w[k]) return false;
    return true;
  };
  using namespace std::string_view_literals;  // lengths known at compile time, not measured per call
  if (lower_eq("pertama"sv) || lower_eq("pertamanya"sv) || lower_eq("kali"sv) || lower_eq("kalinya"sv)) return true;
  // Superlatives: ter- + adjective ("tertinggi", "terburuk", "terbesar"); not the ter- verbs and
  // conjunctions that merely start the same way.
  static constexpr std::string_view kNotSuperlative[] = {
      "tersebut"sv, "terhadap"sv, "terjadi"sv,    "terus"sv,    "terutama"sv, "termasuk"sv, "terkait"sv,
      "terdapat"sv, "terlihat"sv, "terjadinya"sv, "tercatat"sv, "terpilih"sv, "tertentu"sv};
  for (std::string_view w : kNotSuperlative)
    if (lower_eq(w)) return false;
  return s.size() >= 7 && (s[0] | 0x20) == 't' && (s[1] | 0x20) == 'e' && (s[2] | 0x20) == 'r';
}

std::optional<Expr> Scanner::offset_expr(std::size_t i, bool dalam) {
  auto c = count(i);
  if (!c) return std::nullopt;
  auto [n, j] = *c;
  Unit u = info(i) ? info(i)->unit : Unit::none;
  if (u == Unit::none) {
    const WordInfo* w = info(j);
    if (!w || w->unit == Unit::none) return std::nullopt;
    u = w->unit, ++j;
  }
  int dir = 0;
  bool last = false, from_event = false;
  if (is_kw(j, Kw::yang) && is_kw(j + 1, Kw::lalu)) dir = -1, j += 2;
  else if (is_kw(j, Kw::lalu)) dir = -1, ++j;
  else if (is_kw(j, Kw::sebelumnya)) dir = -1, from_event = true, ++j;
  else if (is_kw(j, Kw::sesudahnya) || (is_kw(j, Kw::kemudian) && event_ && !ref_)) dir = 1, from_event = true, ++j;
  else if (is_kw(j, Kw::lagi) || is_kw(j, Kw::kemudian) || is_kw(j, Kw::mendatang)) dir = 1, ++j;
  else if (is_kw(j, Kw::ke) && is_kw(j + 1, Kw::depan)) dir = 1, j += 2;
  else if (is_kw(j, Kw::terakhir)) last = true, ++j;
  else if (dalam) dir = 1;
  else return std::nullopt;  // "24 tahun", "dua tiket": a quantity, not a date
  Expr e;
  e.end = j;
  const std::optional<CivilTime> base = from_event ? event_ : anchor();
  if (!base || n > 100000) return e;
  e.resolved = true;
  const bool subday = u == Unit::second || u == Unit::minute || u == Unit::hour;
  const std::int64_t secs = u == Unit::second ? 1 : u == Unit::minute ? 60 : 3600;
  auto shift = [&](const CivilTime& t, int by) {
    switch (u) {
      case Unit::second: case Unit::minute: case Unit::hour: return civil::add_seconds(t, secs * by);
      case Unit::day: return civil::add_days(t, by);
      case Unit::week: return civil::add_days(t, 7 * by);
      case Unit::month: return civil::add_months(t, by);
      default: return civil::add_months(t, 12 * by);
    }
  };
  if (subday && !has_time(*base)) {
    e.a = day_of(*base);  // only the day is known
  } else if (last) {
    e.interval = true;
    const CivilTime from = subday ? *base : day_of(*base);
    e.a = shift(from, -n), e.b = from;
    e.grain = subday ? DateGrain::minute : DateGrain::day;
  } else if (subday) {
    e.a = shift(*base, dir * n);
    e.grain = u == Unit::second ? DateGrain::second : DateGrain::minute;
  } else if ((dalam || is_kw(j - 1, Kw::kemudian)) && has_time(*base) && !from_event) {
    // Duckling: "dalam 1 hari" / "1 hari kemudian" is a moment, exactly one day from now.
    e.a = shift(*base, dir * n), e.grain = DateGrain::second;
  } else {
    e.a = shift(day_of(*base), dir * n);
  }
  return e;
}

std::optional<Expr> Scanner::holiday(std::size_t i) {
  // The words a name could span are read once; each name is then compared word by word from its
  // last, the length first ("hari ini" is rejected by every name without comparing a letter).
  std::array<std::string_view, 4> words;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const Token t = tok(i + k);
    if (t.kind != TokKind::word) break;
    words[k] = text_.substr(t.start, t.end - t.start);
  }
  auto same_word = [](std::string_view s, std::string_view want) {
    if (s.size() != want.size()) return false;
    for (std::size_t k = 0; k < s.size(); ++k)
      if ((s[k] | 0x20) != want[k]) return false;
    return true;
  };
  for (std::size_t at = 0; at < std::size(kHolidays); ++at) {
    const Holiday& h = kHolidays[at];
    // From the last word: most names begin alike ("hari …") and differ at their end.
    const std::size_t n = kHolidayLengths[at];
    std::size_t unmatched = n;
    while (unmatched > 0 && same_word(words[unmatched - 1], h.words[unmatched - 1])) --unmatched;
    if (unmatched > 0) continue;
    const std::size_t j = i + n;
    // "Tahun Baru Imlek/Islam" are lunar holidays; leave them alone.
    if (h.month == 1 && tok(j).kind == TokKind::word && !info(j)) return std::nullopt;
    Expr e;
    e.end = j;
    int dir = future_ ? 1 : 0;
    if (is_kw(j, Kw::lalu)) dir = -1, ++e.end;
    else if (is_kw(j, Kw::mendatang)) dir = 1, ++e.end;
    if (tok(e.end).kind == TokKind::number && tok(e.end).digits == 4) {
      e.a.year = tok(e.end).value, e.a.month = h.month, e.a.day = h.day, e.resolved = true, ++e.end;
      return e;
    }
    if (auto anc = anchor()) {
      // A holiday name means this year's observance (Duckling), unless the clause says otherwise.
      e.a.year = anc->year, e.a.month = h.month, e.a.day = h.day, e.resolved = true;
      if (dir < 0 && day_number(e.a) > day_number(*anc)) --e.a.year;
      if (dir > 0 && day_number(e.a) < day_number(*anc)) ++e.a.year;
    }
    return e;
  }
  return std::nullopt;
}

std::optional<Expr> Scanner::parse_number(std::size_t i) {
  const Token& t = tok(i);
  // "17 Agustusan"
  if (t.value == 17 && is_kw(i + 1, Kw::agustusan)) {
    Expr e;  // a holiday name: this year's observance, like holiday()
    e.end = i + 2;
    if (auto anc = anchor()) e.resolved = true, e.a.year = anc->year, e.a.month = 8, e.a.day = 17;
    return e;
  }
  // "1990-an": a decade (inclusive year bounds, see docs/dates.md)
  if (t.digits == 4 && t.value % 10 == 0 && is_punct(i + 1, '-') && is_kw(i + 2, Kw::an)) {
    Expr e;
    e.end = i + 3, e.resolved = true, e.interval = true, e.grain = DateGrain::year;
    e.a.year = t.value, e.b.year = t.value + 9;
    return e;
  }
  // "19-21 Juni 2024", "1 hingga 3 Juli"
  if (t.digits <= 2 && t.value >= 1 && t.value <= 31) {
    if (std::size_t k = range_connector(i + 1)) {
      if (named_date(k)) {
        PDate a;
        a.d = t.value;
        Expr e = range(Expr{}, a, k);
        if (e.interval) return e;
      }
    }
  }
  if (auto p = any_date(i, false)) {
    if (std::size_t k = range_connector(p->end); k && !p->d2) {
      Expr e = range(date_expr(*p, 0), *p, k);
      if (e.interval) return e;
    }
    return with_tail(date_expr(*p, 0), false);
  }
  if (auto e = offset_expr(i, false)) return e;
  if (auto c = clock(i, false)) {
    Expr e;
    if (auto day = sentence_day_ ? sentence_day_ : anchor()) e.a = day_of(*day), e.resolved = true;
    set_time(e, *c);
    return e;
  }
  return std::nullopt;
}

// Mirrors the entry conditions of parse_word below: keep the two together.
bool begins_expression(const WordInfo& w) {
  if (w.weekday || w.month || w.holiday || w.count >= 0 || w.part != PartOfDay::none) return true;
  if (w.unit == Unit::hour || w.unit == Unit::week || w.unit == Unit::month || w.unit == Unit::year) return true;
  switch (w.kw) {
    case Kw::tanggal: case Kw::pukul: case Kw::kemarin: case Kw::besok: case Kw::esok: case Kw::lusa:
    case Kw::hari: case Kw::keesokan: case Kw::tadi: case Kw::semalam: case Kw::sekarang: case Kw::baru:
    case Kw::dalam: case Kw::selama: case Kw::sejak: case Kw::bulan: case Kw::tahun: case Kw::awal:
    case Kw::akhir: case Kw::tengah: case Kw::pada: case Kw::hingga: case Kw::sampai: case Kw::year_trigger:
      return true;
    default: return false;
  }
}

namespace {

// A word after a unit that makes it a calendar period: "tahun lalu", "bulan depan", "minggu ini".
bool period_word(const WordInfo* next) {
  return next && (next->kw == Kw::lalu || next->kw == Kw::depan || next->kw == Kw::ini || next->kw == Kw::kemarin ||
                  next->kw == Kw::kemudian || next->kw == Kw::mendatang || next->kw == Kw::nanti);
}

}  // namespace

// Mirrors the cases of parse_word below; a word with any other field has other rules.
bool idle_before(const WordInfo& w, const WordInfo* next) {
  if (w.weekday || w.month) return false;
  // A numeral ("dua", "sepekan") that names no holiday begins only offset_expr, which reads on
  // only through lexicon words ("belas", "puluh", a unit, "lalu"…), whatever else the word is.
  if (w.count >= 0 && !w.holiday) return next == nullptr;
  if (w.count >= 0 || w.part != PartOfDay::none || w.zone) return false;
  // "tahun": a period ("tahun lalu"), year_at ("tahun 2024", "tahun tahun 2024") and the
  // holidays it begins, all "tahun baru …" (holidays.hpp). "bulan": a period or a month name.
  if (w.kw == Kw::tahun && (w.unit == Unit::year || w.unit == Unit::none))
    return !(period_word(next) || (next && (next->kw == Kw::tahun || next->kw == Kw::baru)));
  if (w.kw == Kw::bulan && !w.holiday && (w.unit == Unit::month || w.unit == Unit::none))
    return !(period_word(next) || (next && next->month));
  if (w.holiday || w.unit != Unit::none) return false;
  switch (w.kw) {
    case Kw::pada: return !(next && (next->kw == Kw::tahun || next->month));  // year_at, month_expr
    case Kw::hingga: case Kw::sampai: case Kw::year_trigger: return !(next && next->kw == Kw::tahun);  // year_at
    case Kw::dalam: return !(next && next->count >= 0);  // count
    case Kw::selama: return !(next && (next->kw == Kw::bulan || next->kw == Kw::tahun));  // "bulan" + month, year_at
    case Kw::baru: return !(next && next->kw == Kw::saja);  // "baru saja"
    default: return false;
  }
}

std::optional<Expr> Scanner::parse_word(std::size_t i, const WordInfo& w) {
  const Kw k = w.kw;
  const WordInfo* next = info(i + 1);
  const bool period_next = period_word(next);
  if (w.weekday && !(w.unit == Unit::week && period_next)) return weekday_expr(i, w);
  if (w.month) return month_expr(i, false);
  if (w.holiday) {
    if (auto h = holiday(i)) return h;
  }
  if (w.count >= 0) return offset_expr(i, false);
  if (w.unit == Unit::hour && tok(i + 1).kind == TokKind::number) {
    if (auto c = clock(i, true)) {
      Expr e;
      if (auto day = sentence_day_ ? sentence_day_ : anchor()) e.a = day_of(*day), e.resolved = true;
      set_time(e, *c);
      return e;
    }
  }
  if ((w.unit == Unit::week || w.unit == Unit::month || w.unit == Unit::year) && period_next)
    return relative_period(w.unit, i + 1);

  auto year_at = [&](std::size_t j) -> std::optional<Expr> {
    if (is_kw(j, Kw::tahun)) ++j;
    const Token& y = tok(j);
    if (y.kind != TokKind::number || y.digits != 4 || y.value < 1900 || y.value > 2100) return std::nullopt;
    if (is_punct(j + 1, '-') && is_kw(j + 2, Kw::an)) return parse_number(j);
    if (is_punct(j + 1, '/') || ((is_punct(j + 1, '.') || is_punct(j + 1, ',')) && tok(j + 2).kind == TokKind::number &&
                                 !tok(j + 2).space_before))
      return std::nullopt;  // "2019/2020", "2019.5"
    Expr e;
    e.end = j + 1, e.resolved = true, e.grain = DateGrain::year, e.a.year = y.value;
    return e;
  };

  switch (k) {
    case Kw::tanggal:
      if (auto p = any_date(i + 1, true)) {
        if (std::size_t c = range_connector(p->end); c && !p->d2) {
          Expr e = range(date_expr(*p, 0), *p, c);
          if (e.interval) return e;
        }
        return with_tail(date_expr(*p, 0), false);
      }
      return std::nullopt;
    case Kw::pukul: {
      auto c = clock(i, true);
      if (!c) return std::nullopt;
      Expr e;
      if (auto day = sentence_day_ ? sentence_day_ : anchor()) e.a = day_of(*day), e.resolved = true;
      set_time(e, *c);
      return e;
    }
    case Kw::kemarin: return deictic_day(is_kw(i + 1, Kw::lusa) ? i + 2 : i + 1, is_kw(i + 1, Kw::lusa) ? -2 : -1);
    case Kw::besok: case Kw::esok: return deictic_day(is_kw(i + 1, Kw::hari) ? i + 2 : i + 1, 1);
    case Kw::lusa: return deictic_day(i + 1, 2);
    case Kw::hari:
      if (is_kw(i + 1, Kw::ini)) return deictic_day(i + 2, 0);
      if (is_kw(i + 1, Kw::itu) && event_) {
        Expr e;
        e.end = i + 2, e.resolved = true, e.a = day_of(*event_);
        return with_tail(e, true);
      }
      return std::nullopt;
    case Kw::keesokan:
      if (is_kw(i + 1, Kw::harinya) || is_kw(i + 1, Kw::hari)) {
        Expr e;
        e.end = i + 2;
        if (auto base = event_ ? event_ : anchor()) e.resolved = true, e.a = civil::add_days(day_of(*base), 1);
        return with_tail(e, true);
      }
      return std::nullopt;
    case Kw::tadi:
      if (next && next->part != PartOfDay::none) {
        // "tadi malam" is last night (Duckling: yesterday 18:00); "tadi pagi" this morning.
        Expr e = deictic_day(i + 1, next->part == PartOfDay::malam ? -1 : 0);
        return e;
      }
      return std::nullopt;
    case Kw::semalam: {
      Expr e;
      e.end = i + 1;
      if (auto anc = anchor()) {
        e.resolved = true, e.grain = DateGrain::hour;
        e.a = civil::add_days(day_of(*anc), -1), e.a.hour = 18, e.a.minute = 0;
      }
      return e;
    }
    case Kw::sekarang: case Kw::baru: {
      if (k == Kw::baru && !is_kw(i + 1, Kw::saja)) return std::nullopt;
      Expr e;
      e.end = k == Kw::baru ? i + 2 : i + 1;
      if (auto anc = anchor()) {
        e.resolved = true, e.a = *anc;
        e.grain = has_time(*anc) ? DateGrain::second : DateGrain::day;
      }
      return e;
    }
    case Kw::dalam:
      // Nothing without a count after it ("dalam negeri"): the look-back below is for "dalam lima
      // tahun" only (quiet_runs.cpp relies on that: it reads back for "dalam" only before a count).
      if (!count(i + 1)) return std::nullopt;
      // "kunjungan pertama dalam 24 tahun", "tertinggi dalam lima tahun": a span of time measured
      // back from a superlative, not a moment ahead.
      for (std::size_t back = 1; back <= kMaxLookBehind && back <= i; ++back) {
        if (tok(i - back).kind != TokKind::word) break;  // stay inside the clause
        if (after_superlative(i - back)) return std::nullopt;
      }
      return offset_expr(i + 1, true);
    case Kw::selama: {
      if (is_kw(i + 1, Kw::bulan) && info(i + 2) && info(i + 2)->month) {
        auto e = month_expr(i + 2, true);
        if (e && e->resolved) {
          // "selama bulan Desember": the whole month as a day interval (Duckling).
          e->interval = true, e->grain = DateGrain::day;
          e->a.day = 1, e->b = civil::add_months(e->a, 1);
        }
        return e;
      }
      if (auto y = year_at(i + 1)) return y;
      return std::nullopt;  // "selama minggu ini" etc. are matched from their own first word
    }
    case Kw::sejak: {
      // "sejak sejak 2015" (a doubled word): every "sejak" of a run reads what follows the run,
      // so the finding starts at the first. The run is walked once, not once per word (a long
      // one must neither recurse that deep nor cost quadratic time when nothing follows).
      std::size_t j = i + 1;
      if (j < sejak_run_end_) j = sejak_run_end_;
      else while (is_kw(j, Kw::sejak)) ++j;
      sejak_run_end_ = j;
      std::optional<Expr> e = year_at(j);
      if (!e) e = parse_at(j);
      if (!e || !e->resolved) return e;
      // "sejak X": from the start of X up to the anchor moment (Duckling), open-ended without one.
      Expr s = *e;
      s.interval = true;
      s.explicit_day = s.day_bounds = false;
      if (s.a.month == 0) s.a.month = 1;
      if (s.a.day == 0) s.a.day = 1;
      auto anc = anchor();
      if (!anc) {
        s.open_end = true;
        return s;
      }
      s.b = *anc;
      if (has_time(*anc)) {
        if (s.a.hour < 0) s.a.hour = 0, s.a.minute = 0, s.a.second = 0;
        s.grain = DateGrain::second;
      } else {
        s.grain = DateGrain::day;
      }
      return s;
    }
    case Kw::bulan:
      if (next && next->month) return month_expr(i + 1, true);
      return std::nullopt;
    case Kw::tahun:
      // "Nomor 7 Tahun 2017": a regulation number, not a date.
      if (tok(i - 1).kind == TokKind::number && i > 0) return std::nullopt;
      return year_at(i + 1);
    case Kw::awal: case Kw::akhir: case Kw::tengah: {
      if (k == Kw::akhir && is_kw(i + 1, Kw::pekan)) {
        // "akhir pekan [ini|lalu|depan]": Saturday to Monday
        auto e = relative_period(Unit::week, i + 2);
        if (!e) e = relative_period(Unit::week, i + 1);  // bare: this week's
        if (e && e->resolved) e->a = civil::add_days(e->a, 5), e->grain = DateGrain::day;
        if (e && !is_kw(i + 2, Kw::ini) && !is_kw(i + 2, Kw::lalu) && !is_kw(i + 2, Kw::depan)) e->end = i + 2;
        return e;
      }
      std::size_t j = i + 1;
      if (is_kw(j, Kw::bulan) && info(j + 1) && info(j + 1)->month) ++j;
      if (info(j) && info(j)->month) return month_expr(j, true);
      if ((is_kw(j, Kw::bulan) || is_kw(j, Kw::tahun)) && !year_at(j)) {
        const Unit u = is_kw(j, Kw::bulan) ? Unit::month : Unit::year;
        auto e = relative_period(u, j + 1);
        if (!e) {
          e = relative_period(u, j);  // "awal bulan": of the current one
          if (e) e->end = j + 1;
        }
        if (e) e->interval = e->day_bounds = false;  // a part of the period: reported at the period's grain
        return e;
      }
      return year_at(j);
    }
    case Kw::pada: case Kw::hingga: case Kw::sampai: case Kw::year_trigger:
      if (auto y = year_at(i + 1)) return y;
      if (k == Kw::pada && info(i + 1) && info(i + 1)->month) return month_expr(i + 1, true);
      return std::nullopt;
    default: break;
  }
  // (The range's first token starts a clause too.)
  if (w.part != PartOfDay::none && tok(i).clause_start) {
    // A bare part of day: that part of the anchor day as an hour interval (Duckling).
    Expr e;
    e.end = i + 1;
    if (auto anc = anchor()) {
      static constexpr int kEnd[] = {0, 12, 15, 18, 24};
      const int p = static_cast<int>(w.part);
      e.resolved = true, e.interval = true, e.grain = DateGrain::hour;
      e.a = day_of(*anc), e.a.hour = p == 1 ? 0 : kPartStart[p], e.a.minute = 0;
      e.b = civil::add_seconds(e.a, std::int64_t{kEnd[p] - e.a.hour} * 3600);
    }
    return e;
  }
  return std::nullopt;
}

std::optional<Expr> Scanner::parse_at(std::size_t i) {
  const Token& t = tok(i);
  if (i > 0) {
    // Regulation numbers and ordinals: "UU No 7/2017", "PP 24/2022", "HUT ke-79", "KTT ke-43".
    if (is_kw(i - 1, Kw::legal) || (is_punct(i - 1, '-') && is_kw(i - 2, Kw::ke))) return std::nullopt;
    if (is_punct(i - 1, '.') && is_kw(i - 2, Kw::legal)) return std::nullopt;  // "No. 7/2017"
  }
  switch (t.kind) {
    case TokKind::number: return parse_number(i);
    case TokKind::word: return t.info ? parse_word(i, *t.info) : std::nullopt;
    case TokKind::punct:
      if (t.punct == '(') {
        if (auto p = any_date(i, true)) {
          if (std::size_t k = range_connector(p->end); k && !p->d2) {
            Expr e = range(date_expr(*p, 0), *p, k);
            if (e.interval) return e;
          }
          return with_tail(date_expr(*p, 0), false);
        }
      }
      return std::nullopt;
    default: return std::nullopt;
  }
}

// Most starts end with nothing, and the token after them tells so for most of those: a number
// before a word or punctuation no rule reads on with, a starting word before a token its rules
// do not need. Turning them away here spares parse_at() and the tokens it reads ahead.
bool Scanner::idle_start(std::size_t i) {
  const Token& t = tok(i);  // copied: reading the next token may move the ring
  if (t.kind == TokKind::punct) return false;
  const Token& next = ts_->at(i + 1);
  if (t.kind == TokKind::number) return t.digits != 8 && number_idle_before(next, text_);
  return next.kind != TokKind::number && idle_before(*t.info, next.kind == TokKind::word ? next.info : nullptr);
}

bool number_idle_before(const Token& next, std::string_view text) {
  switch (next.kind) {
    case TokKind::end: case TokKind::number: return true;
    // "19/6", "1990-an", "19-21 Juni", "10.30", "10:30"
    case TokKind::punct: return next.punct != '-' && next.punct != '/' && next.punct != '.' && next.punct != ':';
    // A month, a unit, "hingga", "WIB", "Agustusan"…, or the "s" of "s/d"
    case TokKind::word: return !next.info && !(next.end - next.start == 1 && (text[next.start] | 0x20) == 's');
  }
  return false;
}

// Mirrors parse_number() (and the clock(), offset_expr() and range_connector() it calls) on a
// number followed by a lexicon word: keep the two together.
bool number_idle_before_word(const WordInfo& next, const WordInfo* after) {
  if (next.month || next.part != PartOfDay::none || next.zone) return false;
  switch (next.kw) {
    case Kw::agustusan: case Kw::hingga: case Kw::sampai: case Kw::sd: case Kw::dini: return false;
    default: break;
  }
  return next.unit == Unit::none || after == nullptr;  // offset_expr: a direction word after the unit
}

// ---- output ----------------------------------------------------------------------------

void Scanner::emit(std::size_t i, const Expr& e, std::vector<DateFinding>& out) {
  DateFinding& f = out.emplace_back();  // filled in place: no move of the optional members
  f.start = tok(i).start;
  f.end = tok(e.end - 1).end;
  f.grain = e.grain;
  f.interval = e.interval;
  f.future = future_;
  for (std::size_t k = e.end; k < e.end + 2 && !tok(k).clause_start; ++k)
    if (const WordInfo* w = info(k); w && w->future) f.future = true;
  if (e.resolved) {
    // Written into a buffer first so the string is allocated once, at its final size.
    char v[2 * civil::kMaxValueLength + 1];
    const DateGrain g = e.interval && e.day_bounds ? DateGrain::day : e.grain;
    char* end = civil::write_value(v, e.a, g);
    if (e.interval) {
      *end++ = '/';
      if (e.open_end) *end++ = '.', *end++ = '.';
      else end = civil::write_value(end, e.b, g);
    }
    f.value.emplace(v, end);
    f.first = e.a;
    if (e.explicit_day) {
      stated_ = day_of(e.a), event_ = day_of(e.a), sentence_day_ = day_of(e.a);
    }
  }
}

// The scan's state after the left-out tokens is what reading them one by one would leave: they
// start nothing, so only clause starts and future markers count.
void Scanner::leave_out_quiet_run(TokenStream& ts, QuietRuns& quiet) {
  const auto run = quiet.from(ts.position(), ts.last_punct(), ts.break_pending());
  if (!run) return;
  if (run->clause_start) future_ = false, sentence_day_.reset();
  if (run->future) future_ = true;
  ts.jump_to(run->resume, run->resume_clause_start);
}

void Scanner::run(std::uint32_t begin, std::uint32_t end, std::vector<DateFinding>& out, PipelineTokens pipeline) {
  TokenStream ts(text_, begin, end, lex_);
  ts_ = &ts;
  future_ = false;
  sentence_day_.reset();
  sejak_run_end_ = 0;
  // A short range is read whole: a run worth leaving out needs more tokens than it has.
  constexpr std::uint32_t kQuietRangeTokens = 6;
  if (pipeline.tokens && pipeline.end - pipeline.next >= kQuietRangeTokens) {
    QuietRuns quiet(lex_, text_, pipeline, end);
    scan<true>(ts, &quiet, out);
  } else {
    scan<false>(ts, nullptr, out);
  }
  ts_ = nullptr;
}

template <bool kLeaveOut>
void Scanner::scan(TokenStream& ts, QuietRuns* quiet, std::vector<DateFinding>& out) {
  for (std::size_t i = 0;;) {
    // Only where every token read so far has been scanned: the rules read ahead.
    if constexpr (kLeaveOut) {
      if (i == ts.read_count() && quiet->may_start_at(ts.position())) leave_out_quiet_run(ts, *quiet);
    }
    // By reference (read field by field, straight after the tokenizer wrote them); not used past
    // the next read.
    const Token& t = ts.at(i);
    if (t.kind == TokKind::end) break;
    if (t.clause_start) future_ = false, sentence_day_.reset();
    ts.release_before(i > 8 ? i - 8 : 0);
    if (t.kind == TokKind::word && t.info && t.info->future) future_ = true;
    const bool can_start = t.kind == TokKind::number || (t.kind == TokKind::word && t.info && starts_expression(*t.info)) ||
                           (t.kind == TokKind::punct && t.punct == '(');
    if (can_start && !idle_start(i)) {
      if (auto e = parse_at(i); e && e->end > i) {
        emit(i, *e, out);
        i = e->end;
        continue;
      }
    }
    ++i;
  }
}

}  // namespace warta::detail::dates

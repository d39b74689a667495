// Reading the layout of a scraped article.
//
// The page is read line by line: a header zone (title, lead, bylines, timestamp, captions) up to
// the first body line (the one with the dateline, or the first line that reads as prose), the body,
// and a footer zone read backwards from the end (bylines such as "Pewarta:", copyright, share
// prompts). Related-link lines and boilerplate never become paragraphs.
#include "layout/article_layout_reader.hpp"

#include <algorithm>
#include <cstring>
#include <utility>
#include <utf8proc.h>

#include "layout/line_patterns.hpp"
#include "layout/outlets.hpp"
#include "text/ascii_block.hpp"
#include "text/utf8.hpp"

namespace warta::detail {
namespace {

using Line = LayoutLine;

// Position of the first `c` in s at or after `from`, or s.size().
std::size_t find_byte(std::string_view s, char c, std::size_t from) {
  if (from >= s.size()) return s.size();
  const auto* hit = static_cast<const char*>(std::memchr(s.data() + from, c, s.size() - from));
  return hit ? static_cast<std::size_t>(hit - s.data()) : s.size();
}

// Is there a no-break space (U+00A0) at `at`?
bool nbsp_at(std::string_view s, std::size_t at) {
  return at + 1 < s.size() && s[at] == '\xC2' && s[at + 1] == '\xA0';
}

// The next line end (CR or LF) at or after `at`, or text.size(). Two memchr passes instead of a
// per-byte test against a set: lines are long and carriage returns rare; the second is left out
// when the text has none (`any_cr`).
std::size_t next_line_end(std::string_view text, std::size_t at, bool any_cr) {
  if (at >= text.size()) return text.size();
  const char* base = text.data();
  const auto* lf = static_cast<const char*>(std::memchr(base + at, '\n', text.size() - at));
  const std::size_t limit = lf ? static_cast<std::size_t>(lf - base) : text.size();
  if (!any_cr) return limit;
  const auto* cr = static_cast<const char*>(std::memchr(base + at, '\r', limit - at));
  return cr ? static_cast<std::size_t>(cr - base) : limit;
}

// Lists the lines of `text` in `lines`, emptied first.
void split_lines(std::string_view text, std::vector<Line>& lines) {
  // The lines are not counted first: the list is kept between articles (LayoutBuffers) and has
  // the size of the longest page seen already, and a page is most often a line or two.
  lines.clear();
  const bool any_cr = find_byte(text, '\r', 0) < text.size();
  std::size_t at = 0;
  while (at <= text.size()) {
    const std::size_t end = next_line_end(text, at, any_cr);
    std::string_view raw = text.substr(at, end - at);
    std::string_view t = trim(raw);
    std::uint32_t s = static_cast<std::uint32_t>(t.data() - text.data());
    lines.push_back({t.empty() ? static_cast<std::uint32_t>(at) : s,
                     t.empty() ? static_cast<std::uint32_t>(at) : static_cast<std::uint32_t>(s + t.size())});
    if (end == text.size()) break;
    at = end + 1;
    if (text[end] == '\r' && at < text.size() && text[at] == '\n') ++at;
  }
}

std::string title_case(std::string_view s) {
  // "JAKARTA" -> "Jakarta", "BANDAR LAMPUNG" -> "Bandar Lampung": utf8proc does the case mapping
  // of the letters outside ASCII.
  std::string out;
  bool word_start = true;
  std::size_t at = 0;
  while (at < s.size()) {
    if (const char c = s[at]; static_cast<unsigned char>(c) < 0x80) {
      // ASCII, as most place names are: its letters are A-Z and a-z, mapped without utf8proc.
      const bool letter = ascii_letter(c);
      out.push_back(!letter ? c : word_start ? static_cast<char>(c & ~0x20) : ascii_lower(c));
      word_start = !letter && c != '\'';
      ++at;
      continue;
    }
    char32_t cp = 0;
    std::size_t n = decode_utf8(s, at, cp);
    if (n == 0) {
      n = 1;
      cp = static_cast<unsigned char>(s[at]);
    }
    bool letter = utf8proc_category(static_cast<utf8proc_int32_t>(cp)) <= UTF8PROC_CATEGORY_LO &&
                  utf8proc_category(static_cast<utf8proc_int32_t>(cp)) >= UTF8PROC_CATEGORY_LU;
    char32_t mapped = word_start ? static_cast<char32_t>(utf8proc_totitle(static_cast<utf8proc_int32_t>(cp)))
                                 : static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
    append_utf8(out, letter ? mapped : cp);
    word_start = !letter && cp != '\'';
    at += n;
  }
  return out;
}

bool has_sentence_end(std::string_view s) {
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?') return true;
  // closing quote after the mark
  return s.size() >= 4 && (s.ends_with(".\"") || s.ends_with(".\xE2\x80\x9D") || s.ends_with("?\"") ||
                           s.ends_with("?\xE2\x80\x9D"));
}

// Does `s` hold an ASCII digit? Eight bytes at a time.
bool has_ascii_digit(std::string_view s) {
  return find_marked(s, 0, [](std::uint64_t w) { return AsciiBlock(w).digit; }) < s.size();
}

bool ends_sentence_char(char c) { return c == '.' || c == '!' || c == '?'; }

class Reader {
 public:
  // Lists the lines in `lines`; the blocks go in `blocks`' memory.
  Reader(std::string_view text, const LayoutHints& hints, const DateFinder& dates, std::vector<Line>& lines,
         std::vector<Block> blocks)
      : text_(text), hints_(hints), dates_(dates), lines_(lines) {
    split_lines(text, lines_);
    out_.blocks = std::move(blocks);
    out_.blocks.clear();
    // About one block per line, but a scraper often glues a whole body into one line, which splits
    // into paragraphs: an allowance of one more per 400 bytes (a short paragraph) saves regrowing.
    out_.blocks.reserve(lines_.size() + text.size() / 400 + 1);
  }

  ArticleLayout read() {
    if (hints_.body_only) {
      for (const Line& l : lines_)
        if (l.end > l.start) add_paragraph(l.start, l.end, BlockKind::body);
      return std::move(out_);
    }
    std::size_t footer = read_footer();
    // The footer stopped at a line the body reads last: what it found there is kept.
    footer_verdicts_ = std::exchange(verdicts_, Verdicts{});
    std::size_t body = read_header(footer);
    read_body(body, footer);
    return std::move(out_);
  }

 private:
  std::string_view line_text(const Line& l) const { return text_.substr(l.start, l.end - l.start); }

  // The line tests whose answers are remembered, one bit each.
  enum Test : std::uint8_t { boilerplate_line = 1, byline = 2, label = 4, related = 8, caption_line = 16 };
  // Which tests have been run on a line, and which of them it passed.
  struct Verdicts {
    std::size_t line = SIZE_MAX;
    std::uint8_t known = 0, holds = 0;  // bits of Test
  };

  // What is known of line k, if anything.
  const Verdicts* verdicts_on(std::size_t k) const {
    return verdicts_.line == k ? &verdicts_ : footer_verdicts_.line == k ? &footer_verdicts_ : nullptr;
  }
  // Has line k been found to fail `test`?
  bool ruled_out(std::size_t k, Test test) const {
    const Verdicts* v = verdicts_on(k);
    return v && (v->known & test) && !(v->holds & test);
  }
  void learn(std::size_t k, Test test, bool holds) {
    Verdicts& v = footer_verdicts_.line == k ? footer_verdicts_ : verdicts_;
    if (v.line != k) v = {k, 0, 0};
    v.known |= test;
    if (holds) v.holds |= test;
  }
  // `test` on line k: `run()` unless its answer is remembered.
  template <class Run>
  bool remembered(std::size_t k, Test test, Run run) {
    if (const Verdicts* v = verdicts_on(k); v && (v->known & test)) return v->holds & test;
    const bool holds = run();
    learn(k, test, holds);
    return holds;
  }

  bool boilerplate(std::size_t k) {
    return remembered(k, Test::boilerplate_line, [&] { return is_boilerplate_line(line_text(lines_[k])); });
  }
  bool caption(std::size_t k) {
    return remembered(k, Test::caption_line, [&] { return looks_like_caption(line_text(lines_[k])); });
  }
  // parse_byline of line k; none when the line is known to hold no byline.
  std::vector<BylineField> byline_fields(std::size_t k) {
    if (ruled_out(k, Test::byline)) return {};
    std::vector<BylineField> fields = parse_byline(line_text(lines_[k]));
    learn(k, Test::byline, !fields.empty());
    return fields;
  }
  // bare_byline_label of line k.
  std::optional<BylineRole> byline_label(std::size_t k) {
    if (ruled_out(k, Test::label)) return std::nullopt;
    const std::optional<BylineRole> role = bare_byline_label(line_text(lines_[k]));
    learn(k, Test::label, role.has_value());
    return role;
  }

  void add_names(const std::vector<BylineField>& fields) {
    for (const BylineField& f : fields) {
      auto& list = f.role == BylineRole::author ? out_.authors : out_.editors;
      for (std::string& n : split_names(f.value))
        if (std::find(list.begin(), list.end(), n) == list.end()) list.push_back(std::move(n));
    }
  }

  void note_outlet(std::optional<std::string> name) {
    if (name && !out_.outlet) out_.outlet = std::move(name);
  }

  // Walks back from the end over bylines, boilerplate and related links; returns the index of the
  // first footer line (lines_.size() when there is none).
  std::size_t read_footer() {
    std::size_t first = lines_.size();
    std::vector<std::vector<BylineField>> bylines;
    for (std::size_t k = lines_.size(); k-- > 0 && lines_.size() - k <= 14;) {
      std::string_view t = line_text(lines_[k]);
      if (t.empty()) {
        first = k;
        continue;
      }
      auto fields = byline_fields(k);
      if (!fields.empty() && fields.front().value.size() < 120) {
        bylines.push_back(std::move(fields));
        first = k;
        continue;
      }
      if (auto role = byline_label(k); role && k > 0) {
        // "Name\n\nPenulis": the name stands on the line before.
        std::size_t p = k;
        while (p-- > 0 && lines_[p].end == lines_[p].start) {}
        if (p < lines_.size()) {
          bylines.push_back({{*role, line_text(lines_[p])}});
          first = p;
          k = p;
          continue;
        }
      }
      if (boilerplate(k)) {
        footer_outlet(t);
        out_.boilerplate.push_back({lines_[k].start, lines_[k].end});
        first = k;
        continue;
      }
      break;
    }
    // Footer bylines were read bottom-up; keep the page's order.
    for (auto it = bylines.rbegin(); it != bylines.rend(); ++it) add_names(*it);
    return first;
  }

  void footer_outlet(std::string_view t) {
    if (!footer_outlet_) footer_outlet_ = outlet_in_footer(t);
  }

  bool is_stamp(std::string_view t) {
    // A stamp line is short and is not a sentence; a body line that merely holds a date is not one.
    if (t.size() > 100 || (t.size() > 40 && t.back() == '.')) return false;
    // Both readings below need a year written in digits: most header lines (a title, a lead, a
    // byline) have no digit at all and skip the date grammar.
    if (!has_ascii_digit(t)) return false;
    // "Diperbarui …" repeats the stamp; the first one is the publication time.
    auto stamp = dates_.parse_stamp(t);
    if (!stamp) return unread_stamp_shape(t);
    if (!out_.published && !istarts_with(t, "Diperbarui") && !istarts_with(t, "Update")) {
      out_.published = *stamp;
    }
    // "CNN Indonesia | Selasa, …", "Kompas.com - 16/11/2023, 16:40 WIB"
    std::size_t cut = std::min(t.find(" | "), t.find(" - "));
    if (cut != std::string_view::npos) note_outlet(outlet_name(t.substr(0, cut)));
    return true;
  }

  // A header timestamp the date reader cannot read ("Senin 19 Aug 2024 20:45 WIB"): short, a
  // time-zone word and a year. It is still page furniture, though it gives no date.
  static bool unread_stamp_shape(std::string_view t) {
    if (t.size() > 60 || has_sentence_end(t)) return false;
    // It opens with the date: a day name or a digit.
    bool dated = !t.empty() && ascii_digit(t[0]);
    for (std::string_view day : {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu", "Ahad"})
      dated = dated || istarts_with(t, day);
    if (!dated) return false;
    bool zone = false;
    for (std::string_view z : {std::string_view(" WIB"), std::string_view(" WITA"), std::string_view(" WIT"),
                               std::string_view(" GMT"), std::string_view(" UTC")})
      if (t.ends_with(z) || t.find(std::string(z) + " ") != std::string_view::npos) zone = true;
    if (!zone) return false;
    for (std::size_t i = 0; i + 4 <= t.size(); ++i) {
      bool year = (t.compare(i, 2, "19") == 0 || t.compare(i, 2, "20") == 0) && ascii_digit(t[i + 2]) &&
                  ascii_digit(t[i + 3]) && (i == 0 || !ascii_digit(t[i - 1])) &&
                  (i + 4 == t.size() || !ascii_digit(t[i + 4]));
      if (year) return true;
    }
    return false;
  }

  // Reads the header zone; returns the index of the first body line.
  std::size_t read_header(std::size_t footer) {
    bool title_given = hints_.title_given;
    bool have_title = title_given;
    bool byline_seen = false;
    std::optional<std::size_t> title_line;
    std::size_t k = 0;
    for (; k < footer && k < 16; ++k) {
      const Line& l = lines_[k];
      std::string_view t = line_text(l);
      if (t.empty()) continue;
      if (std::size_t taken = take_related(k, footer)) {
        k += taken - 1;
        continue;
      }
      // Bylines and stamps first: "Dita Puspitasari - detikNews" and "Kompas.com - 16/11/2023, 16:40 WIB"
      // have the shape of a dateline.
      auto fields = byline_fields(k);
      if (!fields.empty()) {
        add_names(fields);
        byline_seen = true;
        note_outlet(outlet_in_footer(t));  // "- detikNews", "Laporan Wartawan Tribunnews.com"
        is_stamp(t);  // Okezone puts the stamp on the byline line
        continue;
      }
      if (is_stamp(t)) {
        byline_seen = true;
        continue;
      }
      dateline_tried_ = {k, match_dateline(t)};
      if (dateline_tried_->match) return k;
      if (auto role = byline_label(k)) {
        // The name stood on the previous line, which was taken for a lead.
        if (out_.lead && !out_.blocks.empty() && out_.blocks.back().kind == BlockKind::lead) {
          add_names({{*role, text_.substr(out_.lead->start, out_.lead->end - out_.lead->start)}});
          out_.blocks.pop_back();
          out_.lead.reset();
        }
        byline_seen = true;
        continue;
      }
      if (boilerplate(k)) {
        out_.boilerplate.push_back({l.start, l.end});
        continue;
      }
      if (!have_title) {
        if (t.size() > 300 && has_sentence_end(t)) return k;  // no title: the text starts with prose
        out_.title = WorkSpan{l.start, l.end};
        out_.blocks.push_back({{l.start, l.end}, BlockKind::headline});
        have_title = true;
        title_line = k;
        continue;
      }
      if (caption(k)) {
        add_caption(l);
        byline_seen = true;
        continue;
      }
      if (header_outlet_label(t)) continue;
      if (std::size_t skip = byline_name_line(k, footer)) {
        byline_seen = true;
        k += skip - 1;
        continue;
      }
      if (title_line && k == *title_line + 1 + blank_lines_between(*title_line, k) && !byline_seen && !out_.lead &&
          has_sentence_end(t) && t.size() < 400) {
        out_.lead = WorkSpan{l.start, l.end};
        out_.blocks.push_back({{l.start, l.end}, BlockKind::lead});
        continue;
      }
      return k;
    }
    return k;
  }

  // "kumparanBISNIS", "detikNews": a line that only names the outlet (or its section).
  bool header_outlet_label(std::string_view t) {
    if (t.size() > 40 || t.find(' ') != std::string_view::npos || has_sentence_end(t)) return false;
    auto name = outlet_name(t);
    if (!name) return false;
    note_outlet(std::move(name));
    return true;
  }

  std::size_t next_nonblank(std::size_t k, std::size_t limit) const {
    while (k < limit && lines_[k].end == lines_[k].start) ++k;
    return k;
  }

  // A name alone on a line, over a bare "Penulis" label ("Andi Pratama\n\nPenulis") or over the
  // timestamp (Sindonews, iNews, VOA: "Andika Hendra Mustaqim\nRabu, 19 Juni 2024 - 17:05 WIB").
  // Returns how many lines the byline takes (0: not a byline).
  std::size_t byline_name_line(std::size_t k, std::size_t limit) {
    std::string_view t = line_text(lines_[k]);
    if (has_sentence_end(t) || !looks_like_name(t)) return 0;
    std::size_t next = next_nonblank(k + 1, limit);
    if (next >= limit) return 0;
    std::string_view nt = line_text(lines_[next]);
    if (auto role = bare_byline_label(nt)) {
      add_names({{*role, t}});
      return next - k + 1;
    }
    if (next == k + 1 && is_stamp(nt)) {
      add_names({{BylineRole::author, t}});
      return 2;
    }
    return 0;
  }

  std::size_t blank_lines_between(std::size_t a, std::size_t b) const {
    std::size_t n = 0;
    for (std::size_t i = a + 1; i < b; ++i)
      if (lines_[i].end == lines_[i].start) ++n;
    return n;
  }

  void add_related(const Line& l, std::string_view rel) { add_related(WorkSpan{l.start, l.end}, rel); }

  void add_related(WorkSpan whole, std::string_view rel) {
    out_.boilerplate.push_back(whole);
    if (rel.empty()) return;  // the scraper lost the link text
    out_.related.push_back(span_of(rel));
  }

  // A related-link line at k; its text may stand alone on the next line ("BACA JUGA:\nTitle").
  // Returns the lines it takes (0: not a related link).
  std::size_t take_related(std::size_t k, std::size_t limit) {
    const Line& l = lines_[k];
    if (ruled_out(k, Test::related)) return 0;
    auto rel = related_link(line_text(l));
    learn(k, Test::related, rel.has_value());
    if (!rel) return 0;
    add_related(l, *rel);
    if (!rel->empty()) return 1;
    // A bare label ("Baca Juga", "BACA JUGA:") heads a list of link titles, one per line, up to the
    // next blank line: headline-like lines (short, no closing period).
    std::size_t taken = 1;
    while (k + taken < limit && taken <= 6) {
      std::string_view next = line_text(lines_[k + taken]);
      if (next.empty() || next.size() >= 200 || has_sentence_end(next) || is_boilerplate_line(next) ||
          related_link(next))
        break;
      add_related(lines_[k + taken], next);
      ++taken;
    }
    return taken;
  }

  void add_caption(const Line& l) {
    std::string_view t = line_text(l);
    std::size_t start = 0;
    if (istarts_with(t, "Foto:")) start = 5;
    std::size_t cut = t.size();
    for (std::string_view marker : {std::string_view(" Foto:"), std::string_view("(Foto"), std::string_view(" ANTARA/"),
                                    std::string_view(" ANTARA FOTO"), std::string_view("(DOK."), std::string_view("(REUTERS"),
                                    std::string_view("(AFP"), std::string_view("(AP "), std::string_view("(Xinhua")}) {
      std::size_t at = ifind(t, marker, start);
      if (at != std::string_view::npos) cut = std::min(cut, at);
    }
    if (cut == t.size()) cut -= trailing_tag_length(t);
    std::string_view body = trim(t.substr(start, cut - start));
    if (body.empty()) return;
    auto s = static_cast<std::uint32_t>(body.data() - text_.data());
    add_paragraph(s, static_cast<std::uint32_t>(s + body.size()), BlockKind::caption);
  }

  void read_body(std::size_t first, std::size_t footer) {
    bool first_line = true;
    for (std::size_t k = first; k < footer; ++k) {
      const Line& l = lines_[k];
      std::string_view t = line_text(l);
      if (t.empty()) continue;
      if (std::size_t taken = take_related(k, footer)) {
        k += taken - 1;
        continue;
      }
      if (boilerplate(k)) {
        footer_outlet(t);
        out_.boilerplate.push_back({l.start, l.end});
        continue;
      }
      // A byline in the body is short and no sentence: only such a line is parsed for one.
      if (t.size() < 120 && !has_sentence_end(t)) {
        if (auto fields = byline_fields(k); !fields.empty()) {
          add_names(fields);
          continue;
        }
      }
      std::uint32_t start = l.start;
      if (first_line) {
        first_line = false;
        start = strip_dateline(k);
      }
      if (k == first && caption(k)) {
        add_caption(l);
        first_line = true;
        continue;
      }
      prose_line_ = t;  // neither a related link nor furniture, as read above
      add_body_line(start, l.end);
    }
    note_outlet(footer_outlet_);
  }

  // Reads a dateline at the start of the first body line; returns where the paragraph text starts.
  std::uint32_t strip_dateline(std::size_t k) {
    const Line& l = lines_[k];
    std::string_view line = line_text(l);
    // What a scraper leaves of a lost dateline, or before a kept one: " - ", ", , -", "– ", ",\u00A0".
    auto skip_remnants = [&](std::size_t at) {
      while (at < line.size()) {
        unsigned char c = static_cast<unsigned char>(line[at]);
        if (c == ' ' || c == ',' || c == '-' || c == ':') {
          ++at;
        } else if (line.compare(at, 3, "\xE2\x80\x93") == 0 || line.compare(at, 3, "\xE2\x80\x94") == 0) {
          at += 3;
        } else if (line.compare(at, 2, "\xC2\xA0") == 0) {
          at += 2;
        } else {
          break;
        }
      }
      return at;
    };
    std::size_t lead = skip_remnants(0);
    std::string_view t = line.substr(lead);
    std::uint32_t base = l.start + static_cast<std::uint32_t>(lead);
    std::size_t skip = 0;
    // read_header stops at a line it has just tested for a dateline: its answer is kept.
    const bool tried = lead == 0 && dateline_tried_ && dateline_tried_->line == k;
    if (auto m = tried ? std::move(dateline_tried_->match) : match_dateline(t)) {
      DatelineInfo d;
      d.span = {base, static_cast<std::uint32_t>(base + m->length)};
      if (m->place_end > m->place_start) {
        d.place = WorkSpan{static_cast<std::uint32_t>(base + m->place_start), static_cast<std::uint32_t>(base + m->place_end)};
        d.place_name = title_case(t.substr(m->place_start, m->place_end - m->place_start));
      }
      out_.dateline = d;
      if (m->outlet) out_.outlet = m->outlet;  // the dateline names the publisher best
      skip = skip_remnants(lead + m->length);
    } else {
      skip = lead;
    }
    return static_cast<std::uint32_t>(l.start + skip);
  }

  // One line of body text: cut inline "(Baca: …)" links and trailing tags, and split paragraphs that
  // a scraper glued with ".," into one line.
  void add_body_line(std::uint32_t start, std::uint32_t end) {
    std::string_view t = text_.substr(start, end - start);
    std::size_t seg = 0;
    // Only '(' and ',' can start a cut; the loop jumps from one to the next (memchr), so the
    // bytes in between cost nothing.
    std::size_t next_paren = find_byte(t, '(', 0), next_comma = find_byte(t, ',', 0);
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (next_paren < i) next_paren = find_byte(t, '(', i);
      if (next_comma < i) next_comma = find_byte(t, ',', i);
      i = std::min(next_paren, next_comma);
      if (i >= t.size()) break;
      char c = t[i];
      if (c == '(' && (istarts_with(t.substr(i + 1), "Baca") || istarts_with(t.substr(i + 1), "Lihat juga"))) {
        // Looked for within the link's greatest length only, so a line of unclosed "(Baca" stays linear.
        const std::string_view window = t.substr(i, 300);
        std::size_t close = window.find(')');
        std::size_t colon = window.find(':');
        if (close != std::string_view::npos && colon != std::string_view::npos && colon < close) {
          close += i;
          colon += i;
          emit_segment(t.substr(seg, i - seg));
          std::string_view rel = trim(t.substr(colon + 1, close - colon - 1));
          if (!rel.empty()) {
            auto s = static_cast<std::uint32_t>(rel.data() - text_.data());
            out_.related.push_back({s, static_cast<std::uint32_t>(s + rel.size())});
          }
          out_.boilerplate.push_back({static_cast<std::uint32_t>(start + i), static_cast<std::uint32_t>(start + close + 1)});
          seg = close + 1;
          i = close;
          continue;
        }
      }
      if (c == ',' && i > 0 && i + 1 < t.size()) {
        // The scraper's paragraph join: ".,Next", ". ,Next", ".\u00A0,Next", ".,,,Next", "saya,\",Next", "ini:,Next".
        std::size_t p = i;  // end of the text before the comma, white space skipped
        while (p > 0 && (t[p - 1] == ' ' || (t[p - 1] == '\xA0' && p >= 2 && nbsp_at(t, p - 2))))
          p -= t[p - 1] == ' ' ? 1 : 2;
        if (p == 0) continue;
        char before = t[p - 1];
        // Most commas follow a word, which is neither a mark nor a quote: no join.
        if (ascii_alnum(before)) continue;
        const bool curly_quote = before == '\x9D' && p >= 3 && t[p - 3] == '\xE2' && t[p - 2] == '\x80';  // U+201D
        std::size_t quote_len = before == '"' ? 1 : curly_quote ? 3 : 0;
        char inside = quote_len && p > quote_len ? t[p - quote_len - 1] : '\0';
        // "berikut ini:,Next" — a colon that introduced the next paragraph.
        bool end_mark = ends_sentence_char(before) || ends_sentence_char(inside) || before == ':' ||
                        (before == ')' && p >= 2 && ends_sentence_char(t[p - 2]));
        // Only after a sentence end or a comma-closed quote: a run of commas is scanned once, not
        // once per comma.
        if (!end_mark && inside != ',') continue;
        std::size_t q = i;
        while (q < t.size() && t[q] == ',') ++q;
        if (q >= t.size() || is_space_byte_at(t, q) || nbsp_at(t, q)) continue;
        // A quote closed on a comma ("…saya,\",Marquez") joins only before a capital.
        bool quote_join = inside == ',' && ascii_upper_letter(t[q]);
        if (!end_mark && !quote_join) continue;
        emit_segment(t.substr(seg, i - seg));
        seg = q;
        i = q - 1;
      }
    }
    emit_segment(t.substr(seg));
  }

  // One paragraph of a body line (a view into the text): trailing tags cut, boilerplate and
  // glued related links ("Baca juga: X,Next paragraph") set apart.
  void emit_segment(std::string_view s) {
    s = trim(s);
    while (!s.empty() && s.front() == ',') s = trim(s.substr(1));
    std::size_t tag = trailing_tag_length(s);
    s = trim(s.substr(0, s.size() - tag));
    while (!s.empty() && s.back() == ',') s = trim(s.substr(0, s.size() - 1));
    if (s.empty()) return;
    // The whole line, uncut: read_body has read it as neither link nor furniture already.
    const bool read_as_prose = s.data() == prose_line_.data() && s.size() == prose_line_.size();
    if (auto rel = read_as_prose ? std::nullopt : related_link(s)) {
      // The link text has no final period, so the scraper's join is a bare ",X".
      std::size_t glue = 0;
      while ((glue = rel->find(',', glue)) != std::string_view::npos) {
        if (glue + 1 < rel->size() && glue > 0 && !is_space_byte_at(*rel, glue + 1) &&
            !ascii_digit((*rel)[glue + 1]))
          break;
        ++glue;
      }
      std::string_view link = glue == std::string_view::npos ? *rel : trim(rel->substr(0, glue));
      add_related(span_of(s.substr(0, static_cast<std::size_t>(link.data() + link.size() - s.data()))), link);
      if (glue != std::string_view::npos) emit_segment(rel->substr(glue + 1));
      return;
    }
    if (!read_as_prose && is_boilerplate_line(s)) {
      out_.boilerplate.push_back(span_of(s));
      return;
    }
    WorkSpan w = span_of(s);
    add_paragraph(w.start, w.end, BlockKind::body);
  }

  WorkSpan span_of(std::string_view s) const {
    auto b = static_cast<std::uint32_t>(s.data() - text_.data());
    return {b, static_cast<std::uint32_t>(b + s.size())};
  }

  void add_paragraph(std::uint32_t s, std::uint32_t e, BlockKind kind) {
    if (e > s) out_.blocks.push_back({{s, e}, kind});
  }

  std::string_view text_;
  LayoutHints hints_;
  const DateFinder& dates_;
  std::vector<Line>& lines_;
  std::optional<std::string> footer_outlet_;
  // The header's last dateline test: the line it read, and what it found there.
  struct DatelineTried {
    std::size_t line;
    std::optional<DatelineMatch> match;
  };
  std::optional<DatelineTried> dateline_tried_;
  // The body line being cut into paragraphs, once read_body has found it is prose.
  std::string_view prose_line_;
  // The answers of the line tests (Test) on the line last tested: the footer, the header and the
  // body each test the lines they meet, and they meet the same line when the page is short (a
  // one-line body is all three), or where the header hands the first body line over. The
  // footer's last line is kept apart: the body comes to it at its end.
  Verdicts verdicts_, footer_verdicts_;
  ArticleLayout out_;
};

}  // namespace

ArticleLayout read_layout(std::string_view text, const LayoutHints& hints, const DateFinder& dates) {
  LayoutBuffers buffers;
  return read_layout(text, hints, dates, buffers);
}

ArticleLayout read_layout(std::string_view text, const LayoutHints& hints, const DateFinder& dates,
                          LayoutBuffers& buffers) {
  return Reader(text, hints, dates, buffers.lines, std::move(buffers.blocks)).read();
}

}  // namespace warta::detail

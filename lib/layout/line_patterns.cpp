#include "layout/line_patterns.hpp"

#include <array>
#include <bit>

#include <utf8proc.h>

#include "text/ascii_block.hpp"
#include "text/utf8.hpp"

namespace warta::detail {
namespace {

bool is_upper_ascii(char c) noexcept { return c >= 'A' && c <= 'Z'; }

// Labels matched at the start of a line (ASCII case-insensitive), indexed by their first and
// second bytes in either case: a line is compared only with the labels that start with its own
// two first bytes, and most lines, which start like none of them, cost two table look-ups.
template <std::size_t N>
struct Labels {
  static_assert(N <= 32, "one bit per label");
  std::array<std::string_view, N> text;
  // Bit i: label i has this byte first (second), in either case.
  std::array<std::uint32_t, 256> by_first{}, by_second{};

  constexpr explicit Labels(const std::array<std::string_view, N>& labels) : text(labels) {
    for (std::size_t i = 0; i < N; ++i) {
      if (labels[i].size() < 2) throw "a label is indexed by its first two bytes";
      mark(by_first, labels[i][0], i);
      mark(by_second, labels[i][1], i);
    }
  }
  // The labels (bit i: label i) that `line` may start with: those it shares its first two bytes
  // with, in either case.
  constexpr std::uint32_t candidates(std::string_view line) const noexcept {
    if (line.size() < 2) return 0;
    return by_first[static_cast<unsigned char>(line[0])] & by_second[static_cast<unsigned char>(line[1])];
  }
  bool any_starts(std::string_view line) const noexcept {
    for (std::uint32_t m = candidates(line); m != 0; m &= m - 1)
      if (istarts_with(line, text[std::countr_zero(m)])) return true;
    return false;
  }

 private:
  static constexpr void mark(std::array<std::uint32_t, 256>& table, char c, std::size_t i) {
    const char lower = ascii_lower(c);
    table[static_cast<unsigned char>(lower)] |= 1u << i;
    if (lower >= 'a' && lower <= 'z') table[static_cast<unsigned char>(lower - 32)] |= 1u << i;
  }
};

// Lines that are furniture as they stand, whatever their case.
constexpr std::array<std::string_view, 12> kExactLines = {
    "ADVERTISEMENT", "Advertisement", "SCROLL TO CONTINUE WITH CONTENT", "Bagikan :", "Bagikan:", "Bagikan",
    "Halaman Selanjutnya", "Halaman Berikutnya", "loading...", "Share", "Tonton Video", "Komentar"};
// The longest exact line: the furniture that only a short line can be ("2 dari 2 halaman",
// "Halaman 1 2 3") is shorter still; body paragraphs are longer.
constexpr std::size_t kLongestShortLine = kExactLines[2].size();
// Bit n: an exact line is n bytes long. A line of another length is compared with none of them.
constexpr std::uint64_t kExactLineLengths = [] {
  std::uint64_t bits = 0;
  for (std::string_view e : kExactLines) {
    if (e.size() >= 64) throw "one bit per length";
    bits |= std::uint64_t{1} << e.size();
  }
  return bits;
}();

// Openings of footer lines: notices, prompts, sources.
constexpr Labels<16> kFooterPrefixes(std::array<std::string_view, 16>{
    "Artikel ini telah tayang di", "Artikel ini telah terbit di", "Simak video", "Simak breaking news",
    "Simak berita", "Copyright ©", "Copyright (c)", "Hak Cipta", "Dilarang keras mengambil konten",
    "Cek Berita dan Artikel", "Follow Berita", "Ikuti berita", "Sumber:", "Sumber :", "Disadur dari", "[Gambas:"});
// "Sumber AFP, Reuters" is read by is_boilerplate_line at any length past its check of a long
// line's opening.
static_assert(kFooterPrefixes.candidates("SU") != 0 && kFooterPrefixes.candidates("su") != 0);

// Labels of a photo credit line.
constexpr Labels<3> kCreditLabels(std::array<std::string_view, 3>{"Foto", "Sumber foto", "Kredit foto"});

// Strips a label with an optional space before the colon: "Penulis:" "Penulis :" "Penulis -".
// Returns the rest of the line after the separator, or nullopt.
std::optional<std::string_view> after_label(std::string_view line, std::string_view label) {
  if (!istarts_with(line, label)) return std::nullopt;
  std::string_view rest = line.substr(label.size());
  std::size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  if (i < rest.size() && rest[i] == ':') return trim(rest.substr(i + 1));
  return std::nullopt;
}

struct Label {
  std::string_view text;
  BylineRole role;
};

constexpr std::array<Label, 13> kLabels = {{
    {"Penulis", BylineRole::author},   {"Reporter", BylineRole::author}, {"Rep", BylineRole::author},
    {"Pewarta", BylineRole::author},   {"Wartawan", BylineRole::author}, {"Kontributor", BylineRole::author},
    {"Oleh", BylineRole::author},      {"Editor", BylineRole::editor},   {"Red", BylineRole::editor},
    {"Redaktur", BylineRole::editor},  {"Penyunting", BylineRole::editor}, {"Editing", BylineRole::editor},
    {"Writer", BylineRole::author},
}};
// The byline labels by their opening, in the order of kLabels.
constexpr Labels<kLabels.size()> kBylineLabels = [] {
  std::array<std::string_view, kLabels.size()> texts{};
  for (std::size_t i = 0; i < kLabels.size(); ++i) texts[i] = kLabels[i].text;
  return Labels<kLabels.size()>(texts);
}();

// The first label of kLabels (in their order) that opens `line` with its separator, and the rest
// of the line after it; nullptr when none. Only the labels that open like the line are tried.
const Label* label_at(std::string_view line, std::optional<std::string_view>& rest) {
  for (std::uint32_t m = kBylineLabels.candidates(line); m != 0; m &= m - 1) {
    const Label& l = kLabels[std::countr_zero(m)];
    if ((rest = after_label(line, l.text))) return &l;
  }
  return nullptr;
}

// Finds the next " Label:" inside a byline value ("Rep: A Red: B"), returning its position.
std::size_t next_label_at(std::string_view s, std::size_t from) {
  std::optional<std::string_view> rest;
  for (std::size_t i = from; i < s.size(); ++i) {
    if (s[i] != ' ' && s[i] != '|' && s[i] != '/') continue;
    if (label_at(trim(s.substr(i + 1)), rest)) return i;
  }
  return std::string_view::npos;
}

bool name_like(std::string_view v) {
  // Names: 1..7 words, each starting with a capital (particles such as "bin", "van", "de" allowed).
  v = trim(v);
  if (v.empty() || v.size() > 80) return false;
  int words = 0, capitals = 0;
  bool at_word = true;
  for (char c : v) {
    if (c == ' ') {
      at_word = true;
      continue;
    }
    if (at_word) {
      ++words;
      if (is_upper_ascii(c) || static_cast<unsigned char>(c) >= 0x80) ++capitals;
      at_word = false;
    }
    if (c == '.' || c == ',' || c == '\'' || c == '-' || ascii_letter(c) ||
        static_cast<unsigned char>(c) >= 0x80)
      continue;
    return false;
  }
  return words >= 1 && words <= 7 && capitals * 2 >= words + 1;
}

}  // namespace

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from) noexcept {
  if (needle.empty()) return from;
  if (s.size() < needle.size()) return std::string_view::npos;
  // Where the needle may start: at its first byte, in either case for a letter (OR-ing 0x20 onto
  // every byte maps exactly a letter's two cases onto the lower one), found eight bytes at a time.
  const char first = ascii_lower(needle[0]);
  const std::uint64_t fold = first >= 'a' && first <= 'z' ? kByteOnes * 0x20 : 0;
  const auto marks = [fold, first](std::uint64_t w) { return bytes_equal(w | fold, static_cast<unsigned char>(first)); };
  const std::string_view starts = s.substr(0, s.size() - needle.size() + 1);
  for (std::size_t i = find_marked(starts, from, marks); i < starts.size(); i = find_marked(starts, i + 1, marks))
    if (iequals(s.substr(i + 1, needle.size() - 1), needle.substr(1))) return i;
  return std::string_view::npos;
}

std::string_view trim_unicode(std::string_view s) noexcept {
  // utf8proc's categories say which characters are white space.
  auto blank = [](char32_t cp) {
    if (cp < 0x80) return cp <= 0x20 || cp == 0x7F;
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP ||
           cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF;
  };
  while (!s.empty()) {
    char32_t cp = 0;
    std::size_t n = decode_utf8(s, 0, cp);
    if (n == 0 || !blank(cp)) break;
    s.remove_prefix(n);
  }
  while (!s.empty()) {
    std::size_t b = s.size() - 1;
    while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80 && s.size() - b < 4) --b;
    char32_t cp = 0;
    std::size_t n = decode_utf8(s, b, cp);
    if (n == 0 || b + n != s.size() || !blank(cp)) break;
    s.remove_suffix(n);
  }
  return s;
}

std::vector<BylineField> parse_byline(std::string_view line) {
  std::vector<BylineField> out;
  line = trim(line);
  if (line.empty() || line.size() > 200) return out;
  if (istarts_with(line, "Pilihan Editor")) return out;

  // "Laporan Wartawan Tribunnews.com, A" / "Laporan Reporter X, A"
  if (istarts_with(line, "Laporan Wartawan") || istarts_with(line, "Laporan Reporter") ||
      istarts_with(line, "Laporan Koresponden")) {
    std::size_t comma = line.find(',');
    if (comma != std::string_view::npos) out.push_back({BylineRole::author, trim(line.substr(comma + 1))});
    return out;
  }
  // "Oleh A" / "Oleh: A"
  if (istarts_with(line, "Oleh ") && line.find(':') == std::string_view::npos && name_like(line.substr(5))) {
    out.push_back({BylineRole::author, trim(line.substr(5))});
    return out;
  }
  // Labelled fields, possibly several on one line.
  std::optional<std::string_view> rest;
  if (const Label* label = label_at(line, rest)) {
    std::size_t at = static_cast<std::size_t>(rest->data() - line.data());
    BylineRole role = label->role;
    while (true) {
      std::size_t next = next_label_at(line, at);
      std::string_view value = trim(line.substr(at, next == std::string_view::npos ? line.size() - at : next - at));
      while (!value.empty() && (value.back() == '|' || value.back() == '/' || value.back() == ',')) {
        value.remove_suffix(1);
        value = trim(value);
      }
      if (!value.empty()) out.push_back({role, value});
      if (next == std::string_view::npos) break;
      label = label_at(trim(line.substr(next + 1)), rest);
      if (!label) break;
      role = label->role;
      at = static_cast<std::size_t>(rest->data() - line.data());
    }
    return out;
  }
  // "A - detikNews" (Detik's byline); looked for at its dash, a rarer byte than its space.
  std::size_t dash = line.find("- detik");
  while (dash != std::string_view::npos && (dash == 0 || line[dash - 1] != ' ')) dash = line.find("- detik", dash + 1);
  if (dash != std::string_view::npos) --dash;  // at the space
  if (dash != std::string_view::npos && name_like(line.substr(0, dash))) {
    out.push_back({BylineRole::author, trim(line.substr(0, dash))});
    return out;
  }
  // "A , Jurnalis · Rabu 04 September 2024" (Okezone's byline)
  std::size_t j = ifind(line, "Jurnalis");
  if (j != std::string_view::npos && j > 0) {
    std::string_view name = trim(line.substr(0, j));
    while (!name.empty() && (name.back() == ',' || name.back() == '-')) name = trim(name.substr(0, name.size() - 1));
    if (name_like(name)) out.push_back({BylineRole::author, name});
  }
  return out;
}

std::optional<BylineRole> bare_byline_label(std::string_view line) {
  line = trim(line);
  for (std::uint32_t m = kBylineLabels.candidates(line); m != 0; m &= m - 1) {
    const Label& l = kLabels[std::countr_zero(m)];
    if (iequals(line, l.text) && l.text != "Oleh" && l.text != "Rep" && l.text != "Red") return l.role;
  }
  return std::nullopt;
}

std::vector<std::string> split_names(std::string_view value) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    std::string_view t = trim(cur);
    while (!t.empty() && (t.back() == '.' || t.back() == ',' || t.back() == ';' || t.back() == '|')) t.remove_suffix(1);
    t = trim(t);
    if (!t.empty() && t.size() <= 80) out.emplace_back(t);
    cur.clear();
  };
  int depth = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (c == '(') {
      ++depth;
      continue;
    }
    if (c == ')') {
      if (depth > 0) --depth;
      continue;
    }
    if (depth > 0) continue;
    if (c == ',' || c == ';' || c == '|' || c == '&' || c == '/') {
      flush();
      continue;
    }
    if (c == ' ' && (istarts_with(value.substr(i), " dan ") || istarts_with(value.substr(i), " and "))) {
      flush();
      i += 4;
      continue;
    }
    cur.push_back(c);
  }
  flush();
  return out;
}

namespace {

// Labels of related-link lines. An inline "(Baca: …)" is handled by the body reader; here whole
// lines only.
constexpr Labels<8> kLinkLabels(std::array<std::string_view, 8>{"Baca juga", "Baca", "Lihat juga", "Simak juga",
                                                                "Pilihan Editor", "Artikel terkait", "Berita terkait",
                                                                "Tonton juga"});

// related_link of a trimmed line that opens like one of the labels (`candidates`). Out of line:
// the many lines that open like none are answered without entering it.
[[gnu::noinline]] std::optional<std::string_view> link_after_label(std::string_view line, std::uint32_t candidates) {
  for (std::uint32_t m = candidates; m != 0; m &= m - 1) {
    const int k = std::countr_zero(m);
    if (!istarts_with(line, kLinkLabels.text[k])) continue;
    std::string_view rest = line.substr(kLinkLabels.text[k].size());
    std::size_t i = 0;
    while (i < rest.size() && rest[i] == ' ') ++i;
    if (i < rest.size() && (rest[i] == ':' || rest[i] == '-')) return trim(rest.substr(i + 1));
    if (i == rest.size()) return std::string_view{};
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string_view> related_link(std::string_view line) {
  line = trim(line);
  const std::uint32_t candidates = kLinkLabels.candidates(line);  // none for a line under two bytes
  if (candidates == 0) return std::nullopt;
  return link_after_label(line, candidates);
}

namespace {

// is_boilerplate_line of a trimmed line that is short, or opens with a label or a tag's bracket.
// Out of line: the many long lines that open otherwise are answered without entering it.
[[gnu::noinline]] bool furniture_line(std::string_view line, bool opens_tag) {
  if (line.size() <= kLongestShortLine && ((kExactLineLengths >> line.size()) & 1)) {
    for (auto e : kExactLines)
      if (iequals(line, e)) return true;
  }
  if (kFooterPrefixes.any_starts(line)) return true;
  if (istarts_with(line, "Sumber ") && line.size() < 60) return true;  // "Sumber AFP, Reuters"
  // "2 dari 2 halaman", "Halaman 1 2 3"
  if (line.size() < 30 && ifind(line, " dari ") != std::string_view::npos &&
      ifind(line, "halaman") != std::string_view::npos)
    return true;
  if (istarts_with(line, "Halaman ") && line.size() < 30) return true;
  if (kCreditLabels.candidates(line) != 0 && is_photo_credit_line(line)) return true;
  // A line that is only a tag: "(rds/bac)", "[vvn]", "(ant)" (the tag then starts the line).
  if (opens_tag && trailing_tag_length(line) == line.size()) return true;
  return false;
}

}  // namespace

bool is_boilerplate_line(std::string_view line) {
  line = trim(line);
  if (line.empty()) return true;
  const bool opens_tag = line[0] == '(' || line[0] == '[';
  // A longer line is furniture only when it opens with a label or a tag's bracket: most body
  // paragraphs are turned away here, by their first two bytes.
  if (line.size() > kLongestShortLine && !opens_tag && kFooterPrefixes.candidates(line) == 0 &&
      kCreditLabels.candidates(line) == 0)
    return false;
  return furniture_line(line, opens_tag);
}

std::size_t bracketed_tag_length(std::string_view p) {
  std::string_view t = p;
  while (!t.empty() && (t.back() == ' ' || t.back() == ',' || t.back() == '\r')) t.remove_suffix(1);
  if (t.empty()) return 0;
  char close = t.back();
  if (close != ')' && close != ']') return 0;
  char open = close == ')' ? '(' : '[';
  std::size_t o = t.rfind(open);
  if (o == std::string_view::npos) return 0;
  std::string_view inner = t.substr(o + 1, t.size() - o - 2);
  if (inner.empty() || inner.size() > 60) return 0;
  bool credit = is_photo_credit(inner);
  bool initials = inner.size() <= 24;
  // "(rds/bac)", "[vvn]"; a bare "(ant)" only where it cannot be prose: after the sentence's end or alone.
  std::string_view before = trim(t.substr(0, o));
  bool after_sentence = before.empty() || before.back() == '.' || before.back() == '!' || before.back() == '?' ||
                        before.back() == '"' || before.ends_with("\xE2\x80\x9D");
  bool slash_or_short = inner.find('/') != std::string_view::npos || (close == ']' && inner.size() <= 6) ||
                        (inner.size() <= 6 && after_sentence);
  for (char c : inner) {
    if (!(ascii_lower_letter(c) || ascii_digit(c) || c == '/' ||
          c == '-' || c == ' ')) {
      initials = false;
      break;
    }
  }
  if (!(credit || (initials && slash_or_short))) return 0;
  // Include the space before the tag.
  std::size_t start = o;
  while (start > 0 && p[start - 1] == ' ') --start;
  return p.size() - start;
}

bool is_photo_credit(std::string_view inner) {
  inner = trim(inner);
  if (inner.empty()) return false;
  if (istarts_with(inner, "Foto") || istarts_with(inner, "DOK") || istarts_with(inner, "Sumber") ||
      istarts_with(inner, "Instagram") || istarts_with(inner, "Ilustrasi") || inner.find('@') != std::string_view::npos)
    return true;
  // Agencies anywhere in it: "KCNA via REUTERS", "AP Photo/Andy Wong", "ANTARA FOTO/Aditya".
  for (std::string_view agency : {std::string_view("REUTERS"), std::string_view("AFP"), std::string_view("AP Photo"),
                                  std::string_view("ANTARA"), std::string_view("Xinhua"), std::string_view("Getty"),
                                  std::string_view("EPA"), std::string_view("KCNA"), std::string_view("Shutterstock")})
    if (inner.find(agency) != std::string_view::npos) return true;
  return istarts_with(inner, "AP ") || istarts_with(inner, "AP/") || ifind(inner, " via ") != std::string_view::npos;
}

bool is_photo_credit_line(std::string_view line) {
  line = trim(line);
  if (line.empty()) return false;
  std::string_view rest;
  for (std::uint32_t m = kCreditLabels.candidates(line); m != 0; m &= m - 1) {
    const std::string_view label = kCreditLabels.text[std::countr_zero(m)];
    if (!istarts_with(line, label)) continue;
    std::size_t i = label.size();
    while (i < line.size() && line[i] == ' ') ++i;
    if (i < line.size() && line[i] == ':') rest = trim(line.substr(i + 1));
  }
  if (rest.empty() || rest.size() > 80 || rest.back() == '.') return false;
  // A credit names a source ("Istimewa", "ANTARA FOTO/Aditya Pradana Putra", "tribunnews/Irwan");
  // a caption is a sentence, with lower-case words in it.
  int lower_words = 0;
  bool at_word = true;
  for (char c : rest) {
    if (c == ' ' || c == '/') {
      at_word = true;
      continue;
    }
    if (at_word && c >= 'a' && c <= 'z') ++lower_words;
    at_word = false;
  }
  return lower_words <= 1;
}

bool looks_like_name(std::string_view line) { return name_like(line); }

bool looks_like_caption(std::string_view line) {
  if (line.size() > 600) return false;  // a caption is a sentence or two, not a page of text
  // Every marker holds a rare byte at a known place: "(Foto", "(DOK.", "(REUTERS", "(AP Photo",
  // "(AFP", "(kiri)", "(kanan)" open with '('; "Foto:" and "ANTARA FOTO" have an 'f' first and
  // eighth; "ANTARA/" ends with '/'. One pass visits those bytes only (found by their lower-cased
  // form: OR-ing 0x20 also brings two control bytes, which match no marker) and reads the markers
  // around them, case-insensitive but "(kiri)" and "(kanan)".
  const auto marks = [](std::uint64_t w) {
    const std::uint64_t lowered = w | (kByteOnes * 0x20);
    return bytes_equal(lowered, '(') | bytes_equal(lowered, 'f') | bytes_equal(lowered, '/');
  };
  const auto marker_at = [line](std::size_t at, std::string_view marker) {
    return istarts_with(line.substr(at), marker);
  };
  for (std::size_t i = find_marked(line, 0, marks); i < line.size(); i = find_marked(line, i + 1, marks)) {
    switch (line[i]) {
      case '(':
        if (marker_at(i, "(Foto") || marker_at(i, "(DOK.") || marker_at(i, "(REUTERS") || marker_at(i, "(AP Photo") ||
            marker_at(i, "(AFP") || line.substr(i).starts_with("(kiri)") || line.substr(i).starts_with("(kanan)"))
          return true;
        break;
      case 'f':
      case 'F':
        if (marker_at(i, "Foto:") || (i >= 7 && marker_at(i - 7, "ANTARA FOTO"))) return true;
        break;
      case '/':
        if (i >= 6 && marker_at(i - 6, "ANTARA/")) return true;
        break;
      default: break;  // a control byte the lower-casing brought along
    }
  }
  return false;
}

}  // namespace warta::detail

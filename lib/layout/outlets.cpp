#include "layout/outlets.hpp"

#include <algorithm>
#include <array>

#include "layout/line_patterns.hpp"
#include "text/ascii_block.hpp"

namespace warta::detail {
namespace {

struct Outlet {
  std::string_view key;   // lower case, domain suffix and spaces removed
  std::string_view name;  // normalized
};

// The outlets whose datelines and bylines the layout reader knows. Keys are what remains of the
// written form once lower-cased and stripped of its domain suffix.
constexpr std::array<Outlet, 58> kOutlets = {{
    {"tribunnews", "Tribunnews"},      {"kompas", "Kompas.com"},          {"kompascom", "Kompas.com"},
    {"kompasid", "Kompas"},            {"kompastv", "Kompas TV"},         {"detik", "Detik"},
    {"detiknews", "Detik"},            {"detikcom", "Detik"},             {"detiksport", "Detik"},
    {"detikfinance", "Detik"},         {"detikinet", "Detik"},            {"detikhealth", "Detik"},
    {"detikoto", "Detik"},             {"detikhot", "Detik"},             {"cnnindonesia", "CNN Indonesia"},
    {"cnnindonesiacom", "CNN Indonesia"}, {"antara", "Antara"},           {"antaranews", "Antara"},
    {"tempo", "Tempo"},                {"tempoco", "Tempo"},              {"liputan6", "Liputan6"},
    {"republika", "Republika"},        {"okezone", "Okezone"},            {"kontan", "Kontan"},
    {"sindonews", "Sindonews"},        {"idntimes", "IDN Times"},         {"kumparan", "Kumparan"},
    {"kumparancom", "Kumparan"},       {"voaindonesia", "VOA Indonesia"}, {"voa", "VOA Indonesia"},
    {"inews", "iNews"},                {"inewsid", "iNews"},              {"viva", "Viva"},
    {"vivanews", "Viva"},              {"bisnis", "Bisnis.com"},          {"bisniscom", "Bisnis.com"},
    {"bolasport", "BolaSport.com"},    {"jpnn", "JPNN"},                  {"skor", "Skor.id"},
    {"suara", "Suara.com"},            {"merdeka", "Merdeka.com"},        {"jawapos", "Jawa Pos"},
    {"mediaindonesia", "Media Indonesia"}, {"beritasatu", "Beritasatu"},  {"wowkeren", "WowKeren"},
    {"kapanlagi", "KapanLagi.com"},    {"fimela", "Fimela"},              {"posmetro", "Posmetro Medan"},
    {"posmetromedan", "Posmetro Medan"}, {"katadata", "Katadata"},        {"cnbcindonesia", "CNBC Indonesia"},
    {"bola", "Bola.com"},              {"grid", "Grid.id"},               {"medcom", "Medcom.id"},
    {"metrotvnews", "Metro TV"},       {"rmol", "RMOL"},                  {"jakartapost", "The Jakarta Post"},
    {"thejakartapost", "The Jakarta Post"},
}};

constexpr std::array<std::string_view, 7> kDomainSuffixes = {".co.id", ".com", ".id", ".co", ".net", ".tv", ".news"};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// The key of a written outlet form, and whether it had a domain suffix. Read from the token as it
// is (no lower-cased copy): keys are short, so the key string itself stays in its inline buffer.
std::string outlet_key(std::string_view token, bool& domain) {
  std::string_view name = trim(token);
  domain = false;
  for (std::string_view suf : kDomainSuffixes) {
    if (name.size() > suf.size() && iequals(name.substr(name.size() - suf.size()), suf)) {
      name.remove_suffix(suf.size());
      domain = true;
      break;
    }
  }
  std::string key;
  for (char c : name)
    if (ascii_alnum(c)) key.push_back(ascii_lower(c));
  return key;
}

// Keys ordered by length, then bytes: a look-up compares lengths (one load each) on its way
// down a binary search, and bytes only among the keys of its own length, where a walk through the
// table compared all 58.
constexpr bool key_before(const Outlet& a, const Outlet& b) {
  return a.key.size() != b.key.size() ? a.key.size() < b.key.size() : a.key < b.key;
}
constexpr auto kOutletsByKey = [] {
  std::array<Outlet, kOutlets.size()> sorted = kOutlets;
  std::sort(sorted.begin(), sorted.end(), key_before);
  for (std::size_t i = 1; i < sorted.size(); ++i)
    if (sorted[i - 1].key == sorted[i].key) throw "each key names one outlet";
  return sorted;
}();

const Outlet* find_outlet(std::string_view key) {
  const Outlet probe{key, {}};
  const auto* it = std::lower_bound(kOutletsByKey.begin(), kOutletsByKey.end(), probe, key_before);
  return it != kOutletsByKey.end() && it->key == key ? it : nullptr;
}

bool is_dash_at(std::string_view s, std::size_t i, std::size_t& len) {
  if (s[i] == '-') return len = s.compare(i, 2, "--") == 0 ? 2 : 1, true;
  if (s[i] != '\xE2') return false;
  if (s.compare(i, 3, "\xE2\x80\x94") == 0 || s.compare(i, 3, "\xE2\x80\x93") == 0) return len = 3, true;  // — –
  return false;
}

// Place words: capitalized or all-caps words, at most four, no digits.
bool place_like(std::string_view part) {
  part = trim(part);
  if (part.empty() || part.size() > 40) return false;
  int words = 0;
  bool at_word = true;
  for (char c : part) {
    if (c == ' ') {
      at_word = true;
      continue;
    }
    if (ascii_digit(c)) return false;
    if (at_word) {
      ++words;
      if (!(ascii_upper_letter(c) || static_cast<unsigned char>(c) >= 0x80)) return false;
      at_word = false;
    } else if (!(ascii_letter(c) || c == '.' || c == '\'' || c == '-' ||
                 static_cast<unsigned char>(c) >= 0x80)) {
      return false;
    }
  }
  return words >= 1 && words <= 4;
}

bool all_caps(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (ascii_lower_letter(c)) return false;
    if (ascii_upper_letter(c)) letter = true;
  }
  return letter;
}

}  // namespace

std::optional<std::string> outlet_name(std::string_view token) {
  token = trim(token);
  while (!token.empty() && (token.front() == '(' || token.front() == '[')) token.remove_prefix(1);
  while (!token.empty() && (token.back() == ')' || token.back() == ']')) token.remove_suffix(1);
  if (token.empty() || token.size() > 40) return std::nullopt;
  bool domain = false;
  std::string key = outlet_key(token, domain);
  if (key.empty()) return std::nullopt;
  if (const Outlet* o = find_outlet(key)) return std::string(o->name);
  // Sections of one outlet: "kumparanBISNIS", "detikFinance", "detikJabar".
  for (std::string_view family : {std::string_view("kumparan"), std::string_view("detik")})
    if (key.size() > family.size() && key.compare(0, family.size(), family) == 0)
      return std::string(find_outlet(family)->name);
  // Regional Tribun sites: "TribunJakarta.com", "TRIBUNJATENG.COM".
  if (key.size() > 6 && key.compare(0, 6, "tribun") == 0) {
    std::string name = "Tribun";
    name.push_back(ascii_upper(key[6]));
    name.append(key, 7);
    return name;
  }
  if (domain && token.find(' ') == std::string_view::npos) {
    // An unknown site: keep the domain, with the site name capitalized once.
    std::string name = lower_ascii(token);
    name[0] = ascii_upper(name[0]);
    return name;
  }
  return std::nullopt;
}

std::optional<std::string> outlet_in_footer(std::string_view line) {
  // Scan words (split at spaces, slashes and brackets) for a known outlet.
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '/' || line[i] == '(' || line[i] == ')' || line[i] == ',' ||
                               line[i] == '[' || line[i] == ']'))
      ++i;
    std::size_t j = i;
    while (j < line.size() && !(line[j] == ' ' || line[j] == '/' || line[j] == '(' || line[j] == ')' || line[j] == ',' ||
                                line[j] == '[' || line[j] == ']'))
      ++j;
    if (j > i) {
      std::string_view word = line.substr(i, j - i);
      while (!word.empty() && (word.back() == '.' || word.back() == ':')) word.remove_suffix(1);
      bool domain = false;
      std::string key = outlet_key(word, domain);
      if (const Outlet* o = find_outlet(key)) return std::string(o->name);
      if (key.size() > 6 && key.compare(0, 6, "tribun") == 0) return outlet_name(word);
    }
    i = j;
  }
  return std::nullopt;
}

std::optional<DatelineMatch> match_dateline(std::string_view line) {
  // Glued form of scraped pages: "SKOR.idJonatan" — a domain running into the first word, so
  // before the line's first space (and within its first 30 bytes): the suffixes are looked for
  // there only, and not at all when that first word holds no period.
  const std::string_view opening = line.substr(0, 30);
  const std::size_t first_period = opening.find('.');
  const bool period = first_period != std::string_view::npos &&
                      opening.substr(0, first_period).find(' ') == std::string_view::npos;
  const std::string_view first_word = period ? opening.substr(0, opening.find(' ')) : std::string_view();
  for (std::string_view suf : {std::string_view(".id"), std::string_view(".com"), std::string_view(".co.id")}) {
    if (!period) break;
    std::size_t at = ifind(first_word, suf);
    if (at == std::string_view::npos || at == 0) continue;
    std::size_t end = at + suf.size();
    if (end < line.size() && ascii_upper_letter(line[end])) {
      if (auto name = outlet_name(line.substr(0, end))) {
        DatelineMatch m;
        m.length = end;
        m.outlet = name;
        return m;
      }
    }
  }

  // Find the separator dash within the first 80 bytes.
  std::size_t limit = std::min<std::size_t>(line.size(), 80);
  std::size_t sep = std::string_view::npos, sep_len = 0;
  // Only a '-' or the first byte of a long dash (E2) can start one: the scan jumps between them.
  const std::string_view head = line.substr(0, limit);
  const auto dash_starts = [](std::uint64_t w) { return bytes_equal(w, '-') | bytes_equal(w, 0xE2); };
  for (std::size_t i = find_marked(head, 1, dash_starts); i < limit; i = find_marked(head, i + 1, dash_starts)) {
    std::size_t len = 0;
    if (!is_dash_at(line, i, len)) continue;
    // White space around the dash may be a no-break space.
    bool space_before = line[i - 1] == ' ' || (i >= 2 && line.compare(i - 2, 2, "\xC2\xA0") == 0);
    if (space_before) {
      std::size_t after = i + len;
      if (after >= line.size() || line[after] == ' ' || line.compare(after, 2, "\xC2\xA0") == 0) {
        sep = i;
        sep_len = len;
        break;
      }
    }
  }
  if (sep == std::string_view::npos) return std::nullopt;
  std::string_view prefix = trim(line.substr(0, sep));
  if (prefix.empty()) return std::nullopt;

  DatelineMatch m;
  m.length = sep + sep_len;
  bool have_place = false;
  // Parts separated by commas; "Jakarta (ANTARA)" holds both a place and an outlet.
  std::size_t start = 0;
  int parts = 0;
  while (start <= prefix.size()) {
    std::size_t comma = prefix.find(',', start);
    std::string_view part = trim(prefix.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    ++parts;
    std::size_t paren = part.find('(');
    if (paren != std::string_view::npos && part.back() == ')') {
      auto o = outlet_name(part.substr(paren));
      std::string_view place = trim(part.substr(0, paren));
      if (!o || (!place.empty() && !place_like(place))) return std::nullopt;
      m.outlet = o;
      if (!place.empty()) {
        m.place_start = static_cast<std::size_t>(place.data() - line.data());
        m.place_end = m.place_start + place.size();
        have_place = true;
      }
    } else if (auto o = outlet_name(part)) {
      m.outlet = o;
    } else if (place_like(part) && !have_place) {
      m.place_start = static_cast<std::size_t>(part.data() - line.data());
      m.place_end = m.place_start + part.size();
      have_place = true;
    } else {
      return std::nullopt;
    }
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  if (parts > 2) return std::nullopt;
  // Without an outlet, only a short place counts ("PYONGYANG -", "Beijing -").
  if (!m.outlet && !have_place) return std::nullopt;
  if (!m.outlet) {
    std::string_view place = line.substr(m.place_start, m.place_end - m.place_start);
    if (!all_caps(place) && place.find(' ') != std::string_view::npos && place.size() > 20) return std::nullopt;
  }
  // "KONTAN.CO.ID - WASHINGTON." — the place follows the dash, in capitals, closed by a period.
  if (m.outlet && !have_place) {
    std::size_t p = m.length;
    while (p < line.size() && line[p] == ' ') ++p;
    std::size_t q = p;
    while (q < line.size() && q - p < 30 && (ascii_upper_letter(line[q]) || line[q] == ' ')) ++q;
    if (q > p + 1 && q < line.size() && line[q] == '.' && all_caps(line.substr(p, q - p))) {
      m.place_start = p;
      m.place_end = q;
      m.length = q + 1;
    }
  }
  return m;
}

}  // namespace warta::detail

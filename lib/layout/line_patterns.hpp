// Recognizers for the kinds of lines a scraped Indonesian news page is made of: byline labels,
// related-link lines, boilerplate, photo credits, reporter initials. Each works on one line
// (work-text view) and is linear in its length.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta::detail {

// ASCII classes and case, on bytes. Not <cctype>: its answers for bytes 0x80-0xFF follow the
// process's C locale (a host program that sets a Latin-1 locale would see "É" as a letter), and a
// library's output must not depend on a setting of the program that embeds it.
constexpr bool ascii_upper_letter(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool ascii_lower_letter(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool ascii_letter(char c) noexcept { return ascii_upper_letter(c) || ascii_lower_letter(c); }
constexpr bool ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool ascii_alnum(char c) noexcept { return ascii_letter(c) || ascii_digit(c); }
constexpr char ascii_lower(char c) noexcept { return ascii_upper_letter(c) ? static_cast<char>(c + 32) : c; }
constexpr char ascii_upper(char c) noexcept { return ascii_lower_letter(c) ? static_cast<char>(c - 32) : c; }

// ASCII case-insensitive helpers.
bool iequals(std::string_view a, std::string_view b) noexcept;
// Inline, so the line patterns' many labels each cost a compare of first bytes on the lines (most
// of them) that start with none of them.
inline bool istarts_with(std::string_view s, std::string_view prefix) noexcept {
  if (s.size() < prefix.size()) return false;
  if (prefix.empty()) return true;
  return ascii_lower(s[0]) == ascii_lower(prefix[0]) && iequals(s.substr(1, prefix.size() - 1), prefix.substr(1));
}
std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from = 0) noexcept;
// `s` without white space at either end: ASCII white space and control characters, and every
// Unicode separator or format character (NBSP, U+3000, zero-width space, BOM).
std::string_view trim_unicode(std::string_view s) noexcept;
// The same, inline for the common line that starts and ends with printable ASCII, or with a
// quotation mark or dash of U+2010..U+201F (E2 80 90..9F: “ ” ‘ ’ – —), none of them white space.
inline std::string_view trim(std::string_view s) noexcept {
  auto printable = [](char c) { return static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7F; };
  auto punctuation_at = [s](std::size_t i) {
    return s[i] == '\xE2' && s[i + 1] == '\x80' && (static_cast<unsigned char>(s[i + 2]) & 0xF0) == 0x90;
  };
  if (s.empty()) return s;
  const bool clean_front = printable(s.front()) || (s.size() >= 3 && punctuation_at(0));
  const bool clean_back = printable(s.back()) || (s.size() >= 3 && punctuation_at(s.size() - 3));
  if (clean_front && clean_back) return s;
  return trim_unicode(s);
}
// Is s[i] ASCII white space or NUL? Inline: the body reader asks at every comma it looks at.
inline bool is_space_byte_at(std::string_view s, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(s[i]);
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0;
}

enum class BylineRole { author, editor };

struct BylineField {
  BylineRole role;
  std::string_view value;  // the names (a view into the line), not yet split
};

// "Penulis: A | Editor: B", "Rep: A Red: B", "Pewarta: A", "Reporter : A", "Redaktur: B", "Oleh A",
// "Laporan Wartawan Tribunnews.com, A", "A - detikNews", "A , Jurnalis · <stamp>".
// Returns the fields; empty when the line is not a byline. "Pilihan Editor: …" is a link, not a byline.
std::vector<BylineField> parse_byline(std::string_view line);

// "Penulis" / "Editor" alone on a line: the name stands on the line before it.
std::optional<BylineRole> bare_byline_label(std::string_view line);

// Splits "A, B dan C" into names; drops titles in parentheses and stray punctuation.
std::vector<std::string> split_names(std::string_view value);

// "Baca juga: X", "BACA JUGA : X", "Baca: X", "Pilihan Editor: X", "Lihat juga: X" → X (may be empty:
// scraped pages often lose the link text). nullopt when the line is not a related link.
std::optional<std::string_view> related_link(std::string_view line);

// Lines that are page furniture, not article text: ADVERTISEMENT, SCROLL TO CONTINUE WITH CONTENT,
// "Artikel ini telah tayang di …", "Simak video …", "Copyright © …", "2 dari 2 halaman",
// "Halaman Selanjutnya", "Bagikan :", "(abc/xyz)", "[vvn]", "Sumber: …", "Follow Berita … Google News".
bool is_boilerplate_line(std::string_view line);

// trailing_tag_length of a paragraph that ends in a closing bracket, or in the spaces, commas
// and CR a scraper left after one.
std::size_t bracketed_tag_length(std::string_view paragraph);

// Length of a trailing reporter-initials or credit tag to cut off the end of a paragraph:
// " (mcr5/jpnn)", " [vvn]", " (Foto: …)", " (DOK. AFP)", " (REUTERS/SPUTNIK)". Inline for most
// paragraphs, which end in a letter or a mark and so in no tag.
inline std::size_t trailing_tag_length(std::string_view paragraph) {
  if (paragraph.empty()) return 0;
  const char last = paragraph.back();
  if (last != ')' && last != ']' && last != ' ' && last != ',' && last != '\r') return 0;
  return bracketed_tag_length(paragraph);
}

// Is the text of a bracket a photo credit ("Foto: Istimewa", "KCNA via REUTERS", "AP Photo/Andy Wong")?
bool is_photo_credit(std::string_view inner);

// A line that only credits a photo: "Foto: Istimewa", "Foto: ANTARA FOTO/Aditya Pradana Putra".
bool is_photo_credit_line(std::string_view line);

// A person's name and nothing else: 1..7 words, mostly capitalized, no digits ("Andika Hendra Mustaqim").
bool looks_like_name(std::string_view line);

// Does the line look like a photo caption (credit marker, "(kiri)"/"(kanan)", "Foto:")?
bool looks_like_caption(std::string_view line);

}  // namespace warta::detail

#pragma once
// The words the date grammar reacts to, looked up by their ASCII-lower-cased spelling.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lexicon/fold_map.hpp"

namespace warta::detail::dates {

enum class Unit : std::uint8_t { none, second, minute, hour, day, week, month, year };
enum class PartOfDay : std::uint8_t { none, pagi, siang, sore, malam };

// Grammar keywords. One word has at most one keyword, but may also carry a month, weekday,
// count or unit (e.g. "minggu" is both Sunday and the week unit; "jam" is a time trigger and the hour unit).
enum class Kw : std::uint8_t {
  none, lalu, depan, ini, itu, kemarin, besok, esok, lusa, tadi, semalam, sekarang, baru, saja, kemudian, lagi,
  yang, terakhir, mendatang, dalam, selama, sejak, hingga, sampai, sd, dari, pada, tanggal, pukul, awal, akhir,
  tengah, hari, waktu, setempat, dini, keesokan, harinya, sebelumnya, sesudahnya, tahun, bulan, pekan, ke, legal,
  year_trigger, sekitar, an, agustusan, nanti, dengan
};

struct WordInfo {
  Kw kw = Kw::none;
  std::int8_t month = 0;      // 1-12 for month names
  std::int8_t weekday = 0;    // ISO 1-7 for weekday names
  bool abbreviated = false;   // a month/weekday abbreviation (needs a number next to it)
  std::int16_t count = -1;    // numeral words ("dua" 2, "sepekan" 1)
  bool teen = false;          // "belas": adds 10 to the numeral before it
  bool tens = false;          // "puluh": multiplies the numeral before it by 10
  Unit unit = Unit::none;
  PartOfDay part = PartOfDay::none;
  std::int16_t zone = 0;      // WIB 420, WITA 480, WIT 540 (0 = not a zone)
  bool future = false;        // marks the clause as future/planned
  bool holiday = false;       // the first word of a holiday name (holidays.hpp)
  // Set once the entry is complete: whether a rule begins at the word (starts_expression in
  // scanner.hpp), read for every word the scan and the quiet runs meet instead of testing its
  // fields again each time.
  bool starts = false;
};

class Lexicon {
 public:
  Lexicon();
  // `lower` must already be ASCII-lower-cased; nullptr when the word means nothing to dates.
  // Most words of a text are not in the lexicon: a bit per (length, first letter, last letter)
  // turns most of them away before any hashing (a bit per length and first letter alone let
  // seven in ten of the words the date tokenizer reads through).
  const WordInfo* find(std::string_view lower) const noexcept {
    if (lower.empty() || lower.size() >= kMaxLength) return nullptr;
    const unsigned first = static_cast<unsigned char>(lower.front()) - 'a';
    const unsigned last = static_cast<unsigned char>(lower.back()) - 'a';
    if (first >= 26 || last >= 26 || !((last_letters_[lower.size()][first] >> last) & 1u)) return nullptr;
    return words_.find(lower);
  }
  // The same table probed with a pipeline token's fold and its stored hash (text/token.hpp).
  const WordInfo* find(std::string_view folded, std::uint32_t hash) const noexcept { return words_.find(folded, hash); }
  // Every entry, in insertion order: key(i), value(i).
  std::size_t size() const noexcept { return words_.size(); }
  std::string_view key(std::size_t i) const noexcept { return words_.key(i); }
  const WordInfo& value(std::size_t i) const noexcept { return words_.value(i); }

 private:
  static constexpr std::size_t kMaxLength = 24;  // longer words are never looked up (tokens.cpp)
  WordInfo& add(std::string_view w);
  FoldMap<WordInfo> words_;
  // By word length and first letter: bit c - 'a' for each last letter c of a lexicon word that
  // long that starts with that letter.
  std::array<std::array<std::uint32_t, 26>, kMaxLength> last_letters_{};
};

}  // namespace warta::detail::dates

#pragma once
// The words the date grammar reacts to, looked up by their ASCII-lower-cased spelling.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

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
};

class Lexicon {
 public:
  Lexicon();
  // `lower` must already be ASCII-lower-cased; nullptr when the word means nothing to dates.
  const WordInfo* find(std::string_view lower) const {
    auto it = words_.find(lower);
    return it == words_.end() ? nullptr : &it->second;
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  WordInfo& add(std::string_view w) { return words_.try_emplace(std::string(w)).first->second; }
  std::unordered_map<std::string, WordInfo, Hash, std::equal_to<>> words_;
};

}  // namespace warta::detail::dates

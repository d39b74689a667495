#include "lexicon.hpp"

#include "calendar_names.hpp"
#include "holidays.hpp"
#include "scanner.hpp"

namespace warta::detail::dates {

WordInfo& Lexicon::add(std::string_view w) {
  // Every key is a lower-case ASCII word that starts and ends with a letter, short enough for find().
  auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
  if (w.size() < kMaxLength && letter(w.front()) && letter(w.back())) {
    last_letters_[w.size()][w.front() - 'a'] |= 1u << (w.back() - 'a');
  }
  return words_[w];
}

Lexicon::Lexicon() {
  for (const CalendarName& n : kCldrMonthNames) add(n.name).month = static_cast<std::int8_t>(n.value), add(n.name).abbreviated = n.abbreviated;
  for (const CalendarName& n : kNewsMonthVariants) add(n.name).month = static_cast<std::int8_t>(n.value), add(n.name).abbreviated = n.abbreviated;
  for (const CalendarName& n : kCldrWeekdayNames) add(n.name).weekday = static_cast<std::int8_t>(n.value), add(n.name).abbreviated = n.abbreviated;
  for (const CalendarName& n : kNewsWeekdayVariants) add(n.name).weekday = static_cast<std::int8_t>(n.value), add(n.name).abbreviated = n.abbreviated;

  struct K { const char* w; Kw kw; };
  static constexpr K kKeywords[] = {
      {"lalu", Kw::lalu}, {"silam", Kw::lalu}, {"kemarin", Kw::kemarin}, {"depan", Kw::depan}, {"ini", Kw::ini},
      {"itu", Kw::itu}, {"besok", Kw::besok}, {"esok", Kw::esok}, {"lusa", Kw::lusa}, {"tadi", Kw::tadi},
      {"semalam", Kw::semalam}, {"sekarang", Kw::sekarang}, {"skrg", Kw::sekarang}, {"kini", Kw::sekarang},
      {"baru", Kw::baru}, {"saja", Kw::saja}, {"kemudian", Kw::kemudian}, {"lagi", Kw::lagi}, {"yang", Kw::yang},
      {"yg", Kw::yang}, {"terakhir", Kw::terakhir}, {"mendatang", Kw::mendatang}, {"dalam", Kw::dalam},
      {"dlm", Kw::dalam}, {"selama", Kw::selama}, {"sepanjang", Kw::selama}, {"sejak", Kw::sejak},
      {"semenjak", Kw::sejak}, {"hingga", Kw::hingga}, {"sampai", Kw::sampai}, {"sd", Kw::sd},
      {"dari", Kw::dari}, {"pada", Kw::pada}, {"tanggal", Kw::tanggal}, {"tgl", Kw::tanggal},
      {"pukul", Kw::pukul}, {"pk", Kw::pukul}, {"pkl", Kw::pukul}, {"awal", Kw::awal}, {"akhir", Kw::akhir},
      {"penghujung", Kw::akhir}, {"pertengahan", Kw::tengah}, {"medio", Kw::tengah}, {"hari", Kw::hari},
      {"waktu", Kw::waktu}, {"setempat", Kw::setempat}, {"dini", Kw::dini}, {"keesokan", Kw::keesokan},
      {"harinya", Kw::harinya}, {"sebelumnya", Kw::sebelumnya}, {"sesudahnya", Kw::sesudahnya},
      {"setelahnya", Kw::sesudahnya}, {"tahun", Kw::tahun}, {"bulan", Kw::bulan}, {"pekan", Kw::pekan},
      {"ke", Kw::ke}, {"sekitar", Kw::sekitar}, {"an", Kw::an}, {"agustusan", Kw::agustusan}, {"nanti", Kw::nanti},
      {"dengan", Kw::dengan},
      // A number right after these is a regulation number, never a date ("UU No 7/2017", "Nomor 7 Tahun 2017").
      {"uu", Kw::legal}, {"pp", Kw::legal}, {"perpres", Kw::legal}, {"perppu", Kw::legal}, {"perpu", Kw::legal},
      {"permen", Kw::legal}, {"perda", Kw::legal}, {"perma", Kw::legal}, {"keppres", Kw::legal},
      {"kepres", Kw::legal}, {"inpres", Kw::legal}, {"nomor", Kw::legal}, {"no", Kw::legal}, {"nomer", Kw::legal},
      {"pasal", Kw::legal}, {"ayat", Kw::legal}, {"kepmen", Kw::legal}, {"pmk", Kw::legal},
      // A bare four-digit year is a date only after one of these.
      {"menjelang", Kw::year_trigger}, {"jelang", Kw::year_trigger},
      {"sebelum", Kw::year_trigger}, {"sesudah", Kw::year_trigger}, {"setelah", Kw::year_trigger},
      {"periode", Kw::year_trigger}, {"era", Kw::year_trigger}, {"dekade", Kw::year_trigger},
      {"mulai", Kw::year_trigger}, {"tersebut", Kw::itu},
  };
  for (const K& k : kKeywords) add(k.w).kw = k.kw;

  for (const char* w : {"akan", "bakal", "dijadwalkan", "direncanakan", "rencananya", "berencana", "mendatang", "nanti",
                        "depan", "segera"})
    add(w).future = true;

  struct N { const char* w; int n; Unit u; };
  static constexpr N kCounts[] = {
      {"nol", 0, Unit::none}, {"satu", 1, Unit::none}, {"dua", 2, Unit::none}, {"tiga", 3, Unit::none},
      {"empat", 4, Unit::none}, {"lima", 5, Unit::none}, {"enam", 6, Unit::none}, {"tujuh", 7, Unit::none},
      {"delapan", 8, Unit::none}, {"sembilan", 9, Unit::none}, {"sepuluh", 10, Unit::none},
      {"sebelas", 11, Unit::none}, {"seratus", 100, Unit::none}, {"sedetik", 1, Unit::second},
      {"semenit", 1, Unit::minute}, {"sejam", 1, Unit::hour}, {"sehari", 1, Unit::day}, {"sepekan", 1, Unit::week},
      {"seminggu", 1, Unit::week}, {"sebulan", 1, Unit::month}, {"setahun", 1, Unit::year},
  };
  for (const N& n : kCounts) add(n.w).count = static_cast<std::int16_t>(n.n), add(n.w).unit = n.u;
  add("belas").teen = true;
  add("puluh").tens = true;

  struct U { const char* w; Unit u; };
  static constexpr U kUnits[] = {{"detik", Unit::second}, {"dtk", Unit::second}, {"menit", Unit::minute},
                                 {"mnt", Unit::minute},   {"jam", Unit::hour},    {"jm", Unit::hour},
                                 {"hari", Unit::day},     {"pekan", Unit::week},  {"minggu", Unit::week},
                                 {"bulan", Unit::month},  {"tahun", Unit::year},  {"thn", Unit::year}};
  for (const U& u : kUnits) add(u.w).unit = u.u;

  // The scanner tries the holiday names only at their first words ("natal", "hardiknas" and
  // "harkitnas" have no other grammar role).
  for (const Holiday& h : kHolidays) add(h.words[0]).holiday = true;
  add("pagi").part = PartOfDay::pagi;
  add("siang").part = PartOfDay::siang;
  add("sore").part = PartOfDay::sore;
  add("petang").part = PartOfDay::sore;
  add("malam").part = PartOfDay::malam;
  add("wib").zone = 420;
  add("wita").zone = 480;
  add("wit").zone = 540;
  for (std::size_t i = 0; i < words_.size(); ++i) words_[words_.key(i)].starts = begins_expression(words_.value(i));
}

}  // namespace warta::detail::dates

#include "summits/summit_lexicon.hpp"

#include <initializer_list>
#include <string>

#include "lexicon/embedded_lexicon.hpp"
#include "lexicon/tsv_lines.hpp"
#include "text/token.hpp"

namespace warta::detail::summits {
namespace {

struct FrameWords {
  Frame frame;
  std::initializer_list<std::string_view> words;
};

struct CueWords {
  Cue cue;
  std::initializer_list<std::string_view> words;
};

// Base forms ("temui", "kunjungi", "sambut") are what headlines use.
const FrameWords kFrames[] = {
    // Not "ditemui": "kata X saat ditemui (wartawan)" is how quotes are sourced.
    {Frame::meet_verb, {"bertemu", "menemui", "temui", "bertatap", "berbincang", "berunding",
                        "berjabat", "bersalaman", "bertemunya"}},
    {Frame::meet_noun, {"pertemuan", "perundingan", "tete-a-tete", "tatap"}},
    {Frame::talk_noun, {"pembicaraan", "percakapan", "perbincangan"}},
    {Frame::talk_verb, {"berbicara", "bercakap", "berbincang-bincang"}},
    {Frame::visit_verb, {"berkunjung", "mengunjungi", "kunjungi", "melawat", "bertandang", "dikunjungi"}},
    {Frame::visit_noun, {"kunjungan", "lawatan"}},
    {Frame::travel_verb, {"tiba", "setibanya", "datang", "terbang", "bertolak", "mendarat", "singgah"}},
    {Frame::arrival_noun, {"kedatangan", "perjalanan"}},
    {Frame::host_verb, {"menyambut", "sambut", "menjamu", "jamu", "menerima", "terima"}},
    {Frame::host_passive, {"disambut", "dijamu", "diterima"}},
    {Frame::welcome_noun, {"penyambutan", "jamuan"}},
    {Frame::summit_noun, {"ktt", "konferensi"}},
    {Frame::call_noun, {"telepon", "teleponan"}},
    {Frame::call_verb, {"menelepon", "ditelepon", "bertelepon", "meneleponnya"}},
    {Frame::escort, {"didampingi"}},
    {Frame::attend, {"hadir", "menghadiri", "dihadiri", "diwakili"}},
    {Frame::sign, {"menandatangani", "ditandatangani", "meneken", "diteken"}},
};

const CueWords kCues[] = {
    {Cue::planned, {"akan", "bakal", "hendak", "dijadwalkan", "terjadwal", "direncanakan", "rencananya",
                    "berencana", "merencanakan", "diagendakan", "mendatang", "nanti", "rencana"}},
    {Cue::invitation, {"undangan", "mengundang", "diundang"}},
    {Cue::occurred, {"telah", "sudah", "pernah", "sempat", "tadi", "kemarin"}},
    {Cue::barrier, {"sejak", "setelah", "sesudah", "sebelum", "usai", "seusai", "selepas", "ketika", "saat",
                    "sementara", "sedangkan", "namun", "tetapi", "padahal", "menjelang", "jelang", "guna",
                    "sehingga", "karena", "meski", "meskipun", "walaupun", "adapun", "sekaligus"}},
    {Cue::light_verb, {"menggelar", "mengadakan", "melakukan", "melangsungkan", "memulai", "membuka",
                       "memimpin", "menjalani", "mengakhiri", "menuntaskan", "digelar", "berlangsung"}},
    {Cue::reporting, {"mengatakan", "menyatakan", "menjelaskan", "menyebut", "menyebutkan", "melaporkan",
                      "mengungkapkan", "menegaskan", "menambahkan", "mengaku", "kata", "ujar", "ujarnya",
                      "tutur", "tulis", "ucap", "menurut", "katanya", "imbuhnya", "jelasnya", "memaparkan",
                      "menuturkan", "menerangkan", "membeberkan", "menceritakan", "bercerita", "menyampaikan",
                      "mengklaim", "menilai", "mengakui", "mengungkap", "menyebutkan"}},
    {Cue::report_source, {"dikutip", "dilansir", "mengutip", "melansir", "dinukil"}},
    {Cue::date_end, {"hingga", "sampai"}},
    {Cue::pronoun, {"ia", "dia", "beliau"}},
    {Cue::first_person, {"saya", "aku", "kami"}},
    {Cue::group, {"keduanya", "mereka"}},
    {Cue::both, {"kedua", "ketiga"}},
    {Cue::demonstrative, {"ini", "itu", "tersebut"}},
    {Cue::np_modifier, {"kenegaraan", "kerja", "resmi", "kehormatan", "bilateral", "tertutup", "empat", "mata",
                        "puncak", "perdana", "pertama", "pertamanya", "luar", "negeri", "balasan", "singkat",
                        "khusus", "trilateral", "informal", "tatap", "muka", "tingkat", "tinggi",
                        "sambungan", "panggilan", "virtual", "langsung", "kali", "pribadi", "kenegaraannya",
                        "kerjanya", "resminya", "perdananya"}},
    {Cue::connector, {"dengan", "antara", "dan", "serta", "bersama"}},
    {Cue::locative, {"di", "ke", "menuju", "setibanya"}},
    {Cue::sideline, {"sela", "sela-sela"}},
    {Cue::phone, {"telepon", "menelepon", "ditelepon", "teleponan"}},
    {Cue::video, {"video", "virtual", "daring"}},
    {Cue::quantifier, {"dua", "tiga", "beberapa", "sejumlah", "serangkaian", "berbagai", "banyak"}},
    {Cue::negation, {"bukan", "tidak", "tak", "belum", "batal", "enggan", "menolak", "urung"}},
    {Cue::hypothetical, {"bersedia", "siap", "ingin", "mau", "berharap", "berusaha", "mencoba", "membantah",
                         "mengharapkan", "menginginkan", "menantikan", "berupaya", "meminta"}},
    {Cue::role, {"presiden", "perdana", "pm", "kanselir", "raja", "ratu", "sultan", "paus", "pemimpin",
                 "menteri", "menlu", "kepala", "sekjen", "pangeran", "emir", "syekh", "wapres", "premier"}},
    {Cue::spouse, {"istri", "istrinya", "suami", "suaminya", "ibu"}},
    {Cue::not_meeting, {"rapat", "sidang", "paripurna", "pers", "persidangan", "jumpa", "wartawan", "media"}},
    {Cue::sport, {"laga", "pertandingan", "kandang", "gol", "skor", "klub", "liga", "turnamen", "timnas", "pemain",
                  "pelatih", "juara", "kejuaraan"}},
    {Cue::topic, {"membahas", "mendiskusikan", "membicarakan", "terkait", "soal", "mengenai", "tentang"}},
};

}  // namespace

SummitLexicon::SummitLexicon() {
  for (const FrameWords& f : kFrames)
    for (std::string_view w : f.words) words_[w].frame = f.frame;
  for (const CueWords& c : kCues)
    for (std::string_view w : c.words) {
      WordInfo& info = words_[w];
      // A word listed under several cues keeps the first: the lists are ordered by importance.
      if (info.cue == Cue::none) info.cue = c.cue;
    }
  for (std::size_t i = 0; i < words_.size(); ++i) {
    const WordInfo w = words_.value(i);
    // A word and its "-nya" form ("menemuinya"), which DocContext reads as the word.
    const std::uint32_t hashes[] = {fold_hash(words_.key(i)), fold_hash(std::string(words_.key(i)) + "nya")};
    for (std::uint32_t h : hashes) {
      if (w.frame != Frame::none) trigger_filter_.add(h);
      if (is_sentence_flag(w.cue)) flag_filter_.add(h);
    }
  }
  load_places();
}

// GPE rows: TYPE NAME ALIASES KB_ID COUNTRY ATTRS, with "kind=..." among the ATTRS.
void SummitLexicon::load_places() {
  for (const EmbeddedFile& f : embedded_lexicon_files()) {
    if (f.name != "countries.tsv" && f.name != "indonesia_regions.tsv" && f.name != "cities.tsv") continue;
    TsvLines lines(f.text);
    std::string_view line;
    while (lines.next(line)) {
      std::string_view fields[6];
      std::size_t n = 0;
      for (std::size_t at = 0; n < 6;) {
        std::size_t tab = line.find('\t', at);
        fields[n++] = line.substr(at, tab == std::string_view::npos ? std::string_view::npos : tab - at);
        if (tab == std::string_view::npos) break;
        at = tab + 1;
      }
      if (n < 6 || fields[0] != "GPE") continue;
      std::string_view attrs = fields[5];
      PlaceClass cls;
      if (attrs.find("kind=country") != std::string_view::npos || attrs.find("kind=territory") != std::string_view::npos)
        cls = PlaceClass::country;
      else if (attrs.find("kind=province") != std::string_view::npos || attrs.find("kind=state") != std::string_view::npos)
        cls = PlaceClass::region;
      else if (attrs.find("kind=city") != std::string_view::npos || attrs.find("kind=regency") != std::string_view::npos)
        cls = PlaceClass::city;
      else
        continue;
      // The first table wins a shared name: "Singapura" the country, not the city.
      places_.emplace(fold_text(fields[1]), cls);
      for (std::size_t at = 0; at < fields[2].size();) {
        std::size_t bar = fields[2].find('|', at);
        if (bar == std::string_view::npos) bar = fields[2].size();
        std::string_view alias = fields[2].substr(at, bar - at);
        if (!alias.empty() && alias.front() != '-') places_.emplace(fold_text(alias), cls);
        at = bar + 1;
      }
    }
  }
}

bool SummitLexicon::is_trigger(std::string_view f, std::uint32_t hash) const noexcept {
  if (frame(f, hash) != Frame::none) return true;
  if (f.size() <= 5 || !f.ends_with("nya")) return false;
  const std::string_view stem = f.substr(0, f.size() - 3);
  return frame(stem, fold_hash(stem)) != Frame::none;
}

bool SummitLexicon::place_kind(std::string_view folded, PlaceClass& out) const {
  const PlaceClass* cls = places_.find(folded);
  if (cls == nullptr) return false;
  out = *cls;
  return true;
}

}  // namespace warta::detail::summits

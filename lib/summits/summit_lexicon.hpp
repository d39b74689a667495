// The words the summit finder reacts to: meeting/visit/summit/call triggers and the cue words
// around them (modality, clause barriers, delegation, reporting verbs, references). Folded forms in
// one table built once per SummitFinder: every word of a document is checked for a trigger, and
// the words of the sentences that are read are looked up in full (DocContext).
#pragma once

#include <cstdint>
#include <string_view>

#include "lexicon/fold_map.hpp"
#include "lexicon/hash_filter.hpp"

namespace warta::detail::summits {

// What a trigger word says about the event.
enum class Frame : std::uint8_t {
  none,
  meet_verb,     // bertemu, menemui, bertatap muka, berbincang, berunding, berjabat tangan
  meet_noun,     // pertemuan, perundingan, tatap muka, tete-a-tete
  talk_noun,     // pembicaraan, percakapan, perbincangan: a meeting or a call, whichever the context says
  talk_verb,     // berbicara, bercakap: a call only when a telephone is mentioned
  visit_verb,    // berkunjung, mengunjungi, melawat, bertandang
  visit_noun,    // kunjungan, lawatan
  travel_verb,   // tiba, datang, terbang, bertolak, mendarat, singgah: the traveller only
  arrival_noun,  // kedatangan, perjalanan
  host_verb,     // menyambut, menjamu, menerima (kunjungan): subject hosts, object visits
  host_passive,  // disambut, dijamu, diterima (oleh): object hosts, subject visits
  welcome_noun,  // penyambutan, jamuan
  summit_noun,   // KTT, Konferensi Tingkat Tinggi
  call_noun,     // telepon, sambungan telepon, konferensi video
  call_verb,     // menelepon, ditelepon, bertelepon
  // Attach-only cues: they add to a meeting already found and never create one.
  escort,        // didampingi: the people after it are delegation
  attend,        // hadir, menghadiri, dihadiri, diwakili: named attendees of a summit
  sign,          // menandatangani, ditandatangani: an outcome
};

// Cue words that are not triggers.
enum class Cue : std::uint8_t {
  none,
  planned,        // akan, dijadwalkan, rencananya, diundang, ...
  invitation,     // undangan, mengundang, diundang: planned even next to "telah"
  occurred,       // telah, sudah, pernah, sempat
  barrier,        // sejak, setelah, sebelum, ketika, sementara, ...: a new clause with its own event
  light_verb,     // menggelar, mengadakan, melakukan, ...: "X menggelar pertemuan" makes X a party
  reporting,      // mengatakan, menyatakan, kata, ujar, menurut, ...
  report_source,  // dikutip, dilansir, mengutip: a date after them is the report's, not the event's
  date_end,       // hingga, sampai: the date after them ends a span
  pronoun,        // ia, dia, beliau
  first_person,   // saya, aku, kami
  group,          // keduanya, mereka
  both,           // kedua (+ pemimpin/presiden/...)
  demonstrative,  // ini, itu, tersebut
  np_modifier,    // words that may follow a trigger noun inside its noun phrase
  connector,      // dengan, antara, dan, serta, bersama
  locative,       // di, ke, menuju
  sideline,       // sela, sela-sela
  phone,          // telepon, menelepon, ditelepon
  video,          // video, virtual
  quantifier,     // dua, beberapa, sejumlah, serangkaian: a plural, not a reference back
  negation,       // bukan, tidak, belum, batal
  hypothetical,   // bersedia, siap, ingin, berharap, membantah: a meeting wished for or denied, not arranged
  role,           // presiden, perdana, kanselir, raja, paus, pemimpin, menteri, ...
  spouse,         // istri, suami, ibu (negara): "bersama Ibu Negara X" is delegation
  not_meeting,    // rapat, sidang, paripurna, pers, laga, pertandingan: a trigger next to them is not a summit
  sport,          // laga, kandang, gol, pemain, ...: "menjamu" and "bertemu" of a match
  topic,          // membahas, terkait, soal, ...: what follows is the agenda, not the place
};

// The cues that mark a whole sentence (MentionReader::prepare): "di sela-sela", a match, a
// telephone, a video link.
constexpr bool is_sentence_flag(Cue c) noexcept {
  return c == Cue::sideline || c == Cue::sport || c == Cue::phone || c == Cue::video;
}

// Place classes, most specific last: a meeting's location prefers a city over a venue over a
// region or country.
enum class PlaceClass : std::uint8_t { country = 0, region = 1, venue = 2, city = 3 };

struct WordInfo {
  Frame frame = Frame::none;
  Cue cue = Cue::none;
};

class SummitLexicon {
 public:
  SummitLexicon();
  // `hash` is fold_hash(folded), as every Token carries it.
  WordInfo lookup(std::string_view folded, std::uint32_t hash) const noexcept {
    const WordInfo* w = words_.find(folded, hash);
    return w == nullptr ? WordInfo{} : *w;
  }
  WordInfo lookup(std::string_view folded) const noexcept { return lookup(folded, fold_hash(folded)); }
  // Could the word with this fold_hash be a trigger, itself or before a "-nya" clitic? One bit
  // answers "no" for almost every word of a text.
  bool may_be_trigger(std::uint32_t hash) const noexcept { return trigger_filter_.may_hold(hash); }
  // Is the word a trigger (has a frame), itself or before a "-nya" clitic ("menemuinya")? Asked
  // only of words that pass may_be_trigger.
  bool is_trigger(std::string_view folded, std::uint32_t hash) const noexcept;
  // Could the word with this fold_hash have a sentence flag cue (is_sentence_flag), itself or
  // before a "-nya" clitic? Lets a read sentence's words be looked up only when they may.
  bool may_flag(std::uint32_t hash) const noexcept { return flag_filter_.may_hold(hash); }
  // Only frames, for the check every token of a document gets: far fewer words pass its filter.
  Frame frame(std::string_view folded, std::uint32_t hash) const noexcept {
    if (!trigger_filter_.may_hold(hash)) return Frame::none;
    const WordInfo* w = words_.find(folded, hash);
    return w == nullptr ? Frame::none : w->frame;
  }
  // What kind of place a folded GPE name is, from the lexicon's country, region and city tables
  // (compiled into the library); false when the name is unknown.
  bool place_kind(std::string_view folded_name, PlaceClass& out) const;

 private:
  void load_places();
  FoldMap<WordInfo> words_;  // every word (its own filter in front)
  HashFilter trigger_filter_;  // the trigger words (a frame) and their "<word>nya" forms
  HashFilter flag_filter_;     // the same for the words with a sentence flag cue
  FoldMap<PlaceClass> places_;
};

}  // namespace warta::detail::summits

#include "entities/word_classes.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "text/ascii_block.hpp"
#include "text/fold_hash.hpp"
#include "text/token.hpp"

namespace warta::detail {

namespace {

// Each listed word with one of its classes; a word in several lists comes once per list. A plain
// list, not a map: the construction looks each word up in the lexicon anyway.
std::vector<std::pair<std::string_view, std::uint32_t>> word_list() {
  std::vector<std::pair<std::string_view, std::uint32_t>> list;
  list.reserve(1024);
  const auto add = [&list](std::initializer_list<std::string_view> words, std::uint32_t cls) {
    for (std::string_view w : words) list.emplace_back(w, cls);
  };
  add({"kata", "ujar", "tutur", "ucap", "ungkap", "jelas", "imbuh", "tambah", "tegas", "papar", "terang", "lanjut",
       "menurut", "bernama", "sapaan", "pungkas", "kenang", "tukas", "sebut", "disapa", "dipanggil"},
      wc::person_before);
  add({"pak", "bu", "bapak", "ibu", "mr", "mrs", "ms", "dr", "drs", "dra", "ir", "prof", "sdr", "saudara", "saudari", "tuan", "nyonya",
       "haji", "hj", "kh", "ustaz", "ustad", "ustadz", "habib", "gus", "mbak", "mas", "bung", "syekh", "sheikh", "sir"},
      wc::honorific);
  add({"istri", "istrinya", "suami", "suaminya", "putra", "putranya", "putri", "putrinya", "ayah", "ayahnya",
       "ibunya", "adik", "adiknya", "kakak", "kakaknya", "cucu", "cucunya", "menantu", "keponakan", "mendiang",
       "almarhum", "almarhumah", "sang", "orangtua"},
      wc::relative);
  add({"di", "ke", "dari", "menuju", "dekat", "asal", "kota", "provinsi", "kabupaten", "kecamatan", "desa",
       "kelurahan", "negara", "wilayah", "daerah", "distrik", "kawasan", "negeri", "setibanya", "tiba"},
      wc::place_before);
  add({"dilansir", "melansir", "dikutip", "mengutip", "harian", "koran", "majalah", "situs", "laman", "portal",
       "televisi", "radio", "berita"},
      wc::media_before);
  add({"dari"}, wc::media_from);
  add({"band", "grup", "kelompok", "klub", "perusahaan", "label", "penerbit", "produsen", "maskapai", "operator",
       "pabrikan", "startup"},
      wc::org_before);
  add({"award", "awards", "prize", "festival", "championship", "championships", "cup", "tour", "concert", "show",
       "series", "season", "episode", "trophy", "grand", "prix", "olympics", "games", "contest", "chart"},
      wc::event_suffix);
  // Not lagu, album, single: "lagu Pink Floyd", "album Rossa" name the artist as often as the work.
  add({"berjudul", "bertajuk", "berjudulkan", "serial", "sinetron", "drama", "film", "novel", "lakon", "komik",
       "manga", "anime", "telenovela"},
      wc::work_before);
  add({"piala", "kejuaraan", "turnamen", "olimpiade", "paralimpiade", "gp"}, wc::event_head);
  add({"adalah", "merupakan", "ialah"}, wc::copula);
  add({"lahir", "wafat", "meninggal", "tewas", "dilahirkan"}, wc::life_after);
  add({"sh", "se", "mh", "mm", "mba", "phd", "msc", "msi", "mpd", "mkes", "skom", "ssos", "spd", "ssi", "sag", "shi",
       "mhum", "mag", "llm", "bsc", "mpa", "ked", "apt", "mt", "mkom", "sip", "ssn"},
      wc::degree);
  // Verbs a person does that carry no prefix ("Wentworth tampil di ...", "Ia belajar"): bel-/be-
  // verbs and root verbs.
  add({"tampil", "pindah", "hadir", "tinggal", "pulang", "datang", "pergi", "lulus", "ikut", "belajar", "bekerja",
       "bercerita", "kuliah", "menikah", "wafat", "mundur", "setuju", "paham", "tahu", "ingat", "lupa", "suka", "mau",
       "ingin", "bilang"},
      wc::plain_verb);
  add({"jr", "sr"}, wc::name_suffix);
  add({"juga", "pun", "kemudian", "lalu", "akhirnya", "pernah", "sempat", "telah", "sudah", "masih", "kembali",
       "bahkan", "segera", "lantas", "sendiri", "tidak", "tak", "belum", "akan", "sedang", "tetap", "langsung",
       "hanya", "baru"},
      wc::adverb);
  add({"kantor", "berita", "harian", "surat", "kabar", "media", "majalah", "koran", "situs", "laman", "portal",
       "stasiun", "televisi", "radio"},
      wc::descriptor);
  add({"di", "ke", "dari", "dan", "untuk", "yang", "pada", "dengan", "atau", "dalam", "oleh", "bagi", "serta",
       "hingga", "sampai", "tentang", "antara", "terhadap", "sebagai", "per", "vs", "of", "the", "and", "for",
       "in", "on", "at", "to"},
      wc::function);
  add({"mengatakan", "menyatakan", "menegaskan", "menjelaskan", "mengungkapkan", "menambahkan", "menyebut",
       "menyebutkan", "menilai", "berkata", "menuturkan", "memastikan", "mengaku", "menyampaikan", "menekankan",
       "mengklaim", "membantah", "mengimbau", "berharap", "menerangkan", "memaparkan", "mengucapkan", "meminta",
       "menginginkan", "mengakui", "bertemu", "menerima", "mengunjungi", "tiba", "berangkat", "menyebutnya",
       "said", "told"},
      wc::report_after);
  add({"kementerian", "kementrian", "kemenko", "badan", "komisi", "partai", "universitas", "institut", "pt", "cv",
       "bank", "dewan", "majelis", "pengadilan", "mahkamah", "kejaksaan", "kejati", "kejari", "kepolisian", "polda",
       "polres", "polresta", "polrestabes", "polsek", "kodam", "korem", "kodim", "pemkot", "pemkab", "pemprov",
       "dinas", "direktorat", "ditjen", "lembaga", "yayasan", "organisasi", "perserikatan", "persatuan", "asosiasi",
       "federasi", "himpunan", "ikatan", "koperasi", "perusahaan", "sekolah", "fakultas",
       // Schools by level and number ("SMA Negeri 6 Jakarta", "SDN 2 Cibinong") are institutions: ORG,
       // as the guidelines type every institution, even where a sentence names them as a place.
       "sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "smkn", "smu", "smun", "mts", "mtsn",
       "kedutaan", "kedubes", "konsulat", "sekretariat", "otoritas", "angkatan", "tentara", "pasukan", "timnas",
       "klub", "serikat", "gerakan", "front", "aliansi", "koalisi", "kabinet", "forum", "akademi", "politeknik",
       "rsud", "rsup", "perum", "biro", "inspektorat", "kongres", "senat", "parlemen", "fraksi", "komite",
       "panitia", "satgas", "divisi", "departemen", "kantor", "institute", "university", "council",
       "agency", "association", "commission", "committee", "ministry", "department", "party", "foundation",
       "corporation", "company", "federation", "union", "league", "club", "court", "organization",
       "organisation", "fund", "school", "college", "academy", "liga", "pusat", "konfederasi"},
      wc::org_head);
  add({"university", "institute", "council", "agency", "association", "commission", "committee", "ministry",
       "party", "foundation", "corporation", "corp", "company", "inc", "ltd", "group", "union", "league", "club",
       "fc", "court", "organization", "organisation", "fund", "airlines", "airways", "bank", "holdings", "tbk",
       "persero", "times", "post", "news", "forces", "army", "navy", "institution", "service", "authority", "band",
       "orchestra", "records", "entertainment", "studios", "pictures", "sv", "cf", "air", "tv", "music", "films",
       "journal", "systems", "aerospace", "motors", "technologies", "energy", "labs"},
      wc::org_suffix);
  add({"istana", "gedung", "bandara", "bandar", "stadion", "jalan", "jl", "masjid", "gereja", "katedral", "pura",
       "vihara", "klenteng", "kompleks", "alun-alun", "pelabuhan", "hotel", "lapangan", "taman", "laut", "selat",
       "gunung", "pulau", "kepulauan", "sungai", "danau", "teluk", "semenanjung", "tanjung", "stasiun", "terminal",
       "balai", "wisma", "monumen", "museum", "candi", "pantai", "lembah", "gurun", "samudra", "samudera", "benua",
       "menara", "jembatan", "bundaran", "pasar", "mal", "plaza", "penjara", "lapas", "rutan", "bukit", "tugu",
       "makam", "hutan", "waduk", "bendungan", "gelanggang", "graha", "pendopo", "pesantren", "kampus", "bengawan",
       "puncak", "kastil", "benteng"},
      wc::loc_head);
  add({"center", "centre", "hall", "airport", "stadium", "square", "estate", "tower", "park", "palace", "bridge",
       "street", "avenue", "road", "station", "hotel", "resort", "mall", "plaza", "arena", "garden", "gardens",
       "beach", "island", "islands", "mountain", "mountains", "river", "lake", "sea", "ocean", "bay", "valley",
       "building", "cathedral", "church", "mosque", "temple", "museum", "port", "harbour", "harbor", "strait"},
      wc::loc_suffix);
  add({"utara", "selatan", "barat", "timur", "tenggara", "tengah", "daya", "laut", "north", "south", "east", "west",
       "central"},
      wc::compass);
  add({"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi"}, wc::numeral);
  add({"kota", "kabupaten", "provinsi", "kecamatan", "desa", "kelurahan", "distrik", "dusun", "prefektur", "kampung",
       "nagari"},
      wc::gpe_head);
  // Not kota, kabupaten, provinsi: "kota Semarang" and "provinsi Jawa Tengah" are the city and the
  // province, and their lexicon names must stay whole.
  add({"kecamatan", "desa", "kelurahan", "distrik", "dusun", "kampung", "nagari"}, wc::unit_head);
  // Streets too: "di jalan Dewi Sartika" is the street, not the heroine it is named after.
  add({"jalan", "jl"}, wc::street_head);
  add({"de", "da", "van", "von", "der", "den", "del", "della", "dos", "das", "du", "bin", "binti", "al", "el", "ibn",
       "la", "le", "ter"},
      wc::name_link);
  add({"dan", "untuk", "atas", "serta", "of", "for", "and", "the", "de", "des", "du", "&"}, wc::org_link);
  add({"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "januari", "februari",
       "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember", "jan",
       "feb", "mar", "apr", "jun", "jul", "agu", "agt", "sep", "okt", "nov", "des", "monday", "tuesday", "wednesday",
       "thursday", "friday", "saturday", "sunday", "january", "february", "march", "may", "june", "july", "august",
       "october", "december", "wib", "wita", "wit", "utc", "gmt", "rp", "usd", "lebaran",
       "natal", "tuhan", "allah", "foto", "video", "baca", "simak", "lihat", "tonton", "editor", "penulis",
       "reporter", "pewarta", "sumber", "advertisement", "scroll", "covid-19", "covid", "islam", "kristen", "katolik", "protestan", "hindu", "buddha",
       "budha", "konghucu", "yahudi", "muslim", "ba", "sh", "mm", "mba", "phd", "msc", "skom", "spd", "ssos",
       "mpd", "mkes", "drs", "dra", "nomor", "pasal", "ayat", "bab", "halaman"},
      wc::not_name);
  return list;
}

// pe(r)-...-an and ke-...-an nouns ("perumahan", "kesehatan", "pertahanan") are ministries' fields
// and ordinary words, never people's names; the word list cannot hold them all.
bool derived_noun(std::string_view fold) noexcept {
  return fold.size() >= 8 && (fold.starts_with("pe") || fold.starts_with("ke")) && fold.ends_with("an") &&
         fold.find('-') == std::string_view::npos;
}

// "Indonesia-Australia", "ASEAN-China": names joined into an adjective ("kemitraan Indonesia-
// Australia"), not a name of their own.
bool compound_of_names(const Lexicon& lex, std::string_view fold) {
  std::size_t parts = 0;
  while (!fold.empty()) {
    const std::size_t dash = fold.find('-');
    const std::string_view part = fold.substr(0, dash);
    const std::uint32_t node = lex.step(Lexicon::root(), lex.token_id(part));
    if (node == kNoNode || (lex.node(node).name < 0 && lex.node(node).exact < 0)) return false;
    ++parts;
    fold = dash == std::string_view::npos ? std::string_view() : fold.substr(dash + 1);
  }
  return parts >= 2;
}

// Each title is tokenized again, as the lexicon did, and walked through the trie: when the walk
// ends at that title's node, its first token is known for sure. Should one title not come out so,
// every word that starts a lexicon path is taken as a title's start, which only costs the scan
// some stops.
std::vector<bool> title_starts(const Lexicon& lex) {
  std::vector<bool> title_start(lex.token_count(), false);
  Tokens scratch;
  for (std::uint32_t i = 0; i < lex.title_count(); ++i) {
    const std::string_view text = lex.title(i).text;
    scratch.list.clear();
    scratch.folded.clear();
    tokenize(text, 0, static_cast<std::uint32_t>(text.size()), scratch);
    std::uint32_t node = Lexicon::root();
    for (const Token& t : scratch.list) node = lex.step(node, lex.token_id(scratch.fold_of(t), t.hash));
    if (scratch.list.empty() || node == kNoNode || lex.node(node).title != static_cast<std::int32_t>(i)) {
      title_start.assign(lex.token_count(), true);
      break;
    }
    const Token& first = scratch.list.front();
    title_start[lex.token_id(scratch.fold_of(first), first.hash)] = true;
  }
  return title_start;
}

}  // namespace

bool long_or_hyphenated_ordinary_shape(const Lexicon& lex, std::uint32_t id, std::string_view fold, bool hyphenated) {
  return derived_noun(fold) || (id == kNoToken && hyphenated && compound_of_names(lex, fold));
}

WordClasses::WordClasses(const Lexicon& lex) {
  constexpr std::uint32_t kHeads = wc::gpe_head | wc::unit_head | wc::street_head;
  std::vector<std::uint32_t> classes(lex.token_count(), 0);  // per lexicon token id
  std::vector<std::pair<std::string_view, std::uint32_t>> others;  // words the lexicon has no token for
  for (const auto& listed : word_list()) {
    const std::uint32_t id = lex.token_id(listed.first);
    if (id != kNoToken) {
      classes[id] |= listed.second;
      continue;
    }
    // Few listed words are missing from the lexicon: a linear search merges their classes.
    const auto other =
        std::find_if(others.begin(), others.end(), [&](const auto& o) { return o.first == listed.first; });
    if (other != others.end()) {
      other->second |= listed.second;
    } else {
      others.push_back(listed);
    }
  }
  const std::vector<bool> title_start = title_starts(lex);

  // A third full at most, so that a word the table lacks (one token in eight) ends its probe at
  // the first or second slot.
  std::size_t size = 1;
  while (size < 3 * (classes.size() + others.size())) size *= 2;
  slots_.resize(size);
  mask_ = size - 1;
  for (std::uint32_t id = 0; id < classes.size(); ++id) {
    const std::string_view word = lex.token_text(id);
    const std::uint32_t cls =
        classes[id] | (lex.is_never_name(id) ? wc::not_name : 0) | (lex.is_given_name(id) ? wc::given_name : 0);
    const bool head = (cls & kHeads) != 0;
    const bool starts = lex.step(Lexicon::root(), id) != kNoNode;
    // A lexicon word is ordinary by its shape when it is a derived noun: the hyphen test of
    // ordinary_shape only applies to words the lexicon lacks.
    const bool common = lex.is_common_word(id) || ordinary_shape(lex, id, word, false);
    const std::uint32_t facts = (common ? fact::common : 0) | (starts ? fact::starts : 0);
    const std::uint32_t lower = facts | (head || (starts && title_start[id]) ? fact::scanned : 0);
    const std::uint32_t other = facts | (head || starts ? fact::scanned : 0);
    add(word, WordEntry{0, 0, id, cls, lower << WordEntry::kLowerShift | other << WordEntry::kOtherShift, {}});
  }
  for (const auto& [word, cls] : others) {
    const std::uint32_t facts = ((cls & kHeads) ? fact::scanned : 0) |
                                (ordinary_shape(lex, kNoToken, word, false) ? fact::common : 0);
    const std::uint32_t hyphen = ordinary_shape(lex, kNoToken, word, true) ? WordEntry::kCommonIfHyphenated : 0;
    add(word, WordEntry{0, 0, kNoToken, cls, facts << WordEntry::kLowerShift | (facts | hyphen) << WordEntry::kOtherShift, {}});
  }
  for (std::size_t c = 0; c < ascii_.size(); ++c) {
    const std::string word(1, static_cast<char>(c));
    const std::uint32_t id = lex.token_id(word);
    const WordEntry* e = id == kNoToken ? nullptr : find(word, fold_hash(word));
    ascii_[c] = {id, e == nullptr ? 0u : e->facts_other() & (fact::common | fact::starts)};
  }
}

void WordClasses::add(std::string_view word, const WordEntry& entry) {
  if (word.empty()) return;  // no token folds to nothing but punctuation, which takes no classes
  const std::uint32_t hash = fold_hash(word);
  std::size_t at = hash & mask_;
  while (slots_[at].length != 0) at = (at + 1) & mask_;
  WordEntry& e = slots_[at];
  e = entry;
  e.hash = hash;
  e.length = static_cast<std::uint32_t>(word.size());
  // Fixed-size copies of zero-padded loads, not a memcpy of variable length (a library call). A
  // longer word's first eight bytes are kept too: the probe compares them before anything else.
  static_assert(WordEntry::kInline == 8 + 4);
  const std::uint64_t head = load_short(word.data(), std::min<std::size_t>(word.size(), 8));
  std::uint32_t rest = 0;  // the word's bytes after the eighth, or a longer word's offset in the arena
  if (word.size() <= WordEntry::kInline) {
    rest = static_cast<std::uint32_t>(word.size() > 8 ? load_short(word.data() + 8, word.size() - 8) : 0);
  } else {
    rest = static_cast<std::uint32_t>(long_keys_.size());
    long_keys_.append(word);
  }
  std::memcpy(e.key, &head, sizeof head);
  std::memcpy(e.key + sizeof head, &rest, sizeof rest);
}

}  // namespace warta::detail

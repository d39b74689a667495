#include "entities/word_classes.hpp"

#include <string>

#include "text/token.hpp"

namespace warta::detail {

namespace {

FoldMap<std::uint32_t> word_list() {
  FoldMap<std::uint32_t> map;
  const auto add = [&map](std::initializer_list<std::string_view> words, std::uint32_t cls) {
    for (std::string_view w : words) map[w] |= cls;
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
  return map;
}

}  // namespace

WordClasses::WordClasses(const Lexicon& lex) : by_token_(lex.token_count()) {
  const FoldMap<std::uint32_t> words = word_list();
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::uint32_t id = lex.token_id(words.key(i));
    if (id != kNoToken) {
      by_token_[id].words |= words.value(i);
    } else {
      others_.emplace(words.key(i), words.value(i));
    }
  }
  for (std::uint32_t id = 0; id < by_token_.size(); ++id) {
    KnownWord& k = by_token_[id];
    k.words |= (lex.is_never_name(id) ? wc::not_name : 0) | (lex.is_given_name(id) ? wc::given_name : 0);
    const std::uint32_t facts = (lex.is_common_word(id) ? fact::common : 0) |
                                (lex.step(Lexicon::root(), id) != kNoNode ? fact::starts : 0);
    k.facts_lower = k.facts_other = facts;
  }
  for (std::size_t c = 0; c < ascii_ids_.size(); ++c) ascii_ids_[c] = lex.token_id(std::string(1, static_cast<char>(c)));
  mark_scanned(lex);
}

// Each title is tokenized again, as the lexicon did, and walked through the trie: when the walk
// ends at that title's node, its first token is known for sure. Should one title not come out so,
// every word that starts a lexicon path is taken as a title's start, which only costs the scan
// some stops.
void WordClasses::mark_scanned(const Lexicon& lex) {
  constexpr std::uint32_t kHeads = wc::gpe_head | wc::unit_head | wc::street_head;
  std::vector<bool> title_start(by_token_.size(), false);
  Tokens scratch;
  for (std::uint32_t i = 0; i < lex.title_count(); ++i) {
    const std::string_view text = lex.title(i).text;
    scratch.list.clear();
    scratch.folded.clear();
    tokenize(text, 0, static_cast<std::uint32_t>(text.size()), scratch);
    std::uint32_t node = Lexicon::root();
    for (const Token& t : scratch.list) node = lex.step(node, lex.token_id(scratch.fold_of(t)));
    if (scratch.list.empty() || node == kNoNode || lex.node(node).title != static_cast<std::int32_t>(i)) {
      title_start.assign(by_token_.size(), true);
      break;
    }
    title_start[lex.token_id(scratch.fold_of(scratch.list.front()))] = true;
  }
  for (std::uint32_t id = 0; id < by_token_.size(); ++id) {
    KnownWord& k = by_token_[id];
    const bool head = (k.words & kHeads) != 0;
    const bool starts = (k.facts_other & fact::starts) != 0;
    k.facts_other |= head || starts ? fact::scanned : 0;
    k.facts_lower |= head || (starts && title_start[id]) ? fact::scanned : 0;
  }
}

}  // namespace warta::detail

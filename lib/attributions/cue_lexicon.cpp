#include "attributions/cue_lexicon.hpp"

#include <string>
#include <utility>

namespace warta::detail::attr {
namespace {

using namespace word;

// Space-separated folded words per class. Kept short on purpose: every entry is a word that
// reporters use as a reporting device, not a topic word.
constexpr std::pair<std::uint32_t, std::string_view> kTable[] = {
    {quote_cue,
     "kata ujar tutur ucap jelas ungkap imbuh tambah lanjut pungkas tandas tegas sebut cetus sambung tulis "
     "cuit terang papar beber seru tukas kilah lapor tanya jawab sahut timpal kelakar tuding klaim pinta "
     "tutup urai bilang pesan kenang sindir keluh canda bantah harap ajak sergah tepis imbau ketus cibir "
     "celetuk seloroh gumam bisik teriak komentar"},
    {say_verb,
     "mengatakan menyatakan menegaskan menjelaskan mengungkapkan menambahkan menilai mengakui mengaku "
     "berharap mengklaim membantah memperingatkan berjanji melaporkan menyebut menyebutkan menekankan "
     "mengingatkan menuturkan memaparkan menerangkan membeberkan mengemukakan menandaskan meyakini "
     "berpendapat menuding menuduh membenarkan menampik menyangkal mengumumkan menginformasikan "
     "mengonfirmasi menyarankan mengusulkan menyerukan mengimbau memprediksi menduga menyimpulkan "
     "berkata berujar menyampaikan mengungkap memastikan menulis mencuit menjawab meneriakkan bertanya "
     "menanggapi meminta mendesak mengajak menuntut menyebutkan mengeklaim mewanti-wanti menganggap"},
    {needs_link,
     "menyampaikan mengungkap memastikan menulis mencuit berkata berujar menanggapi menganggap mengingatkan"},
    {direct_only, "menjawab meneriakkan bertanya menulis mencuit menanggapi berteriak berseru"},
    {request, "meminta mendesak mengajak menuntut mengimbau menyerukan"},
    {object_prone,
     "mengumumkan melaporkan menjelaskan mengungkapkan memaparkan membeberkan menginformasikan mengusulkan"},
    {predicate,
     "akan harus bisa dapat tidak tak belum sedang adalah merupakan perlu ingin siap mampu boleh telah sudah "
     "masih pernah sempat mau hendak ada adanya"},
    {passive_cue, "disampaikan dikatakan diungkapkan dijelaskan ditegaskan dinyatakan dipaparkan diutarakan"},
    {according, "menurut"},
    {according_clitic, "menurutnya"},
    {outlet_cue, "dilansir melansir dikutip mengutip"},
    {pronoun, "ia dia beliau dirinya"},
    {plural_pronoun, "mereka"},
    {negation, "tidak tak belum bukan enggan jangan tanpa menolak"},
    {adverb,
     "juga pun kemudian lalu lantas telah sudah pernah sempat bahkan kembali akhirnya sebelumnya justru "
     "hanya masih tetap turut langsung secara pula sendiri kerap sering selalu terus segera memang "
     "sekaligus lebih dulu baru saja sekali lagi pun"},
    {temporal,
     "senin selasa rabu kamis jumat jum'at sabtu minggu pagi siang sore malam kemarin pekan hari ini tadi "
     "waktu setempat bulan tahun januari februari maret april mei juni juli agustus september oktober "
     "november desember wib wita wit"},
    {boundary,
     "dalam pada di ke dari saat ketika usai seusai setelah sebelum sesudah kepada melalui lewat via untuk "
     "bagi terhadap dengan tentang soal mengenai atas oleh sejak hingga sambil seraya selama menjelang "
     "jelang sebagai karena sementara namun tetapi tapi adapun sedangkan yang bahwa agar supaya jika kalau "
     "meski meskipun walaupun sehingga maka apabila seperti sebagaimana dan atau usai di hadapan kala"},
    {clause_link, "bahwa agar supaya kalau jika"},
    {generic_head,
     "media pemerintah pejabat warga pihak sumber juru anggota sejumlah seorang para beberapa kalangan "
     "masyarakat pengamat analis kantor laporan otoritas polisi militer tentara saksi jaksa hakim majelis "
     "pengacara kuasa penasihat kerumunan massa demonstran pengunjuk rasa orang tokoh ahli pakar "
     "diplomat aktivis korban keluarga netizen warganet pendukung penduduk rakyat petugas staf puluhan "
     "ratusan ribuan sebagian banyak ekonom peneliti dokter guru dosen mahasiswa pelajar pengusaha petani "
     "nelayan pedagang tersangka terdakwa pelaku pelatih pemain atlet wartawan jurnalis penyidik manajemen "
     "direksi pengurus panitia relawan satgas tim organisasi lembaga komisi kementerian kepolisian kejaksaan "
     "pengadilan parlemen dewan partai kubu koalisi oposisi negara pemimpin perusahaan sekolah kampus "
     "universitas pengelola penyelenggara operator kelompok komunitas asosiasi serikat buruh karyawan "
     "pegawai pekerja penumpang pengunjung pembeli konsumen nasabah investor pasien ibu bapak anak istri "
     "suami ayah kakak adik teman rekan saudara tetangga sopir pengemudi"},
    {speech_act,
     "selamat terima sambutan pidato belasungkawa duka apresiasi salam maaf doa ucapan permintaan "
     "penghargaan keprihatinan prihatin rasa kekecewaan kebahagiaan kegembiraan kesedihan kekaguman simpati "
     "alasan detail rincian kronologi perihal"},
    {label,
     "baca foto video editor penulis reporter sumber simak lihat live update breaking infografis opini "
     "kolom tajuk wawancara eksklusif populer terpopuler jadwal klasemen hasil link berikut cek catatan "
     "pilihan tonton galeri kuis trending viral babak bursa liga prediksi preview review resep tips cara "
     "ramalan zodiak promo sinopsis lirik profil fakta daftar streaming unboxing rekap begini inilah"},
    {demonstrative, "itu tersebut ini"},
    {platform,
     "instagram twitter facebook tiktok youtube threads telegram whatsapp linkedin weibo "
     "medsos"},
    {outlet_noun, "kantor berita laman situs media laporan resmi portal surat kabar harian stasiun televisi"},
    {summary, "demikian begitu"},
    {as_in, "seperti sebagaimana"},
    {intro, "sementara namun adapun selain sedangkan tetapi tapi kemudian lalu bahkan itu"},
    {title_abbrev, "dr drs dra prof ir h hj kh ust pdt st sdr sdri bpk ny tn nn mr mrs ms kol jend letjen mayjen brigjen"},
    {topic_verb, "menyinggung membahas mengomentari menyoroti membicarakan"},
};

struct RoleWords {
  RoleGroup group;
  std::string_view description;  // how a text refers to the office without a name
};

constexpr RoleWords kRoleDescriptions[] = {
    {RoleGroup::head_of_state, "kepala negara"},
    {RoleGroup::head_of_state, "presiden"},
    {RoleGroup::head_of_state, "sang presiden"},
    {RoleGroup::head_of_state, "orang nomor satu"},
    {RoleGroup::head_of_government, "kepala pemerintahan"},
    {RoleGroup::head_of_government, "perdana menteri"},
    {RoleGroup::head_of_government, "pm"},
    {RoleGroup::foreign_minister, "menlu"},
    {RoleGroup::foreign_minister, "menteri luar negeri"},
    {RoleGroup::vice_president, "wapres"},
    {RoleGroup::vice_president, "wakil presiden"},
};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

CueLexicon::CueLexicon() {
  for (const auto& [cls, words] : kTable) add(words, cls);
  derive_clitic(quote_cue, clitic_cue);
  derive_stem(platform, platform_stem);
  derive_stem(speech_act, speech_act_stem);
  for (std::size_t i = 0; i < words_.size(); ++i)
    if (words_.value(i) & signal) signal_filter_.add(fold_hash(words_.key(i)));
}

// Derived classes let one probe per token answer what a second lookup of the stripped word would.
// Marks with `to` "<stem>nya" for every stem of class `from`, as a clitic cue is read: a word longer
// than five letters whose letters before "nya" are the stem ("ujarnya").
void CueLexicon::derive_clitic(std::uint32_t from, std::uint32_t to) {
  for (std::size_t i = 0, n = words_.size(); i < n; ++i) {
    if ((words_.value(i) & from) == 0) continue;
    const std::string spelled = std::string(words_.key(i)) + "nya";
    if (spelled.size() > 5) words_[spelled] |= to;
  }
}

// Marks with `to` every word strip_nya reads as a stem of class `from`: the stem itself,
// "<stem>-nya" and "<stem>nya", each only when strip_nya gives the stem back.
void CueLexicon::derive_stem(std::uint32_t from, std::uint32_t to) {
  for (std::size_t i = 0, n = words_.size(); i < n; ++i) {
    if ((words_.value(i) & from) == 0) continue;
    const std::string stem(words_.key(i));
    for (const std::string& spelled : {stem, stem + "-nya", stem + "nya"})
      if (strip_nya(spelled) == stem) words_[spelled] |= to;
  }
}

void CueLexicon::add(std::string_view words, std::uint32_t cls) {
  std::size_t at = 0;
  while (at < words.size()) {
    std::size_t end = words.find(' ', at);
    if (end == std::string_view::npos) end = words.size();
    if (end > at) words_[words.substr(at, end - at)] |= cls;
    at = end + 1;
  }
}

RoleGroup CueLexicon::role_of_description(std::string_view phrase) const noexcept {
  for (const auto& r : kRoleDescriptions)
    if (r.description == phrase) return r.group;
  return RoleGroup::none;
}

bool CueLexicon::title_in_group(std::string_view t, RoleGroup g) noexcept {
  switch (g) {
    case RoleGroup::head_of_state: return starts_with(t, "presiden") || starts_with(t, "kepala negara");
    case RoleGroup::head_of_government:
      return starts_with(t, "perdana menteri") || starts_with(t, "pm ") || t == "pm" || starts_with(t, "kanselir");
    case RoleGroup::foreign_minister: return starts_with(t, "menteri luar negeri") || starts_with(t, "menlu");
    case RoleGroup::vice_president: return starts_with(t, "wakil presiden") || starts_with(t, "wapres");
    case RoleGroup::none: return false;
  }
  return false;
}

std::string_view CueLexicon::role_name(RoleGroup g) noexcept {
  switch (g) {
    case RoleGroup::head_of_state: return "head_of_state";
    case RoleGroup::head_of_government: return "head_of_government";
    case RoleGroup::foreign_minister: return "foreign_minister";
    case RoleGroup::vice_president: return "vice_president";
    case RoleGroup::none: return "";
  }
  return "";
}

}  // namespace warta::detail::attr

// What an unknown capitalized name is, from the words around it.
#include "entities/mention_finder.hpp"

namespace warta::detail {
namespace {

// Indonesian verbs carry a prefix: mengatakan, membuat, bertemu, dibawa, terpilih ("mereka" only
// looks like one).
bool prefixed_verb(std::string_view w) noexcept {
  return w.size() >= 5 && w != "mereka" &&
         (w.starts_with("me") || w.starts_with("ber") || w.starts_with("di") || w.starts_with("ter"));
}

bool has_digit(std::string_view w) noexcept {
  for (char ch : w) {
    if (ch >= '0' && ch <= '9') return true;
  }
  return false;
}

}  // namespace

bool MentionFinder::academic_degree(std::uint32_t k, std::uint32_t end) const {
  if (f_[k].words & wc::degree) return true;
  // Written with dots: "S.Pd", "M.Si", "Dr.Ing" come as a letter, a dot and a short capitalized part.
  const std::string_view w = doc_.fold(k);
  return f_[k].cap() && (w == "s" || w == "m" || w == "d") && k + 2 < end && is_punct(k + 1, '.') && f_[k + 2].cap() &&
         f_[k + 2].word() && doc_.tokens.list[k + 2].fold_len <= 4;
}

bool MentionFinder::abbreviates_common_words(std::uint32_t k, std::uint32_t para_begin, std::uint32_t end) const {
  // "unit gedung baru (UGB)", "sekolah menengah atas (SMA)": the acronym of words in lower case
  // shortens a common noun phrase, not a name.
  const std::string_view acr = doc_.fold(k);
  const std::size_t n = acr.size();
  if (!(k >= para_begin + 1 + n && k + 1 < end && is_punct(k - 1, '(') && is_punct(k + 1, ')'))) return false;
  for (std::size_t j = 0; j < n; ++j) {
    const std::uint32_t w = k - 1 - static_cast<std::uint32_t>(n) + static_cast<std::uint32_t>(j);
    if (!f_[w].word() || f_[w].cap() || doc_.fold(w).front() != acr[j]) return false;
  }
  return true;
}

bool MentionFinder::take_home_town(Candidate& c, std::uint32_t end) const {
  // "PSMS Medan", "STKS Bandung": an organization named with its town; the town is part of the
  // name, not a mention of its own. Only a town (no country) closing the capitalized run.
  if (c.end >= end || !f_[c.end].cap()) return false;
  const LexMatch m = match_at(c.end, end);
  if (m.name_len == 0) return false;
  const LexEntry& e = lex_.entry(static_cast<std::uint32_t>(m.entry));
  const std::uint32_t after = c.end + m.name_len;
  if (e.type != EntityType::gpe || e.kind == "country" || (after < end && f_[after].cap())) return false;
  c.end = after;
  return true;
}

bool MentionFinder::in_quoted_title(std::uint32_t begin, std::uint32_t name_end, std::uint32_t para_begin,
                                    std::uint32_t end) const {
  // Every word between the quotes is capitalized, a number or a small linking word ("Civil Forum on
  // The Presidency"): the quotes hold a title. Quoted speech has lower-case words and fails.
  constexpr std::uint32_t kMaxTitleTokens = 12;
  const auto title_token = [&](std::uint32_t k) {
    const Token& t = doc_.tokens.list[k];
    if (t.kind == TokenKind::punct) return !t.has(tokflag::sentence_end) && !is_punct(k, '(') && !is_punct(k, ')');
    return f_[k].cap() || t.kind == TokenKind::number || (f_[k].words & wc::function);
  };
  bool opened = false;
  for (std::uint32_t k = begin; k > para_begin && begin - k < kMaxTitleTokens; --k) {
    if (doc_.tokens.list[k - 1].has(tokflag::quote)) {
      opened = true;
      break;
    }
    if (!title_token(k - 1)) return false;
  }
  if (!opened) return false;
  for (std::uint32_t k = name_end; k < end && k - name_end < kMaxTitleTokens; ++k) {
    if (doc_.tokens.list[k].has(tokflag::quote)) return true;
    if (!title_token(k)) return false;
  }
  return false;
}

bool MentionFinder::names_a_work(std::uint32_t begin, std::uint32_t name_end, std::uint32_t para_begin,
                                 std::uint32_t end) const {
  // "Ghost Whisperer (2005)": a single year in parentheses after a name dates a film, a series, a
  // book or an album; people get their years of life ("(1892-1980)", "(lahir 1990)").
  if (name_end + 2 < end && is_punct(name_end, '(') && is_punct(name_end + 2, ')') &&
      doc_.tokens.list[name_end + 1].kind == TokenKind::number && doc_.tokens.list[name_end + 1].fold_len == 4)
    return true;
  // "drama Princess Hour", "berjudul Sumur Tanpa Dasar": the noun before it says it is a work.
  if (begin > para_begin && (f_[begin - 1].words & wc::work_before) && !f_[begin - 1].cap()) return true;
  return in_quoted_title(begin, name_end, para_begin, end);
}

bool MentionFinder::classify_unknown(Candidate& c, std::uint32_t para_begin, std::uint32_t end) const {
  // The words around it: the nearest word before (over one comma: "istrinya, Ri Sol Ju") and the
  // token after.
  std::int64_t prev = static_cast<std::int64_t>(c.begin) - 1;
  if (prev >= static_cast<std::int64_t>(para_begin) && is_punct(static_cast<std::uint32_t>(prev), ',')) --prev;
  // "sapaan akrab X", "disapa akrab X": the cue is before "akrab".
  if (prev > static_cast<std::int64_t>(para_begin) && doc_.fold(static_cast<std::uint32_t>(prev)) == "akrab") --prev;
  // Its words counted, and whether they are all written in capitals, in one walk.
  std::uint32_t words = 0;
  bool upper = true;
  for (std::uint32_t k = c.begin; k < c.end; ++k) {
    if (f_[k].word()) {
      ++words;
      upper = upper && f_[k].upper();
    }
  }
  const bool acronym = words == 1 && upper;
  // A title of a work in quotes ("Bad Romance", "Her Morning Elegance") or led by an article ("The
  // Fame") is no person, place or organization of its own.
  const auto quote_at = [&](std::uint32_t k) {
    return k < end && k >= para_begin && doc_.tokens.list[k].has(tokflag::quote);
  };
  const bool quoted = c.begin > para_begin && quote_at(c.begin - 1) && quote_at(c.end);
  // ... except a role ("berperan sebagai "Sara" dalam ...", the character a player plays) and a
  // name after its cue ("yang akrab disapa "Roy"").
  if (quoted && !acronym && c.begin >= para_begin + 2 &&
      (doc_.fold(c.begin - 2) == "sebagai" || doc_.fold(c.begin - 2) == "disapa" ||
       doc_.fold(c.begin - 2) == "dipanggil" || doc_.fold(c.begin - 2) == "sapaan")) {
    c.evidence = Evidence::cue;
    c.type = EntityType::person;
    return true;
  }
  // "Filmfare Award", "Khatulistiwa Literary Award": a prize or an event, no person or place.
  if (quoted || (f_[c.begin].words & wc::function) || (words >= 2 && (f_[c.end - 1].words & wc::event_suffix)))
    return false;
  // The title of a work and the acronym of common words are no names whatever the words around
  // them say; the tests, which read further around, are left until those words have typed the
  // name (many they type none), and made on the name as it was before.
  const std::uint32_t name_end = c.end;
  if (!type_by_context(c, prev, words, acronym, para_begin, end)) return false;
  return !names_a_work(c.begin, name_end, para_begin, end) &&
         !(acronym && abbreviates_common_words(c.begin, para_begin, end));
}

bool MentionFinder::type_by_context(Candidate& c, std::int64_t prev, std::uint32_t words, bool acronym,
                                    std::uint32_t para_begin, std::uint32_t end) const {
  const std::uint32_t before = prev >= static_cast<std::int64_t>(para_begin) ? f_[static_cast<std::size_t>(prev)].words : 0;
  const std::uint32_t before2 =
      prev - 1 >= static_cast<std::int64_t>(para_begin) ? f_[static_cast<std::size_t>(prev - 1)].words : 0;
  const std::uint32_t after = c.end < end ? f_[c.end].words : 0;
  c.evidence = Evidence::cue;
  // "sebuah band amatir bernama Menilai Filthy", "desa kecil bernama Kemu": what is named is said
  // by the noun a few words before "bernama".
  if (prev > static_cast<std::int64_t>(para_begin) && doc_.fold(static_cast<std::uint32_t>(prev)) == "bernama") {
    constexpr std::uint32_t kNounReach = 4;
    for (std::uint32_t k = static_cast<std::uint32_t>(prev); k > para_begin && prev - k < kNounReach; --k) {
      const TokenFact& n = f_[k - 1];
      if (!n.word() || n.cap()) break;
      if (n.words & wc::org_before) {
        c.type = EntityType::org;
        return true;
      }
      if (n.words & (wc::unit_head | wc::gpe_head)) {
        c.type = EntityType::gpe;
        return true;
      }
      if (n.words & wc::loc_head) {
        c.type = EntityType::loc;
        return true;
      }
    }
  }
  if (before & (wc::person_before | wc::honorific | wc::relative)) {
    c.type = acronym ? EntityType::org : EntityType::person;
    return true;
  }
  if ((before & wc::media_before) || ((before & wc::media_from) && (before2 & wc::media_before))) {
    c.type = EntityType::media;
    return true;
  }
  // "band Hole", "perusahaan Rotorcorp": what the thing is, in lower case before its name.
  if ((before & wc::org_before) && prev + 1 == static_cast<std::int64_t>(c.begin) &&
      !f_[static_cast<std::size_t>(prev)].cap()) {
    c.type = EntityType::org;
    return true;
  }
  c.evidence = Evidence::acronym;
  if (short_form_follows(c.begin, c.end, end)) {
    c.type = EntityType::org;
    return true;
  }
  // "putra dari Ali Sadikin", "anak dari Sukarni": "dari" after a relative leads to a person, not
  // a place.
  if ((before & wc::place_before) && (before2 & wc::relative) && doc_.fold(static_cast<std::uint32_t>(prev)) == "dari" &&
      !acronym) {
    c.type = EntityType::person;
    return true;
  }
  c.evidence = Evidence::context;
  // Indonesian football clubs: "Persema Malang", "Persib Bandung" (Persatuan Sepak Bola ...), also
  // where a place is expected ("di Persema Malang").
  if (words == 1 && doc_.tokens.list[c.begin].fold_len >= 6 && doc_.fold(c.begin).starts_with("pers") &&
      take_home_town(c, end)) {
    c.type = EntityType::org;
    return true;
  }
  if (before & wc::place_before) {
    c.type = acronym ? EntityType::org : EntityType::gpe;  // "di BEI": an institution's premises
    return true;
  }
  // "Pedan dan sekitarnya": only a place has surroundings.
  if (!acronym && c.end + 1 < end && doc_.fold(c.end) == "dan" && doc_.fold(c.end + 1) == "sekitarnya") {
    c.type = EntityType::gpe;
    return true;
  }
  // "Woodside, California": a one-word place right after a place.
  if (words == 1 && c.begin >= para_begin + 2 && is_punct(c.begin - 1, ',') && !out_.empty() &&
      out_.back().end == c.begin - 1 &&
      (out_.back().type == EntityType::gpe || out_.back().type == EntityType::loc)) {
    c.type = EntityType::gpe;
    return true;
  }
  // "Hole adalah sebuah band", "Wuwur adalah desa di ...", "Udit merupakan seorang penyanyi":
  // the noun after the copula says what the name is.
  if ((after & wc::copula) && c.end + 1 < end && !f_[c.begin].common()) {
    std::uint32_t k = c.end + 1;
    const std::string_view article = doc_.fold(k);
    if (article == "seorang") {
      c.type = acronym ? EntityType::org : EntityType::person;
      return true;
    }
    if (article == "sebuah" && k + 1 < end) ++k;
    if (f_[k].words & wc::org_before) {
      c.type = EntityType::org;
      return true;
    }
    if (f_[k].words & (wc::unit_head | wc::gpe_head)) {
      c.type = EntityType::gpe;
      return true;
    }
    if (f_[k].words & wc::loc_head) {
      c.type = EntityType::loc;
      return true;
    }
  }
  // "Rasyid dan Siti": a frequent given name alone is a person.
  if (words == 1 && (f_[c.begin].words & wc::given_name) && !f_[c.begin].upper()) {
    c.type = EntityType::person;
    return true;
  }
  // "Sukarni lahir di Blitar", "Liberace (lahir 16 Mei 1919)", "Tanaka wafat pada": only people
  // are born and die.
  const bool life = (after & wc::life_after) ||
                    (c.end + 1 < end && is_punct(c.end, '(') && (f_[c.end + 1].words & wc::life_after));
  if (life && !acronym) {
    c.type = EntityType::person;
    return true;
  }
  // "Soedarto, SH", "Ildianto, S.Pd": only people hold degrees.
  if (!acronym && c.end + 1 < end && is_punct(c.end, ',') && academic_degree(c.end + 1, end)) {
    c.type = EntityType::person;
    return true;
  }
  if (after & wc::report_after) {
    c.type = acronym ? EntityType::org : EntityType::person;
    return true;
  }
  // "dibuat oleh McTiernan", "menjeratnya bersama Sjahril": the agent of a passive verb and a
  // companion are most often people.
  if (words == 1 && !acronym && prev >= static_cast<std::int64_t>(para_begin) &&
      prev + 1 == static_cast<std::int64_t>(c.begin) &&
      (doc_.fold(static_cast<std::uint32_t>(prev)) == "oleh" || doc_.fold(static_cast<std::uint32_t>(prev)) == "bersama") &&
      !f_[c.begin].common()) {
    c.type = EntityType::person;
    return true;
  }
  // Two or more capitalized words that are no ordinary words, not led by an acronym: a person
  // ("sebelum Ramadhan Sananta memastikan", "Jay Idzes membuka").
  c.evidence = Evidence::multiword;
  bool plain = words >= 2 && !f_[c.begin].upper();
  for (std::uint32_t k = c.begin; k < c.end && plain; ++k) plain = !f_[k].common();
  if (plain) {
    // "Jurong East", "Peling Timur": a region or quarter, not a person.
    c.type = (f_[c.end - 1].words & wc::compass) ? EntityType::loc : EntityType::person;
    return true;
  }
  // One capitalized word that is no ordinary word doing what a verb says, maybe over an adverb:
  // "Kalou membuat gol", "Tackey mengeluarkan 2 single", "Liberace dilahirkan di", "Udit juga
  // mencoba" (verbs carry me-, ber-, di-, ter-). At a sentence start the word must not look like
  // an inflected Indonesian word either (the common-word list already rejected the known ones),
  // and ter- is too often an adjective there ("Pianis terkenal"). "Eun-Hye": no name starts at a hyphen.
  std::uint32_t verb = c.end;
  if (verb + 1 < end && (f_[verb].words & wc::adverb) && !f_[verb].cap()) ++verb;
  if (words == 1 && !f_[c.begin].upper() && !f_[c.begin].common() && verb < end && f_[verb].word() && !f_[verb].cap() &&
      (prefixed_verb(doc_.fold(verb)) || (f_[verb].words & wc::plain_verb)) && !(c.begin > para_begin && is_punct(c.begin - 1, '-')) &&
      (!f_[c.begin].initial() || (!prefixed_verb(doc_.fold(c.begin)) && !doc_.fold(verb).starts_with("ter")))) {
    c.type = EntityType::person;
    return true;
  }
  // An acronym of three letters or more that is no word and names no place: in Indonesian text
  // nearly always an organization ("UNSERA", "PKI"); the never-name list holds the exceptions.
  // With digits it is a model or a code ("A320", "H5N1", "EW24"); joined by a hyphen, an
  // agreement or a compound ("IA-CEPA").
  if (acronym && doc_.tokens.list[c.begin].fold_len >= 3 && doc_.tokens.list[c.begin].kind == TokenKind::word &&
      !has_digit(doc_.fold(c.begin)) && !doc_.tokens.list[c.begin].has(tokflag::hyphenated)) {
    c.type = EntityType::org;
    take_home_town(c, end);
    return true;
  }
  return false;
}

}  // namespace warta::detail

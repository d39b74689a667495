#include "summits/mention_details.hpp"

#include <array>
#include <charconv>

namespace warta::detail::summits {
namespace {

struct NumberWord {
  std::string_view word;
  int value;
};

constexpr std::array<NumberWord, 14> kNumbers = {{{"satu", 1},     {"dua", 2},      {"tiga", 3},     {"empat", 4},
                                                  {"lima", 5},     {"enam", 6},     {"tujuh", 7},    {"delapan", 8},
                                                  {"sembilan", 9}, {"sepuluh", 10}, {"sebelas", 11}, {"seratus", 100},
                                                  {"setahun", 1},  {"sedekade", 10}}};

int number_word(std::string_view w) {
  for (const NumberWord& n : kNumbers)
    if (n.word == w) return n.value;
  return -1;
}

std::string text_of(const DocContext& c, std::uint32_t b, std::uint32_t e) {
  if (e <= b) return {};
  const auto& toks = c.doc.tokens.list;
  return std::string(c.doc.slice(toks[b].start, toks[e - 1].end));
}

// Kinds of agreements, by their first words.
std::optional<std::string_view> outcome_kind(const DocContext& c, std::uint32_t i, std::uint32_t end, std::uint32_t& len) {
  std::string_view w = c.fold(i);
  std::string_view n = i + 1 < end ? c.fold(i + 1) : std::string_view{};
  len = 1;
  if (w == "mou" || w == "memorandum") return "mou";
  if (w == "nota" && n == "kesepahaman") return len = 2, "mou";
  if (w == "perjanjian" || w == "kesepakatan" || w == "persetujuan" || w == "traktat") return "agreement";
  if ((w == "pernyataan" || w == "deklarasi" || w == "komunike") && n == "bersama") return len = 2, "joint_statement";
  return std::nullopt;
}

bool is_phrase_stop(const DocContext& c, std::uint32_t i) {
  const Token& t = c.doc.tokens.list[i];
  if (t.kind == TokenKind::punct) return !c.is_punct(i, ",") && !c.is_punct(i, "-");
  std::string_view w = c.fold(i);
  const WordInfo info = c.word(i);
  return info.cue == Cue::barrier || info.cue == Cue::reporting || info.frame != Frame::none || w == "untuk" ||
         w == "yang" || w == "agar" || w == "dengan" || w == "melalui" || w == "supaya" || w == "sebagai" ||
         w == "pada" || w == "bagi" || w == "kepada" || w == "selama" || w == "seperti" || w == "secara";
}

// An agenda phrase from `b`: words up to a stop, split at "dan"/"serta"/commas.
std::vector<std::string> read_topic(const DocContext& c, std::uint32_t b, std::uint32_t end) {
  std::vector<std::vector<std::string>> conjuncts(1);
  for (std::uint32_t i = b; i < end && i < b + 16; ++i) {
    if (is_phrase_stop(c, i)) break;
    std::string_view w = c.fold(i);
    if (c.is_punct(i, ",") || w == "dan" || w == "serta") {
      if (!conjuncts.back().empty()) conjuncts.emplace_back();
      continue;
    }
    // "di Ukraina" belongs to the topic; "di Jakarta" after the topic is its place: both rare
    // enough that a capitalized place after "di" is kept.
    if (w == "di" && !(i + 1 < end && c.doc.tokens.list[i + 1].has(tokflag::cap_initial))) break;
    conjuncts.back().emplace_back(c.doc.token_text(i));
  }
  if (conjuncts.back().empty()) conjuncts.pop_back();
  return distribute_head(conjuncts);
}

void add_unique(std::vector<std::string>& v, std::string s) {
  for (const std::string& x : v)
    if (x == s) return;
  v.push_back(std::move(s));
}

}  // namespace

std::optional<int> read_count(const DocContext& c, std::uint32_t tok, std::uint32_t end, std::uint32_t* next) {
  if (tok >= end) return std::nullopt;
  const Token& t = c.doc.tokens.list[tok];
  int value = -1;
  std::uint32_t j = tok + 1;
  if (t.kind == TokenKind::number) {
    std::string_view s = c.doc.token_text(tok);
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  } else {
    value = number_word(c.fold(tok));
    if (value < 0) return std::nullopt;
    if (value < 10 && j < end) {
      std::string_view n = c.fold(j);
      if (n == "puluh") {
        value *= 10, ++j;
        if (j < end) {
          int unit = number_word(c.fold(j));
          if (unit > 0 && unit < 10) value += unit, ++j;
        }
      } else if (n == "belas") {
        value += 10, ++j;
      }
    }
  }
  if (next) *next = j;
  return value;
}

std::vector<std::string> distribute_head(const std::vector<std::vector<std::string>>& conjuncts) {
  std::vector<std::string> out;
  if (conjuncts.empty()) return out;
  bool share = conjuncts.size() > 1 && conjuncts.front().size() >= 2;
  for (std::size_t k = 1; k < conjuncts.size() && share; ++k) share = conjuncts[k].size() == 1;
  std::string head;
  if (share)
    for (std::size_t w = 0; w + 1 < conjuncts.front().size(); ++w) head += conjuncts.front()[w] + " ";
  for (std::size_t k = 0; k < conjuncts.size(); ++k) {
    std::string s = k == 0 ? std::string() : head;
    for (std::size_t w = 0; w < conjuncts[k].size(); ++w) s += (w ? " " : "") + conjuncts[k][w];
    if (!s.empty()) out.push_back(std::move(s));
  }
  return out;
}

void read_details(DocContext& c, Mention& m, std::uint32_t begin, std::uint32_t end, std::uint32_t trigger) {
  bool signing = false;
  for (std::uint32_t i = begin; i < end; ++i) {
    std::string_view w = c.fold(i);
    const WordInfo info = c.word(i);
    if (info.frame == Frame::sign) signing = true;

    // "kunjungan pertama ... dalam 24 tahun"; "bukan (yang) pertama" is no milestone.
    if ((w == "pertama" || w == "pertamanya") && i + 12 >= trigger && i <= trigger + 10) {
      bool negated = false;
      for (std::uint32_t k = i; k > begin && k + 4 > i; --k)
        if (c.word(k - 1).cue == Cue::negation) negated = true;
      if (negated) continue;
      SummitMilestone ms;
      ms.kind = "first";
      std::uint32_t stop = i + 1;
      for (std::uint32_t k = i + 1; k + 1 < end && k <= i + 8; ++k) {
        if (c.fold(k) != "dalam") continue;
        std::uint32_t after = k + 1;
        std::optional<int> n = read_count(c, k + 1, end, &after);
        if (n && after < end && (c.fold(after) == "tahun" || c.fold(after) == "dekade")) {
          ms.kind = "first_in_n_years";
          ms.n = c.fold(after) == "dekade" ? *n * 10 : *n;
          stop = after + 1;
        } else if (c.fold(k + 1) == "setahun" || c.fold(k + 1) == "sedekade") {
          ms.kind = "first_in_n_years";
          ms.n = c.fold(k + 1) == "setahun" ? 1 : 10;
          stop = k + 2;
        }
        break;
      }
      ms.text = text_of(c, std::min(trigger, i), stop);
      bool seen = false;
      for (const SummitMilestone& x : m.milestones) seen |= x.kind == ms.kind;
      if (!seen) m.milestones.push_back(std::move(ms));
      continue;
    }

    // Agenda: "membahas X", "kerja sama X dan Y".
    if (w == "membahas" || w == "membicarakan" || w == "bahas" || w == "mendiskusikan" || w == "dibahas") {
      for (std::string& s : read_topic(c, i + 1, end)) add_unique(m.topics, std::move(s));
      continue;
    }
    if (w == "kerja" && i + 1 < end && c.fold(i + 1) == "sama" &&
        c.doc.tokens.list[i].has(tokflag::lower_initial)) {
      auto topics = read_topic(c, i, end);
      // A bare "kerja sama" says nothing about the agenda.
      for (std::string& s : topics)
        if (s.size() > 10) add_unique(m.topics, std::move(s));
      i += 1;
      continue;
    }
  }
  if (!signing) return;
  for (std::uint32_t i = begin; i < end; ++i) {
    std::uint32_t len = 0;
    auto kind = outcome_kind(c, i, end, len);
    if (!kind) continue;
    std::uint32_t j = i + len;
    while (j < end && j < i + 14) {
      const Token& t = c.doc.tokens.list[j];
      if (t.kind == TokenKind::punct && !c.is_punct(j, "-")) break;
      const WordInfo info = c.word(j);
      if (info.frame != Frame::none || info.cue == Cue::planned || info.cue == Cue::barrier) break;
      ++j;
    }
    SummitOutcome o;
    o.kind = std::string(*kind);
    o.text = text_of(c, i, j);
    o.signatories = m.participants;
    m.outcomes.push_back(std::move(o));
    i = j;
  }
}

}  // namespace warta::detail::summits

// warta — the extraction result: the article model, entities, summits, attributions, dates.
//
// Every Span is a half-open [start, end) range of UTF-8 BYTE offsets into the input exactly as the
// caller gave it (before any repair), so `input.substr(start, end - start)` is the text it names.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace warta {

struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

// A span with the input bytes it covers (valid UTF-8: replaced bytes read as U+FFFD).
struct TextSpan {
  Span span;
  std::string text;
};

struct Dateline {
  std::string text;                  // "TRIBUNNEWS.COM, JAKARTA -"
  std::optional<std::string> place;  // "Jakarta"
  Span span;
};

struct Article {
  std::optional<std::string> title;
  std::optional<Span> title_span;     // absent when the title was given separately
  std::optional<std::string> lead;    // standfirst / summary line
  std::optional<Span> lead_span;
  std::vector<std::string> authors;
  std::vector<std::string> editors;
  std::optional<std::string> outlet;  // normalized: "Tribunnews", "Kompas.com", "CNN Indonesia", ...
  std::optional<Dateline> dateline;
  std::optional<std::string> published;  // ISO date, "2024-06-19"
  std::optional<std::string> published_time;  // ISO date-time when the header gives one
  std::vector<std::string> related;   // "Baca juga" link texts
  std::vector<Span> related_spans;
  std::vector<Span> paragraphs;       // body paragraphs, boilerplate excluded
  std::vector<Span> sentences;        // body sentences, in order
};

enum class EntityType : std::uint8_t { person, gpe, loc, org, media };

struct Entity {
  int id = 0;
  EntityType type = EntityType::person;
  std::string name;                   // canonical: the fullest form, or the standard name
  std::vector<TextSpan> mentions;
  std::vector<std::string> titles;    // "Presiden Rusia"
  std::optional<std::string> country; // ISO 3166-1 alpha-2
  std::optional<std::string> kb_id;   // Wikidata QID
};

enum class SummitKind : std::uint8_t { visit, meeting, summit, call };
enum class SummitStatus : std::uint8_t { occurred, planned };

struct SummitOutcome {
  std::string kind;                   // "mou", "agreement", "joint_statement"
  std::string text;
  std::vector<int> signatories;       // entity ids
};

struct SummitMilestone {
  std::string kind;                   // "first_in_n_years", "first", ...
  std::optional<int> n;
  std::string text;
};

struct Summit {
  int id = 0;
  SummitKind kind = SummitKind::meeting;
  SummitStatus status = SummitStatus::occurred;
  std::vector<int> participants;      // PERSON entity ids
  std::vector<int> host;
  std::vector<int> visitors;
  std::optional<int> location;        // GPE/LOC entity id
  std::optional<std::string> date;    // ISO at the grain the text gives
  std::optional<std::string> date_text;
  std::vector<std::string> topics;
  std::vector<Span> evidence;
  std::vector<int> delegation;
  std::vector<SummitOutcome> outcomes;
  std::vector<SummitMilestone> milestones;
  std::vector<std::string> mode;      // "in_person", "phone", "video", "sideline", ...
  std::optional<std::string> cameo;   // CAMEO 040–046
};

enum class AttributionKind : std::uint8_t { direct, indirect };

struct Attribution {
  int id = 0;
  std::optional<int> source;          // entity id
  std::string source_text;            // the words naming the source (a pronoun stays a pronoun)
  std::optional<Span> source_span;
  std::optional<std::string> cue;     // reporting word as written, lowercase; null for uncued quotes
  AttributionKind kind = AttributionKind::indirect;
  TextSpan content;
  std::optional<int> via;             // outlet entity id
  std::optional<std::string> via_text;
  std::string speaker_mention;        // name | title | pronoun | clitic | outlet | generic
  bool in_headline = false;
};

struct DateMention {
  TextSpan text;
  std::optional<std::string> value;   // ISO; intervals "a/b"; null when unresolvable
  std::string grain;                  // year | month | week | day | hour | minute | second
};

// What the library changed in the input before reading it; spans still index the original bytes.
struct Repairs {
  std::size_t invalid_utf8_replaced = 0;  // byte sequences replaced by U+FFFD
  std::size_t mojibake_repaired = 0;      // mis-decoded sequences restored
};

struct Result {
  Article article;
  std::vector<Entity> entities;
  std::vector<Summit> summits;
  std::vector<Attribution> attributions;
  std::vector<DateMention> dates;
  Repairs repairs;
};

const char* to_string(EntityType t) noexcept;      // "PERSON", "GPE", "LOC", "ORG", "MEDIA"
const char* to_string(SummitKind k) noexcept;      // "visit", ...
const char* to_string(SummitStatus s) noexcept;    // "occurred" | "planned"
const char* to_string(AttributionKind k) noexcept; // "direct" | "indirect"

}  // namespace warta

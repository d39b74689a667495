// One sentence's report of a meeting (a "mention"), before mentions of the same meeting are merged
// into one warta::Summit. Internal to the summit stage.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "summits/summit_lexicon.hpp"
#include "warta/result.hpp"

namespace warta::detail::summits {

// What kind of event a mention can belong to. `talk` (pembicaraan, percakapan) fits a meeting or a
// call; `attach` mentions only add details to a meeting found elsewhere.
enum class EventKind : std::uint8_t { meeting, visit, summit, call, talk, attach };
enum class Status : std::uint8_t { unknown, planned, occurred };

struct PlaceRef {
  int entity = -1;
  PlaceClass cls = PlaceClass::country;
  bool at = false;          // introduced by "di" (where it happened) rather than "ke" (where to)
  std::uint32_t tok = 0;
};

struct DateRef {
  int finding = -1;         // index into the DateFindings
  int rank = 0;             // how directly the date belongs to talks: 3 talks, 2 visit span, 1 arrival
  std::uint32_t tok = 0;
  bool last_year = false;   // a recalled meeting: the finding's month/day a year earlier
};

struct Mention {
  std::uint32_t sentence = 0;
  std::uint32_t trigger = 0;       // first trigger token
  Frame frame = Frame::none;
  int rank = 3;                    // how directly the trigger names the talks (see DateRef::rank)
  EventKind kind = EventKind::meeting;
  bool summary = false;            // from the headline or lead: it restates the body
  std::vector<int> participants;   // PERSON entity ids, in text order
  std::vector<int> hosts, visitors, delegation;
  PlaceRef place;                  // entity -1: none
  bool same_place = false;         // "di tempat yang sama"
  bool same_day = false;           // "pada hari yang sama"
  DateRef date;                    // finding -1: none
  Status status = Status::unknown;
  bool anaphoric = false;          // "lawatan ini", "Pertemuan tersebut": refers to the meeting in focus
  bool group_reference = false;    // participants came from "kedua pemimpin"/"keduanya"
  bool visit_evidence = false;     // travel to a country/city, or a host frame
  bool sideline = false, phone = false, video = false, negotiation = false;
  std::string summit_name;         // folded name words after "KTT" ("apec", "ke-43 asean")
  std::vector<SummitMilestone> milestones;
  std::vector<SummitOutcome> outcomes;
  std::vector<std::string> topics;
};

}  // namespace warta::detail::summits

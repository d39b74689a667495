// Merges mentions into one record per real-world meeting and turns the records into
// warta::Summit values: kind, status, roles, location, date, mode and CAMEO code.
//
// A mention joins a record when nothing contradicts it: a compatible kind, the same people
// (two shared, or the one it names), no different date (beyond a few days of one visit), no
// different city or country, no swapped host and visitor. "lawatan ini"-style references join the
// meeting in focus. Details-only cues (didampingi, hadir, menandatangani) join the record in focus.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "summits/doc_context.hpp"
#include "summits/mention.hpp"
#include "warta/result.hpp"

namespace warta::detail::summits {

class SummitBuilder {
 public:
  explicit SummitBuilder(DocContext& context) : c_(context) {}

  void add(Mention m);
  // The records with at least two named participants, in the order the article first reports them.
  std::vector<Summit> finish();

 private:
  struct Vote {
    int entity = -1;
    int host = 0, visitor = 0;
  };
  struct Dated {
    DateRef ref;
    bool summary = false;
    std::uint32_t order = 0;
  };
  struct Placed {
    PlaceRef ref;
    int rank = 0;
    std::uint32_t order = 0;
  };
  struct Record {
    std::vector<int> participants, delegation;
    std::vector<Vote> votes;
    std::vector<Placed> places;
    std::vector<Dated> dates;
    bool summit = false, call = false, meet = false, talk = false;
    bool visit_evidence = false, sideline = false, phone = false, video = false, negotiation = false;
    bool planned = false, occurred = false;
    std::string summit_name;
    std::vector<std::uint32_t> sentences;  // evidence, in reading order
    std::vector<SummitMilestone> milestones;
    std::vector<SummitOutcome> outcomes;
    std::vector<std::string> topics;
    std::uint32_t first_order = ~0u;      // reading position of the first body mention
    std::uint32_t last_paragraph = 0;
    std::uint64_t touched = 0;
  };

  bool kind_fits(const Mention& m, const Record& r) const;
  bool compatible(const Mention& m, const Record& r) const;
  int score(const Mention& m, const Record& r) const;
  Record* in_focus(const Mention& m);
  void merge(Record& r, const Mention& m);
  void attach_details(const Mention& m);
  const Dated* best_date(const Record& r) const;
  const Placed* best_place(const Record& r) const;
  bool dates_conflict(const DateRef& a, const DateRef& b) const;
  bool places_conflict(const PlaceRef& a, const PlaceRef& b) const;
  bool known_place(int entity) const;
  bool roles_swapped(const Mention& m, const Record& r) const;
  void finish_roles(const Record& r, Summit& s) const;

  DocContext& c_;
  std::vector<Record> records_;
  std::uint64_t clock_ = 0;
  std::uint32_t order_ = 0;
};

}  // namespace warta::detail::summits

// Summits' first question about every sentence — does it hold a trigger word? — answered by another
// stage's walk over every token (the attribution cue reader's), so the tokens of a long body, long
// gone from cache by then, are read once for both stages instead of once each.
#pragma once

#include <cstdint>
#include <vector>

#include "summits/summit_lexicon.hpp"

namespace warta::detail::summits {

// Told by the walk, after each stretch of a long body, that every sentence before `sentence_end`
// has its byte: summits read those sentences then, while their tokens are still in cache.
class WatchFollower {
 public:
  virtual void walked_to(std::uint32_t sentence_end) = 0;

 protected:
  ~WatchFollower() = default;
};

struct TriggerWatch {
  const SummitLexicon& lexicon;
  // One byte per sentence: 1 when it holds a trigger word (SummitLexicon::is_trigger), else 0;
  // filled anew for each document by the walk.
  std::vector<std::uint8_t>& sentences;
  WatchFollower& follower;
};

}  // namespace warta::detail::summits

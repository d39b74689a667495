#include "date_scan.hpp"

#include "date_finder_tables.hpp"

namespace warta::detail {

DateScan::DateScan(const DateFinder& finder, std::string_view text, const Tokens& tokens, const DateQuery& q,
                   std::vector<DateFinding>& out)
    : tables_(*finder.tables_),
      text_size_(static_cast<std::uint32_t>(text.size() > UINT32_MAX ? UINT32_MAX : text.size())),
      out_(out),
      words_{&tokens, 0, 0, &tables_.starts.telling_words(), &tables_.starts.far_looking_words(),
             &tables_.starts.looked_back_words()},
      scanner_(tables_.lexicon, text, q) {  // one scanner for all ranges: the anchor carries over
  out.clear();
}

}  // namespace warta::detail

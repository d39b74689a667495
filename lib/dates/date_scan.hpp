#pragma once
// DateFinder::find() a range at a time, for a caller that reads the ranges one by one: each is
// scanned right after it is read, while its tokens and text are still in cache, where a find()
// after the whole document would read them all back from memory.
#include <cstdint>
#include <string_view>
#include <vector>

#include "date_finder.hpp"
#include "scanner.hpp"

namespace warta::detail {

class DateScan {
 public:
  // Replaces what `out` held (its capacity kept); `tokens` is the pipeline's tokenization of
  // `text`, read when run() is called (it may still grow in between).
  DateScan(const DateFinder& finder, std::string_view text, const Tokens& tokens, const DateQuery& q,
           std::vector<DateFinding>& out);
  // Appends the findings of one range; ranges come ascending and do not overlap. One DateScan
  // over ranges finds what one find() over the same ranges finds (the anchor carries over).
  void run(const TokenizedRange& r) {
    const std::uint32_t end = r.end < text_size_ ? r.end : text_size_;
    if (r.start >= end) return;
    dates::PipelineTokens range = words_;
    range.next = r.tok_begin, range.end = r.tok_end;
    scanner_.run(r.start, end, out_, range);
  }

 private:
  const DateFinder::Tables& tables_;
  std::uint32_t text_size_;
  std::vector<DateFinding>& out_;
  dates::PipelineTokens words_;  // the tokens and word filters every range's scan reads
  dates::Scanner scanner_;
};

}  // namespace warta::detail

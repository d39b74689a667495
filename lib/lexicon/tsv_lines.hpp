// Reads TSV text line by line and field by field as views into the text: no copies.
// '#' starts a comment line; blank lines are skipped; CR before LF is dropped.
#pragma once

#include <cstddef>
#include <string_view>

namespace warta::detail {

inline std::string_view trim_blanks(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

class TsvLines {
 public:
  explicit TsvLines(std::string_view text) noexcept : text_(text) {}
  // The next line that is neither blank nor a comment; false at the end.
  bool next(std::string_view& line) noexcept {
    while (at_ < text_.size()) {
      std::size_t nl = text_.find('\n', at_);
      if (nl == std::string_view::npos) nl = text_.size();
      line = text_.substr(at_, nl - at_);
      at_ = nl + 1;
      ++number_;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (trim_blanks(line).empty() || line.front() == '#') continue;
      return true;
    }
    return false;
  }
  std::size_t line_number() const noexcept { return number_; }  // 1-based, of the last line read

 private:
  std::string_view text_;
  std::size_t at_ = 0;
  std::size_t number_ = 0;
};

// Splits one line at `sep`: each call returns the next field (trimmed), empty past the end.
class FieldReader {
 public:
  FieldReader(std::string_view line, char sep) noexcept : rest_(line), sep_(sep) {}
  std::string_view next() noexcept {
    if (done_) return {};
    std::size_t at = rest_.find(sep_);
    std::string_view field = rest_.substr(0, at);
    if (at == std::string_view::npos) {
      done_ = true;
    } else {
      rest_.remove_prefix(at + 1);
    }
    return trim_blanks(field);
  }
  bool done() const noexcept { return done_; }

 private:
  std::string_view rest_;
  char sep_;
  bool done_ = false;
};

}  // namespace warta::detail

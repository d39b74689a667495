// How the harnesses turn fuzzer bytes into one extraction call, so one seed file drives the C++
// and the C API alike:
//   byte 0  option bits: 0 invalid UTF-8 replace (else reject), 1 repair mojibake, 2 entities,
//           3 dates, 4 summits, 5 attributions, 6 body_only, 7 title given separately
//   byte 1  publication hint, low two bits: none, "2024-06-19", "2024-06-19T10:00", "2019-09-11T08:30:00"
//   rest    the text; with bit 7, the title is everything up to the first '\n' and the text follows it.
// Seeds stay readable: '>' (0x3E) is "reject, repair, every stage", '?' (0x3F) the same with replace,
// '0' no hint, '1' a date hint.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace warta::fuzz {

struct FuzzCase {
  bool replace_invalid_utf8 = false;
  bool repair_mojibake = true;
  bool entities = true, dates = true, summits = true, attributions = true;
  bool body_only = false;
  std::optional<std::string_view> title;
  std::optional<std::string_view> published;
  std::string_view text;
};

FuzzCase decode_fuzz_case(const std::uint8_t* data, std::size_t size);

// Prints the failed check to stderr and aborts, which libFuzzer and the replay driver report.
[[noreturn]] void fail(std::string_view what);

}  // namespace warta::fuzz

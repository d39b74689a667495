#include "fuzz_case.hpp"

#include <cstdio>
#include <cstdlib>

namespace warta::fuzz {

FuzzCase decode_fuzz_case(const std::uint8_t* data, std::size_t size) {
  static constexpr std::string_view kPublished[] = {"", "2024-06-19", "2024-06-19T10:00", "2019-09-11T08:30:00"};
  FuzzCase c;
  if (size < 2) {
    c.text = std::string_view(reinterpret_cast<const char*>(data), size);
    return c;
  }
  const std::uint8_t bits = data[0];
  c.replace_invalid_utf8 = (bits & 0x01) != 0;
  c.repair_mojibake = (bits & 0x02) != 0;
  c.entities = (bits & 0x04) != 0;
  c.dates = (bits & 0x08) != 0;
  c.summits = (bits & 0x10) != 0;
  c.attributions = (bits & 0x20) != 0;
  c.body_only = (bits & 0x40) != 0;
  if (const std::size_t hint = data[1] & 0x03; hint != 0) c.published = kPublished[hint];
  std::string_view rest(reinterpret_cast<const char*>(data + 2), size - 2);
  if ((bits & 0x80) != 0) {
    const std::size_t newline = rest.find('\n');
    c.title = rest.substr(0, newline);
    rest = newline == std::string_view::npos ? std::string_view() : rest.substr(newline + 1);
  }
  c.text = rest;
  return c;
}

void fail(std::string_view what) {
  std::fprintf(stderr, "fuzz check failed: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

}  // namespace warta::fuzz

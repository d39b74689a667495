// libFuzzer harness for the JSON Lines input-record reader (warta/jsonl.hpp): any bytes as one
// line. A line is either refused with a message or read into a record that survives a round trip
// (written back as JSON and read again, every field is the same), and whose Input views it.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "fuzz_case.hpp"
#include "warta/jsonl.hpp"

namespace {

using warta::fuzz::fail;

std::string quote(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
      out += escape;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string write_record(const warta::InputRecord& r) {
  std::string line = "{\"id\": " + quote(r.id) + ", \"text\": " + quote(r.text);
  if (r.title) line += ", \"title\": " + quote(*r.title);
  if (r.published) line += ", \"published\": " + quote(*r.published);
  return line + (r.body_only ? ", \"body_only\": true}" : "}");
}

void check_input_view(const warta::InputRecord& r) {
  const warta::Input in = r.input();
  if (in.text != r.text || in.body_only != r.body_only) fail("Input does not view the record's text");
  if (in.title.has_value() != r.title.has_value() || (in.title && *in.title != *r.title)) fail("Input title differs");
  if (in.published.has_value() != r.published.has_value() || (in.published && *in.published != *r.published))
    fail("Input published differs");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  std::string error;
  const std::optional<warta::InputRecord> record = warta::parse_input_record(line, error);
  if (!record) {
    if (error.empty()) fail("a refused line came without a message");
    return 0;
  }
  check_input_view(*record);
  const std::string again_line = write_record(*record);
  const std::optional<warta::InputRecord> again = warta::parse_input_record(again_line, error);
  if (!again) fail("a record written back as JSON was refused: " + error);
  if (again->id != record->id || again->text != record->text || again->title != record->title ||
      again->published != record->published || again->body_only != record->body_only)
    fail("a record changed on a round trip through JSON");
  return 0;
}

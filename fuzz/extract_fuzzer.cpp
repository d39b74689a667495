// libFuzzer harness for warta::Engine::extract: arbitrary bytes, both invalid-UTF-8 modes, random
// stage switches and hints (see fuzz_case.hpp). Besides crashes and sanitizer reports it checks
// the error contract and every property in result_checks.hpp, and that extracting into the one
// Result every earlier input was read into gives the same result as a fresh one (or, on an error,
// leaves it as it was).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_case.hpp"
#include "json_check.hpp"
#include "result_checks.hpp"
#include "warta/engine.hpp"
#include "warta/json.hpp"

namespace {

// Reject mode must fail exactly when the text is not UTF-8, naming the byte where its valid
// prefix ends. A separately given title is not part of the text the offsets index; the engine
// repairs it in both modes (check_result checks it comes back valid).
void check_invalid_utf8_error(const warta::Error& e, const warta::fuzz::FuzzCase& c) {
  using warta::fuzz::fail;
  if (e.code() != warta::ErrorCode::invalid_utf8) fail(std::string("unexpected error: ") + e.what());
  if (c.replace_invalid_utf8) fail("invalid_utf8 error although replace was asked for");
  if (warta::fuzz::is_valid_utf8(c.text)) fail("valid UTF-8 was rejected");
  if (!e.byte_offset()) fail("invalid_utf8 error without a byte offset");
  const std::size_t offset = *e.byte_offset();
  if (offset >= c.text.size()) fail("invalid_utf8 byte offset past the input");
  if (!warta::fuzz::is_valid_utf8(c.text.substr(0, offset))) fail("invalid_utf8 byte offset is not the first bad byte");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const warta::Engine engine;  // built once: construction is not what is being fuzzed
  const warta::fuzz::FuzzCase c = warta::fuzz::decode_fuzz_case(data, size);
  const warta::Input input{.text = c.text, .title = c.title, .published = c.published, .body_only = c.body_only};
  const warta::Options options{
      .invalid_utf8 = c.replace_invalid_utf8 ? warta::InvalidUtf8::replace : warta::InvalidUtf8::reject,
      .repair_mojibake = c.repair_mojibake,
      .entities = c.entities,
      .dates = c.dates,
      .summits = c.summits,
      .attributions = c.attributions};
  // Filled by every input before this one, in the order the fuzzer runs them.
  static warta::Result reused;
  std::string fresh_json;
  try {
    const warta::Result result = engine.extract(input, options);
    if (!c.replace_invalid_utf8 && !warta::fuzz::is_valid_utf8(c.text))
      warta::fuzz::fail("invalid UTF-8 accepted in reject mode");
    warta::fuzz::check_result(result, c.text, c.title.has_value());
    fresh_json = warta::to_json(result);
  } catch (const warta::Error& e) {
    check_invalid_utf8_error(e, c);
  }
  const std::string before = warta::to_json(reused);
  try {
    engine.extract(input, options, reused);
    if (fresh_json.empty()) warta::fuzz::fail("an input refused into a fresh result was read into a reused one");
    if (warta::to_json(reused) != fresh_json) warta::fuzz::fail("a reused result differs from a fresh one");
  } catch (const warta::Error& e) {
    if (!fresh_json.empty()) warta::fuzz::fail(std::string("an input read into a fresh result was refused into a reused one: ") + e.what());
    if (warta::to_json(reused) != before) warta::fuzz::fail("a refused input changed the reused result");
  }
  return 0;
}

// warta — the extraction engine.
//
// An Engine is built once (lexicons compiled in, plus optional user lexicons) and is immutable
// afterwards: `extract` is const and safe to call concurrently from any number of threads on the
// same Engine. Copies share the same immutable state.
//
// Memory between calls: an Engine keeps the per-article work buffers of finished calls (tokens,
// folded forms, sentences: about 7 bytes per input byte) for the calls that follow, so a long
// article does not pay for allocating and zeroing them again. It keeps at most two idle sets per
// hardware thread (at least two), each of at most EngineConfig::workspace_retention_bytes; a set
// that grew past that is freed when its call ends. Results never depend on what was kept.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "warta/result.hpp"

namespace warta {

enum class ErrorCode : int {
  invalid_argument = 1,  // a malformed option or hint
  invalid_utf8 = 2,      // the input is not UTF-8 (see Error::byte_offset) and repair was not asked for
  lexicon = 3,           // a user lexicon could not be read or parsed (see Error::line)
  io = 4,                // a file could not be read
  internal = 5,          // a bug: please report it
};

// "invalid_argument", "invalid_utf8", "lexicon", "io", "internal".
const char* to_string(ErrorCode code) noexcept;

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message, std::optional<std::size_t> byte_offset = std::nullopt,
        std::optional<std::size_t> line = std::nullopt);
  ErrorCode code() const noexcept { return code_; }
  // Offset of the first offending byte in the input (invalid_utf8).
  std::optional<std::size_t> byte_offset() const noexcept { return byte_offset_; }
  // 1-based line in the lexicon source (lexicon errors).
  std::optional<std::size_t> line() const noexcept { return line_; }

 private:
  ErrorCode code_;
  std::optional<std::size_t> byte_offset_;
  std::optional<std::size_t> line_;
};

enum class InvalidUtf8 : std::uint8_t {
  reject,   // throw Error{invalid_utf8} naming the first bad byte
  replace,  // read each bad sequence as U+FFFD (counted in Result::repairs)
};

// Hints about one article. Only `text` is required.
struct Input {
  std::string_view text;                 // the scraped article, UTF-8, as it came
  std::optional<std::string_view> title; // title given separately: `text` is then the body
  // Publication / reference date: "2024-06-19" or "2024-06-19T10:00[:00]". Anchors relative dates.
  std::optional<std::string_view> published;
  bool body_only = false;                // no header layout: a bare sentence or paragraph
};

struct Options {
  InvalidUtf8 invalid_utf8 = InvalidUtf8::reject;
  // Undo UTF-8 that was decoded as Windows-1252 / Mac Roman and re-encoded ("â€œ", "‚Äú", "Â ").
  bool repair_mojibake = true;
  // Stages; turning one off skips its work (and leaves its output empty).
  bool entities = true;
  bool dates = true;
  bool summits = true;
  bool attributions = true;
};

// Where user lexicon entries come from: a file path or a buffer in the lexicon TSV format
// (docs/lexicons.md). User entries win over built-in ones with the same surface form.
struct LexiconSource {
  enum class Kind : std::uint8_t { file, buffer } kind = Kind::buffer;
  std::string value;  // path or contents
  std::string name;   // shown in error messages
};

struct EngineConfig {
  std::vector<LexiconSource> lexicons;
  bool builtin_lexicons = true;
  // Most bytes of work buffers one idle set may keep between calls (see above); 0 keeps nothing.
  // A set holds 16–19 bytes per input byte of its longest article (buffers reserved for the
  // densest text): the default keeps the buffers of articles up to about 13 MB (a 10 MB one's
  // take 150–190 MiB).
  std::size_t workspace_retention_bytes = std::size_t{256} << 20;
};

class Engine;
namespace detail {
// Bytes of work buffers an Engine keeps between calls (for tests of the retention limit).
std::size_t idle_workspace_bytes(const Engine& engine);
}  // namespace detail

class Engine {
 public:
  Engine();  // built-in lexicons only
  explicit Engine(const EngineConfig& config);

  // Reads one article. Throws Error on invalid input (never on the content of a valid text).
  Result extract(const Input& input, const Options& options = {}) const;
  // The same, written into `out`, whose memory is reused: its lists keep their capacity and their
  // elements keep their strings' and lists' memory for the next article, so a loop that reads many
  // articles into one Result allocates little once the first few are read, and a long article
  // read again does not map and zero its result's pages afresh. Everything `out` held before is
  // replaced: the result is the one extract(input, options) returns. When Error is thrown, `out`
  // is left as it was (only running out of memory can leave it partly refilled). The input must
  // not view memory `out` holds (a text of `out` read again into `out`): copy such a text first.
  void extract(const Input& input, const Options& options, Result& out) const;

  struct Impl;

 private:
  friend std::size_t detail::idle_workspace_bytes(const Engine& engine);
  std::shared_ptr<const Impl> impl_;
};

}  // namespace warta

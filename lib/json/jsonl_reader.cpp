// A strict, linear-time reader for one JSON Lines input record. Nesting is bounded so a hostile
// line cannot exhaust the stack.
#include <fmt/format.h>

#include <cstdint>

#include "text/ascii_block.hpp"
#include "text/utf8.hpp"
#include "warta/jsonl.hpp"

namespace warta {
namespace {

constexpr int kMaxDepth = 64;

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  std::string id_seen;

  std::optional<InputRecord> record(std::string& error) {
    InputRecord rec;
    bool have_text = false;
    ws();
    if (!eat('{')) return fail(error, "expected a JSON object");
    ws();
    if (!eat('}')) {
      while (true) {
        ws();
        std::string key;
        if (!string(key)) return fail(error, "expected a member name");
        ws();
        if (!eat(':')) return fail(error, "expected ':'");
        ws();
        if (key == "text" || key == "id" || key == "title" || key == "published") {
          std::string v;
          // The text is nearly all of a record: room for the rest of the line (which holds it,
          // escaped) saves the copies of growing it.
          if (key == "text") v.reserve(s_.size() - at_);
          bool is_null = false;
          if (key == "id" && peek_number()) {
            if (!number(v)) return fail(error, "bad number");
          } else if (literal("null")) {
            is_null = true;
          } else if (!string(v)) {
            return fail(error, fmt::format("member \"{}\" must be a string", key));
          }
          if (key == "text") {
            if (is_null) return fail(error, "member \"text\" must be a string");
            rec.text = std::move(v);
            have_text = true;
          } else if (key == "id") {
            rec.id = std::move(v);
            id_seen = rec.id;
          } else if (key == "title") {
            if (!is_null) rec.title = std::move(v);
          } else if (!is_null) {
            rec.published = std::move(v);
          }
        } else if (key == "body_only") {
          if (literal("true")) rec.body_only = true;
          else if (literal("false") || literal("null")) rec.body_only = false;
          else return fail(error, "member \"body_only\" must be true or false");
        } else if (!skip_value(0)) {
          return fail(error, "bad value");
        }
        ws();
        if (eat(',')) continue;
        if (eat('}')) break;
        return fail(error, "expected ',' or '}'");
      }
    }
    ws();
    if (at_ != s_.size()) return fail(error, "trailing characters after the object");
    if (!have_text) {
      error = "record has no \"text\" member";
      return std::nullopt;
    }
    return rec;
  }

 private:
  std::optional<InputRecord> fail(std::string& error, std::string_view what) {
    error = fmt::format("{} at byte {}", what, at_);
    return std::nullopt;
  }
  void ws() {
    while (at_ < s_.size() && (s_[at_] == ' ' || s_[at_] == '\t' || s_[at_] == '\r' || s_[at_] == '\n')) ++at_;
  }
  bool eat(char c) {
    if (at_ < s_.size() && s_[at_] == c) return ++at_, true;
    return false;
  }
  bool literal(std::string_view lit) {
    if (s_.substr(at_, lit.size()) == lit) return at_ += lit.size(), true;
    return false;
  }
  bool peek_number() const { return at_ < s_.size() && (s_[at_] == '-' || (s_[at_] >= '0' && s_[at_] <= '9')); }
  bool digit() const { return at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9'; }
  // RFC 8259 numbers only: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
  bool number(std::string& out) {
    std::size_t b = at_;
    if (at_ < s_.size() && s_[at_] == '-') ++at_;
    if (!digit()) return false;
    if (s_[at_++] != '0')
      while (digit()) ++at_;
    if (at_ < s_.size() && s_[at_] == '.') {
      ++at_;
      if (!digit()) return false;
      while (digit()) ++at_;
    }
    if (at_ < s_.size() && (s_[at_] == 'e' || s_[at_] == 'E')) {
      ++at_;
      if (at_ < s_.size() && (s_[at_] == '+' || s_[at_] == '-')) ++at_;
      if (!digit()) return false;
      while (digit()) ++at_;
    }
    out.assign(s_.substr(b, at_ - b));
    return true;
  }

  static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  bool hex4(unsigned& v) {
    if (at_ + 4 > s_.size()) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) {
      int h = hex(s_[at_ + i]);
      if (h < 0) return false;
      v = v * 16 + static_cast<unsigned>(h);
    }
    at_ += 4;
    return true;
  }
  // Where the plain run from `at` ends (at most at the end of the line), eight bytes a step.
  std::size_t plain_run_end(std::size_t at) const noexcept {
    return detail::find_marked(s_, at, [](std::uint64_t block) { return detail::json_string_stops(block); });
  }
  bool string(std::string& out) {
    if (!eat('"')) return false;
    while (true) {
      const std::size_t run = plain_run_end(at_);
      out.append(s_.data() + at_, run - at_);
      at_ = run;
      if (at_ >= s_.size()) return false;
      const char c = s_[at_];
      if (c == '"') return ++at_, true;
      if (c != '\\') return false;  // a control character
      if (++at_ >= s_.size()) return false;
      char e = s_[at_++];
      switch (e) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          unsigned v = 0;
          if (!hex4(v)) return false;
          if (v >= 0xD800 && v <= 0xDBFF) {
            unsigned lo = 0;
            if (s_.substr(at_, 2) == "\\u") {
              at_ += 2;
              if (!hex4(lo)) return false;
              if (lo >= 0xDC00 && lo <= 0xDFFF) {
                v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
              } else {
                detail::append_utf8(out, 0xFFFD);  // lone high surrogate
                v = lo;
              }
            } else {
              v = 0xFFFD;
            }
          } else if (v >= 0xDC00 && v <= 0xDFFF) {
            v = 0xFFFD;  // lone low surrogate
          }
          detail::append_utf8(out, static_cast<char32_t>(v));
          break;
        }
        default: return false;
      }
    }
  }
  bool skip_value(int depth) {
    if (depth > kMaxDepth) return false;
    ws();
    if (at_ >= s_.size()) return false;
    char c = s_[at_];
    if (c == '"') {
      std::string sink;
      return string(sink);
    }
    if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      ++at_;
      ws();
      if (eat(close)) return true;
      while (true) {
        if (c == '{') {
          std::string k;
          ws();
          if (!string(k)) return false;
          ws();
          if (!eat(':')) return false;
        }
        if (!skip_value(depth + 1)) return false;
        ws();
        if (eat(',')) continue;
        return eat(close);
      }
    }
    if (literal("true") || literal("false") || literal("null")) return true;
    std::string sink;
    return peek_number() && number(sink);
  }

  std::string_view s_;
  std::size_t at_ = 0;
};

}  // namespace

Input InputRecord::input() const {
  Input in;
  in.text = text;
  if (title) in.title = *title;
  if (published) in.published = *published;
  in.body_only = body_only;
  return in;
}

std::optional<InputRecord> parse_input_record(std::string_view line, std::string& error, std::string* id_seen) {
  Parser p(line);
  auto rec = p.record(error);
  if (!rec && id_seen) *id_seen = p.id_seen;
  return rec;
}

}  // namespace warta

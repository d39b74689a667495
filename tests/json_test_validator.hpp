// A strict RFC 8259 JSON parser for the tests: checks what warta writes without trusting any of
// warta's own JSON code, and gives the golden tests a tree to compare. Strings must be valid UTF-8
// (no overlongs, surrogates or code points past U+10FFFF) and \u escapes must pair surrogates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace warta::testing {

struct JsonValue {
  enum class Kind { null, boolean, number, string, array, object } kind = Kind::null;
  bool boolean = false;
  std::string text;  // string value, or a number as written
  std::vector<JsonValue> items;
  std::vector<std::pair<std::string, JsonValue>> members;  // in document order

  bool is_null() const { return kind == Kind::null; }
  // The member `key` of an object, or nullptr.
  const JsonValue* find(std::string_view key) const {
    for (const auto& [k, v] : members)
      if (k == key) return &v;
    return nullptr;
  }
  std::int64_t as_int() const { return std::stoll(text); }
};

class StrictJsonParser {
 public:
  explicit StrictJsonParser(std::string_view s) : s_(s) {}

  // The value when `s` is exactly one JSON value with optional white space around it.
  std::optional<JsonValue> parse(std::string& error) {
    JsonValue v;
    ws();
    if (!value(v, 0) || (ws(), at_ != s_.size())) {
      error = "invalid JSON at byte " + std::to_string(at_) + (what_.empty() ? "" : ": " + what_);
      return std::nullopt;
    }
    return v;
  }

 private:
  static constexpr int kMaxDepth = 512;

  bool fail(const char* what) {
    if (what_.empty()) what_ = what;
    return false;
  }
  void ws() {
    while (at_ < s_.size() && (s_[at_] == ' ' || s_[at_] == '\t' || s_[at_] == '\n' || s_[at_] == '\r')) ++at_;
  }
  bool literal(std::string_view lit) {
    if (s_.substr(at_, lit.size()) != lit) return fail("bad literal");
    at_ += lit.size();
    return true;
  }
  bool digit() const { return at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9'; }

  bool value(JsonValue& v, int depth) {
    if (depth > kMaxDepth) return fail("too deep");
    if (at_ >= s_.size()) return fail("unexpected end");
    switch (s_[at_]) {
      case 'n': v.kind = JsonValue::Kind::null; return literal("null");
      case 't': v.kind = JsonValue::Kind::boolean; v.boolean = true; return literal("true");
      case 'f': v.kind = JsonValue::Kind::boolean; return literal("false");
      case '"': v.kind = JsonValue::Kind::string; return string(v.text);
      case '[': return array(v, depth);
      case '{': return object(v, depth);
      default: v.kind = JsonValue::Kind::number; return number(v.text);
    }
  }

  bool number(std::string& out) {
    std::size_t b = at_;
    if (at_ < s_.size() && s_[at_] == '-') ++at_;
    if (!digit()) return fail("bad number");
    if (s_[at_] == '0') {
      ++at_;
    } else {
      while (digit()) ++at_;
    }
    if (at_ < s_.size() && s_[at_] == '.') {
      ++at_;
      if (!digit()) return fail("bad fraction");
      while (digit()) ++at_;
    }
    if (at_ < s_.size() && (s_[at_] == 'e' || s_[at_] == 'E')) {
      ++at_;
      if (at_ < s_.size() && (s_[at_] == '+' || s_[at_] == '-')) ++at_;
      if (!digit()) return fail("bad exponent");
      while (digit()) ++at_;
    }
    out.assign(s_.substr(b, at_ - b));
    return true;
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  bool hex4(std::uint32_t& v) {
    if (at_ + 4 > s_.size()) return fail("short \\u escape");
    v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = s_[at_ + i];
      int h = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (h < 0) return fail("bad \\u escape");
      v = v * 16 + static_cast<std::uint32_t>(h);
    }
    at_ += 4;
    return true;
  }

  // One well-formed UTF-8 character at at_ (RFC 3629), copied to out.
  bool utf8_char(std::string& out) {
    auto byte = [&](std::size_t i) { return i < s_.size() ? static_cast<unsigned char>(s_[i]) : 0u; };
    unsigned b0 = byte(at_);
    std::size_t n = 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) n = 2;
    else if (b0 >= 0xE0 && b0 <= 0xEF) n = 3, lo = b0 == 0xE0 ? 0xA0 : 0x80, hi = b0 == 0xED ? 0x9F : 0xBF;
    else if (b0 >= 0xF0 && b0 <= 0xF4) n = 4, lo = b0 == 0xF0 ? 0x90 : 0x80, hi = b0 == 0xF4 ? 0x8F : 0xBF;
    else return fail("invalid UTF-8 lead byte");
    unsigned b1 = byte(at_ + 1);
    if (b1 < lo || b1 > hi) return fail("invalid UTF-8");
    for (std::size_t k = 2; k < n; ++k)
      if (byte(at_ + k) < 0x80 || byte(at_ + k) > 0xBF) return fail("invalid UTF-8");
    out.append(s_.substr(at_, n));
    at_ += n;
    return true;
  }

  bool string(std::string& out) {
    ++at_;  // opening quote
    while (true) {
      if (at_ >= s_.size()) return fail("unterminated string");
      auto c = static_cast<unsigned char>(s_[at_]);
      if (c == '"') return ++at_, true;
      if (c < 0x20) return fail("raw control character in string");
      if (c >= 0x80) {
        if (!utf8_char(out)) return false;
        continue;
      }
      if (c != '\\') {
        out.push_back(static_cast<char>(c));
        ++at_;
        continue;
      }
      if (++at_ >= s_.size()) return fail("unterminated escape");
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
          std::uint32_t v = 0;
          if (!hex4(v)) return false;
          if (v >= 0xDC00 && v <= 0xDFFF) return fail("lone low surrogate");
          if (v >= 0xD800 && v <= 0xDBFF) {
            std::uint32_t low = 0;
            if (s_.substr(at_, 2) != "\\u") return fail("lone high surrogate");
            at_ += 2;
            if (!hex4(low)) return false;
            if (low < 0xDC00 || low > 0xDFFF) return fail("unpaired surrogate");
            v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(out, v);
          break;
        }
        default: return fail("bad escape");
      }
    }
  }

  bool array(JsonValue& v, int depth) {
    v.kind = JsonValue::Kind::array;
    ++at_;
    ws();
    if (at_ < s_.size() && s_[at_] == ']') return ++at_, true;
    while (true) {
      ws();
      v.items.emplace_back();
      if (!value(v.items.back(), depth + 1)) return false;
      ws();
      if (at_ < s_.size() && s_[at_] == ',') {
        ++at_;
        continue;
      }
      if (at_ < s_.size() && s_[at_] == ']') return ++at_, true;
      return fail("expected ',' or ']'");
    }
  }

  bool object(JsonValue& v, int depth) {
    v.kind = JsonValue::Kind::object;
    ++at_;
    ws();
    if (at_ < s_.size() && s_[at_] == '}') return ++at_, true;
    while (true) {
      ws();
      if (at_ >= s_.size() || s_[at_] != '"') return fail("expected a member name");
      std::string key;
      if (!string(key)) return false;
      ws();
      if (at_ >= s_.size() || s_[at_] != ':') return fail("expected ':'");
      ++at_;
      ws();
      JsonValue member;
      if (!value(member, depth + 1)) return false;
      v.members.emplace_back(std::move(key), std::move(member));
      ws();
      if (at_ < s_.size() && s_[at_] == ',') {
        ++at_;
        continue;
      }
      if (at_ < s_.size() && s_[at_] == '}') return ++at_, true;
      return fail("expected ',' or '}'");
    }
  }

  std::string_view s_;
  std::size_t at_ = 0;
  std::string what_;
};

inline std::optional<JsonValue> parse_json_strict(std::string_view text, std::string& error) {
  return StrictJsonParser(text).parse(error);
}

inline bool is_valid_json(std::string_view text) {
  std::string error;
  return parse_json_strict(text, error).has_value();
}

}  // namespace warta::testing

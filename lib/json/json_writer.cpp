#include "json/json_writer.hpp"

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace warta::detail {

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  std::size_t at = 0;
  while (at < s.size()) {
    auto c = static_cast<unsigned char>(s[at]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      std::size_t run = at + 1;
      while (run < s.size()) {
        auto d = static_cast<unsigned char>(s[run]);
        if (d < 0x20 || d >= 0x80 || d == '"' || d == '\\') break;
        ++run;
      }
      out.append(s.substr(at, run - at));
      at = run;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; ++at; continue;
      case '\\': out += "\\\\"; ++at; continue;
      case '\n': out += "\\n"; ++at; continue;
      case '\r': out += "\\r"; ++at; continue;
      case '\t': out += "\\t"; ++at; continue;
      case '\b': out += "\\b"; ++at; continue;
      case '\f': out += "\\f"; ++at; continue;
      default: break;
    }
    if (c < 0x20) {
      fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
      ++at;
      continue;
    }
    char32_t cp = 0;
    std::size_t n = decode_utf8(s, at, cp);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++at;
      continue;
    }
    if (cp == 0x2028 || cp == 0x2029) {  // valid JSON, but breaks JavaScript consumers
      fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(cp));
    } else {
      out.append(s.substr(at, n));
    }
    at += n;
  }
  out.push_back('"');
}

void JsonWriter::newline() {
  if (!pretty_) return;
  out_.push_back('\n');
  out_.append(has_member_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_member_.empty()) {
    if (has_member_.back()) out_.push_back(',');
    has_member_.back() = true;
    newline();
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_.push_back('{');
  has_member_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  bool had = has_member_.back();
  has_member_.pop_back();
  if (had) newline();
  out_.push_back('}');
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_.push_back('[');
  has_member_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  bool had = has_member_.back();
  has_member_.pop_back();
  if (had) newline();
  out_.push_back(']');
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  append_json_string(out_, k);
  out_.append(pretty_ ? ": " : ":");
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  append_json_string(out_, s);
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t n) {
  before_value();
  fmt::format_to(std::back_inserter(out_), "{}", n);
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  before_value();
  out_.append(b ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_.append("null");
  return *this;
}

}  // namespace warta::detail

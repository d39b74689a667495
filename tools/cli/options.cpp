#include "options.hpp"

#include <charconv>
#include <string_view>

namespace warta::cli {

const char* usage_text() {
  return R"(usage: warta extract [options] FILE...
       warta extract [options] --jsonl IN|-
       warta --help | --version

Reads Indonesian news articles and prints warta/1 JSON (one object; with several files or
--jsonl, one JSON object per line, in input order).

  --jsonl IN           read JSON Lines records {"id","text"[,"title","published","body_only"]}
                       from IN ("-" for standard input); "id" is echoed in each output line
  --published DATE     reference date for relative dates: YYYY-MM-DD[THH:MM[:SS]]
  --title TEXT         the title, given separately (the file is then the body)
  --body-only          the text is a bare sentence or paragraph, no header/byline layout
  --pretty             indent the JSON
  --threads N          worker threads (default: all cores); output is identical for every N
  --lexicon FILE       add a user lexicon (TSV, see docs/lexicons.md); may be repeated
  --replace-invalid    read invalid UTF-8 as U+FFFD instead of failing the record
  --no-repair-mojibake keep mis-decoded text ("â€œ", "‚Äú") as it is
  --no-entities, --no-dates, --no-summits, --no-attributions
                       skip a stage
  -h, --help           this text
  --version            the library version

Exit status: 0 all records read; 1 some records failed (each is named on standard error with its
id and reason, and written as {"id":…,"error":…} so no line goes missing); 2 usage error.
)";
}

ParseOutcome parse_arguments(int argc, char** argv) {
  ParseOutcome out;
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) {
    out.error = "missing command";
    return out;
  }
  if (args[0] == "-h" || args[0] == "--help" || args[0] == "help") return out.help = true, out;
  if (args[0] == "--version" || args[0] == "version") return out.version = true, out;
  if (args[0] != "extract") {
    out.error = "unknown command '" + std::string(args[0]) + "'";
    return out;
  }
  ExtractOptions o;
  auto need_value = [&](std::size_t& i, std::string_view flag) -> std::optional<std::string> {
    if (i + 1 >= args.size()) {
      out.error = std::string(flag) + " needs a value";
      return std::nullopt;
    }
    return std::string(args[++i]);
  };
  bool only_files = false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    std::string_view a = args[i];
    if (only_files || a.empty() || a[0] != '-' || a == "-") {
      o.files.emplace_back(a);
      continue;
    }
    if (a == "--") {
      only_files = true;
    } else if (a == "-h" || a == "--help") {
      out.help = true;
      return out;
    } else if (a == "--jsonl") {
      auto v = need_value(i, a);
      if (!v) return out;
      o.jsonl = *v;
    } else if (a == "--published") {
      auto v = need_value(i, a);
      if (!v) return out;
      o.published = *v;
    } else if (a == "--title") {
      auto v = need_value(i, a);
      if (!v) return out;
      o.title = *v;
    } else if (a == "--lexicon") {
      auto v = need_value(i, a);
      if (!v) return out;
      o.lexicons.push_back(*v);
    } else if (a == "--threads") {
      auto v = need_value(i, a);
      if (!v) return out;
      unsigned n = 0;
      auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
      if (ec != std::errc() || p != v->data() + v->size() || n == 0 || n > 1024) {
        out.error = "--threads takes a number from 1 to 1024";
        return out;
      }
      o.threads = n;
    } else if (a == "--body-only") {
      o.body_only = true;
    } else if (a == "--pretty") {
      o.pretty = true;
    } else if (a == "--replace-invalid") {
      o.engine_options.invalid_utf8 = InvalidUtf8::replace;
    } else if (a == "--no-repair-mojibake") {
      o.engine_options.repair_mojibake = false;
    } else if (a == "--no-entities") {
      o.engine_options.entities = false;
    } else if (a == "--no-dates") {
      o.engine_options.dates = false;
    } else if (a == "--no-summits") {
      o.engine_options.summits = false;
    } else if (a == "--no-attributions") {
      o.engine_options.attributions = false;
    } else {
      out.error = "unknown option '" + std::string(a) + "'";
      return out;
    }
  }
  if (o.jsonl && !o.files.empty()) {
    out.error = "give either --jsonl or files, not both";
    return out;
  }
  if (!o.jsonl && o.files.empty()) {
    out.error = "no input: give FILE... or --jsonl IN";
    return out;
  }
  if (o.title && o.files.size() > 1) {
    out.error = "--title applies to a single file";
    return out;
  }
  out.options = std::move(o);
  return out;
}

}  // namespace warta::cli

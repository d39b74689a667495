// Engines, options and extraction.
#include <memory>
#include <string_view>

#include "guard.hpp"
#include "result_view.hpp"

struct warta_engine {
  warta::Engine engine;
};

struct warta_engine_config {
  warta::EngineConfig config;
};

struct warta_options {
  warta::Options options;
};

namespace {

using warta::capi::require;

// A (pointer, length) pair from C as a view; NULL is only accepted for an empty range.
std::string_view byte_range(const char* data, std::size_t size, const char* what) {
  require(data != nullptr || size == 0, what);
  return data == nullptr ? std::string_view{} : std::string_view{data, size};
}

warta::LexiconSource lexicon_source(const warta_lexicon_source& c) {
  warta::LexiconSource source;
  source.name = c.name != nullptr ? c.name : "";
  if (c.kind == WARTA_LEXICON_FILE) {
    require(c.data != nullptr, "lexicon file path is NULL");
    source.kind = warta::LexiconSource::Kind::file;
    source.value = c.data;
  } else {
    require(c.kind == WARTA_LEXICON_BUFFER, "lexicon kind is neither WARTA_LEXICON_FILE nor _BUFFER");
    source.kind = warta::LexiconSource::Kind::buffer;
    source.value = std::string(byte_range(c.data, c.size, "lexicon buffer is NULL"));
  }
  return source;
}

}  // namespace

extern "C" {

int warta_engine_new(warta_engine** out, warta_error** err) {
  return warta_engine_new_with_lexicons(out, nullptr, 0, 1, err);
}

int warta_engine_new_with_lexicons(warta_engine** out, const warta_lexicon_source* lexicons, size_t count,
                                   int builtin_lexicons, warta_error** err) {
  return warta::capi::guarded(err, [&] {
    require(out != nullptr, "out is NULL");
    *out = nullptr;
    require(lexicons != nullptr || count == 0, "lexicons is NULL but count is not 0");
    warta::EngineConfig config;
    config.builtin_lexicons = builtin_lexicons != 0;
    for (std::size_t i = 0; i < count; ++i) config.lexicons.push_back(lexicon_source(lexicons[i]));
    *out = new warta_engine{warta::Engine(config)};
  });
}

int warta_engine_new_with_config(warta_engine** out, const warta_engine_config* config, warta_error** err) {
  return warta::capi::guarded(err, [&] {
    require(out != nullptr, "out is NULL");
    *out = nullptr;
    *out = new warta_engine{config != nullptr ? warta::Engine(config->config) : warta::Engine()};
  });
}

int warta_engine_config_new(warta_engine_config** out) {
  return warta::capi::guarded(nullptr, [&] {
    require(out != nullptr, "out is NULL");
    *out = new warta_engine_config{};
  });
}

void warta_engine_config_free(warta_engine_config* config) { delete config; }

int warta_engine_config_add_lexicon(warta_engine_config* config, const warta_lexicon_source* lexicon) {
  return warta::capi::guarded(nullptr, [&] {
    require(config != nullptr, "config is NULL");
    require(lexicon != nullptr, "lexicon is NULL");
    config->config.lexicons.push_back(lexicon_source(*lexicon));
  });
}

int warta_engine_config_set_builtin_lexicons(warta_engine_config* config, int on) {
  return warta::capi::guarded(nullptr, [&] {
    require(config != nullptr, "config is NULL");
    config->config.builtin_lexicons = on != 0;
  });
}

int warta_engine_config_set_workspace_retention(warta_engine_config* config, size_t bytes) {
  return warta::capi::guarded(nullptr, [&] {
    require(config != nullptr, "config is NULL");
    config->config.workspace_retention_bytes = bytes;
  });
}

void warta_engine_free(warta_engine* engine) { delete engine; }

int warta_options_new(warta_options** out) {
  return warta::capi::guarded(nullptr, [&] {
    require(out != nullptr, "out is NULL");
    *out = new warta_options{};
  });
}

void warta_options_free(warta_options* options) { delete options; }

int warta_options_set_invalid_utf8(warta_options* options, int mode) {
  return warta::capi::guarded(nullptr, [&] {
    require(options != nullptr, "options is NULL");
    require(mode == WARTA_INVALID_UTF8_REJECT || mode == WARTA_INVALID_UTF8_REPLACE, "unknown invalid-UTF-8 mode");
    options->options.invalid_utf8 =
        mode == WARTA_INVALID_UTF8_REPLACE ? warta::InvalidUtf8::replace : warta::InvalidUtf8::reject;
  });
}

int warta_options_set_repair_mojibake(warta_options* options, int on) {
  return warta::capi::guarded(nullptr, [&] {
    require(options != nullptr, "options is NULL");
    options->options.repair_mojibake = on != 0;
  });
}

int warta_options_set_stages(warta_options* options, int stages, int on) {
  return warta::capi::guarded(nullptr, [&] {
    constexpr int all = WARTA_STAGE_ENTITIES | WARTA_STAGE_DATES | WARTA_STAGE_SUMMITS | WARTA_STAGE_ATTRIBUTIONS;
    require(options != nullptr, "options is NULL");
    require(stages != 0 && (stages & ~all) == 0, "unknown stage flag");
    warta::Options& o = options->options;
    if (stages & WARTA_STAGE_ENTITIES) o.entities = on != 0;
    if (stages & WARTA_STAGE_DATES) o.dates = on != 0;
    if (stages & WARTA_STAGE_SUMMITS) o.summits = on != 0;
    if (stages & WARTA_STAGE_ATTRIBUTIONS) o.attributions = on != 0;
  });
}

namespace {

warta::Input input_of(const warta_input* input) {
  require(input != nullptr, "input is NULL");
  warta::Input in;
  in.text = byte_range(input->text, input->text_len, "input text is NULL");
  if (input->title != nullptr) in.title = std::string_view{input->title, input->title_len};
  if (input->published != nullptr) in.published = std::string_view{input->published, input->published_len};
  in.body_only = input->body_only != 0;
  return in;
}

// NULL options mean the defaults.
warta::Options options_of(const warta_options* options) { return options ? options->options : warta::Options{}; }

}  // namespace

int warta_extract(warta_result** out, const warta_engine* engine, const warta_input* input,
                  const warta_options* options, warta_error** err) {
  return warta::capi::guarded(err, [&] {
    require(out != nullptr, "out is NULL");
    *out = nullptr;
    require(engine != nullptr, "engine is NULL");
    // The view points into the result it is built over, so it is built in place, never moved.
    auto result = std::make_unique<warta_result>(engine->engine.extract(input_of(input), options_of(options)));
    *out = result.release();
  });
}

int warta_result_new(warta_result** out) {
  return warta::capi::guarded(nullptr, [&] {
    require(out != nullptr, "out is NULL");
    *out = new warta_result(warta::Result{});
  });
}

int warta_extract_into(warta_result* result, const warta_engine* engine, const warta_input* input,
                       const warta_options* options, warta_error** err) {
  return warta::capi::guarded(err, [&] {
    require(result != nullptr, "result is NULL");
    require(engine != nullptr, "engine is NULL");
    try {
      engine->engine.extract(input_of(input), options_of(options), result->result);
    } catch (...) {
      // A refused input left the result as it was; running out of memory may have left it partly
      // refilled. Either way the view is made again, so no accessor reads a string that is gone.
      result->build_view();
      throw;
    }
    result->build_view();
  });
}

}  // extern "C"

/*
 * warta.h — the C API of warta: structured facts from Indonesian online news articles.
 *
 * This is the one header of libwarta_c. It is C99, names no C++ type, and is usable from C++.
 *
 * THREADS. An engine is built once (built-in lexicons plus optional user lexicons) and is
 * IMMUTABLE afterwards: warta_extract() may be called on the same engine from any number of
 * threads at the same time. A warta_options object is only read by warta_extract(), so one may be
 * shared between threads as long as nobody changes it meanwhile. A warta_result belongs to the
 * caller; read it from one thread at a time (or from many, without freeing it). The library keeps
 * no global or thread-local state: errors come back through an explicit warta_error** argument,
 * so callers whose threads move (Go goroutines, thread pools) are safe.
 *
 * OFFSETS. EVERY OFFSET IN THIS API IS A UTF-8 *BYTE* OFFSET INTO THE INPUT EXACTLY AS YOU GAVE
 * IT, HALF-OPEN [start, end). NOT code points, NOT UTF-16 units, NOT offsets into repaired text:
 * `text + start` with length `end - start` is the text a span names, even after invalid UTF-8 or
 * mojibake was repaired. Languages that index strings by code point (Python) convert with
 * warta_utf8_codepoint_offsets().
 *
 * CONVENTIONS.
 *   - Functions that can fail return an int status: WARTA_OK (0) or a WARTA_ERR_* code;
 *     warta_status_str() names it. Results are written through the FIRST argument (out-parameter).
 *   - The last argument `warta_error** err` is optional (NULL: status only). When given, *err is
 *     set to NULL on success and to a new error object on failure; free it with warta_error_free().
 *   - Everything the library hands out has its own free function (warta_engine_free,
 *     warta_engine_config_free, warta_options_free, warta_result_free, warta_error_free,
 *     warta_string_free). Never call free() on it. Every free function accepts NULL.
 *   - NULL or invalid arguments give WARTA_ERR_INVALID_ARGUMENT (an index past the end gives
 *     WARTA_ERR_OUT_OF_RANGE), never a crash. No C++ exception ever leaves the library.
 *   - Strings handed out by accessors (const char*) are NUL-terminated UTF-8 owned by the result
 *     and valid until warta_result_free(). An absent optional string is NULL; an absent optional
 *     entity id is -1.
 *
 * Minimal use:
 *   warta_engine* engine;  warta_result* result;  char* json;
 *   warta_engine_new(&engine, NULL);
 *   warta_input in = {0};  in.text = article;  in.text_len = strlen(article);
 *   if (warta_extract(&result, engine, &in, NULL, NULL) == WARTA_OK) {
 *     warta_result_json(&json, result, 0);  puts(json);  warta_string_free(json);
 *     warta_result_free(result);
 *   }
 *   warta_engine_free(engine);
 */
#ifndef WARTA_H
#define WARTA_H

#include <stddef.h>
#include <stdint.h>

/* Kept equal to the project version by capi/CMakeLists.txt (configuration fails otherwise). */
#define WARTA_VERSION_MAJOR 0
#define WARTA_VERSION_MINOR 1
#define WARTA_VERSION_PATCH 0

/* WARTA_API marks every exported function. Define WARTA_STATIC when linking the static library
 * (the CMake target warta::warta_c_static does it for you). */
#if defined(WARTA_STATIC)
#define WARTA_API
#elif defined(_WIN32)
#if defined(WARTA_C_BUILDING)
#define WARTA_API __declspec(dllexport)
#else
#define WARTA_API __declspec(dllimport)
#endif
#elif defined(__GNUC__)
#define WARTA_API __attribute__((visibility("default")))
#else
#define WARTA_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- status codes ------------------------------------------------------------------------- */

enum {
  WARTA_OK = 0,
  WARTA_ERR_INVALID_ARGUMENT = 1, /* NULL where a value is needed, a malformed option or hint */
  WARTA_ERR_INVALID_UTF8 = 2,     /* input is not UTF-8 and the mode is reject; see byte offset */
  WARTA_ERR_LEXICON = 3,          /* a user lexicon could not be parsed; see line */
  WARTA_ERR_IO = 4,               /* a file could not be read */
  WARTA_ERR_INTERNAL = 5,         /* a bug in warta: please report it */
  WARTA_ERR_OUT_OF_MEMORY = 6,
  WARTA_ERR_OUT_OF_RANGE = 7      /* an accessor index past the end */
};

/* "ok", "invalid argument", ...; a static string, also for unknown codes. */
WARTA_API const char* warta_status_str(int status);

/* The version of the library actually linked, "MAJOR.MINOR.PATCH" (static string). */
WARTA_API const char* warta_version(void);

/* ---- errors ------------------------------------------------------------------------------- */

typedef struct warta_error warta_error;

WARTA_API void warta_error_free(warta_error* err);
/* The status this error came with (WARTA_ERR_INVALID_ARGUMENT for a NULL error). */
WARTA_API int warta_error_status(const warta_error* err);
/* Human-readable message, owned by the error ("" for a NULL error). */
WARTA_API const char* warta_error_message(const warta_error* err);
/* Byte offset of the first invalid byte in the input (WARTA_ERR_INVALID_UTF8), else -1. */
WARTA_API int64_t warta_error_byte_offset(const warta_error* err);
/* 1-based line in the user lexicon (WARTA_ERR_LEXICON), else -1. */
WARTA_API int64_t warta_error_line(const warta_error* err);

/* ---- engine ------------------------------------------------------------------------------- */

typedef struct warta_engine warta_engine;

enum { WARTA_LEXICON_FILE = 0, WARTA_LEXICON_BUFFER = 1 };

/* A user lexicon in the lexicon TSV format (docs/lexicons.md). User entries win over built-in
 * ones with the same surface form. The bytes are copied during engine creation. */
typedef struct warta_lexicon_source {
  int kind;         /* WARTA_LEXICON_FILE: `data` is a NUL-terminated path;
                       WARTA_LEXICON_BUFFER: `data` holds `size` bytes of TSV */
  const char* data;
  size_t size;      /* ignored for WARTA_LEXICON_FILE */
  const char* name; /* shown in error messages; may be NULL */
} warta_lexicon_source;

/* An engine with the built-in lexicons only. */
WARTA_API int warta_engine_new(warta_engine** out, warta_error** err);
/* An engine with `count` user lexicons, and the built-in ones unless builtin_lexicons is 0. */
WARTA_API int warta_engine_new_with_lexicons(warta_engine** out, const warta_lexicon_source* lexicons,
                                             size_t count, int builtin_lexicons, warta_error** err);
WARTA_API void warta_engine_free(warta_engine* engine);

/* How an engine is built, for warta_engine_new_with_config(): user lexicons, whether the built-in
 * ones are loaded, and how much memory the engine keeps between calls. Defaults: built-in
 * lexicons, no user lexicon, workspace retention 256 MiB. A config is only read when an engine is
 * built from it: free it or reuse it afterwards. */
typedef struct warta_engine_config warta_engine_config;

WARTA_API int warta_engine_config_new(warta_engine_config** out);
WARTA_API void warta_engine_config_free(warta_engine_config* config);
/* Appends a user lexicon. Its path or bytes are copied now; a file is read when the engine is
 * built (a missing or bad file fails warta_engine_new_with_config, naming the file and line). */
WARTA_API int warta_engine_config_add_lexicon(warta_engine_config* config, const warta_lexicon_source* lexicon);
/* on: 0 leaves the built-in lexicons out (only user lexicons are known). */
WARTA_API int warta_engine_config_set_builtin_lexicons(warta_engine_config* config, int on);
/* Between calls an engine keeps the work buffers of finished calls (token list, folded forms,
 * token facts, …: 16-19 bytes per input byte of the longest recent article), at most two
 * idle sets per hardware thread. A set holding more than `bytes` is freed when its call ends;
 * 0 keeps nothing. The default, 256 MiB, keeps those of articles up to about 13 MB. Results
 * never depend on it. */
WARTA_API int warta_engine_config_set_workspace_retention(warta_engine_config* config, size_t bytes);
/* config NULL: the defaults (same as warta_engine_new). */
WARTA_API int warta_engine_new_with_config(warta_engine** out, const warta_engine_config* config,
                                           warta_error** err);

/* ---- options (how to read) ---------------------------------------------------------------- */

typedef struct warta_options warta_options;

enum { WARTA_INVALID_UTF8_REJECT = 0, WARTA_INVALID_UTF8_REPLACE = 1 };
enum {
  WARTA_STAGE_ENTITIES = 1,
  WARTA_STAGE_DATES = 2,
  WARTA_STAGE_SUMMITS = 4,
  WARTA_STAGE_ATTRIBUTIONS = 8
};

/* Defaults: reject invalid UTF-8, repair mojibake, every stage on. Passing NULL options to
 * warta_extract() means the defaults. */
WARTA_API int warta_options_new(warta_options** out);
WARTA_API void warta_options_free(warta_options* options);
/* mode: WARTA_INVALID_UTF8_REJECT (error naming the first bad byte) or _REPLACE (read each bad
 * sequence as U+FFFD; offsets still index your bytes). */
WARTA_API int warta_options_set_invalid_utf8(warta_options* options, int mode);
/* Undo UTF-8 that was decoded as Windows-1252 / Mac Roman and re-encoded ("â€œ"). Default on. */
WARTA_API int warta_options_set_repair_mojibake(warta_options* options, int on);
/* stages: an OR of WARTA_STAGE_* flags; on: 0 turns them off (their output stays empty). */
WARTA_API int warta_options_set_stages(warta_options* options, int stages, int on);

/* ---- extraction --------------------------------------------------------------------------- */

/* One article and what is known about it. Zero-initialise it, then set `text`; every other field
 * is an optional hint. Strings are byte ranges (pointer + length), not NUL-terminated. */
typedef struct warta_input {
  const char* text;      /* the scraped article, UTF-8, as it came (required, may be empty) */
  size_t text_len;
  const char* title;     /* NULL: none. Given separately, so `text` is the body */
  size_t title_len;
  const char* published; /* NULL: none. "2024-06-19" or "2024-06-19T10:00[:00]"; anchors
                            relative dates */
  size_t published_len;
  int body_only;         /* nonzero: no header/byline layout (a bare sentence or paragraph) */
} warta_input;

typedef struct warta_result warta_result;

/* Reads one article. Safe to call concurrently on one engine. options may be NULL. */
WARTA_API int warta_extract(warta_result** out, const warta_engine* engine, const warta_input* input,
                            const warta_options* options, warta_error** err);
WARTA_API void warta_result_free(warta_result* result);

/* Reading many articles with one result: warta_result_new() makes an empty result (no article
 * fields, no entities, ...), and warta_extract_into() reads an article into a result made by
 * either function, replacing everything it held and reusing its memory, so a loop over many
 * articles allocates little once the first few are read. The result is the one warta_extract()
 * would make. Every pointer read from the result before the call is invalid after it, and the
 * input must not point into the result (copy a text of it first). When the call fails (invalid
 * input, NULL arguments), the result holds what it held before. Keep one result per thread. */
WARTA_API int warta_result_new(warta_result** out);
WARTA_API int warta_extract_into(warta_result* result, const warta_engine* engine, const warta_input* input,
                                 const warta_options* options, warta_error** err);

/* The whole result as one warta/1 JSON document (compact, or indented when pretty is nonzero).
 * Free *out with warta_string_free(). */
WARTA_API int warta_result_json(char** out, const warta_result* result, int pretty);
WARTA_API void warta_string_free(char* str);

/* ---- result accessors --------------------------------------------------------------------- */
/* Arrays inside these structs (pointer + count) are owned by the result, like the strings. */

typedef struct warta_span {
  size_t start; /* byte offset, inclusive */
  size_t end;   /* byte offset, exclusive */
} warta_span;

/* A span and the input text it covers (valid UTF-8: replaced bytes read as U+FFFD). */
typedef struct warta_text_span {
  size_t start;
  size_t end;
  const char* text;
  size_t text_len; /* bytes in `text` (may differ from end - start after a repair) */
} warta_text_span;

typedef struct warta_article {
  const char* title;           /* NULL when none */
  int has_title_span;          /* 0 when the title was given separately or is absent */
  warta_span title_span;
  const char* lead;            /* standfirst / summary line, or NULL */
  int has_lead_span;
  warta_span lead_span;
  const char* outlet;          /* normalized: "Tribunnews", "Kompas.com", ... or NULL */
  int has_dateline;
  const char* dateline_text;   /* "TRIBUNNEWS.COM, JAKARTA -" or NULL */
  const char* dateline_place;  /* "Jakarta" or NULL */
  warta_span dateline_span;
  const char* published;       /* ISO date "2024-06-19" or NULL */
  const char* published_time;  /* ISO date-time when the header gives one, or NULL */
  const char* const* authors;  size_t author_count;
  const char* const* editors;  size_t editor_count;
  const char* const* related;  size_t related_count; /* "Baca juga" link texts */
  const warta_span* related_spans;                   /* related_count of them */
  const warta_span* paragraphs; size_t paragraph_count; /* body paragraphs, boilerplate excluded */
  const warta_span* sentences;  size_t sentence_count;  /* body sentences, in order */
} warta_article;

enum { WARTA_ENTITY_PERSON = 0, WARTA_ENTITY_GPE, WARTA_ENTITY_LOC, WARTA_ENTITY_ORG, WARTA_ENTITY_MEDIA };

typedef struct warta_entity {
  int id;
  int type;                 /* WARTA_ENTITY_* */
  const char* type_name;    /* "PERSON", "GPE", "LOC", "ORG", "MEDIA" */
  const char* name;         /* canonical: the fullest form, or the standard name */
  const warta_text_span* mentions; size_t mention_count;
  const char* const* titles;       size_t title_count; /* "Presiden Rusia" */
  const char* country;      /* ISO 3166-1 alpha-2, or NULL */
  const char* kb_id;        /* Wikidata QID, or NULL */
} warta_entity;

enum { WARTA_SUMMIT_VISIT = 0, WARTA_SUMMIT_MEETING, WARTA_SUMMIT_SUMMIT, WARTA_SUMMIT_CALL };
enum { WARTA_SUMMIT_OCCURRED = 0, WARTA_SUMMIT_PLANNED };

typedef struct warta_summit_outcome {
  const char* kind;         /* "mou", "agreement", "joint_statement" */
  const char* text;
  const int* signatories;   size_t signatory_count; /* entity ids */
} warta_summit_outcome;

typedef struct warta_summit_milestone {
  const char* kind;         /* "first_in_n_years", "first", ... */
  int has_n;
  int n;
  const char* text;
} warta_summit_milestone;

typedef struct warta_summit {
  int id;
  int kind;                 /* WARTA_SUMMIT_VISIT ... */
  const char* kind_name;    /* "visit" | "meeting" | "summit" | "call" */
  int status;               /* WARTA_SUMMIT_OCCURRED | WARTA_SUMMIT_PLANNED */
  const char* status_name;  /* "occurred" | "planned" */
  const int* participants;  size_t participant_count; /* PERSON entity ids */
  const int* host;          size_t host_count;
  const int* visitors;      size_t visitor_count;
  int location;             /* GPE/LOC entity id, or -1 */
  const char* date;         /* ISO at the grain the text gives, or NULL */
  const char* date_text;    /* or NULL */
  const char* const* topics; size_t topic_count;
  const warta_span* evidence; size_t evidence_count;
  const int* delegation;    size_t delegation_count;
  const warta_summit_outcome* outcomes;     size_t outcome_count;
  const warta_summit_milestone* milestones; size_t milestone_count;
  const char* const* mode;  size_t mode_count; /* "in_person", "phone", "video", "sideline" */
  const char* cameo;        /* CAMEO 040-046, or NULL */
} warta_summit;

enum { WARTA_ATTRIBUTION_DIRECT = 0, WARTA_ATTRIBUTION_INDIRECT };

typedef struct warta_attribution {
  int id;
  int source;               /* entity id, or -1 */
  const char* source_text;  /* the words naming the source (a pronoun stays a pronoun) */
  int has_source_span;
  warta_span source_span;
  const char* cue;          /* reporting word, lowercase; NULL for uncued quotes */
  int kind;                 /* WARTA_ATTRIBUTION_DIRECT | WARTA_ATTRIBUTION_INDIRECT */
  const char* kind_name;    /* "direct" | "indirect" */
  warta_text_span content;
  int via;                  /* outlet entity id, or -1 */
  const char* via_text;     /* or NULL */
  const char* speaker_mention; /* name | title | pronoun | clitic | outlet | generic */
  int in_headline;
} warta_attribution;

typedef struct warta_date {
  warta_text_span text;
  const char* value;        /* ISO; intervals "a/b"; NULL when unresolvable */
  const char* grain;        /* year | month | week | day | hour | minute | second */
} warta_date;

/* What the library changed before reading; spans still index the original bytes. */
typedef struct warta_repairs {
  size_t invalid_utf8_replaced;
  size_t mojibake_repaired;
} warta_repairs;

/* Counts are 0 for a NULL result. Index accessors return WARTA_ERR_OUT_OF_RANGE past the end. */
WARTA_API size_t warta_result_entity_count(const warta_result* result);
WARTA_API size_t warta_result_summit_count(const warta_result* result);
WARTA_API size_t warta_result_attribution_count(const warta_result* result);
WARTA_API size_t warta_result_date_count(const warta_result* result);

WARTA_API int warta_result_article(warta_article* out, const warta_result* result);
WARTA_API int warta_result_entity(warta_entity* out, const warta_result* result, size_t index);
WARTA_API int warta_result_summit(warta_summit* out, const warta_result* result, size_t index);
WARTA_API int warta_result_attribution(warta_attribution* out, const warta_result* result, size_t index);
WARTA_API int warta_result_date(warta_date* out, const warta_result* result, size_t index);
WARTA_API int warta_result_repairs(warta_repairs* out, const warta_result* result);

/* ---- offsets for code-point-indexed languages --------------------------------------------- */

/* Fills out[0 .. text_len] (text_len + 1 entries) so that out[b] is the number of code points
 * that start before byte offset b, i.e. the code-point index of byte offset b. For valid UTF-8
 * this is exact (Python: len(text.encode()[:b].decode())); each byte of an invalid sequence
 * counts as one code point. Offsets inside a character map past it. */
WARTA_API int warta_utf8_codepoint_offsets(size_t* out, const char* text, size_t text_len);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* WARTA_H */

/* Reads one article (a file, or stdin) through the C API and prints what warta found.
 * Usage: extract-c [article.txt] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "warta.h"

static char* read_all(FILE* f, size_t* size) {
  size_t capacity = 1 << 16, used = 0, n;
  char* data = malloc(capacity);
  while (data && (n = fread(data + used, 1, capacity - used, f)) > 0) {
    used += n;
    if (used == capacity) {
      char* bigger = realloc(data, capacity *= 2);
      if (!bigger) free(data);
      data = bigger;
    }
  }
  *size = used;
  return data;
}

int main(int argc, char** argv) {
  FILE* f = argc > 1 ? fopen(argv[1], "rb") : stdin;
  size_t size = 0, i, m;
  char* text;
  warta_engine* engine = NULL;
  warta_result* result = NULL;
  warta_error* err = NULL;
  warta_input input = {0};
  warta_article article;
  int status;

  if (!f || !(text = read_all(f, &size))) {
    fprintf(stderr, "cannot read %s\n", argc > 1 ? argv[1] : "stdin");
    return 2;
  }
  if (f != stdin) fclose(f);

  if (warta_engine_new(&engine, &err) != WARTA_OK) {
    fprintf(stderr, "engine: %s\n", warta_error_message(err));
    warta_error_free(err);
    return 1;
  }
  input.text = text;
  input.text_len = size;
  status = warta_extract(&result, engine, &input, NULL, &err);
  if (status != WARTA_OK) {
    fprintf(stderr, "extract: %s: %s (byte %lld)\n", warta_status_str(status), warta_error_message(err),
            (long long)warta_error_byte_offset(err));
    warta_error_free(err);
    warta_engine_free(engine);
    free(text);
    return 1;
  }

  warta_result_article(&article, result);
  printf("title: %s\n", article.title ? article.title : "(none)");
  printf("published: %s\n", article.published ? article.published : "(unknown)");
  for (i = 0; i < warta_result_entity_count(result); ++i) {
    warta_entity e;
    warta_result_entity(&e, result, i);
    printf("entity %d %s \"%s\":", e.id, e.type_name, e.name);
    /* Offsets are bytes into `text`: print the input bytes they name. */
    for (m = 0; m < e.mention_count; ++m)
      printf(" [%zu,%zu)\"%.*s\"", e.mentions[m].start, e.mentions[m].end,
             (int)(e.mentions[m].end - e.mentions[m].start), text + e.mentions[m].start);
    printf("\n");
  }
  for (i = 0; i < warta_result_date_count(result); ++i) {
    warta_date d;
    warta_result_date(&d, result, i);
    printf("date \"%s\" = %s (%s)\n", d.text.text, d.value ? d.value : "?", d.grain);
  }
  for (i = 0; i < warta_result_attribution_count(result); ++i) {
    warta_attribution a;
    warta_result_attribution(&a, result, i);
    printf("%s quote by \"%s\" (%s): %s\n", a.kind_name, a.source_text, a.cue ? a.cue : "-", a.content.text);
  }
  printf("summits: %zu\n", warta_result_summit_count(result));

  warta_result_free(result);
  warta_engine_free(engine);
  free(text);
  return 0;
}

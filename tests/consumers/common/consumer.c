/* A consumer of the C API: extract one sentence and print the warta/1 JSON. */
#include <stdio.h>
#include <string.h>

#include "warta.h"

int main(void) {
  const char* text = "Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim di Bogor, Senin (8/1/2024).";
  warta_engine* engine = NULL;
  warta_result* result = NULL;
  warta_input input = {0};
  char* json = NULL;
  int ok;

  if (warta_engine_new(&engine, NULL) != WARTA_OK) return 1;
  input.text = text;
  input.text_len = strlen(text);
  input.body_only = 1;
  if (warta_extract(&result, engine, &input, NULL, NULL) != WARTA_OK) return 1;
  if (warta_result_json(&json, result, 0) != WARTA_OK) return 1;
  ok = strstr(json, "\"warta/1\"") != NULL;
  printf("C consumer, warta %s: %s\n", warta_version(), json);
  warta_string_free(json);
  warta_result_free(result);
  warta_engine_free(engine);
  return ok ? 0 : 1;
}

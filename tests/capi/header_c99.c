/* Compiled with -std=c99 -pedantic -Wall -Wextra -Werror: warta.h must be plain C99. */
#include "warta.h"

int main(void) {
  warta_input input = {0};
  warta_span span = {0, 0};
  input.text = "";
  (void)span;
  return warta_status_str(WARTA_OK) == 0 && input.text_len == 0;
}

// Compiled as C++ with -pedantic -Wall -Wextra -Werror: warta.h must be usable from C++ too.
#include "warta.h"

int main() {
  warta_input input = {};
  input.text = "";
  const warta_article article = {};
  return warta_status_str(WARTA_OK) == nullptr && article.title == nullptr && input.text_len == 0;
}

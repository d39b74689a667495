// A consumer of the C++ API: extract one sentence and check a span indexes the input.
#include <iostream>
#include <string>

#include "warta/warta.hpp"

int main() {
  const std::string text = "Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim di Bogor, Senin (8/1/2024).";
  const warta::Engine engine;
  const warta::Result result = engine.extract({.text = text, .published = "2024-01-10", .body_only = true});
  for (const warta::DateMention& d : result.dates)
    if (text.substr(d.text.span.start, d.text.span.end - d.text.span.start) != d.text.text) return 1;
  const std::string json = warta::to_json(result);
  std::cout << "C++ consumer, warta " << warta::version() << ": " << json.size() << " bytes of JSON\n";
  return json.find("\"warta/1\"") == std::string::npos;
}

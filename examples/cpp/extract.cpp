// Reads one article (a file, or stdin) through the C++ API and prints its warta/1 JSON.
// Usage: extract-cpp [article.txt]
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "warta/warta.hpp"

int main(int argc, char** argv) {
  std::ifstream file;
  if (argc > 1) file.open(argv[1], std::ios::binary);
  std::istream& in = argc > 1 ? file : std::cin;
  if (!in) {
    std::cerr << "cannot read " << argv[1] << '\n';
    return 2;
  }
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};

  const warta::Engine engine;  // build once; share across threads
  try {
    const warta::Result result = engine.extract({.text = text});
    for (const warta::Entity& e : result.entities) {
      std::cout << warta::to_string(e.type) << ' ' << e.name << ':';
      for (const warta::TextSpan& m : e.mentions)  // byte offsets into `text`
        std::cout << " [" << m.span.start << ',' << m.span.end << ')' << text.substr(m.span.start, m.span.end - m.span.start);
      std::cout << '\n';
    }
    std::cout << warta::to_json(result, {.pretty = true}) << '\n';
  } catch (const warta::Error& e) {
    std::cerr << "warta: " << e.what() << '\n';
    return 1;
  }
  return 0;
}

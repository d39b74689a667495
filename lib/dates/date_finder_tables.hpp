#pragma once
// What a DateFinder builds once and every scan reads (date_finder.cpp, date_scan.cpp).
#include "date_finder.hpp"
#include "expression_starts.hpp"
#include "lexicon.hpp"

namespace warta::detail {

struct DateFinder::Tables {
  dates::Lexicon lexicon;
  // Refers to `lexicon`, so declared after it; Tables is built once behind tables_ and never copied.
  dates::ExpressionStarts starts{lexicon};
};

}  // namespace warta::detail

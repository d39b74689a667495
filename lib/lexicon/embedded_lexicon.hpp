// The lexicon data files compiled into the library (generated at build time by
// cmake/WartaEmbed.cmake from lib/lexicon/data).
#pragma once

#include <span>
#include <string_view>

namespace warta::detail {

struct EmbeddedFile {
  std::string_view name;  // file name: "countries.tsv"
  std::string_view text;
};

std::span<const EmbeddedFile> embedded_lexicon_files() noexcept;

}  // namespace warta::detail

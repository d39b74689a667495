// Publishing outlets: recognizing them in datelines, bylines and footers, and their normalized names.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace warta::detail {

// The normalized name of an outlet written as `token` ("TRIBUNNEWS.COM", "KOMPAS.com", "(ANTARA)",
// "CNN Indonesia", "detikNews", "Liputan6.com", "REPUBLIKA.CO.ID", "jpnn", "SKOR.id").
// Domains that are not in the table still count as outlets (normalized as written, lower-case
// letters kept); plain words that are not known outlets do not.
std::optional<std::string> outlet_name(std::string_view token);

// A known outlet named anywhere in a footer/signature line ("Copyright © ANTARA 2022",
// "Follow Berita Okezone di Google News", "(mcr5/jpnn)", "Artikel ini telah tayang di Tribunnews.com").
std::optional<std::string> outlet_in_footer(std::string_view line);

struct DatelineMatch {
  std::size_t length = 0;              // bytes of the dateline, separator included
  std::optional<std::string> outlet;   // normalized
  std::size_t place_start = 0, place_end = 0;  // within the line; empty when no place
};

// A dateline at the start of a body line: "TRIBUNNEWS.COM, JAKARTA -", "JAKARTA, KOMPAS.com -",
// "Jakarta, CNN Indonesia --", "Jakarta (ANTARA) -", "Liputan6.com, Hanoi -", "REPUBLIKA.CO.ID, BEIJING --",
// "KONTAN.CO.ID - WASHINGTON.", "PYONGYANG -", "Beijing - ", glued "SKOR.idJonatan".
std::optional<DatelineMatch> match_dateline(std::string_view line);

}  // namespace warta::detail

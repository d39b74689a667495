// The details a clause gives about a meeting besides who, where and when: milestones
// ("kunjungan pertama dalam 24 tahun"), outcomes (nota kesepahaman, perjanjian, pernyataan
// bersama) and agenda topics ("kerja sama ekonomi dan militer").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "summits/doc_context.hpp"
#include "summits/mention.hpp"

namespace warta::detail::summits {

// Reads the clause [begin, end) around the trigger and fills m.milestones, m.outcomes, m.topics.
void read_details(DocContext& c, Mention& m, std::uint32_t begin, std::uint32_t end, std::uint32_t trigger);

// "24", "tujuh", "dua puluh", "setahun" (+ the tokens read). Exposed for tests.
std::optional<int> read_count(const DocContext& c, std::uint32_t tok, std::uint32_t end, std::uint32_t* next = nullptr);

// Splits a coordinated agenda phrase and shares its head: ["kerja sama ekonomi", "militer"] ->
// ["kerja sama ekonomi", "kerja sama militer"].
std::vector<std::string> distribute_head(const std::vector<std::vector<std::string>>& conjuncts);

}  // namespace warta::detail::summits

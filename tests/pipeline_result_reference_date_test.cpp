// The report's own "hari ini, Rabu (19/6/2024)" fixes its date when no header stamp and no hint
// did, but only in its opening (headline, lead, first two body paragraphs). The stated day is
// looked for only when a finding that names a whole day starts within reach of the opening:
// these cases sit on both sides of that reach.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "warta/warta.hpp"

namespace {

std::optional<std::string> published(const std::string& body) {
  const warta::Engine engine;
  return engine.extract({.text = body, .title = "Pemerintah Bahas Batas Laut"}).article.published;
}

constexpr const char* kFirst = "Pemerintah membahas perundingan batas laut dengan Malaysia di Jakarta.\n\n";
constexpr const char* kLater = "Pertemuan berikutnya dijadwalkan digelar di Kuala Lumpur.\n\n";

TEST(ResultReferenceDate, StatedTodayInTheSecondBodyParagraph) {
  const std::string stated = "Rapat digelar hari ini, Rabu (19/6/2024), di Gedung Pancasila.\n\n";
  EXPECT_EQ(published(std::string(kFirst) + stated + kLater), "2024-06-19");
}

TEST(ResultReferenceDate, TheDayMayOpenTheParagraphAfterTheOpening) {
  // "hari ini" ends the second body paragraph; the day starts the third, within 24 bytes.
  EXPECT_EQ(published(std::string(kFirst) + "Rapat itu digelar hari ini\n\nRabu (19/6/2024) di Gedung Pancasila.\n\n" +
                      kLater),
            "2024-06-19");
}

TEST(ResultReferenceDate, NothingStatedPastTheOpening) {
  // The whole day is named, but after "hari ini" in the third body paragraph: not the report's today.
  const std::string stated = "Rapat digelar hari ini, Rabu (19/6/2024), di Gedung Pancasila.\n\n";
  EXPECT_EQ(published(std::string(kFirst) + kLater + stated), std::nullopt);
  // A day named in the opening with no "hari ini" before it fixes nothing either.
  EXPECT_EQ(published(std::string(kFirst) + "Rapat digelar pada Rabu (19/6/2024) di Gedung Pancasila.\n\n" + kLater),
            std::nullopt);
}

}  // namespace

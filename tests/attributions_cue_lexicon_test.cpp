// The cue lexicon's derived classes: the -nya spellings it marks at construction must answer
// exactly what stripping the clitic and looking the stem up would.
#include <gtest/gtest.h>

#include <string_view>

#include "attributions/cue_lexicon.hpp"
#include "text/fold_hash.hpp"

namespace warta::detail::attr {
namespace {

std::uint32_t classes_of(const CueLexicon& lex, std::string_view folded) {
  return lex.classes(folded, fold_hash(folded));
}

TEST(AttributionsCueLexicon, QuoteCueWithNyaIsAClitic) {
  CueLexicon lex;
  for (std::string_view w : {"katanya", "ujarnya", "tuturnya", "tegasnya", "imbuhnya"})
    EXPECT_TRUE(classes_of(lex, w) & word::clitic_cue) << w;
  // The stem alone, a hyphenated clitic and a non-cue stem are not.
  for (std::string_view w : {"kata", "ujar", "kata-nya", "menurutnya", "rumahnya", "nya"})
    EXPECT_FALSE(classes_of(lex, w) & word::clitic_cue) << w;
  EXPECT_TRUE(classes_of(lex, "kata") & word::quote_cue);
  EXPECT_FALSE(classes_of(lex, "katanya") & word::quote_cue);  // the derived bit only
}

TEST(AttributionsCueLexicon, PlatformAndSpeechActStemsTakeEitherClitic) {
  CueLexicon lex;
  for (std::string_view w : {"instagram", "instagram-nya", "instagramnya", "twitternya"})
    EXPECT_TRUE(classes_of(lex, w) & word::platform_stem) << w;
  for (std::string_view w : {"selamat", "keprihatinannya", "alasannya", "doanya", "maaf-nya"})
    EXPECT_TRUE(classes_of(lex, w) & word::speech_act_stem) << w;
  for (std::string_view w : {"instagram-", "instagramnyanya", "beritanya", "kata-nya"}) {
    EXPECT_FALSE(classes_of(lex, w) & word::platform_stem) << w;
    EXPECT_FALSE(classes_of(lex, w) & word::speech_act_stem) << w;
  }
  for (std::string_view w : {"instagram", "twitter", "selamat", "doa"}) EXPECT_EQ(strip_nya(w), w);
}

TEST(AttributionsCueLexicon, UnknownWordsHaveNoClass) {
  CueLexicon lex;
  for (std::string_view w : {"", "rumah", "jembatan", "2024", ",", "mengatakanlah"}) EXPECT_EQ(classes_of(lex, w), 0u) << w;
  EXPECT_TRUE(classes_of(lex, "mengatakan") & word::say_verb);
  EXPECT_TRUE(classes_of(lex, "menurutnya") & word::according_clitic);
}

}  // namespace
}  // namespace warta::detail::attr

// Topics, outcomes, milestones and the CAMEO codes of a summit.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "summits/mention_details.hpp"
#include "summits_test_util.hpp"

namespace warta::detail::testing {
namespace {

using ::testing::ElementsAre;

const std::vector<Name> kPeople = {
    person("Vladimir Putin", {"Putin"}, "RU"), person("Kim Jong Un", {"Kim"}, "KP"),
    person("Joko Widodo", {"Jokowi"}, "ID"),   person("Anthony Albanese", {"Albanese"}, "AU"),
    person("Joe Biden", {"Biden"}, "US"),      person("Xi Jinping", {"Xi"}, "CN"),
    gpe("Pyongyang", "KP"),                    gpe("Korea Utara", "KP"),
    gpe("Bogor", "ID"),                        gpe("Woodside", "US"),
    gpe("Bali", "ID"),
};

TEST(SummitDetails, TopicsShareTheirHead) {
  EXPECT_THAT(summits::distribute_head({{"kerja", "sama", "ekonomi"}, {"militer"}}),
              ElementsAre("kerja sama ekonomi", "kerja sama militer"));
  EXPECT_THAT(summits::distribute_head({{"perang", "di", "Ukraina"}, {"situasi", "di", "Timur", "Tengah"}}),
              ElementsAre("perang di Ukraina", "situasi di Timur Tengah"));
}

TEST(SummitDetails, TopicsFromTheMeetingSentence) {
  auto c = read_summits("Putin dan Kim menggelar pertemuan di Pyongyang, Rabu (19/6/2024), untuk memperluas kerja sama ekonomi dan militer.", kPeople);
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_THAT(c->summits[0].topics, ElementsAre("kerja sama ekonomi", "kerja sama militer"));
  auto d = read_summits("Biden dan Xi bertemu di Woodside, Rabu (15/11/2023), dan membahas perang di Ukraina dan situasi di Timur Tengah.", kPeople, {2023, 11, 16});
  ASSERT_EQ(d->summits.size(), 1u);
  EXPECT_THAT(d->summits[0].topics, ElementsAre("perang di Ukraina", "situasi di Timur Tengah"));
}

TEST(SummitDetails, OutcomesOfTheVisit) {
  auto c = read_summits(
      "Jokowi menerima kunjungan Albanese di Bogor, Senin (6/6/2022).\n"
      "Dalam kunjungan tersebut, kedua pemimpin menandatangani nota kesepahaman kerja sama pendidikan vokasi.",
      kPeople, {2022, 6, 6});
  ASSERT_EQ(c->summits.size(), 1u);
  ASSERT_EQ(c->summits[0].outcomes.size(), 1u);
  const SummitOutcome& o = c->summits[0].outcomes[0];
  EXPECT_EQ(o.kind, "mou");
  EXPECT_EQ(o.text, "nota kesepahaman kerja sama pendidikan vokasi");
  EXPECT_THAT(c->names(o.signatories), ElementsAre("Joko Widodo", "Anthony Albanese"));
}

TEST(SummitDetails, JointStatementAndAgreement) {
  auto c = read_summits("Putin disambut Kim di Pyongyang, Rabu (19/6/2024), dan kedua pemimpin menandatangani perjanjian kemitraan strategis.", kPeople);
  ASSERT_EQ(c->summits.size(), 1u);
  ASSERT_EQ(c->summits[0].outcomes.size(), 1u);
  EXPECT_EQ(c->summits[0].outcomes[0].kind, "agreement");
  auto d = read_summits("Biden bertemu Xi di Bali pada November 2022 dan keduanya menandatangani pernyataan bersama.", kPeople, {2023, 1, 1});
  ASSERT_EQ(d->summits.size(), 1u);
  ASSERT_EQ(d->summits[0].outcomes.size(), 1u);
  EXPECT_EQ(d->summits[0].outcomes[0].kind, "joint_statement");
}

TEST(SummitDetails, MilestoneFirstInNYears) {
  auto c = read_summits(
      "Putin bertemu Kim di Pyongyang, Rabu (19/6/2024).\n"
      "Ini adalah kunjungan pertama Putin ke Korea Utara dalam 24 tahun.",
      kPeople);
  ASSERT_EQ(c->summits.size(), 1u);
  ASSERT_EQ(c->summits[0].milestones.size(), 1u);
  EXPECT_EQ(c->summits[0].milestones[0].kind, "first_in_n_years");
  EXPECT_EQ(c->summits[0].milestones[0].n, 24);
  auto d = read_summits("Putin bertemu Kim di Pyongyang, Rabu (19/6/2024), kunjungan pertama dalam dua puluh empat tahun.", kPeople);
  ASSERT_EQ(d->summits.size(), 1u);
  ASSERT_EQ(d->summits[0].milestones.size(), 1u);
  EXPECT_EQ(d->summits[0].milestones[0].n, 24);
}

TEST(SummitDetails, NotTheFirstIsNoMilestone) {
  auto c = read_summits("Pertemuan Putin dan Kim di Pyongyang, Rabu (19/6/2024), bukan yang pertama bagi keduanya.", kPeople);
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_TRUE(c->summits[0].milestones.empty());
}

TEST(SummitDetails, CameoCodes) {
  auto visit = read_summits("Putin berkunjung ke Pyongyang dan bertemu Kim, Rabu (19/6/2024).", kPeople);
  ASSERT_EQ(visit->summits.size(), 1u);
  EXPECT_EQ(visit->summits[0].cameo, "042");
  // Neither leader is at home in Bali: a meeting at a third location.
  auto third = read_summits("Biden bertemu Xi di Bali, Senin (14/11/2022).", kPeople, {2022, 11, 15});
  ASSERT_EQ(third->summits.size(), 1u);
  EXPECT_EQ(third->summits[0].cameo, "044");
  auto consult = read_summits("Jokowi bertemu Albanese di Bogor, Senin (6/6/2022).", kPeople, {2022, 6, 7});
  ASSERT_EQ(consult->summits.size(), 1u);
  EXPECT_EQ(consult->summits[0].cameo, "040");
}

}  // namespace
}  // namespace warta::detail::testing

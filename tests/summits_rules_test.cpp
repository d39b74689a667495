// The rules that turn mentions into one record per real meeting: status, merging, recalled
// meetings, named principals, delegation, controls, host/visitor, references, dates.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "summits_test_util.hpp"

namespace warta::detail::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::IsSupersetOf;

const std::vector<Name> kPeople = {
    person("Joko Widodo", {"Jokowi"}, "ID"),
    person("Anthony Albanese", {"Albanese"}, "AU"),
    person("Vladimir Putin", {"Putin"}, "RU"),
    person("Kim Jong Un", {"Kim"}, "KP"),
    person("Xi Jinping", {"Xi"}, "CN"),
    person("Joe Biden", {"Biden"}, "US"),
    person("Donald Trump", {"Trump"}, "US"),
    person("Moon Jae-in", {"Moon"}, "KR"),
    person("Retno Marsudi", {"Retno"}, "ID"),
    person("Penny Wong", {}, "AU"),
    person("Iriana", {}, "ID"),
    person("Prabowo Subianto", {"Prabowo"}, "ID"),
    person("Prasetyo Hadi", {"Prasetyo"}, "ID"),
    person("Sri Mulyani Indrawati", {"Sri Mulyani"}, "ID"),
    private_person("Shin Tae-yong"),
    private_person("Hendarto Wicaksono", {"Hendarto"}),
    private_person("Cristiano Ronaldo", {"Ronaldo"}),
    private_person("Georgina Rodriguez", {"Georgina"}),
    private_person("Thomas Lee", {"Thomas"}),
    person("Recep Tayyip Erdogan", {"Erdogan"}, "TR"),
    gpe("Indonesia", "ID"), gpe("Australia", "AU"), gpe("Rusia", "RU"), gpe("Korea Utara", "KP", {"Korut"}),
    gpe("China", "CN"), gpe("Amerika Serikat", "US", {"AS"}), gpe("Korea Selatan", "KR"), gpe("Turki", "TR"),
    gpe("Bogor", "ID"), gpe("Jakarta", "ID"), gpe("Makassar", "ID"), gpe("Pyongyang", "KP"), gpe("Beijing", "CN"),
    gpe("Moskow", "RU"), gpe("Sochi", "RU"), gpe("Astana", "KZ"), gpe("Kazakhstan", "KZ"), gpe("Semarang", "ID"),
    gpe("Hanoi", "VN"), gpe("Vietnam", "VN"), gpe("Washington", "US"),
    loc("Istana Kepresidenan Bogor", "ID"), loc("Kosmodrom Vostochny", "RU"), loc("Kremlin", "RU"),
    loc("Stadion My Dinh", "VN"),
};

TEST(SummitRules, PlannedFromModality) {
  for (const char* text : {"Jokowi akan bertemu Albanese di Bogor pekan depan.",
                           "Jokowi dijadwalkan bertemu Albanese di Bogor.",
                           "Rencananya, Jokowi bertemu Albanese di Bogor.",
                           "Albanese diundang untuk mengunjungi Jakarta dan bertemu Jokowi."}) {
    auto c = read_summits(text, kPeople, {2022, 6, 1});
    ASSERT_EQ(c->summits.size(), 1u) << text;
    EXPECT_EQ(c->summits[0].status, SummitStatus::planned) << text;
  }
}

TEST(SummitRules, MeetingOnTheReportsOwnDayHasHappened) {
  // Reported in the past tense on the day of the report; a later "akan … pertemuan berikutnya" about
  // another meeting does not turn it into a plan.
  auto c = read_summits(
      "Jokowi bertemu Albanese di Bogor, Senin (6/6/2022). Menurut Albanese, kedua negara akan menandatangani "
      "perjanjian pada pertemuan berikutnya.",
      kPeople, {2022, 6, 6});
  ASSERT_GE(c->summits.size(), 1u);
  EXPECT_EQ(c->summits[0].status, SummitStatus::occurred);
  EXPECT_EQ(c->summits[0].date, "2022-06-06");
}

TEST(SummitRules, OccurredFromTenseOrAPastDate) {
  for (const char* text : {"Jokowi telah bertemu Albanese di Bogor.", "Jokowi sudah bertemu Albanese di Bogor.",
                           "Jokowi bertemu Albanese di Bogor pada Senin (6/6/2022)."}) {
    auto c = read_summits(text, kPeople, {2022, 6, 9});
    ASSERT_EQ(c->summits.size(), 1u) << text;
    EXPECT_EQ(c->summits[0].status, SummitStatus::occurred) << text;
  }
}

TEST(SummitRules, PlannedMeetingLaterReportedAsHeldIsOneOccurredRecord) {
  auto c = read_summits(
      "Jokowi dijadwalkan bertemu Albanese di Bogor pada Senin (6/6/2022).\n"
      "Jokowi akhirnya telah bertemu Albanese di Bogor pada Senin (6/6/2022) siang.",
      kPeople, {2022, 6, 7});
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_EQ(c->summits[0].status, SummitStatus::occurred);
  EXPECT_EQ(c->summits[0].evidence.size(), 2u);
}

TEST(SummitRules, MentionsOfOneMeetingMergeAcrossSentences) {
  auto c = read_summits(
      "Presiden Joko Widodo menerima kunjungan Perdana Menteri Australia Anthony Albanese di Istana Kepresidenan Bogor, Senin (6/6/2022).\n"
      "Albanese tiba di istana sekitar pukul 09.30 WIB dan disambut Jokowi.\n"
      "Usai upacara, kedua pemimpin memulai pertemuan empat mata.",
      kPeople, {2022, 6, 6});
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_EQ(c->summits[0].evidence.size(), 3u);
  EXPECT_EQ(c->location(c->summits[0]), "Bogor");
}

TEST(SummitRules, PronounAfterASentenceWithoutAMeetingMeansItsSubject) {
  // "datang" with no place after it is no trigger that holds: the sentence's people are worked out
  // only when "Ia" asks for the previous subject.
  auto c = read_summits(
      "Presiden Joko Widodo datang lebih awal pagi itu.\n"
      "Ia kemudian bertemu Albanese di Bogor, Senin (6/6/2022).",
      kPeople, {2022, 6, 6});
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_THAT(c->names(c->summits[0].participants), ElementsAre("Joko Widodo", "Anthony Albanese"));
}

TEST(SummitRules, PronounFarIntoALongArticleStillMeansThePreviousSubject) {
  // Thousands of words before, in sentences that are read (they hold "datang") and find no meeting:
  // their words are looked up, and some looked up again, before "Ia" asks for the subject.
  std::string text;
  for (int line = 0; line < 40; ++line) {
    for (int s = 0; s < 10; ++s) text += "Para pedagang datang lebih awal pagi itu. ";
    text += "\n";
  }
  text += "Presiden Joko Widodo datang lebih awal pagi itu.\n"
          "Ia kemudian bertemu Albanese di Bogor, Senin (6/6/2022).";
  auto c = read_summits(text, kPeople, {2022, 6, 6});
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_THAT(c->names(c->summits[0].participants), ElementsAre("Joko Widodo", "Anthony Albanese"));
  EXPECT_EQ(c->location(c->summits[0]), "Bogor");
}

TEST(SummitRules, OnlyTriggerInTheMiddleOfALongArticleIsRead) {
  // The first trigger is found by one walk over all the sentences' tokens and then placed in its
  // sentence: here the middle one of a paragraph, after many without any, with none after it.
  std::string text;
  for (int line = 0; line < 30; ++line) {
    for (int s = 0; s < 8; ++s) text += "Harga cabai di pasar induk naik lagi pagi itu. ";
    text += "\n";
  }
  text += "Pedagang mengeluh sejak pekan lalu. Presiden Joko Widodo bertemu Albanese di Bogor, Senin (6/6/2022). "
          "Harga bawang juga naik.\n"
          "Pasar ramai hingga sore.";
  auto c = read_summits(text, kPeople, {2022, 6, 6});
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_THAT(c->names(c->summits[0].participants), ElementsAre("Joko Widodo", "Anthony Albanese"));
  ASSERT_EQ(c->summits[0].evidence.size(), 1u);
  EXPECT_EQ(c->evidence_text(c->summits[0].evidence[0]).substr(0, 24), "Presiden Joko Widodo ber");
}

TEST(SummitRules, PronounMeansTheLastSubjectNamedBeforeItInTextOrder) {
  // The sentences before "Ia" are noted and looked at only when it asks: the last one naming a
  // person decides, sentences naming no one after it change nothing, and one read without its
  // people ("datang" with no place) still counts in its place in the text.
  auto named_last = read_summits(
      "Presiden Joko Widodo datang lebih awal pagi itu.\n"
      "Perdana Menteri Anthony Albanese membuka pameran dagang di Jakarta.\n"
      "Pameran itu ramai pengunjung sejak pagi.\n"
      "Ia kemudian bertemu Jokowi di Bogor, Senin (6/6/2022).",
      kPeople, {2022, 6, 6});
  ASSERT_EQ(named_last->summits.size(), 1u);
  EXPECT_THAT(named_last->names(named_last->summits[0].participants),
              ElementsAre("Anthony Albanese", "Joko Widodo"));
  auto read_last = read_summits(
      "Perdana Menteri Anthony Albanese membuka pameran dagang di Jakarta.\n"
      "Presiden Joko Widodo datang lebih awal pagi itu.\n"
      "Pameran itu ramai pengunjung sejak pagi.\n"
      "Ia kemudian bertemu Albanese di Bogor, Senin (6/6/2022).",
      kPeople, {2022, 6, 6});
  ASSERT_EQ(read_last->summits.size(), 1u);
  EXPECT_THAT(read_last->names(read_last->summits[0].participants), ElementsAre("Joko Widodo", "Anthony Albanese"));
}

TEST(SummitRules, RecalledMeetingIsItsOwnRecord) {
  auto c = read_summits(
      "Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menggelar pertemuan di Pyongyang hari ini, Rabu (19/6/2024).\n"
      "Keduanya terakhir kali bertemu pada September di Kosmodrom Vostochny, Rusia.",
      kPeople);
  ASSERT_EQ(c->summits.size(), 2u);
  EXPECT_EQ(c->summits[0].date, "2024-06-19");
  EXPECT_EQ(c->location(c->summits[0]), "Pyongyang");
  const Summit& earlier = c->summits[1];
  EXPECT_THAT(c->names(earlier.participants), ElementsAre("Vladimir Putin", "Kim Jong Un"));
  EXPECT_EQ(earlier.status, SummitStatus::occurred);
  EXPECT_EQ(earlier.date, "2023-09");
  EXPECT_EQ(c->location(earlier), "Kosmodrom Vostochny");
}

TEST(SummitRules, DifferentCitiesAreDifferentMeetings) {
  auto c = read_summits(
      "Erdogan bertemu Putin di Sochi, Senin (4/9/2023).\n"
      "Erdogan dan Putin terakhir kali bertatap muka di Astana, Kazakhstan, pada 13 Oktober 2022.",
      kPeople, {2023, 9, 5});
  ASSERT_EQ(c->summits.size(), 2u);
  EXPECT_EQ(c->location(c->summits[1]), "Astana");
  EXPECT_EQ(c->summits[1].date, "2022-10-13");
}

TEST(SummitRules, AtLeastTwoNamedPrincipals) {
  for (const char* text : {"Sebelum ke Kyiv, Presiden Joko Widodo menghadiri KTT G7 di Jerman.",
                           "Jokowi bertemu para pengusaha di Jakarta, Senin (6/6/2022).",
                           "Sebelumnya, Jokowi juga pernah singgah di Makassar pada Desember 2020."}) {
    auto c = read_summits(text, kPeople, {2022, 6, 7});
    EXPECT_THAT(c->summits, IsEmpty()) << text;
  }
}

TEST(SummitRules, DelegationIsNotParticipants) {
  auto c = read_summits(
      "Jokowi menerima kunjungan Albanese di Istana Kepresidenan Bogor, Senin (6/6/2022).\n"
      "Albanese didampingi Menteri Luar Negeri Penny Wong, sementara Jokowi didampingi Ibu Negara Iriana dan Menteri Luar Negeri Retno Marsudi.",
      kPeople, {2022, 6, 6});
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_THAT(c->names(c->summits[0].participants), ElementsAre("Joko Widodo", "Anthony Albanese"));
  EXPECT_THAT(c->names(c->summits[0].delegation), ElementsAre("Penny Wong", "Iriana", "Retno Marsudi"));
}

TEST(SummitRules, ControlArticlesGiveNoSummit) {
  const char* controls[] = {
      // board meeting and plenary session
      "Sri Mulyani memaparkan laporan itu dalam rapat kerja dengan Badan Anggaran DPR, Senin (8/7/2024).\n"
      "Laporan itu sebelumnya dibahas dalam sidang kabinet paripurna yang dipimpin Presiden Joko Widodo.\n"
      "Usai rapat, Sri Mulyani mengatakan pemerintah akan menggelar pertemuan dengan seluruh kementerian.",
      // press conference and a sports match
      "Pada pertemuan pertama di Hanoi, Vietnam, Kamis (21/3/2024), Indonesia menang 1-0.\n"
      "Shin Tae-yong berbicara dalam konferensi pers seusai pertandingan di Stadion My Dinh.",
      // court session
      "Hakim membacakan putusan terhadap Hendarto dalam sidang di Pengadilan Tipikor Semarang.\n"
      "Jaksa menghadirkan rekaman pertemuan terdakwa dengan seorang pejabat dinas di sebuah hotel.",
  };
  for (const char* text : controls) {
    auto c = read_summits(text, kPeople, {2024, 7, 8});
    EXPECT_THAT(c->summits, IsEmpty()) << text;
  }
}

TEST(SummitRules, OnlyPeopleActingOfficially) {
  // Private people meeting, teams meeting in a match, a journalist meeting a source.
  const char* texts[] = {
      "Ronaldo bertemu Georgina untuk pertama kali di Madrid pada 2016.",
      "Timnas Indonesia akan bertemu Vietnam di laga berikutnya, kata pelatih Shin Tae-yong.",
      "\"Kami akan pelajari dulu,\" kata Jokowi saat ditemui wartawan di Istana Kepresidenan Bogor.",
      "Perundingan kedua belah pihak masih belum menemui titik temu, kata Retno.",
      "Penampilannya disambut tawa Thomas dan Georgina.",
  };
  for (const char* text : texts) {
    auto c = read_summits(text, kPeople, {2024, 7, 8});
    EXPECT_THAT(c->summits, IsEmpty()) << text;
  }
}

TEST(SummitRules, DeniedOrWishedForMeetingsAreNone) {
  const char* texts[] = {
      "Khamenei menegaskan Rouhani tidak akan bertemu dengan Trump di New York.",
      "Trump mengatakan bersedia bertemu dengan Kim kapan saja.",
      "Jokowi membantah melakukan pertemuan dengan Albanese di Bogor.",
  };
  for (const char* text : texts) {
    auto c = read_summits(text, kPeople, {2024, 7, 8});
    EXPECT_THAT(c->summits, IsEmpty()) << text;
  }
}

TEST(SummitRules, TheEnvoyMeetsNotTheOneWhoSentHim) {
  auto c = read_summits("Presiden Joko Widodo menerima utusan khusus Presiden Xi Jinping, Prabowo Subianto, di Istana Kepresidenan Bogor, Jumat (20/9/2019).",
                        kPeople, {2019, 9, 20});
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_THAT(c->names(c->summits[0].participants), ElementsAre("Joko Widodo", "Prabowo Subianto"));
}

TEST(SummitRules, FellowTravellersDoNotMeetEachOther) {
  auto c = read_summits("Jokowi dan Retno akan mengunjungi Makassar pekan depan.", kPeople, {2024, 7, 8});
  EXPECT_THAT(c->summits, IsEmpty());
  auto d = read_summits("Jokowi dan Retno mengunjungi Canberra dan bertemu Albanese, Senin (8/7/2024).", kPeople, {2024, 7, 9});
  ASSERT_EQ(d->summits.size(), 1u);
  EXPECT_THAT(d->names(d->summits[0].participants), IsSupersetOf({"Joko Widodo", "Anthony Albanese"}));
}

TEST(SummitRules, CallHasNoLocation) {
  auto c = read_summits("Di Washington, Biden menelepon Xi pada Selasa (2/4/2024).", kPeople, {2024, 4, 3});
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_EQ(c->summits[0].kind, SummitKind::call);
  EXPECT_FALSE(c->summits[0].location);
}

TEST(SummitRules, HostIsWhoWelcomesTheVisitor) {
  auto c = read_summits("Kim Jong Un disambut Presiden China Xi Jinping di Beijing, Senin (26/3/2018).", kPeople, {2018, 3, 28});
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_THAT(c->names(c->summits[0].host), ElementsAre("Xi Jinping"));
  EXPECT_THAT(c->names(c->summits[0].visitors), ElementsAre("Kim Jong Un"));
}

TEST(SummitRules, HostFromTheCountryOfTheVenue) {
  // No welcoming verb: the side at home hosts.
  auto c = read_summits("Erdogan mengunjungi Sochi, Rusia, dan bertemu Putin, Senin (4/9/2023).", kPeople, {2023, 9, 5});
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_THAT(c->names(c->summits[0].host), ElementsAre("Vladimir Putin"));
  EXPECT_THAT(c->names(c->summits[0].visitors), ElementsAre("Recep Tayyip Erdogan"));
}

TEST(SummitRules, ReturnVisitIsNotTheVisitItReturns) {
  auto c = read_summits(
      "Kim berkunjung ke Beijing dan bertemu Presiden Xi Jinping pada Senin (26/3/2018).\n"
      "Xi telah menerima undangan Kim untuk berkunjung ke Korea Utara.",
      kPeople, {2018, 3, 28});
  ASSERT_EQ(c->summits.size(), 2u);
  const Summit& back = c->summits[1];
  EXPECT_EQ(back.status, SummitStatus::planned);
  EXPECT_THAT(c->names(back.visitors), ElementsAre("Xi Jinping"));
  EXPECT_THAT(c->names(back.host), ElementsAre("Kim Jong Un"));
  EXPECT_EQ(c->location(back), "Korea Utara");
}

TEST(SummitRules, PronounsGroupsAndRolesResolveToNamedPrincipals) {
  auto c = read_summits(
      "Kim dijadwalkan bertemu Presiden Korea Selatan Moon Jae-in pada akhir April.\n"
      "Ia juga direncanakan bertatap muka dengan Presiden AS Donald Trump pada Mei mendatang.",
      kPeople, {2018, 3, 28});
  ASSERT_EQ(c->summits.size(), 2u);
  EXPECT_THAT(c->names(c->summits[1].participants), ElementsAre("Kim Jong Un", "Donald Trump"));
  EXPECT_EQ(c->summits[1].date, "2018-05");

  auto d = read_summits(
      "Presiden Joko Widodo menerima Albanese di Bogor, Senin (6/6/2022).\n"
      "Presiden didampingi Menteri Luar Negeri Retno Marsudi.",
      kPeople, {2022, 6, 6});
  ASSERT_EQ(d->summits.size(), 1u);
  EXPECT_THAT(d->names(d->summits[0].delegation), ElementsAre("Retno Marsudi"));
}

TEST(SummitRules, SpeakerOfAQuoteMeetsWhenSaying_saya) {
  auto c = read_summits("\u201cSaya akan menemui Presiden Putin di Moskow,\u201d kata Presiden Joko Widodo.", kPeople, {2022, 6, 29});
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_THAT(c->names(c->summits[0].participants), ElementsAre("Joko Widodo", "Vladimir Putin"));
  // A spokesman reporting the meeting is no party to it.
  auto d = read_summits("\u201cBeliau akan bertemu Presiden Joe Biden,\u201d kata Prasetyo.\nPrabowo dijadwalkan bertemu Biden di Washington.",
                        kPeople, {2024, 11, 6});
  ASSERT_EQ(d->summits.size(), 1u);
  EXPECT_THAT(d->names(d->summits[0].participants), ElementsAre("Joe Biden", "Prabowo Subianto"));
}

TEST(SummitRules, YearOfADayMonthDateFromTheArticle) {
  auto c = read_summits("Jokowi dijadwalkan bertemu Presiden Putin di Kremlin pada Kamis (30/6).", kPeople, {2022, 6, 29});
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_EQ(c->summits[0].date, "2022-06-30");
  EXPECT_EQ(c->summits[0].date_text, "Kamis (30/6)");
}

TEST(SummitRules, VisitOfSeveralDaysIsDatedByItsTalks) {
  auto c = read_summits(
      "Kim berkunjung ke Beijing. Kunjungan yang berlangsung sejak Minggu (25/3) hingga Rabu (28/3/2018) itu baru diumumkan kemudian.\n"
      "Xi dan Kim menggelar pembicaraan di Beijing pada Senin (26/3).",
      kPeople, {2018, 3, 28});
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_EQ(c->summits[0].date, "2018-03-26");
}

TEST(SummitRules, HeadlineNamingTwoMeetingsDoesNotJoinThem) {
  auto c = read_summits(
      "Prabowo Dijadwalkan Bertemu Xi Jinping dan Joe Biden\n"
      "Prabowo akan bertemu Xi di Beijing pada Sabtu (9/11/2024).\n"
      "Setelah itu Prabowo akan bertemu Biden di Washington pada Selasa (12/11/2024).",
      kPeople, {2024, 11, 6}, true);
  ASSERT_EQ(c->summits.size(), 2u);
  EXPECT_THAT(c->names(c->summits[0].participants), ElementsAre("Prabowo Subianto", "Xi Jinping"));
  EXPECT_THAT(c->names(c->summits[1].participants), ElementsAre("Prabowo Subianto", "Joe Biden"));
}

TEST(SummitRules, PlaceNamedAfterALocativePhraseIsNoParticipant) {
  auto c = read_summits("Erdogan diterima Putin di kediaman resminya di tepi laut, Bocharov Ruchei, Senin (4/9/2023).",
                        {person("Recep Tayyip Erdogan", {"Erdogan"}), person("Vladimir Putin", {"Putin"}),
                         person("Bocharov Ruchei")},
                        {2023, 9, 5});
  ASSERT_EQ(c->summits.size(), 1u);
  EXPECT_THAT(c->names(c->summits[0].participants), ElementsAre("Recep Tayyip Erdogan", "Vladimir Putin"));
}

TEST(SummitRules, MetadataMentionsWithoutTokensAreSkipped) {
  // The entity stage records a dateline place as a mention with no tokens.
  auto c = read_summits("Jokowi bertemu Albanese di Bogor, Senin (6/6/2022).", kPeople, {2022, 6, 7});
  EntityMention dateline;
  for (std::size_t e = 0; e < c->entities.entities.size(); ++e)
    if (c->entities.entities[e].name == "Jakarta") dateline.entity = static_cast<std::int32_t>(e);
  c->entities.mentions.insert(c->entities.mentions.begin(), dateline);
  for (auto& m : c->entities.token_mention)
    if (m >= 0) ++m;
  auto summits = summit_finder().find(c->doc, c->entities, c->dates);
  ASSERT_EQ(summits.size(), 1u);
  EXPECT_EQ(c->name(*summits[0].location), "Bogor");
}

}  // namespace
}  // namespace warta::detail::testing

// FoldMap and HashFilter: the per-token lookup tables every stage probes with Token::hash.
#include <gtest/gtest.h>

#include <string>

#include "lexicon/fold_map.hpp"
#include "lexicon/hash_filter.hpp"
#include "text/fold_hash.hpp"

namespace warta::detail {
namespace {

TEST(FoldMap, FindsWhatWasAddedWithTheTokensHashOrItsOwn) {
  FoldMap<int> m;
  m.emplace("kata", 1);
  m.emplace("ujar", 2);
  ASSERT_NE(m.find("kata"), nullptr);
  EXPECT_EQ(*m.find("kata"), 1);
  ASSERT_NE(m.find("ujar", fold_hash("ujar")), nullptr);
  EXPECT_EQ(*m.find("ujar", fold_hash("ujar")), 2);
  EXPECT_EQ(m.find("tutur"), nullptr);
  EXPECT_EQ(m.find(""), nullptr);
}

TEST(FoldMap, FirstValueWinsOnEmplaceAndOperatorBracketEdits) {
  FoldMap<int> m;
  m.emplace("menurut", 1);
  EXPECT_EQ(m.emplace("menurut", 7), 1);
  m["menurut"] |= 4;
  m["dilansir"] = 3;
  EXPECT_EQ(*m.find("menurut"), 5);
  EXPECT_EQ(*m.find("dilansir"), 3);
  ASSERT_EQ(m.size(), 2U);
  EXPECT_EQ(m.key(0), "menurut");
  EXPECT_EQ(m.value(1), 3);
}

TEST(FoldMap, GrowsWithoutLosingEntries) {
  FoldMap<std::size_t> m;
  for (std::size_t i = 0; i < 20000; ++i) m.emplace("kata" + std::to_string(i), i);
  ASSERT_EQ(m.size(), 20000U);
  for (std::size_t i = 0; i < 20000; ++i) {
    const std::string key = "kata" + std::to_string(i);
    const std::size_t* v = m.find(key, fold_hash(key));
    ASSERT_NE(v, nullptr) << key;
    EXPECT_EQ(*v, i);
  }
  for (std::size_t i = 20000; i < 21000; ++i) EXPECT_EQ(m.find("kata" + std::to_string(i)), nullptr);
}

TEST(HashFilter, HoldsEveryAddedHashAndRejectsMostOthers) {
  HashFilter f;
  for (std::uint32_t i = 0; i < 700; ++i) f.add(fold_hash("kata" + std::to_string(i)));
  for (std::uint32_t i = 0; i < 700; ++i) EXPECT_TRUE(f.may_hold(fold_hash("kata" + std::to_string(i))));
  int false_hits = 0;
  for (std::uint32_t i = 0; i < 10000; ++i) false_hits += f.may_hold(fold_hash("lain" + std::to_string(i))) ? 1 : 0;
  EXPECT_LT(false_hits, 500) << "a filter that passes everything filters nothing";
}

}  // namespace
}  // namespace warta::detail

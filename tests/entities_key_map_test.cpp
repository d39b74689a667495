// The grouping's per-article key map must behave as the std maps it replaced: a key keeps its
// first value under try_emplace, and several values under add are visited newest first (ties
// between a name's groups are settled in that order).
#include <gtest/gtest.h>

#include <vector>

#include "entities/key_map.hpp"

namespace warta::detail {
namespace {

std::vector<int> values_of(const KeyMap<int>& map, std::uint64_t key) {
  std::vector<int> out;
  map.visit(key, [&](int v) {
    out.push_back(v);
    return false;
  });
  return out;
}

TEST(EntitiesKeyMap, TryEmplaceKeepsTheFirstValue) {
  KeyMap<int> map;
  EXPECT_EQ(map.find(7), nullptr);
  map.try_emplace(7, 1);
  map.try_emplace(7, 2);
  ASSERT_NE(map.find(7), nullptr);
  EXPECT_EQ(*map.find(7), 1);
  EXPECT_EQ(map.find(8), nullptr);
}

TEST(EntitiesKeyMap, AddVisitsNewestFirstAndStopsWhenAsked) {
  KeyMap<int> map;
  map.add(42, 1);
  map.add(43, 9);
  map.add(42, 2);
  map.add(42, 3);
  EXPECT_EQ(values_of(map, 42), (std::vector<int>{3, 2, 1}));
  EXPECT_EQ(values_of(map, 43), (std::vector<int>{9}));
  EXPECT_TRUE(values_of(map, 44).empty());
  int seen = 0;
  map.visit(42, [&](int v) {
    ++seen;
    return v == 2;
  });
  EXPECT_EQ(seen, 2);
  EXPECT_EQ(*map.find(42), 3);  // the newest
}

TEST(EntitiesKeyMap, GrowingKeepsEveryKeyAndItsOrder) {
  KeyMap<int> map;
  // Keys that share low bits, many more than the first table holds.
  for (int i = 0; i < 500; ++i) map.add(static_cast<std::uint64_t>(i % 50) << 40, i);
  for (int k = 0; k < 50; ++k) {
    const std::vector<int> got = values_of(map, static_cast<std::uint64_t>(k) << 40);
    ASSERT_EQ(got.size(), 10u) << k;
    for (std::size_t j = 0; j < got.size(); ++j) EXPECT_EQ(got[j], k + 50 * static_cast<int>(9 - j)) << k;
  }
  EXPECT_EQ(map.find(51ull << 40), nullptr);
}

TEST(EntitiesKeyMap, RewritesValuesInPlace) {
  KeyMap<int> map;
  map.add(1, 10);
  map.add(1, 11);
  map.try_emplace(2, 20);
  map.for_each_value([](int& v) { v += 100; });
  EXPECT_EQ(values_of(map, 1), (std::vector<int>{111, 110}));
  EXPECT_EQ(*map.find(2), 120);
}

}  // namespace
}  // namespace warta::detail

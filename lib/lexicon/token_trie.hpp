// A trie over token ids: node 0 is the root, and each edge (node, token) is one entry of an
// open-addressing hash table, so a step costs one probe whatever the fan-out.
#pragma once

#include <cstdint>
#include <vector>

namespace warta::detail {

inline constexpr std::uint32_t kNoNode = 0xFFFFFFFFu;

class TokenTrie {
 public:
  TokenTrie();
  std::uint32_t step(std::uint32_t node, std::uint32_t token) const noexcept;
  // The child of `node` along `token`, created when missing.
  std::uint32_t step_or_add(std::uint32_t node, std::uint32_t token);
  std::uint32_t node_count() const noexcept { return nodes_; }

 private:
  struct Edge {
    std::uint64_t key = 0;  // (node << 32 | token) + 1; 0 marks an empty slot
    std::uint32_t child = 0;
  };
  static std::uint64_t key_of(std::uint32_t node, std::uint32_t token) noexcept {
    return ((static_cast<std::uint64_t>(node) << 32) | token) + 1;
  }
  static std::size_t mix(std::uint64_t k) noexcept {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    return static_cast<std::size_t>(k);
  }
  void grow();

  std::vector<Edge> edges_;
  std::uint32_t used_ = 0;
  std::uint32_t nodes_ = 1;
};

}  // namespace warta::detail

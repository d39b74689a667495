#include "lexicon/token_trie.hpp"

namespace warta::detail {

TokenTrie::TokenTrie() : edges_(1u << 17) {}

std::uint32_t TokenTrie::step(std::uint32_t node, std::uint32_t token) const noexcept {
  const std::uint64_t key = key_of(node, token);
  const std::size_t mask = edges_.size() - 1;
  for (std::size_t at = mix(key) & mask;; at = (at + 1) & mask) {
    if (edges_[at].key == key) return edges_[at].child;
    if (edges_[at].key == 0) return kNoNode;
  }
}

std::uint32_t TokenTrie::step_or_add(std::uint32_t node, std::uint32_t token) {
  const std::uint64_t key = key_of(node, token);
  const std::size_t mask = edges_.size() - 1;
  std::size_t at = mix(key) & mask;
  for (; edges_[at].key != 0; at = (at + 1) & mask) {
    if (edges_[at].key == key) return edges_[at].child;
  }
  edges_[at] = {key, nodes_};
  ++used_;
  std::uint32_t child = nodes_++;
  if (used_ * 2 > edges_.size()) grow();
  return child;
}

void TokenTrie::grow() {
  std::vector<Edge> old(edges_.size() * 2);
  old.swap(edges_);
  const std::size_t mask = edges_.size() - 1;
  for (const Edge& e : old) {
    if (e.key == 0) continue;
    std::size_t at = mix(e.key) & mask;
    while (edges_[at].key != 0) at = (at + 1) & mask;
    edges_[at] = e;
  }
}

}  // namespace warta::detail

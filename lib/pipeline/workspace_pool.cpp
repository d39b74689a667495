#include "pipeline/workspace_pool.hpp"

#include <algorithm>
#include <thread>

namespace warta::detail {

WorkspacePool::WorkspacePool(std::size_t retention_bytes, std::size_t max_idle)
    : retention_bytes_(retention_bytes), max_idle_(max_idle) {
  idle_.reserve(max_idle_);
}

std::size_t WorkspacePool::default_max_idle() noexcept {
  return std::max<std::size_t>(2, 2 * std::size_t{std::thread::hardware_concurrency()});
}

WorkspacePool::Lease WorkspacePool::lend() {
  {
    const std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<Workspace> ws = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(ws));
    }
  }
  return Lease(*this, std::make_unique<Workspace>());  // allocated outside the lock
}

void WorkspacePool::give_back(std::unique_ptr<Workspace> ws) noexcept {
  if (ws->capacity_bytes() > retention_bytes_) ws->release();
  {
    const std::lock_guard lock(mutex_);
    if (idle_.size() < max_idle_) {
      idle_.push_back(std::move(ws));
      return;
    }
  }
  // The pool is full: `ws` is freed here, outside the lock.
}

std::size_t WorkspacePool::idle_bytes() const {
  const std::lock_guard lock(mutex_);
  std::size_t bytes = 0;
  for (const auto& ws : idle_) bytes += ws->capacity_bytes();
  return bytes;
}

}  // namespace warta::detail
